package ru.opora.roadmap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.schools.SchoolService;

import static ru.opora.roadmap.RoadMapChanges.username;
import static ru.opora.roadmap.RoadMapService.ENTITY_ITEM;
import static ru.opora.roadmap.RoadMapService.ENTITY_MAP;
import static ru.opora.roadmap.RoadMapService.ENTITY_SECTION;

/**
 * The sections of a road map and the municipal template library: the sections of newly
 * chosen risk factors, a section's goal and tasks, its progress review (RAG), saving a
 * school section as a template and starting a section from one.
 */
@Service
@RequiredArgsConstructor
class RoadMapSectionService {

	private final RoadMapItemRepository items;

	private final RoadMapSectionRepository sections;

	private final RoadMapAccess access;

	private final RoadMapChanges changes;

	private final RoadMapService roadMaps;

	private final JdbcClient jdbc;

	private final SchoolService schools;

	private final RiskFactorService riskFactors;

	private final AuditLog auditLog;

	// ---------------------------------------------------------------- the page

	/**
	 * Everything the road map's page shows, read in one transaction with one access
	 * check: the road map ({@link RoadMapService#details}), the chosen factors without a
	 * section (as {@link #missingSections}) and the sections of factors no longer chosen
	 * (kept with their rows, never deleted silently, and marked on the page).
	 */
	@Transactional(readOnly = true)
	public RoadMapPage page(Long mapId) {
		RoadMapAccess.Access access = this.access.read(mapId);
		RoadMap map = access.map();
		List<RoadMapSection> sections = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId);
		RoadMapDetails details = this.roadMaps.details(access, sections);
		if (!map.isSchool()) {
			return new RoadMapPage(details, List.of(), Set.of());
		}
		List<RiskFactorView> chosen = this.riskFactors.chosen(map.getProgrammeYearId(), map.getSchoolId());
		return new RoadMapPage(details, missing(sections, chosen), unchosen(sections, chosen));
	}

	// ---------------------------------------------------------------- chosen factors

	/**
	 * The chosen risk factors of a school road map's year that have no section yet (the
	 * factors changed after the road map was made): the page offers to add them. Empty
	 * for a municipal road map.
	 */
	@Transactional(readOnly = true)
	public List<RiskFactorView> missingSections(Long mapId) {
		RoadMap map = this.access.read(mapId).map();
		if (!map.isSchool()) {
			return List.of();
		}
		return missing(this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId),
				this.riskFactors.chosen(map.getProgrammeYearId(), map.getSchoolId()));
	}

	private static List<RiskFactorView> missing(List<RoadMapSection> sections, List<RiskFactorView> chosen) {
		Set<Long> covered = sections.stream()
			.map(RoadMapSection::getRiskFactorId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return chosen.stream().filter((f) -> !covered.contains(f.id())).toList();
	}

	private static Set<Long> unchosen(List<RoadMapSection> sections, List<RiskFactorView> chosenFactors) {
		Set<Long> chosen = chosenFactors.stream().map(RiskFactorView::id).collect(Collectors.toSet());
		return sections.stream()
			.filter((s) -> s.getRiskFactorId() != null && !chosen.contains(s.getRiskFactorId()))
			.map(RoadMapSection::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * Adds a section for each chosen factor that has none (at the end); removes nothing.
	 * @return how many sections were added
	 */
	@Transactional
	public int addMissingSections(Long mapId) {
		RoadMap map = this.access.edit(mapId).map();
		List<RiskFactorView> missing = missingSections(mapId);
		int position = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId)
			.stream()
			.mapToInt(RoadMapSection::getPosition)
			.max()
			.orElse(0);
		for (RiskFactorView factor : missing) {
			RoadMapSection section = this.sections.save(map.newSection(++position, factor.label(), factor.id()));
			this.changes.record(mapId, null, section.getId(), "CREATE_SECTION", null, null, factor.label());
		}
		if (!missing.isEmpty()) {
			this.changes.touch(mapId);
			this.auditLog.record(AuditAction.UPDATE, ENTITY_MAP, mapId,
					"sections added: " + missing.stream().map(RiskFactorView::label).collect(Collectors.joining("; ")));
		}
		return missing.size();
	}

	// ---------------------------------------------------------------- plan and review

	@Transactional
	public void planSection(Long mapId, Long sectionId, long version, String goal, String tasks) {
		this.access.edit(mapId);
		RoadMapSection section = section(mapId, sectionId, version);
		String goalBefore = section.getGoal();
		String tasksBefore = section.getTasks();
		section.plan(goal, tasks);
		this.sections.saveAndFlush(section);
		if (!Objects.equals(goalBefore, section.getGoal())) {
			this.changes.record(mapId, null, sectionId, "UPDATE", "goal", goalBefore, section.getGoal());
		}
		if (!Objects.equals(tasksBefore, section.getTasks())) {
			this.changes.record(mapId, null, sectionId, "UPDATE", "tasks", tasksBefore, section.getTasks());
		}
		this.changes.touch(mapId);
	}

	/**
	 * A progress review of a section: RAG, a mandatory short explanation and the next
	 * review date.
	 */
	@Transactional
	public void reviewSection(Long mapId, Long sectionId, long version, Rag rag, String explanation,
			LocalDate nextReview) {
		this.access.edit(mapId);
		RoadMapSection section = section(mapId, sectionId, version);
		String before = (section.getRag() != null) ? section.getRag() + ": " + section.getRagExplanation() : null;
		section.review(rag, explanation, nextReview, username(), this.changes.now(), this.changes.today());
		this.sections.saveAndFlush(section);
		this.changes.record(mapId, null, sectionId, "REVIEW", "rag", before, rag + ": " + section.getRagExplanation());
		this.changes.touch(mapId);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY_SECTION, sectionId, Map.of("rag", String.valueOf(before)),
				Map.of("rag", rag + ": " + section.getRagExplanation()));
	}

	// ---------------------------------------------------------------- templates

	/**
	 * Templates of the municipality for the risk factor of a section (for applying).
	 */
	@Transactional(readOnly = true)
	public List<TemplateOption> templatesFor(Long mapId, Long sectionId) {
		RoadMap map = this.access.read(mapId).map();
		// a section of another road map is not found (never an empty list)
		section(mapId, sectionId);
		Integer number = factorNumber(sectionId, mapId);
		if (number == null) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select t.id, t.title, t.created_by, t.created_at, (select count(*) from road_map_template_item i where i.template_id = t.id)
					from road_map_template t where t.municipality_id = ? and t.risk_factor_number = ? order by t.id desc""")
			.params(map.getMunicipalityId(), number)
			.query((rs, i) -> new TemplateOption(rs.getLong(1), rs.getString(2), rs.getString(3),
					this.changes.local(rs.getTimestamp(4)), rs.getInt(5)))
			.list();
	}

	/**
	 * The coordinator saves a section of a school road map (one risk factor) as a
	 * template of the municipal library: saving it is the coordinator's approval.
	 */
	@Transactional
	public Long saveAsTemplate(Long mapId, Long sectionId) {
		RoadMapAccess.Access access = this.access.saveTemplate(mapId);
		RoadMap map = access.map();
		RoadMapSection section = section(mapId, sectionId);
		Integer number = factorNumber(sectionId, mapId);
		List<ItemView> rows = this.roadMaps.rows(mapId, null, this.changes.today())
			.stream()
			.filter((i) -> i.sectionId().equals(sectionId))
			.toList();
		if (number == null || rows.isEmpty()) {
			throw new RuleViolationException("roadmap.template.emptySection");
		}
		String school = this.schools.details(map.getSchoolId()).shortName();
		Long id = this.jdbc
			.sql("""
					insert into road_map_template (municipality_id, risk_factor_number, title, goal, tasks, source_section_id,
					created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(map.getMunicipalityId(), number, section.getTitle() + " — " + school + ", " + access.year().title(),
					section.getGoal(), section.getTasks(), sectionId, username(), Timestamp.from(this.changes.now()))
			.query(Long.class)
			.single();
		int position = 1;
		for (ItemView row : rows) {
			this.jdbc.sql("""
					insert into road_map_template_item (template_id, position, task, action, due_text, responsible,
					participants, indicator, expected_result) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, row.task(), row.action(), row.value(ItemField.DUE), row.responsible(),
						row.participants(), row.indicator(), row.expectedResult())
				.update();
		}
		this.auditLog.record(AuditAction.CREATE, "RoadMapTemplate", id, "from section " + sectionId);
		return id;
	}

	/**
	 * Starts a section from a template of the same risk factor: its measures are added
	 * (not started), and its goal and tasks fill those still empty.
	 */
	@Transactional
	public int applyTemplate(Long mapId, Long sectionId, Long templateId) {
		RoadMap map = this.access.applyTemplate(mapId).map();
		RoadMapSection section = section(mapId, sectionId);
		boolean matches = templatesFor(mapId, sectionId).stream().anyMatch((t) -> t.id().equals(templateId));
		if (!matches) {
			throw new RoadMapNotFoundException("template " + templateId);
		}
		Map<String, Object> template = this.jdbc.sql("select goal, tasks from road_map_template where id = ?")
			.param(templateId)
			.query()
			.singleRow();
		if (section.getGoal() == null && section.getTasks() == null) {
			section.plan((String) template.get("goal"), (String) template.get("tasks"));
			this.sections.saveAndFlush(section);
		}
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select task, action, due_text, responsible, participants, indicator, expected_result
				from road_map_template_item where template_id = ? order by position""")
			.param(templateId)
			.query()
			.listOfRows();
		Instant now = this.changes.now();
		String user = username();
		for (Map<String, Object> row : rows) {
			RoadMapItem item = map.newRow(section, this.items.maxPosition(sectionId) + 1, user, now);
			item.set(ItemField.TASK, (String) row.get("task"), null, user, now);
			item.set(ItemField.ACTION, (String) row.get("action"), null, user, now);
			item.set(ItemField.DUE, (String) row.get("due_text"), null, user, now);
			item.set(ItemField.RESPONSIBLE, (String) row.get("responsible"), null, user, now);
			item.set(ItemField.PARTICIPANTS, (String) row.get("participants"), null, user, now);
			item.set(ItemField.INDICATOR, (String) row.get("indicator"), null, user, now);
			item.set(ItemField.EXPECTED_RESULT, (String) row.get("expected_result"), null, user, now);
			item = this.items.saveAndFlush(item);
			this.changes.record(mapId, item.getId(), null, "CREATE", "template", null, item.getAction());
		}
		this.changes.touch(mapId);
		this.auditLog.record(AuditAction.CREATE, ENTITY_ITEM, sectionId,
				"applied template " + templateId + ": " + rows.size() + " rows");
		return rows.size();
	}

	// ---------------------------------------------------------------- internals

	private Integer factorNumber(Long sectionId, Long mapId) {
		return this.jdbc.sql("""
				select f.number from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.id = ? and s.road_map_id = ?""")
			.params(sectionId, mapId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private RoadMapSection section(Long mapId, Long sectionId) {
		return this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
	}

	private RoadMapSection section(Long mapId, Long sectionId, long version) {
		RoadMapSection section = section(mapId, sectionId);
		if (section.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(RoadMapSection.class, sectionId);
		}
		return section;
	}

}
