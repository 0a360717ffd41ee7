package ru.opora.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileService;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.users.CurrentUser;

/**
 * A school shows an approved document on its municipality's public page: the school's own
 * users mark it public or private (audited); the public page lists the marked documents
 * and serves their latest version, and nothing else. Counts of documents by status for
 * the public page's aggregates. Everything in bulk queries.
 */
@Service("documentPublicity")
@RequiredArgsConstructor
public class DocumentPublicity {

	private final JdbcClient jdbc;

	private final FileService files;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SchoolAccess schoolAccess;

	/**
	 * What the document's page shows about publicity (the page has checked that the user
	 * may see the document).
	 */
	@Transactional(readOnly = true)
	public State state(Long documentId) {
		Row row = row(documentId)
			.orElseThrow(() -> new ru.opora.common.NotFoundException("error.notFound.document", documentId));
		boolean approved = row.status() == DocumentStatus.APPROVED;
		return new State(approved, approved && row.published(), approved && isOwnSchool(row.schoolId()));
	}

	/**
	 * Marks an approved document public or private; only the school's own users.
	 */
	@Transactional
	public void change(Long documentId, boolean makePublic) {
		Row row = row(documentId)
			.orElseThrow(() -> new ru.opora.common.NotFoundException("error.notFound.document", documentId));
		if (!isOwnSchool(row.schoolId())) {
			throw new AccessDeniedException("Only the school marks its documents public");
		}
		if (row.status() != DocumentStatus.APPROVED) {
			throw new RuleViolationException("documents.public.notApproved");
		}
		if (row.published() == makePublic) {
			return;
		}
		this.jdbc.sql("""
				update document set published_at = :at, published_by = :by, updated_at = :now
				where id = :id and status = 'APPROVED'""")
			.param("at", makePublic ? java.sql.Timestamp.from(this.clock.instant()) : null)
			.param("by", CurrentUser.require().username())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("id", documentId)
			.update();
		this.auditLog.record(AuditAction.UPDATE, DocumentService.ENTITY, documentId,
				"public: «" + row.published() + "» → «" + makePublic + "»");
		this.events.publishEvent(new DocumentPublicityChanged(documentId, row.schoolId()));
	}

	/**
	 * Documents marked public by the schools of a municipality, newest first (no access
	 * check: aggregates and titles only).
	 */
	@Transactional(readOnly = true)
	public List<PublishedDocument> publishedInMunicipality(Long municipalityId) {
		return this.jdbc.sql("""
				select d.id, d.school_id, d.programme_year_id, d.kind, d.published_at, f.content_type, f.size_bytes
				from document d join school s on s.id = d.school_id
				join document_version v on v.document_id = d.id and v.number = d.versions_count
				join stored_file f on f.id = v.file_id
				where s.municipality_id = :m and d.status = 'APPROVED' and d.published_at is not null
				order by d.published_at desc, d.id desc""")
			.param("m", municipalityId)
			.query((rs, i) -> new PublishedDocument(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					DocumentKind.valueOf(rs.getString(4)),
					rs.getTimestamp(5).toInstant().atZone(this.clock.getZone()).toLocalDate(), rs.getString(6),
					rs.getLong(7)))
			.list();
	}

	/**
	 * The latest version of a document marked public by a school of the municipality;
	 * empty for any other document.
	 */
	@Transactional(readOnly = true)
	public Optional<PublishedFile> openPublished(Long municipalityId, Long documentId) {
		Optional<Long> fileId = this.jdbc.sql("""
				select v.file_id from document d join school s on s.id = d.school_id
				join document_version v on v.document_id = d.id and v.number = d.versions_count
				where d.id = :id and s.municipality_id = :m and d.status = 'APPROVED' and d.published_at is not null""")
			.param("id", documentId)
			.param("m", municipalityId)
			.query(Long.class)
			.optional();
		return fileId.map((id) -> new PublishedFile(this.files.info(id), this.files.open(id)));
	}

	/**
	 * Documents and approved documents per programme year and school (no access check:
	 * counts only).
	 */
	@Transactional(readOnly = true)
	public List<DocumentCount> counts(Collection<Long> programmeYearIds) {
		if (programmeYearIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select programme_year_id, school_id, count(*), count(*) filter (where status = 'APPROVED')
				from document where programme_year_id in (:years) group by programme_year_id, school_id""")
			.param("years", programmeYearIds)
			.query((rs, i) -> new DocumentCount(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	private Optional<Row> row(Long documentId) {
		return this.jdbc.sql("select school_id, status, published_at is not null from document where id = :id")
			.param("id", documentId)
			.query((rs, i) -> new Row(rs.getLong(1), DocumentStatus.valueOf(rs.getString(2)), rs.getBoolean(3)))
			.optional();
	}

	private boolean isOwnSchool(Long schoolId) {
		return this.schoolAccess.may(SchoolAction.PUBLISH_DOCUMENT, schoolId);
	}

	private record Row(Long schoolId, DocumentStatus status, boolean published) {
	}

	/**
	 * The document page's view of publicity: approved, marked public, and whether the
	 * user may change it.
	 */
	public record State(boolean approved, boolean published, boolean canChange) {

	}

	/**
	 * A document marked public: no contents, no names; the format and size of its latest
	 * version.
	 */
	public record PublishedDocument(Long id, Long schoolId, Long programmeYearId, DocumentKind kind,
			LocalDate publishedOn, String contentType, long sizeBytes) {

	}

	/**
	 * The latest version of a public document, opened.
	 */
	public record PublishedFile(FileInfo info, InputStream content) {

	}

	/**
	 * How many documents a school has in a programme year, and how many are approved.
	 */
	public record DocumentCount(Long programmeYearId, Long schoolId, int total, int approved) {

	}

}
