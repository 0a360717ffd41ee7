package ru.opora.roadmap;

import java.io.InputStream;
import java.net.URI;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;

import static ru.opora.roadmap.RoadMapChanges.username;

/**
 * The evidence (links and files) and comments of a road-map row, shown in the row's
 * details.
 */
@Service
@RequiredArgsConstructor
class RoadMapEvidenceService {

	static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

	private final RoadMapItemRepository items;

	private final RoadMapAccess access;

	private final RoadMapChanges changes;

	private final RoadMapService roadMaps;

	private final JdbcClient jdbc;

	private final FileService files;

	@Transactional(readOnly = true)
	public MeasureDetails measure(Long mapId, Long itemId) {
		RoadMapAccess.Access access = this.access.read(mapId);
		ItemView item = this.roadMaps.item(mapId, itemId);
		List<EvidenceView> evidence = this.jdbc
			.sql("""
					select id, label, url, file_id, added_by, added_at from road_map_evidence where item_id = ? order by id""")
			.param(itemId)
			.query((rs, i) -> new EvidenceView(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
					rs.getString(5), this.changes.local(rs.getTimestamp(6))))
			.list();
		List<CommentView> comments = this.jdbc
			.sql("select id, author, body, created_at from road_map_comment where item_id = ? order by id")
			.param(itemId)
			.query((rs, i) -> new CommentView(rs.getLong(1), rs.getString(2), rs.getString(3),
					this.changes.local(rs.getTimestamp(4))))
			.list();
		return new MeasureDetails(mapId, item, access.editable(), evidence, comments);
	}

	@Transactional
	public void addLink(Long mapId, Long itemId, String label, String url) {
		this.access.comment(mapId);
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
			.params(itemId, u, l, username(), Timestamp.from(this.changes.now()))
			.update();
		this.changes.record(mapId, itemId, null, "EVIDENCE", null, null, l);
		this.changes.touch(mapId);
	}

	/**
	 * Stores a file as evidence (PDF, DOCX, XLSX, ODT or ODS up to 20 MB).
	 * @throws ru.opora.files.FileRejectedException with a message key
	 */
	@Transactional
	public void addFile(Long mapId, Long itemId, String originalName, InputStream content) {
		this.access.comment(mapId);
		liveItem(mapId, itemId);
		FileInfo info = this.files.store(originalName, content, MAX_EVIDENCE_BYTES,
				EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.ODT, FileKind.ODS), username());
		this.jdbc
			.sql("insert into road_map_evidence (item_id, file_id, label, added_by, added_at) values (?, ?, ?, ?, ?)")
			.params(itemId, info.id(), info.originalName(), username(), Timestamp.from(this.changes.now()))
			.update();
		this.changes.record(mapId, itemId, null, "EVIDENCE", null, null, info.originalName());
		this.changes.touch(mapId);
	}

	/**
	 * The stored file of a piece of evidence (for those who may read the road map).
	 */
	@Transactional(readOnly = true)
	public FileInfo evidenceFile(Long mapId, Long evidenceId) {
		this.access.read(mapId);
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
		this.access.comment(mapId);
		liveItem(mapId, itemId);
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw new RuleViolationException("roadmap.comment.empty");
		}
		if (text.length() > 4000) {
			throw new RuleViolationException("roadmap.cell.tooLong");
		}
		this.jdbc.sql("insert into road_map_comment (item_id, author, body, created_at) values (?, ?, ?, ?)")
			.params(itemId, username(), text, Timestamp.from(this.changes.now()))
			.update();
		this.changes.record(mapId, itemId, null, "COMMENT", null, null, text);
		this.changes.touch(mapId);
	}

	private void liveItem(Long mapId, Long itemId) {
		this.items.findInMap(itemId, mapId)
			.filter((i) -> i.getDeletedAt() == null)
			.orElseThrow(() -> new RoadMapNotFoundException(mapId + "/" + itemId));
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

}
