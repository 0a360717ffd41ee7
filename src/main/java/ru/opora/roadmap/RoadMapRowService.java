package ru.opora.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;

import static ru.opora.roadmap.RoadMapChanges.username;
import static ru.opora.roadmap.RoadMapService.ENTITY_ITEM;

/**
 * Editing the rows of a road map: one cell at a time against the row's version, adding,
 * moving (buttons and drag and drop), deleting and bringing back the last deleted row,
 * and the municipal road map's XLSX import. Every change is written to the history in the
 * same transaction.
 */
@Service
@RequiredArgsConstructor
class RoadMapRowService {

	private final RoadMapItemRepository items;

	private final RoadMapSectionRepository sections;

	private final RoadMapAccess access;

	private final RoadMapChanges changes;

	private final RoadMapService roadMaps;

	private final AuditLog auditLog;

	private final RoadMapImport importer;

	/**
	 * Saves one cell if the row is still at {@code version}.
	 * @throws CellConflictException if someone changed the row meanwhile
	 */
	@Transactional
	public ItemView editCell(Long mapId, Long itemId, ItemField field, String value, String reason, long version) {
		RoadMapAccess.Access access = this.access.edit(mapId);
		if (!access.map().getKind().fields().contains(field)) {
			throw new RuleViolationException("roadmap.cell.badField");
		}
		RoadMapItem item = liveItem(mapId, itemId);
		if (item.getVersion() != version) {
			throw new CellConflictException(field, value, reason);
		}
		String before = item.get(field);
		String reasonBefore = item.getPostponeReason();
		item.set(field, value, reason, username(), this.changes.now());
		this.items.saveAndFlush(item);
		String after = item.get(field);
		Map<String, Object> old = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		if (!Objects.equals(before, after)) {
			this.changes.record(mapId, itemId, null, "UPDATE", field.code(), before, after);
			old.put(field.code(), before);
			now.put(field.code(), after);
		}
		if (!Objects.equals(reasonBefore, item.getPostponeReason())) {
			this.changes.record(mapId, itemId, null, "UPDATE", "postpone_reason", reasonBefore,
					item.getPostponeReason());
			old.put("postpone_reason", reasonBefore);
			now.put("postpone_reason", item.getPostponeReason());
		}
		if (!now.isEmpty()) {
			this.changes.touch(mapId);
			this.auditLog.recordChange(AuditAction.UPDATE, ENTITY_ITEM, itemId, old, now);
		}
		return this.roadMaps.item(mapId, itemId);
	}

	/**
	 * Adds an empty row to a section: at its end ({@code afterItemId} null), at its top
	 * (0) or below a row.
	 */
	@Transactional
	public Long addItem(Long mapId, Long sectionId, Long afterItemId) {
		RoadMap map = this.access.edit(mapId).map();
		RoadMapSection section = section(mapId, sectionId);
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
		RoadMapItem item = this.items.saveAndFlush(map.newRow(section, position, username(), this.changes.now()));
		this.changes.record(mapId, item.getId(), null, "CREATE", null, null, section.getTitle());
		this.changes.touch(mapId);
		this.auditLog.record(AuditAction.CREATE, ENTITY_ITEM, item.getId(), "road map " + mapId);
		return item.getId();
	}

	/**
	 * Drag and drop: puts a row into a section before another row ({@code beforeItemId}
	 * null: at the section's end), in one step with one history line.
	 */
	@Transactional
	public void moveTo(Long mapId, Long itemId, Long sectionId, Long beforeItemId) {
		RoadMap map = this.access.edit(mapId).map();
		this.items.lockRowsOf(mapId);
		RoadMapItem item = liveItem(mapId, itemId);
		RoadMapSection section = section(mapId, sectionId);
		Long fromSection = item.getSectionId();
		int fromNumber = this.changes.rowNumbers(mapId).getOrDefault(itemId, 0);
		map.placeRow(item, section, this.items.liveInSection(section.getId()), beforeItemId);
		this.items.flush();
		int toNumber = this.changes.rowNumbers(mapId).getOrDefault(itemId, 0);
		if (fromNumber != toNumber || !fromSection.equals(section.getId())) {
			this.changes.record(mapId, itemId, null, "MOVE", null, String.valueOf(fromNumber),
					String.valueOf(toNumber));
			this.changes.touch(mapId);
		}
	}

	/**
	 * Moves a row one place up or down; past the edge of its section it goes to the end
	 * (start) of the previous (next) section. Moving never conflicts with cell edits: it
	 * waits for a save in progress and reads the rows after it.
	 */
	@Transactional
	public void move(Long mapId, Long itemId, boolean up) {
		this.access.edit(mapId);
		this.items.lockRowsOf(mapId);
		RoadMapItem item = liveItem(mapId, itemId);
		int fromNumber = this.changes.rowNumbers(mapId).getOrDefault(itemId, 0);
		Optional<RoadMapItem> neighbour = up ? this.items.previous(item.getSectionId(), item.getPosition())
				: this.items.next(item.getSectionId(), item.getPosition());
		if (neighbour.isPresent()) {
			item.swapPlaceWith(neighbour.get());
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
				// making room clears the persistence context: the row is read again
				this.items.shiftAfter(sectionId, 0);
				item = liveItem(mapId, itemId);
				position = 1;
			}
			item.placeAt(sectionId, position);
		}
		this.items.flush();
		this.changes.record(mapId, itemId, null, "MOVE", null, String.valueOf(fromNumber),
				String.valueOf(this.changes.rowNumbers(mapId).getOrDefault(itemId, 0)));
		this.changes.touch(mapId);
	}

	@Transactional
	public void delete(Long mapId, Long itemId) {
		this.access.edit(mapId);
		RoadMapItem item = liveItem(mapId, itemId);
		item.markDeleted(username(), this.changes.now());
		this.items.saveAndFlush(item);
		this.changes.record(mapId, itemId, null, "DELETE", null, item.getAction(), null);
		this.changes.touch(mapId);
		this.auditLog.record(AuditAction.DELETE, ENTITY_ITEM, itemId, "road map " + mapId);
	}

	/**
	 * Brings back the row the current user deleted last, at its old place.
	 */
	@Transactional
	public Optional<Long> undoDelete(Long mapId) {
		this.access.edit(mapId);
		Optional<RoadMapItem> last = this.items.lastDeletedBy(mapId, username());
		if (last.isEmpty()) {
			return Optional.empty();
		}
		Long itemId = last.get().getId();
		Long sectionId = last.get().getSectionId();
		int position = last.get().getPosition();
		// making room clears the persistence context: the row is read again
		this.items.shiftAfter(sectionId, position - 1);
		RoadMapItem item = this.items.findInMap(itemId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/" + itemId));
		item.restore();
		item.placeAt(sectionId, position);
		this.items.saveAndFlush(item);
		this.changes.record(mapId, itemId, null, "RESTORE", null, null, item.getAction());
		this.changes.touch(mapId);
		this.auditLog.record(AuditAction.UPDATE, ENTITY_ITEM, itemId, "restored in road map " + mapId);
		return Optional.of(itemId);
	}

	// ---------------------------------------------------------------- import

	@Transactional(readOnly = true)
	public void checkImport(Long mapId) {
		importable(mapId);
	}

	/**
	 * Appends the rows of an XLSX file to their sections, all or nothing: with any
	 * invalid row nothing is imported and the result lists every problem.
	 */
	@Transactional
	RoadMapImport.Result importXlsx(Long mapId, InputStream content) throws IOException {
		RoadMap map = importable(mapId);
		List<RoadMapSection> list = this.sections.findByRoadMapIdOrderByPositionAscIdAsc(mapId);
		RoadMapImport.Result result = this.importer.read(content, list.stream().map(RoadMapSection::getTitle).toList());
		if (!result.ok()) {
			return result;
		}
		Map<String, RoadMapSection> byTitle = list.stream()
			.collect(Collectors.toMap(RoadMapSection::getTitle, (s) -> s, (a, b) -> a));
		Instant now = this.changes.now();
		String user = username();
		for (RoadMapImport.ImportedRow row : result.rows()) {
			RoadMapSection section = byTitle.get(row.section());
			RoadMapItem item = map.newRow(section, this.items.maxPosition(section.getId()) + 1, user, now);
			item.set(ItemField.ACTION, row.action(), null, user, now);
			item.set(ItemField.DUE, row.due(), null, user, now);
			item.set(ItemField.RESPONSIBLE, row.responsible(), null, user, now);
			item.set(ItemField.INDICATOR, row.indicator(), null, user, now);
			item.set(ItemField.STATUS, row.status().name(), null, user, now);
			item.set(ItemField.DONE_MARK, row.doneMark(), null, user, now);
			item = this.items.saveAndFlush(item);
			this.changes.record(mapId, item.getId(), null, "CREATE", "import", null, row.action());
		}
		this.changes.touch(mapId);
		this.auditLog.record(AuditAction.CREATE, ENTITY_ITEM, mapId, "imported " + result.rows().size() + " rows");
		return result;
	}

	byte[] importTemplate() {
		return this.importer.template();
	}

	/**
	 * The road map, if the user may edit it and it has an import (only the municipal one
	 * has).
	 */
	private RoadMap importable(Long mapId) {
		RoadMap map = this.access.edit(mapId).map();
		if (map.getKind() != RoadMapKind.MUNICIPAL) {
			throw new RoadMapNotFoundException(mapId + "/import");
		}
		return map;
	}

	private RoadMapItem liveItem(Long mapId, Long itemId) {
		return this.items.findInMap(itemId, mapId)
			.filter((i) -> i.getDeletedAt() == null)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/" + itemId));
	}

	private RoadMapSection section(Long mapId, Long sectionId) {
		return this.sections.findInMap(sectionId, mapId)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/s" + sectionId));
	}

}
