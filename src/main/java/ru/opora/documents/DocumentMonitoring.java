package ru.opora.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.common.PagedResult;
import ru.opora.mentoring.AssignmentView;
import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.users.CurrentUser;
import ru.opora.users.PersonSummary;
import ru.opora.users.Role;
import ru.opora.users.UserService;

/**
 * The read model of «Документы школ» and its export: the programme year (with its access
 * check), the curators the user may see, and the participants the filters match with
 * their checklists, all in one read-only transaction (one {@code BEGIN READ ONLY} and
 * {@code COMMIT} per page instead of four: docs/benchmarks.md, step 11a).
 */
@Service
@RequiredArgsConstructor
class DocumentMonitoring {

	private final DocumentService documents;

	private final ProgrammeService programmes;

	private final CuratorAssignmentService assignments;

	private final UserService users;

	/**
	 * A page (or all, with {@code size} of {@link Integer#MAX_VALUE}: the export) of the
	 * participants that the filters match, each with the items the status and kind
	 * filters show and its curators; and every curator the user may filter by.
	 */
	@Transactional(readOnly = true)
	public Page page(Long programmeYearId, DocumentFilter status, Long curator, DocumentKind kind, Integer page,
			int size) {
		ProgrammeYearSummary programme = this.programmes.year(programmeYearId);
		Curators curators = curators(CurrentUser.require(), programme);
		Set<Long> curatedSchools = (curator == null) ? null
				: curators.bySchool()
					.entrySet()
					.stream()
					.filter((e) -> e.getValue().containsKey(curator))
					.map(Map.Entry::getKey)
					.collect(Collectors.toSet());
		PagedResult<SchoolChecklist> checklists = this.documents.monitoring(programme, status, kind, curatedSchools,
				page, size);
		List<MonitoringRow> rows = checklists.content()
			.stream()
			.map((c) -> new MonitoringRow(c,
					c.items()
						.stream()
						.filter((i) -> kind == null || i.kind() == kind)
						.filter((i) -> status == null || status.matches(i))
						.toList(),
					String.join(", ",
							new TreeSet<>(curators.bySchool().getOrDefault(c.schoolId(), Map.of()).values()))))
			.toList();
		return new Page(programme,
				new PagedResult<>(rows, checklists.page(), checklists.size(), checklists.totalElements()),
				curators.names());
	}

	/**
	 * The active curators the user may see, by school: a coordinator's of the programme
	 * year's participants (ids in one query, names in another, whatever the number of
	 * schools), a curator's own assignments; and the curators' names by id (the filter).
	 */
	private Curators curators(CurrentUser user, ProgrammeYearSummary programme) {
		Map<Long, Map<Long, String>> bySchool = new HashMap<>();
		if (user.is(Role.COORDINATOR)) {
			Map<Long, List<Long>> ids = this.assignments.activeCuratorsOf(programme.participantIds());
			Map<Long, PersonSummary> people = this.users
				.people(ids.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
			ids.forEach((school, curatorIds) -> curatorIds.stream()
				.filter(people::containsKey)
				.forEach((c) -> bySchool.computeIfAbsent(school, (k) -> new HashMap<>())
					.put(c, people.get(c).fullName())));
		}
		else if (user.is(Role.CURATOR)) {
			this.assignments.myAssignments()
				.stream()
				.filter(AssignmentView::active)
				.forEach((a) -> bySchool.computeIfAbsent(a.schoolId(), (k) -> new HashMap<>())
					.put(a.curatorId(), a.curatorName()));
		}
		Map<Long, String> names = new TreeMap<>();
		bySchool.values().forEach(names::putAll);
		return new Curators(bySchool, names);
	}

	/**
	 * What «Документы школ» shows.
	 *
	 * @param programme the programme year
	 * @param rows the page of matching participants
	 * @param curators every curator the user may see, by id (the filter's options)
	 */
	record Page(ProgrammeYearSummary programme, PagedResult<MonitoringRow> rows, Map<Long, String> curators) {
	}

	/**
	 * Active curators by school (curator id → name), and every one of them by id.
	 */
	private record Curators(Map<Long, Map<Long, String>> bySchool, Map<Long, String> names) {

	}

}
