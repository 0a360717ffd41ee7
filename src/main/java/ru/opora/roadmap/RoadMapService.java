package ru.opora.roadmap;

import java.io.InputStream;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Road maps and every change to them. Access: the municipal road map is edited by the
 * coordinator of its municipality and read by the administrator and the region's
 * observer; a school road map is edited by the school itself, its assigned curator and
 * the coordinator, and read by whoever may see the school. Every change is checked
 * against the row's version and written to the history in the same transaction.
 */
@Service
@RequiredArgsConstructor
public class RoadMapService {

	static final String ENTITY_ITEM = "RoadMapItem";

	static final String ENTITY_MAP = "RoadMap";

	static final String ENTITY_SECTION = "RoadMapSection";

	static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

	static final List<String> MUNICIPAL_STAGES = List.of("roadmap.stage.preparatory", "roadmap.stage.practical",
			"roadmap.stage.summary");

	private final RoadMapItemRepository items;

	private final RoadMapSectionRepository sections;

	private final JdbcClient jdbc;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final RiskFactorService riskFactors;

	private final FileService files;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	private final RoadMapImport importer;

	private final ru.opora.users.UserService users;

	record Header(Long id, RoadMapKind kind, Long yearId, Long municipalityId, Long schoolId) {
	}

	/**
	 * What the user may do with a road map: {@code mayEdit} by role and place,
	 * {@code editable} also needs the programme year open.
	 */
	record Access(Header header, ProgrammeYearSummary year, boolean mayEdit) {

		boolean editable() {
			return this.mayEdit && !this.year.closed();
		}

	}

	// ---------------------------------------------------------------- finding

	/**
	 * The municipal road map of a programme year, if created (for those who may read it).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> municipalMap(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		checkMunicipalRead(year);
		return this.jdbc.sql("select id from road_map where programme_year_id = ? and school_id is null")
			.param(yearId)
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public boolean canCreateMunicipal(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		CurrentUser user = CurrentUser.require();
		return user.is(Role.COORDINATOR) && year.municipalityId().equals(user.municipalityId());
	}

	@Transactional
	public Long createMunicipal(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		if (!canCreateMunicipal(yearId)) {
			throw new AccessDeniedException("Only the coordinator creates the municipal road map");
		}
		if (municipalMap(yearId).isPresent()) {
			return municipalMap(yearId).get();
		}
		this.programmes.requireOpen(yearId);
		Long id = insertMap(RoadMapKind.MUNICIPAL, year, null);
		int position = 1;
		for (String stage : MUNICIPAL_STAGES) {
			this.sections.save(new RoadMapSection(id, position++, message(stage), null));
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY_MAP, id, "municipal, programme year " + yearId);
		return id;
	}

	/**
	 * The road map of a participant school, if created (for those who may see the
	 * school).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> schoolMap(Long yearId, Long schoolId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		this.schools.checkedLocation(schoolId);
		if (!year.hasParticipant(schoolId)) {
			throw new RoadMapNotFoundException(yearId + "/" + schoolId);
		}
		return this.jdbc.sql("select id from road_map where programme_year_id = ? and school_id = ?")
			.params(yearId, schoolId)
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public boolean canEditSchool(Long schoolId) {
		CurrentUser user = CurrentUser.require();
		SchoolLocation location = this.schools.checkedLocation(schoolId);
		return switch (user.role()) {
			case SCHOOL -> schoolId.equals(user.schoolId());
			// a curator sees only the schools currently assigned
			case CURATOR -> true;
			case COORDINATOR -> location.municipalityId().equals(user.municipalityId());
			case ADMIN, REGIONAL_OBSERVER -> false;
		};
	}

	/**
	 * Creates a school's road map with a section per chosen risk factor.
	 */
	@Transactional
	public Long createSchool(Long yearId, Long schoolId) {
		Optional<Long> existing = schoolMap(yearId, schoolId);
		if (!canEditSchool(schoolId)) {
			throw new AccessDeniedException("Cannot create the road map of school " + schoolId);
		}
		if (existing.isPresent()) {
			return existing.get();
		}
		this.programmes.requireOpen(yearId);
		List<RiskFactorView> chosen = this.riskFactors.chosen(yearId, schoolId);
		if (chosen.isEmpty()) {
			throw new RuleViolationException("roadmap.create.noFactors");
		}
		ProgrammeYearSummary year = this.programmes.year(yearId);
		Long id = insertMap(RoadMapKind.SCHOOL, year, schoolId);
		int position = 1;
		for (RiskFactorView factor : chosen) {
			this.sections.save(new RoadMapSection(id, position++, factor.label(), factor.id()));
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY_MAP, id, "school " + schoolId + ", programme year " + yearId);
		return id;
	}

	/**
	 * The chosen risk factors of a school road map's year that have no section yet (the
	 * factors changed after the road map was made): the page offers to add them. Empty
	 * for a municipal road map.
	 */
	@Transactional(readOnly = true)
	public List<RiskFactorView> missingSections(Long mapId) {
		Header h = access(mapId).header();
		if (h.kind() != RoadMapKind.SCHOOL) {
			return List.of();
		}
		Set<Long> covered = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId)
			.stream()
			.map(RoadMapSection::getRiskFactorId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.riskFactors.chosen(h.yearId(), h.schoolId())
			.stream()
			.filter((f) -> !covered.contains(f.id()))
			.toList();
	}

	/**
	 * Sections whose risk factor is no longer chosen: kept with their rows (never deleted
	 * silently), and marked on the page.
	 */
	@Transactional(readOnly = true)
	public Set<Long> sectionsOfUnchosenFactors(Long mapId) {
		Header h = access(mapId).header();
		if (h.kind() != RoadMapKind.SCHOOL) {
			return Set.of();
		}
		Set<Long> chosen = this.riskFactors.chosen(h.yearId(), h.schoolId())
			.stream()
			.map(RiskFactorView::id)
			.collect(Collectors.toSet());
		return this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId)
			.stream()
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
		requireEdit(mapId);
		List<RiskFactorView> missing = missingSections(mapId);
		int position = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId)
			.stream()
			.mapToInt(RoadMapSection::getPosition)
			.max()
			.orElse(0);
		for (RiskFactorView factor : missing) {
			RoadMapSection section = this.sections
				.save(new RoadMapSection(mapId, ++position, factor.label(), factor.id()));
			change(mapId, null, section.getId(), "CREATE_SECTION", null, null, factor.label());
		}
		if (!missing.isEmpty()) {
			touch(mapId);
			this.auditLog.record(AuditAction.UPDATE, ENTITY_MAP, mapId,
					"sections added: " + missing.stream().map(RiskFactorView::label).collect(Collectors.joining("; ")));
		}
		return missing.size();
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public RoadMapDetails details(Long mapId) {
		Access access = access(mapId);
		Header h = access.header();
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<ItemView>> bySection = itemsOf(mapId, null, today).stream()
			.collect(Collectors.groupingBy(ItemView::sectionId, LinkedHashMap::new, Collectors.toList()));
		List<SectionView> list = new ArrayList<>();
		List<ItemView> all = new ArrayList<>();
		for (RoadMapSection s : this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId)) {
			List<ItemView> rows = bySection.getOrDefault(s.getId(), List.of());
			all.addAll(rows);
			list.add(new SectionView(s.getId(), s.getTitle(), s.getRiskFactorId(), s.getGoal(), s.getTasks(),
					s.getRag(), s.getRagExplanation(), local(s.getReviewedAt()), s.getReviewedBy(), s.getNextReviewOn(),
					ProgressRules.reviewOverdue(s.getNextReviewOn(), today), s.getVersion(), rows, Progress.of(rows)));
		}
		String schoolName = (h.schoolId() != null) ? this.schools.details(h.schoolId()).shortName() : null;
		ItemView undoable = access.editable() ? this.items.lastDeletedBy(mapId, CurrentUser.require().username())
			.map((i) -> view(i, today))
			.orElse(null) : null;
		return new RoadMapDetails(mapId, h.kind(), access.year(), h.schoolId(), schoolName, access.editable(), list,
				Progress.of(all), undoable);
	}

	@Transactional(readOnly = true)
	public ItemView item(Long mapId, Long itemId) {
		access(mapId);
		List<ItemView> found = itemsOf(mapId, itemId, LocalDate.now(this.clock));
		if (found.isEmpty()) {
			throw new RoadMapNotFoundException(mapId + "/" + itemId);
		}
		return found.get(0);
	}

	@Transactional(readOnly = true)
	public RoadMapRef ref(Long mapId) {
		Access access = access(mapId);
		return new RoadMapRef(mapId, access.header().kind(), access.editable());
	}

	/**
	 * The history of a road map, or of one of its rows, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ChangeView> history(Long mapId, Long itemId, int limit) {
		Access access = access(mapId);
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
		Map<Long, Integer> numbers = rowNumbers(mapId);
		String kindKey = access.header().kind().name().toLowerCase(java.util.Locale.ROOT);
		Set<String> columns = access.header().kind().fields().stream().map(ItemField::code).collect(Collectors.toSet());
		return raw.stream()
			.map((r) -> new ChangeView(r.id(), local(r.at()), r.username(), r.action(), r.itemId(), r.field(),
					r.oldValue(), r.newValue(), names.getOrDefault(r.username(), r.username()),
					(r.itemId() != null) ? numbers.get(r.itemId()) : null,
					(r.field() == null) ? null
							: columns.contains(r.field()) ? "roadmap.field." + kindKey + "." + r.field()
									: "roadmap.change.field." + r.field()))
			.toList();
	}

	/**
	 * The numbers the rows show in the table (counted through all sections, as the page
	 * counts them).
	 */
	private Map<Long, Integer> rowNumbers(Long mapId) {
		List<Long> ids = this.jdbc.sql("""
				select i.id from road_map_item i join road_map_section s on s.id = i.section_id
				where i.road_map_id = ? and i.deleted_at is null order by s.position, s.id, i.position, i.id""")
			.param(mapId)
			.query(Long.class)
			.list();
		Map<Long, Integer> numbers = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			numbers.put(ids.get(i), i + 1);
		}
		return numbers;
	}

	// ---------------------------------------------------------------- editing rows

	/**
	 * Saves one cell if the row is still at {@code version}.
	 * @throws CellConflictException if someone changed the row meanwhile
	 */
	@Transactional
	public ItemView editCell(Long mapId, Long itemId, ItemField field, String value, String reason, long version) {
		Access access = requireEdit(mapId);
		if (!access.header().kind().fields().contains(field)) {
			throw new RuleViolationException("roadmap.cell.badField");
		}
		RoadMapItem item = liveItem(mapId, itemId);
		if (item.getVersion() != version) {
			throw new CellConflictException(field, value, reason);
		}
		String before = item.get(field);
		String reasonBefore = item.getPostponeReason();
		item.set(field, value, reason, username(), this.clock.instant());
		this.items.saveAndFlush(item);
		String after = item.get(field);
		Map<String, Object> old = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		if (!Objects.equals(before, after)) {
			change(mapId, itemId, null, "UPDATE", field.code(), before, after);
			old.put(field.code(), before);
			now.put(field.code(), after);
		}
		if (!Objects.equals(reasonBefore, item.getPostponeReason())) {
			change(mapId, itemId, null, "UPDATE", "postpone_reason", reasonBefore, item.getPostponeReason());
			old.put("postpone_reason", reasonBefore);
			now.put("postpone_reason", item.getPostponeReason());
		}
		if (!now.isEmpty()) {
			touch(mapId);
			this.auditLog.recordChange(AuditAction.UPDATE, ENTITY_ITEM, itemId, old, now);
		}
		return item(mapId, itemId);
	}

	/**
	 * Adds an empty row to a section: at its end ({@code afterItemId} null), at its top
	 * (0) or below a row.
	 */
	@Transactional
	public Long addItem(Long mapId, Long sectionId, Long afterItemId) {
		requireEdit(mapId);
		RoadMapSection section = this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
		int position;
		if (afterItemId == null) {
			position = this.items.maxPosition(section.getId()) + 1;
		}
		else if (afterItemId == 0) {
			this.items.shiftAfter(section.getId(), 0);
			position = 1;
		}
		else {
			RoadMapItem after = liveItem(mapId, afterItemId);
			if (!after.getSectionId().equals(section.getId())) {
				throw new RoadMapNotFoundException(mapId + "/" + afterItemId);
			}
			this.items.shiftAfter(section.getId(), after.getPosition());
			position = after.getPosition() + 1;
		}
		RoadMapItem item = this.items
			.saveAndFlush(new RoadMapItem(mapId, section.getId(), position, username(), this.clock.instant()));
		change(mapId, item.getId(), null, "CREATE", null, null, section.getTitle());
		touch(mapId);
		this.auditLog.record(AuditAction.CREATE, ENTITY_ITEM, item.getId(), "road map " + mapId);
		return item.getId();
	}

	/**
	 * Drag and drop: puts a row into a section before another row ({@code beforeItemId}
	 * null: at the section's end), in one step with one history line.
	 */
	@Transactional
	public void moveTo(Long mapId, Long itemId, Long sectionId, Long beforeItemId) {
		requireEdit(mapId);
		RoadMapItem item = liveItem(mapId, itemId);
		RoadMapSection section = this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
		List<Long> order = new ArrayList<>(this.jdbc.sql("""
				select id from road_map_item where section_id = ? and deleted_at is null and id <> ?
				order by position, id""").params(section.getId(), itemId).query(Long.class).list());
		int index = (beforeItemId != null) ? order.indexOf(beforeItemId) : -1;
		if (beforeItemId != null && index < 0) {
			throw new RoadMapNotFoundException(mapId + "/" + beforeItemId);
		}
		order.add((index < 0) ? order.size() : index, itemId);
		Long fromSection = item.getSectionId();
		int fromNumber = rowNumbers(mapId).getOrDefault(itemId, 0);
		this.jdbc.sql("update road_map_item set section_id = ? where id = ?").params(section.getId(), itemId).update();
		for (int p = 0; p < order.size(); p++) {
			this.jdbc.sql("update road_map_item set position = ? where id = ?").params(p + 1, order.get(p)).update();
		}
		int toNumber = rowNumbers(mapId).getOrDefault(itemId, 0);
		if (fromNumber != toNumber || !fromSection.equals(section.getId())) {
			change(mapId, itemId, null, "MOVE", null, String.valueOf(fromNumber), String.valueOf(toNumber));
			touch(mapId);
		}
	}

	/**
	 * Moves a row one place up or down; past the edge of its section it goes to the end
	 * (start) of the previous (next) section. Moving never conflicts with cell edits.
	 */
	@Transactional
	public void move(Long mapId, Long itemId, boolean up) {
		requireEdit(mapId);
		RoadMapItem item = liveItem(mapId, itemId);
		int fromNumber = rowNumbers(mapId).getOrDefault(itemId, 0);
		Optional<RoadMapItem> neighbour = up ? this.items.previous(item.getSectionId(), item.getPosition())
				: this.items.next(item.getSectionId(), item.getPosition());
		if (neighbour.isPresent()) {
			int mine = item.getPosition();
			int theirs = neighbour.get().getPosition();
			Long other = neighbour.get().getId();
			this.items.setPosition(itemId, theirs);
			this.items.setPosition(other, mine);
		}
		else {
			List<RoadMapSection> list = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId);
			int index = list.stream().map(RoadMapSection::getId).toList().indexOf(item.getSectionId());
			int target = up ? index - 1 : index + 1;
			if (target < 0 || target >= list.size()) {
				return;
			}
			Long sectionId = list.get(target).getId();
			int position;
			if (up) {
				position = this.items.maxPosition(sectionId) + 1;
			}
			else {
				this.items.shiftAfter(sectionId, 0);
				position = 1;
			}
			this.jdbc.sql("update road_map_item set section_id = ?, position = ? where id = ?")
				.params(sectionId, position, itemId)
				.update();
		}
		change(mapId, itemId, null, "MOVE", null, String.valueOf(fromNumber),
				String.valueOf(rowNumbers(mapId).getOrDefault(itemId, 0)));
		touch(mapId);
	}

	@Transactional
	public void delete(Long mapId, Long itemId) {
		requireEdit(mapId);
		RoadMapItem item = liveItem(mapId, itemId);
		item.markDeleted(username(), this.clock.instant());
		this.items.saveAndFlush(item);
		change(mapId, itemId, null, "DELETE", null, item.getAction(), null);
		touch(mapId);
		this.auditLog.record(AuditAction.DELETE, ENTITY_ITEM, itemId, "road map " + mapId);
	}

	/**
	 * Brings back the row the current user deleted last, at its old place.
	 */
	@Transactional
	public Optional<Long> undoDelete(Long mapId) {
		requireEdit(mapId);
		Optional<RoadMapItem> last = this.items.lastDeletedBy(mapId, username());
		if (last.isEmpty()) {
			return Optional.empty();
		}
		RoadMapItem item = last.get();
		Long itemId = item.getId();
		int position = item.getPosition();
		this.items.shiftAfter(item.getSectionId(), position - 1);
		this.jdbc
			.sql("update road_map_item set deleted_at = null, deleted_by = null, position = ?, version = version + 1"
					+ " where id = ?")
			.params(position, itemId)
			.update();
		change(mapId, itemId, null, "RESTORE", null, null, item.getAction());
		touch(mapId);
		this.auditLog.record(AuditAction.UPDATE, ENTITY_ITEM, itemId, "restored in road map " + mapId);
		return Optional.of(itemId);
	}

	// ---------------------------------------------------------------- import

	@Transactional(readOnly = true)
	public void checkImport(Long mapId) {
		Access access = requireEdit(mapId);
		if (access.header().kind() != RoadMapKind.MUNICIPAL) {
			// only the municipal road map has an import
			throw new RoadMapNotFoundException(mapId + "/import");
		}
	}

	/**
	 * Appends the rows of an XLSX file to their sections, all or nothing: with any
	 * invalid row nothing is imported and the result lists every problem.
	 */
	@Transactional
	RoadMapImport.Result importXlsx(Long mapId, InputStream content) throws java.io.IOException {
		checkImport(mapId);
		List<RoadMapSection> list = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId);
		RoadMapImport.Result result = this.importer.read(content, list.stream().map(RoadMapSection::getTitle).toList());
		if (!result.ok()) {
			return result;
		}
		Map<String, Long> sectionIds = list.stream()
			.collect(Collectors.toMap(RoadMapSection::getTitle, RoadMapSection::getId, (a, b) -> a));
		Instant now = this.clock.instant();
		String user = username();
		for (RoadMapImport.ImportedRow row : result.rows()) {
			Long sectionId = sectionIds.get(row.section());
			RoadMapItem item = new RoadMapItem(mapId, sectionId, this.items.maxPosition(sectionId) + 1, user, now);
			item.set(ItemField.ACTION, row.action(), null, user, now);
			item.set(ItemField.DUE, row.due(), null, user, now);
			item.set(ItemField.RESPONSIBLE, row.responsible(), null, user, now);
			item.set(ItemField.INDICATOR, row.indicator(), null, user, now);
			item.set(ItemField.STATUS, row.status().name(), null, user, now);
			item.set(ItemField.DONE_MARK, row.doneMark(), null, user, now);
			item = this.items.saveAndFlush(item);
			change(mapId, item.getId(), null, "CREATE", "import", null, row.action());
		}
		touch(mapId);
		this.auditLog.record(AuditAction.CREATE, ENTITY_ITEM, mapId, "imported " + result.rows().size() + " rows");
		return result;
	}

	byte[] importTemplate() {
		return this.importer.template();
	}

	// ---------------------------------------------------------------- templates

	/**
	 * Templates of the municipality for the risk factor of a section (for applying).
	 */
	@Transactional(readOnly = true)
	public List<TemplateOption> templatesFor(Long mapId, Long sectionId) {
		Access access = access(mapId);
		// a section of another road map is not found (never an empty list)
		this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
		Integer number = factorNumber(sectionId, mapId);
		if (number == null) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select t.id, t.title, t.created_by, t.created_at, (select count(*) from road_map_template_item i where i.template_id = t.id)
					from road_map_template t where t.municipality_id = ? and t.risk_factor_number = ? order by t.id desc""")
			.params(access.header().municipalityId(), number)
			.query((rs, i) -> new TemplateOption(rs.getLong(1), rs.getString(2), rs.getString(3),
					local(rs.getTimestamp(4)), rs.getInt(5)))
			.list();
	}

	/**
	 * The coordinator saves a section of a school road map (one risk factor) as a
	 * template of the municipal library: saving it is the coordinator's approval.
	 */
	@Transactional
	public Long saveAsTemplate(Long mapId, Long sectionId) {
		Access access = requireEdit(mapId);
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.COORDINATOR) || access.header().kind() != RoadMapKind.SCHOOL) {
			throw new AccessDeniedException("Only the coordinator saves school road-map sections as templates");
		}
		RoadMapSection section = this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
		Integer number = factorNumber(sectionId, mapId);
		List<ItemView> rows = itemsOf(mapId, null, LocalDate.now(this.clock)).stream()
			.filter((i) -> i.sectionId().equals(sectionId))
			.toList();
		if (number == null || rows.isEmpty()) {
			throw new RuleViolationException("roadmap.template.emptySection");
		}
		String school = this.schools.details(access.header().schoolId()).shortName();
		Long id = this.jdbc
			.sql("""
					insert into road_map_template (municipality_id, risk_factor_number, title, goal, tasks, source_section_id,
					created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(access.header().municipalityId(), number,
					section.getTitle() + " — " + school + ", " + access.year().title(), section.getGoal(),
					section.getTasks(), sectionId, user.username(), Timestamp.from(this.clock.instant()))
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
		requireEdit(mapId);
		RoadMapSection section = this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
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
		Instant now = this.clock.instant();
		String user = username();
		for (Map<String, Object> row : rows) {
			RoadMapItem item = new RoadMapItem(mapId, sectionId, this.items.maxPosition(sectionId) + 1, user, now);
			item.set(ItemField.TASK, (String) row.get("task"), null, user, now);
			item.set(ItemField.ACTION, (String) row.get("action"), null, user, now);
			item.set(ItemField.DUE, (String) row.get("due_text"), null, user, now);
			item.set(ItemField.RESPONSIBLE, (String) row.get("responsible"), null, user, now);
			item.set(ItemField.PARTICIPANTS, (String) row.get("participants"), null, user, now);
			item.set(ItemField.INDICATOR, (String) row.get("indicator"), null, user, now);
			item.set(ItemField.EXPECTED_RESULT, (String) row.get("expected_result"), null, user, now);
			item = this.items.saveAndFlush(item);
			change(mapId, item.getId(), null, "CREATE", "template", null, item.getAction());
		}
		touch(mapId);
		this.auditLog.record(AuditAction.CREATE, ENTITY_ITEM, sectionId,
				"applied template " + templateId + ": " + rows.size() + " rows");
		return rows.size();
	}

	private Integer factorNumber(Long sectionId, Long mapId) {
		return this.jdbc.sql("""
				select f.number from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.id = ? and s.road_map_id = ?""")
			.params(sectionId, mapId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	// ---------------------------------------------------------------- sections

	@Transactional
	public void planSection(Long mapId, Long sectionId, long version, String goal, String tasks) {
		requireEdit(mapId);
		RoadMapSection section = section(mapId, sectionId, version);
		String goalBefore = section.getGoal();
		String tasksBefore = section.getTasks();
		section.plan(goal, tasks);
		this.sections.saveAndFlush(section);
		if (!Objects.equals(goalBefore, section.getGoal())) {
			change(mapId, null, sectionId, "UPDATE", "goal", goalBefore, section.getGoal());
		}
		if (!Objects.equals(tasksBefore, section.getTasks())) {
			change(mapId, null, sectionId, "UPDATE", "tasks", tasksBefore, section.getTasks());
		}
		touch(mapId);
	}

	/**
	 * A progress review of a section: RAG, a mandatory short explanation and the next
	 * review date.
	 */
	@Transactional
	public void reviewSection(Long mapId, Long sectionId, long version, Rag rag, String explanation,
			LocalDate nextReview) {
		requireEdit(mapId);
		RoadMapSection section = section(mapId, sectionId, version);
		String before = (section.getRag() != null) ? section.getRag() + ": " + section.getRagExplanation() : null;
		section.review(rag, explanation, nextReview, username(), this.clock.instant(), LocalDate.now(this.clock));
		this.sections.saveAndFlush(section);
		change(mapId, null, sectionId, "REVIEW", "rag", before, rag + ": " + section.getRagExplanation());
		touch(mapId);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY_SECTION, sectionId, Map.of("rag", String.valueOf(before)),
				Map.of("rag", rag + ": " + section.getRagExplanation()));
	}

	// ---------------------------------------------------------------- evidence and
	// comments

	@Transactional(readOnly = true)
	public MeasureDetails measure(Long mapId, Long itemId) {
		Access access = access(mapId);
		ItemView item = item(mapId, itemId);
		List<EvidenceView> evidence = this.jdbc
			.sql("""
					select id, label, url, file_id, added_by, added_at from road_map_evidence where item_id = ? order by id""")
			.param(itemId)
			.query((rs, i) -> new EvidenceView(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
					rs.getString(5), local(rs.getTimestamp(6))))
			.list();
		List<CommentView> comments = this.jdbc
			.sql("select id, author, body, created_at from road_map_comment where item_id = ? order by id")
			.param(itemId)
			.query((rs, i) -> new CommentView(rs.getLong(1), rs.getString(2), rs.getString(3),
					local(rs.getTimestamp(4))))
			.list();
		return new MeasureDetails(mapId, item, access.editable(), evidence, comments);
	}

	@Transactional
	public void addLink(Long mapId, Long itemId, String label, String url) {
		requireEdit(mapId);
		liveItem(mapId, itemId);
		String u = (url != null) ? url.strip() : "";
		if (!validUrl(u)) {
			throw new RuleViolationException("roadmap.evidence.badUrl");
		}
		String l = (label != null && !label.isBlank()) ? label.strip() : u;
		if (l.length() > 300) {
			l = l.substring(0, 300);
		}
		this.jdbc.sql("insert into road_map_evidence (item_id, url, label, added_by, added_at) values (?, ?, ?, ?, ?)")
			.params(itemId, u, l, username(), Timestamp.from(this.clock.instant()))
			.update();
		change(mapId, itemId, null, "EVIDENCE", null, null, l);
		touch(mapId);
	}

	/**
	 * Stores a file as evidence (PDF, DOCX, XLSX, ODT or ODS up to 20 MB).
	 * @throws ru.opora.files.FileRejectedException with a message key
	 */
	@Transactional
	public void addFile(Long mapId, Long itemId, String originalName, InputStream content) {
		requireEdit(mapId);
		liveItem(mapId, itemId);
		FileInfo info = this.files.store(originalName, content, MAX_EVIDENCE_BYTES,
				EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.ODT, FileKind.ODS), username());
		this.jdbc
			.sql("insert into road_map_evidence (item_id, file_id, label, added_by, added_at) values (?, ?, ?, ?, ?)")
			.params(itemId, info.id(), info.originalName(), username(), Timestamp.from(this.clock.instant()))
			.update();
		change(mapId, itemId, null, "EVIDENCE", null, null, info.originalName());
		touch(mapId);
	}

	/**
	 * The stored file of a piece of evidence (for those who may read the road map).
	 */
	@Transactional(readOnly = true)
	public FileInfo evidenceFile(Long mapId, Long evidenceId) {
		access(mapId);
		Long fileId = this.jdbc.sql("""
				select e.file_id from road_map_evidence e join road_map_item i on i.id = e.item_id
				where e.id = ? and i.road_map_id = ? and e.file_id is not null""")
			.params(evidenceId, mapId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/e" + evidenceId));
		return this.files.info(fileId);
	}

	@Transactional(readOnly = true)
	public InputStream openEvidence(Long mapId, Long evidenceId) {
		return this.files.open(evidenceFile(mapId, evidenceId).id());
	}

	@Transactional
	public void comment(Long mapId, Long itemId, String body) {
		requireEdit(mapId);
		liveItem(mapId, itemId);
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw new RuleViolationException("roadmap.comment.empty");
		}
		if (text.length() > 4000) {
			throw new RuleViolationException("roadmap.cell.tooLong");
		}
		this.jdbc.sql("insert into road_map_comment (item_id, author, body, created_at) values (?, ?, ?, ?)")
			.params(itemId, username(), text, Timestamp.from(this.clock.instant()))
			.update();
		change(mapId, itemId, null, "COMMENT", null, null, text);
		touch(mapId);
	}

	// ---------------------------------------------------------------- monitoring

	/**
	 * Every participant's road map side by side (coordinator of the municipality,
	 * administrator, observer of the region).
	 */
	@Transactional(readOnly = true)
	public List<MonitoringRow> monitoring(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		checkMunicipalRead(year);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, String> names = this.schools.visibleSchoolNames(year.participantIds());
		record MapRow(Long id, Long schoolId, Instant lastActivity) {
		}
		Map<Long, MapRow> maps = this.jdbc.sql(
				"select id, school_id, last_activity_at from road_map where programme_year_id = ? and school_id is not null")
			.param(yearId)
			.query((rs, i) -> new MapRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(MapRow::schoolId, (m) -> m));
		// statuses and due dates of every live measure, and every section, of the year's
		// school maps: two
		// queries whatever the number of schools
		record Measure(MeasureStatus status, LocalDate due) {
		}
		Map<Long, List<Measure>> measuresByMap = new java.util.HashMap<>();
		this.jdbc.sql("""
				select i.road_map_id, i.status, i.due_date from road_map_item i join road_map m on m.id = i.road_map_id
				where m.programme_year_id = ? and m.school_id is not null and i.deleted_at is null""")
			.param(yearId)
			.query((rs) -> {
				measuresByMap.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new Measure(MeasureStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)));
			});
		Map<Long, List<RoadMapSection>> sectionsByMap = maps.isEmpty() ? Map.of()
				: this.sections.findByRoadMapIdIn(maps.values().stream().map(MapRow::id).toList())
					.stream()
					.collect(Collectors.groupingBy(RoadMapSection::getRoadMapId));
		List<MonitoringRow> rows = new ArrayList<>();
		for (Map.Entry<Long, String> school : names.entrySet()) {
			MapRow map = maps.get(school.getKey());
			if (map == null) {
				rows.add(new MonitoringRow(school.getKey(), school.getValue(), null, Progress.of(List.of()), null, 0,
						null, null, true));
				continue;
			}
			List<Measure> measures = measuresByMap.getOrDefault(map.id(), List.of());
			Progress progress = Progress.of(measures.stream().map(Measure::status).toList(),
					measures.stream().map(Measure::due).toList(), today);
			List<RoadMapSection> secs = sectionsByMap.getOrDefault(map.id(), List.of());
			Rag rag = ProgressRules.worst(secs.stream().map(RoadMapSection::getRag).toList());
			int unreviewed = (int) secs.stream().filter((s) -> s.getRag() == null).count();
			LocalDate nextReview = secs.stream()
				.map(RoadMapSection::getNextReviewOn)
				.filter(Objects::nonNull)
				.min(LocalDate::compareTo)
				.orElse(null);
			rows.add(new MonitoringRow(school.getKey(), school.getValue(), map.id(), progress, rag, unreviewed,
					nextReview, local(map.lastActivity()), ProgressRules.inactive(map.lastActivity(), this.clock)));
		}
		return rows;
	}

	// ---------------------------------------------------------------- internals

	private Access access(Long mapId) {
		Header h = this.jdbc
			.sql("select id, kind, programme_year_id, municipality_id, school_id from road_map where id = ?")
			.param(mapId)
			.query((rs, i) -> new Header(rs.getLong(1), RoadMapKind.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getLong(4), (Long) rs.getObject(5)))
			.optional()
			.orElseThrow(() -> new RoadMapNotFoundException(mapId));
		ProgrammeYearSummary year;
		if (h.kind() == RoadMapKind.MUNICIPAL) {
			year = this.programmes.year(h.yearId());
			checkMunicipalRead(year);
			CurrentUser user = CurrentUser.require();
			return new Access(h, year, user.is(Role.COORDINATOR) && h.municipalityId().equals(user.municipalityId()));
		}
		this.schools.checkedLocation(h.schoolId());
		year = this.programmes.year(h.yearId());
		return new Access(h, year, canEditSchool(h.schoolId()));
	}

	private Access requireEdit(Long mapId) {
		Access access = access(mapId);
		if (!access.mayEdit()) {
			throw new AccessDeniedException("Road map " + mapId + " is read-only for the user");
		}
		this.programmes.requireOpen(access.year().id());
		return access;
	}

	private static void checkMunicipalRead(ProgrammeYearSummary year) {
		CurrentUser user = CurrentUser.require();
		boolean allowed = switch (user.role()) {
			// ProgrammeService.year already limits these to their own municipality /
			// region
			case COORDINATOR, ADMIN, REGIONAL_OBSERVER -> true;
			case CURATOR, SCHOOL -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("The municipal road map is not open to " + user.role());
		}
	}

	private RoadMapItem liveItem(Long mapId, Long itemId) {
		return this.items.findInMap(itemId, mapId)
			.filter((i) -> i.getDeletedAt() == null)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/" + itemId));
	}

	private RoadMapSection section(Long mapId, Long sectionId, long version) {
		RoadMapSection section = this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
		if (section.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RoadMapSection.class, sectionId);
		}
		return section;
	}

	private Long insertMap(RoadMapKind kind, ProgrammeYearSummary year, Long schoolId) {
		return this.jdbc.sql("""
				insert into road_map (kind, programme_year_id, municipality_id, school_id, created_by, created_at,
				last_activity_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(kind.name(), year.id(), year.municipalityId(), schoolId, username(),
					Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	private List<ItemView> itemsOf(Long mapId, Long itemId, LocalDate today) {
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
				local(rs.getTimestamp(16)), rs.getLong(17), rs.getInt(18), rs.getInt(19));
	}

	private ItemView view(RoadMapItem i, LocalDate today) {
		return new ItemView(i.getId(), i.getSectionId(), i.getPosition(), i.getTask(), i.getAction(), i.getDueDate(),
				i.getDueText(), i.getResponsible(), i.getParticipants(), i.getIndicator(), i.getExpectedResult(),
				i.getStatus(), i.getPostponeReason(), i.getDoneMark(),
				ProgressRules.dueState(i.getDueDate(), i.getStatus(), today), i.getUpdatedBy(), local(i.getUpdatedAt()),
				i.getVersion(), 0, 0);
	}

	private void change(Long mapId, Long itemId, Long sectionId, String action, String field, String before,
			String after) {
		this.jdbc.sql("""
				insert into road_map_change (road_map_id, item_id, section_id, action, field, old_value, new_value,
				username, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mapId, itemId, sectionId, action, field, before, after, username(),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	private void touch(Long mapId) {
		this.jdbc.sql("update road_map set last_activity_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), mapId)
			.update();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, java.util.Locale.forLanguageTag("ru"));
	}

	private static boolean validUrl(String url) {
		if (url.length() > 2000 || !(url.startsWith("http://") || url.startsWith("https://"))) {
			return false;
		}
		try {
			URI uri = URI.create(url);
			return uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String username() {
		return CurrentUser.require().username();
	}

	private LocalDateTime local(Timestamp t) {
		return (t != null) ? local(t.toInstant()) : null;
	}

	private LocalDateTime local(Instant i) {
		return (i != null) ? LocalDateTime.ofInstant(i, this.clock.getZone()) : null;
	}

}
