package ru.opora.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.schools.SchoolNotFoundException;
import ru.opora.schools.SchoolService;
import ru.opora.users.UserService;

import static ru.opora.roadmap.RoadMapChanges.username;

/**
 * Finding, creating and reading road maps: the page with its sections and rows, one row,
 * and the history. Changes live in {@link RoadMapRowService} (rows),
 * {@link RoadMapSectionService} (sections and templates) and
 * {@link RoadMapEvidenceService} (evidence and comments); who may do what in
 * {@link RoadMapAccess}.
 */
@Service
@RequiredArgsConstructor
class RoadMapService {

	static final String ENTITY_ITEM = "RoadMapItem";

	static final String ENTITY_MAP = "RoadMap";

	static final String ENTITY_SECTION = "RoadMapSection";

	static final List<String> MUNICIPAL_STAGES = List.of("roadmap.stage.preparatory", "roadmap.stage.practical",
			"roadmap.stage.summary");

	private final RoadMapRepository maps;

	private final RoadMapItemRepository items;

	private final RoadMapSectionRepository sections;

	private final RoadMapAccess access;

	private final RoadMapChanges changes;

	private final JdbcClient jdbc;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final RiskFactorService riskFactors;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final UserService users;

	// ---------------------------------------------------------------- finding and
	// creating

	/**
	 * The municipal road map of a programme year, if created (for those who may read it).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> municipalMap(Long yearId) {
		this.access.municipalYear(yearId);
		return this.maps.municipalOf(yearId);
	}

	@Transactional(readOnly = true)
	public boolean canCreateMunicipal(Long yearId) {
		return this.access.canCreateMunicipal(yearId);
	}

	@Transactional
	public Long createMunicipal(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		this.access.requireCreateMunicipal(yearId);
		if (municipalMap(yearId).isPresent()) {
			return municipalMap(yearId).get();
		}
		this.programmes.requireOpen(yearId);
		RoadMap map = this.maps.saveAndFlush(RoadMap.municipal(year, username(), this.changes.now()));
		int position = 1;
		for (String stage : MUNICIPAL_STAGES) {
			this.sections.save(map.newSection(position++, message(stage), null));
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY_MAP, map.getId(), "municipal, programme year " + yearId);
		return map.getId();
	}

	/**
	 * The road map of a participant school, if created (for those who may see the
	 * school).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> schoolMap(Long yearId, Long schoolId) {
		this.access.schoolYear(yearId, schoolId);
		return this.maps.schoolOf(yearId, schoolId);
	}

	@Transactional(readOnly = true)
	public boolean canEditSchool(Long schoolId) {
		return this.access.canEditSchool(schoolId);
	}

	/**
	 * Creates a school's road map with a section per chosen risk factor.
	 */
	@Transactional
	public Long createSchool(Long yearId, Long schoolId) {
		Optional<Long> existing = schoolMap(yearId, schoolId);
		this.access.requireCreateSchool(schoolId);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.programmes.requireOpen(yearId);
		List<RiskFactorView> chosen = this.riskFactors.chosen(yearId, schoolId);
		if (chosen.isEmpty()) {
			throw new RuleViolationException("roadmap.create.noFactors");
		}
		ProgrammeYearSummary year = this.programmes.year(yearId);
		RoadMap map = this.maps.saveAndFlush(RoadMap.ofSchool(year, schoolId, username(), this.changes.now()));
		int position = 1;
		for (RiskFactorView factor : chosen) {
			this.sections.save(map.newSection(position++, factor.label(), factor.id()));
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY_MAP, map.getId(),
				"school " + schoolId + ", programme year " + yearId);
		return map.getId();
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public RoadMapDetails details(Long mapId) {
		return details(this.access.read(mapId), this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId));
	}

	/**
	 * The road map read through {@code access} (the caller has checked it) with its
	 * {@code sections} (in the page's order), in the caller's transaction.
	 */
	RoadMapDetails details(RoadMapAccess.Access access, List<RoadMapSection> sections) {
		RoadMap map = access.map();
		Long mapId = map.getId();
		LocalDate today = this.changes.today();
		Map<Long, List<ItemView>> bySection = rows(mapId, null, today).stream()
			.collect(Collectors.groupingBy(ItemView::sectionId, LinkedHashMap::new, Collectors.toList()));
		List<SectionView> list = new ArrayList<>();
		List<ItemView> all = new ArrayList<>();
		for (RoadMapSection s : sections) {
			List<ItemView> rows = bySection.getOrDefault(s.getId(), List.of());
			all.addAll(rows);
			list.add(new SectionView(s.getId(), s.getTitle(), s.getRiskFactorId(), s.getGoal(), s.getTasks(),
					s.getRag(), s.getRagExplanation(), this.changes.local(s.getReviewedAt()), s.getReviewedBy(),
					s.getNextReviewOn(), ProgressRules.reviewOverdue(s.getNextReviewOn(), today), s.getVersion(), rows,
					Progress.of(rows)));
		}
		// the access was checked by RoadMapAccess.read (the school's location): the name
		// alone, not the school card with its access checks again (docs/benchmarks.md
		// «Step 13a»)
		String schoolName = (map.getSchoolId() != null) ? this.schools.shortName(map.getSchoolId())
			.orElseThrow(() -> new SchoolNotFoundException(map.getSchoolId())) : null;
		ItemView undoable = access.editable()
				? this.items.lastDeletedBy(mapId, username()).map((i) -> view(i, today)).orElse(null) : null;
		return new RoadMapDetails(mapId, map.getKind(), access.year(), map.getSchoolId(), schoolName, access.editable(),
				list, Progress.of(all), undoable);
	}

	@Transactional(readOnly = true)
	public ItemView item(Long mapId, Long itemId) {
		this.access.read(mapId);
		List<ItemView> found = rows(mapId, itemId, this.changes.today());
		if (found.isEmpty()) {
			throw new RoadMapNotFoundException(mapId + "/" + itemId);
		}
		return found.get(0);
	}

	@Transactional(readOnly = true)
	public RoadMapRef ref(Long mapId) {
		RoadMapAccess.Access access = this.access.read(mapId);
		return new RoadMapRef(mapId, access.map().getKind(), access.editable());
	}

	/**
	 * The road map for the cell editor: denied if it is read-only for the user (or its
	 * programme year is closed).
	 */
	@Transactional(readOnly = true)
	public RoadMapRef editableRef(Long mapId) {
		RoadMapAccess.Access access = this.access.editable(mapId);
		return new RoadMapRef(mapId, access.map().getKind(), access.editable());
	}

	/**
	 * The history of a road map, or of one of its rows, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ChangeView> history(Long mapId, Long itemId, int limit) {
		RoadMapKind kind = this.access.read(mapId).map().getKind();
		if (itemId != null) {
			// a row of another road map (deleted rows keep their history) is not found
			this.items.findInMap(itemId, mapId).orElseThrow(() -> new RoadMapNotFoundException(mapId + "/" + itemId));
		}
		record Raw(long id, Timestamp at, String username, String action, Long itemId, String field, String oldValue,
				String newValue) {
		}
		List<Raw> raw = this.jdbc.sql("""
				select id, changed_at, username, action, item_id, field, old_value, new_value from road_map_change
				where road_map_id = :map and (cast(:item as bigint) is null or item_id = :item)
				order by id desc limit :limit""")
			.param("map", mapId)
			.param("item", itemId)
			.param("limit", limit)
			.query((rs, i) -> new Raw(rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		Map<String, String> names = this.users.namesByUsername(raw.stream().map(Raw::username).toList());
		Map<Long, Integer> numbers = this.changes.rowNumbers(mapId);
		String kindKey = kind.name().toLowerCase(Locale.ROOT);
		Set<String> columns = kind.fields().stream().map(ItemField::code).collect(Collectors.toSet());
		return raw.stream()
			.map((r) -> new ChangeView(r.id(), this.changes.local(r.at()), r.username(), r.action(), r.itemId(),
					r.field(), r.oldValue(), r.newValue(), names.getOrDefault(r.username(), r.username()),
					(r.itemId() != null) ? numbers.get(r.itemId()) : null,
					(r.field() == null) ? null
							: columns.contains(r.field()) ? "roadmap.field." + kindKey + "." + r.field()
									: "roadmap.change.field." + r.field()))
			.toList();
	}

	/**
	 * The live rows of a road map as the page shows them (one row if {@code itemId} is
	 * given), with their evidence and comment counts, in the page's order. No access
	 * check: the caller has made it.
	 */
	List<ItemView> rows(Long mapId, Long itemId, LocalDate today) {
		return this.jdbc
			.sql("""
					select i.id, i.section_id, i.position, i.task, i.action, i.due_date, i.due_text, i.responsible,
					       i.participants, i.indicator, i.expected_result, i.status, i.postpone_reason, i.done_mark,
					       i.updated_by, i.updated_at, i.version, coalesce(ev.n, 0), coalesce(co.n, 0)
					from road_map_item i join road_map_section s on s.id = i.section_id
					left join (select e.item_id, count(*) n from road_map_evidence e join road_map_item x on x.id = e.item_id
					           where x.road_map_id = :map group by e.item_id) ev on ev.item_id = i.id
					left join (select c.item_id, count(*) n from road_map_comment c join road_map_item x on x.id = c.item_id
					           where x.road_map_id = :map group by c.item_id) co on co.item_id = i.id
					where i.road_map_id = :map and i.deleted_at is null and (cast(:item as bigint) is null or i.id = :item)
					order by s.position, s.id, i.position, i.id""")
			.param("map", mapId)
			.param("item", itemId)
			.query((rs, i) -> row(rs, today))
			.list();
	}

	private ItemView row(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject(6, LocalDate.class);
		MeasureStatus status = MeasureStatus.valueOf(rs.getString(12));
		return new ItemView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), due,
				rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), status,
				rs.getString(13), rs.getString(14), ProgressRules.dueState(due, status, today), rs.getString(15),
				this.changes.local(rs.getTimestamp(16)), rs.getLong(17), rs.getInt(18), rs.getInt(19));
	}

	private ItemView view(RoadMapItem i, LocalDate today) {
		return new ItemView(i.getId(), i.getSectionId(), i.getPosition(), i.getTask(), i.getAction(), i.getDueDate(),
				i.getDueText(), i.getResponsible(), i.getParticipants(), i.getIndicator(), i.getExpectedResult(),
				i.getStatus(), i.getPostponeReason(), i.getDoneMark(),
				ProgressRules.dueState(i.getDueDate(), i.getStatus(), today), i.getUpdatedBy(),
				this.changes.local(i.getUpdatedAt()), i.getVersion(), 0, 0);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag("ru"));
	}

}
