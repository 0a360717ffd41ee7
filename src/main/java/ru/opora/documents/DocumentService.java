package ru.opora.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.NotFoundException;
import ru.opora.common.PagedResult;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolDetails;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The documents of participant schools and their review. Who may do what:
 * <ul>
 * <li>see: anyone who may see the school;</li>
 * <li>upload a version and send it for review: the school's own accounts;</li>
 * <li>confirm or return: a curator assigned to the school, or the coordinator of its
 * municipality.</li>
 * </ul>
 */
@Service
@RequiredArgsConstructor
public class DocumentService {

	static final String ENTITY = "Document";

	static final Set<FileKind> ACCEPTED = EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.ODT,
			FileKind.ODS);

	private final DocumentRepository documents;

	private final ReviewCriterionRepository criteria;

	private final FileService files;

	private final SchoolService schools;

	private final SchoolAccess schoolAccess;

	private final ProgrammeService programmes;

	private final RiskFactorService riskFactors;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ru.opora.users.UserService users;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Value("${opora.documents.max-file-size:20MB}")
	private DataSize maxFileSize = DataSize.ofMegabytes(20);

	public long maxFileSizeMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

	/**
	 * A school's checklist page in one read-only transaction: the programme years the
	 * school takes part in (newest first; the school's view checked) and the checklist of
	 * {@code yearId}, or of the newest year when it is {@code null}; no checklist when
	 * the school takes part in no such year.
	 */
	@Transactional(readOnly = true)
	public ChecklistPage checklistPage(Long schoolId, Long yearId) {
		List<ProgrammeYearSummary> years = this.programmes.yearsOfSchool(schoolId);
		ProgrammeYearSummary selected = years.stream()
			.filter((y) -> yearId == null || y.id().equals(yearId))
			.findFirst()
			.orElse(null);
		return new ChecklistPage(years, selected, (selected != null) ? checklist(selected.id(), schoolId) : null);
	}

	/**
	 * What a school's checklist page shows: {@code selected} and {@code checklist} are
	 * {@code null} together.
	 */
	public record ChecklistPage(List<ProgrammeYearSummary> years, ProgrammeYearSummary selected,
			SchoolChecklist checklist) {

	}

	@Transactional(readOnly = true)
	public SchoolChecklist checklist(Long programmeYearId, Long schoolId) {
		SchoolDetails school = this.schools.details(schoolId);
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		if (!year.hasParticipant(schoolId)) {
			throw new NotFoundException("error.notFound.participant", schoolId);
		}
		List<Document> existing = this.documents.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId);
		List<RiskFactorView> chosen = this.riskFactors.chosen(programmeYearId, schoolId);
		return checklist(year, schoolId, school.shortName(), existing, chosen, factorsOf(year), true);
	}

	private Map<Long, RiskFactorView> factorsOf(ProgrammeYearSummary year) {
		return this.riskFactors.catalogueFor(year.year())
			.stream()
			.collect(Collectors.toMap(RiskFactorView::id, Function.identity()));
	}

	private SchoolChecklist checklist(ProgrammeYearSummary year, Long schoolId, String schoolName,
			List<? extends DocumentState> existing, List<RiskFactorView> chosen, Map<Long, RiskFactorView> factorsById,
			boolean uploadsPossible) {
		List<ChecklistItem> items = new ArrayList<>();
		items.add(item(DocumentKind.CONCEPT, null, existing, year));
		items.add(item(DocumentKind.MEDIUM_TERM_PROGRAMME, null, existing, year));
		for (RiskFactorView factor : chosen) {
			items.add(item(DocumentKind.ANTI_RISK_PROGRAMME, factor, existing, year));
		}
		// anti-risk programmes of factors no longer chosen stay visible
		existing.stream()
			.filter((d) -> d.getKind() == DocumentKind.ANTI_RISK_PROGRAMME)
			.filter((d) -> chosen.stream().noneMatch((f) -> f.id().equals(d.getRiskFactorId())))
			.forEach((d) -> items
				.add(item(DocumentKind.ANTI_RISK_PROGRAMME, factorsById.get(d.getRiskFactorId()), existing, year)));
		items.add(item(DocumentKind.INTERIM_REPORT, null, existing, year));
		items.add(item(DocumentKind.FINAL_REPORT, null, existing, year));
		return new SchoolChecklist(year.id(), year.title(), schoolId, schoolName, items,
				uploadsPossible && !year.closed() && isOwnSchool(schoolId));
	}

	/**
	 * Stores a new version of the document of this kind (and risk factor), creating the
	 * document at its first upload. The file and its row are committed together or not at
	 * all.
	 */
	@Transactional
	public Long upload(Long programmeYearId, Long schoolId, DocumentKind kind, Long riskFactorId, String fileName,
			InputStream content, String comment) {
		this.schools.checkedLocation(schoolId);
		if (!isOwnSchool(schoolId)) {
			throw new AccessDeniedException("Only the school uploads its documents");
		}
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		if (!year.hasParticipant(schoolId)) {
			throw new AccessDeniedException("School " + schoolId + " is not a participant of " + programmeYearId);
		}
		this.programmes.requireOpen(programmeYearId);
		Long factorId = (kind == DocumentKind.ANTI_RISK_PROGRAMME) ? riskFactorId : null;
		if (kind == DocumentKind.ANTI_RISK_PROGRAMME
				&& (factorId == null || this.riskFactors.chosen(programmeYearId, schoolId)
					.stream()
					.noneMatch((f) -> f.id().equals(factorId)))) {
			throw new RuleViolationException("documents.upload.factorNotChosen");
		}
		String username = CurrentUser.require().username();
		Instant now = this.clock.instant();
		Document document = this.documents.find(programmeYearId, schoolId, kind, factorId)
			.orElseGet(() -> new Document(programmeYearId, schoolId, kind, factorId, now));
		FileInfo file = this.files.store(fileName, content, this.maxFileSize.toBytes(), ACCEPTED, username);
		DocumentVersion version = document.addVersion(file.id(), blankToNull(comment), username, now);
		document = this.documents.saveAndFlush(document);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, document.getId(), "version: «" + version.getNumber()
				+ "», file: «" + file.originalName() + "», status: «" + document.getStatus() + "»");
		return document.getId();
	}

	@Transactional
	public void submit(Long documentId, long expectedVersion) {
		Document document = loadForChange(documentId, expectedVersion);
		if (!isOwnSchool(document.getSchoolId())) {
			throw new AccessDeniedException("Only the school sends its documents for review");
		}
		this.programmes.requireOpen(document.getProgrammeYearId());
		document.submit(this.clock.instant());
		this.documents.saveAndFlush(document);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, documentId, "status: «DRAFT» → «SUBMITTED»");
		this.events.publishEvent(new DocumentSubmitted(documentId, document.getSchoolId()));
	}

	/**
	 * Confirms ({@code approve}) or returns the version under review. A reviewer who
	 * acted on an outdated page (someone else decided first) gets a conflict.
	 */
	@Transactional
	public void review(Long documentId, long expectedVersion, boolean approve, String comment,
			List<Integer> unmetCriteria) {
		Document document = loadForChange(documentId, expectedVersion);
		if (!isReviewer(document.getSchoolId())) {
			throw new AccessDeniedException("Only the school's curator or coordinator reviews its documents");
		}
		this.programmes.requireOpen(document.getProgrammeYearId());
		String reviewer = CurrentUser.require().username();
		Set<Integer> rubric = this.criteria.findByKindOrderByNumber(document.getKind())
			.stream()
			.map(ReviewCriterion::getNumber)
			.collect(Collectors.toSet());
		List<Integer> unmet = (unmetCriteria == null) ? List.of()
				: unmetCriteria.stream().filter(rubric::contains).distinct().toList();
		if (approve) {
			document.approve(reviewer, comment, this.clock.instant());
		}
		else {
			document.returnForRevision(reviewer, comment, unmet, this.clock.instant());
		}
		this.documents.saveAndFlush(document);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, documentId, "status: «SUBMITTED» → «" + document.getStatus()
				+ "»" + ((comment != null && !comment.isBlank()) ? "\ncomment: «" + comment.strip() + "»" : ""));
		this.events.publishEvent(approve ? new DocumentApproved(documentId, document.getSchoolId())
				: new DocumentReturned(documentId, document.getSchoolId()));
	}

	@Transactional(readOnly = true)
	public DocumentDetails details(Long documentId) {
		Document document = load(documentId);
		SchoolDetails school = this.schools.details(document.getSchoolId());
		ProgrammeYearSummary year = this.programmes.year(document.getProgrammeYearId());
		Map<Integer, String> rubric = this.criteria.findByKindOrderByNumber(document.getKind())
			.stream()
			.collect(Collectors.toMap(ReviewCriterion::getNumber, ReviewCriterion::getText));
		// people's names instead of logins
		Map<String, String> names = this.users.namesByUsername(
				java.util.stream.Stream
					.concat(document.getVersions().stream().map(DocumentVersion::getUploadedBy),
							document.getReviews().stream().map(DocumentReview::getReviewer))
					.toList());
		List<DocumentDetails.VersionView> versions = document.getVersions().stream().map((v) -> {
			FileInfo file = this.files.info(v.getFileId());
			return new DocumentDetails.VersionView(v.getNumber(), file.originalName(), file.contentType(),
					file.sizeBytes(), v.getComment(), names.getOrDefault(v.getUploadedBy(), v.getUploadedBy()),
					local(v.getUploadedAt()));
		}).toList();
		List<DocumentDetails.ReviewView> reviews = document.getReviews()
			.stream()
			.map((r) -> new DocumentDetails.ReviewView(r.getVersionNumber(), r.getDecision(), r.getComment(),
					names.getOrDefault(r.getReviewer(), r.getReviewer()), local(r.getReviewedAt()),
					r.unmetCriteriaNumbers()
						.stream()
						.map((n) -> new DocumentDetails.CriterionView(n, rubric.getOrDefault(n, "")))
						.toList()))
			.toList();
		String factor = (document.getRiskFactorId() == null) ? null
				: this.riskFactors.catalogueFor(year.year())
					.stream()
					.filter((f) -> f.id().equals(document.getRiskFactorId()))
					.map(RiskFactorView::label)
					.findFirst()
					.orElse(null);
		LocalDate due = dueDate(document.getKind(), year);
		// a closed programme year is read-only
		boolean own = isOwnSchool(document.getSchoolId()) && !year.closed();
		return new DocumentDetails(document.getId(), year.id(), year.title(), school.id(), school.shortName(),
				document.getKind(), factor, document.getStatus(), due, deadline(due, document.getStatus()),
				document.getVersion(), versions, reviews,
				rubric.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((e) -> new DocumentDetails.CriterionView(e.getKey(), e.getValue()))
					.toList(),
				own && (document.getStatus() == DocumentStatus.DRAFT
						|| document.getStatus() == DocumentStatus.RETURNED),
				own && document.getStatus() == DocumentStatus.DRAFT && document.getVersionsCount() > 0,
				document.getStatus() == DocumentStatus.SUBMITTED && !year.closed()
						&& isReviewer(document.getSchoolId()));
	}

	/**
	 * A version's file for download, after the access check.
	 */
	@Transactional(readOnly = true)
	public VersionFile versionFile(Long documentId, int versionNumber) {
		Document document = load(documentId);
		this.schools.checkedLocation(document.getSchoolId());
		DocumentVersion version = document.getVersions()
			.stream()
			.filter((v) -> v.getNumber() == versionNumber)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.documentVersion", versionNumber));
		return new VersionFile(this.files.info(version.getFileId()), this.files.open(version.getFileId()));
	}

	/**
	 * A stored file and its checked content.
	 */
	public record VersionFile(FileInfo info, InputStream content) {

	}

	/**
	 * «На проверке»: one page of the documents of the schools the user reviews, oldest
	 * first, of programme year {@code year} if given, else of every open year (and of the
	 * closed ones too if {@code closed}), with the headers of the years the user may see.
	 * One read-only transaction; the statements do not depend on the number of documents
	 * (docs/benchmarks.md, step 12d).
	 */
	@Transactional(readOnly = true)
	public ReviewQueue reviewQueue(Long year, boolean closed, Integer page, int pageSize) {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.CURATOR) && !user.is(Role.COORDINATOR)) {
			throw new AccessDeniedException("Only curators and coordinators review documents");
		}
		// the years' headers (no participants): the page shows their titles and
		// whether they are closed
		// ids only (a coordinator sees a thousand schools), read once for the years'
		// headers and the queue; the rows' names come with the rows
		List<Long> visible = this.schools.visibleSchoolIds();
		Map<Long, ProgrammeYearSummary> headers = new java.util.LinkedHashMap<>();
		this.programmes.visibleYearHeaders(visible).forEach((y) -> headers.put(y.id(), y));
		java.util.function.Predicate<Long> yearShown = (y) -> (year != null) ? y.equals(year)
				: closed || !isClosed(headers, y);
		if (visible.isEmpty()) {
			return new ReviewQueue(new PagedResult<>(List.of(), 0, pageSize, 0), Map.of(),
					List.copyOf(headers.values()));
		}
		Long[] schoolIds = visible.toArray(Long[]::new);
		// the documents waiting per programme year (for the year filter and the hidden
		// count), then one page of those shown: both in SQL, whatever the queue's length
		Map<Long, Long> byYear = new java.util.LinkedHashMap<>();
		this.jdbc
			.sql("""
					select programme_year_id, count(*) from document
					where status = 'SUBMITTED' and school_id = any(?) group by programme_year_id order by programme_year_id""")
			.param(schoolIds)
			.query((rs) -> {
				byYear.put(rs.getLong(1), rs.getLong(2));
			});
		Long[] years = byYear.keySet().stream().filter(yearShown).toArray(Long[]::new);
		long total = java.util.Arrays.stream(years).mapToLong(byYear::get).sum();
		int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int number = Math.min(Math.max((page != null) ? page : 0, 0), pages - 1);
		Instant now = this.clock.instant();
		record Row(Long id, Long schoolId, DocumentKind kind, Long riskFactorId, int versions, Instant submittedAt,
				Long yearId, String schoolName) {
		}
		// the schools are among the visible ones (school_id = any(visible)): their short
		// names joined here, as SchoolService.visibleSchoolNames would give them
		List<Row> rows = (years.length == 0) ? List.of()
				: this.jdbc.sql("""
						select d.id, d.school_id, d.kind, d.risk_factor_id, d.versions_count, d.submitted_at,
						       d.programme_year_id, s.short_name
						from document d join school s on s.id = d.school_id
						where d.status = 'SUBMITTED' and d.school_id = any(?) and d.programme_year_id = any(?)
						order by d.submitted_at, d.id limit ? offset ?""")
					.params(schoolIds, years, pageSize, number * pageSize)
					.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
							rs.getObject(4, Long.class), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getLong(7),
							rs.getString(8)))
					.list();
		// the risk factors' labels: each year's catalogue once per page, in one statement
		Map<Long, Integer> catalogueYears = new java.util.HashMap<>();
		rows.stream()
			.filter((d) -> d.riskFactorId() != null)
			.forEach((d) -> catalogueYears.computeIfAbsent(d.yearId(), (y) -> catalogueYearOf(headers, y)));
		Map<Integer, Map<Long, String>> labels = this.riskFactors.catalogueLabelsFor(catalogueYears.values());
		List<QueueItem> items = rows.stream().map((d) -> {
			String factor = (d.riskFactorId() == null) ? null
					: labels.getOrDefault(catalogueYears.get(d.yearId()), Map.of()).get(d.riskFactorId());
			return new QueueItem(d.id(), d.schoolId(), d.schoolName(), d.kind(), factor, d.versions(),
					local(d.submittedAt()), Duration.between(d.submittedAt(), now).toDays(), d.yearId());
		}).toList();
		return new ReviewQueue(new PagedResult<>(items, number, pageSize, total), byYear,
				List.copyOf(headers.values()));
	}

	private static boolean isClosed(Map<Long, ProgrammeYearSummary> headers, Long yearId) {
		ProgrammeYearSummary y = headers.get(yearId);
		return y != null && y.closed();
	}

	/**
	 * The catalogue year of a programme year on the page: its header's, else (a year the
	 * user may not see, whose document is in the queue all the same) the year as
	 * {@link ProgrammeService#year(Long)} answers it, access check included.
	 */
	private int catalogueYearOf(Map<Long, ProgrammeYearSummary> headers, Long yearId) {
		ProgrammeYearSummary header = headers.get(yearId);
		return (header != null) ? header.year() : this.programmes.year(yearId).year();
	}

	/**
	 * A page of the review queue, how many documents wait per programme year (all years,
	 * shown or not) and the headers of the programme years the user may see (newest
	 * first, without participants).
	 */
	public record ReviewQueue(PagedResult<QueueItem> page, Map<Long, Long> waitingByYear,
			List<ProgrammeYearSummary> years) {

	}

	/**
	 * «Документы школ»: one page of the participants the user may see (among
	 * {@code among} when given: a curator's schools), ordered by name, whose checklist
	 * has an item of the kind and the filter (all participants without either), each with
	 * its whole checklist. The filter and the page are worked out in SQL over every
	 * participant; only the page's schools get their checklists (a fixed number of
	 * statements whatever the number of participants). {@code size} of
	 * {@link Integer#MAX_VALUE} gives every matching participant (the export). The
	 * programme year is the one the caller has just read with
	 * {@code ProgrammeService.year} (which checks that the user may see it), so that a
	 * view does not load it twice.
	 */
	@Transactional(readOnly = true)
	public PagedResult<SchoolChecklist> monitoring(ProgrammeYearSummary year, DocumentFilter status, DocumentKind kind,
			java.util.Collection<Long> among, Integer page, int size) {
		Long programmeYearId = year.id();
		Map<Long, String> names = this.schools.visibleSchoolNames(year.participantIds());
		List<Map.Entry<Long, String>> shown = new ArrayList<>(names.size());
		Set<Long> matching = (status == null && kind == null) ? null
				: matchingParticipants(year, status, kind, names.keySet());
		for (Map.Entry<Long, String> school : names.entrySet()) {
			if ((among == null || among.contains(school.getKey()))
					&& (matching == null || matching.contains(school.getKey()))) {
				shown.add(school);
			}
		}
		PagedResult<Map.Entry<Long, String>> slice = PagedResult.slice(shown, page,
				(size == Integer.MAX_VALUE) ? Math.max(1, shown.size()) : size);
		if (slice.content().isEmpty()) {
			return new PagedResult<>(List.of(), slice.page(), slice.size(), slice.totalElements());
		}
		Long[] ids = slice.content().stream().map(Map.Entry::getKey).toArray(Long[]::new);
		// a projection of the page's schools' documents, not entities
		Map<Long, List<DocumentState.Row>> documentsBySchool = new java.util.HashMap<>();
		this.jdbc.sql("""
				select id, school_id, kind, risk_factor_id, status, versions_count, updated_at from document
				where programme_year_id = ? and school_id = any(?)""").params(programmeYearId, ids).query((rs) -> {
			DocumentState.Row row = new DocumentState.Row(rs.getLong(1), rs.getLong(2),
					DocumentKind.valueOf(rs.getString(3)), rs.getObject(4, Long.class),
					DocumentStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getTimestamp(7).toInstant());
			documentsBySchool.computeIfAbsent(row.schoolId(), (id) -> new ArrayList<>()).add(row);
		});
		// the page's schools' choices only (the year's 400 rows were the page's costliest
		// statement)
		Map<Long, List<RiskFactorView>> chosen = this.riskFactors.chosenByParticipantUnchecked(programmeYearId,
				java.util.Arrays.asList(ids));
		Map<Long, RiskFactorView> factorsById = factorsOf(year);
		// whether the user's role uploads at all, once, not an access check per school
		boolean uploadsPossible = this.schoolAccess.mayOnSome(SchoolAction.UPLOAD_DOCUMENT);
		List<SchoolChecklist> checklists = slice.content()
			.stream()
			.map((school) -> checklist(year, school.getKey(), school.getValue(),
					documentsBySchool.getOrDefault(school.getKey(), List.of()),
					chosen.getOrDefault(school.getKey(), List.of()), factorsById, uploadsPossible))
			.toList();
		return new PagedResult<>(checklists, slice.page(), slice.size(), slice.totalElements());
	}

	/**
	 * The participants among {@code schoolIds} with a checklist item of the kind (any
	 * kind when null) that the filter matches (any item when null), in one statement: the
	 * checklist's items as rows (the four fixed documents, an anti-risk programme per
	 * chosen factor, and those of factors no longer chosen that exist), each with its
	 * document if any; the same items and rules as {@link #checklist} and
	 * {@link DocumentFilter#matches}.
	 */
	private Set<Long> matchingParticipants(ProgrammeYearSummary year, DocumentFilter status, DocumentKind kind,
			Set<Long> schoolIds) {
		if (schoolIds.isEmpty()) {
			return Set.of();
		}
		String statusCondition = (status == null) ? "true" : switch (status) {
			case MISSING -> "d.id is null";
			// as deadline(): a concept document's deadline passed before its approval
			case OVERDUE -> (year.documentsDue() != null && LocalDate.now(this.clock).isAfter(year.documentsDue()))
					? "i.kind in ('CONCEPT', 'MEDIUM_TERM_PROGRAMME', 'ANTI_RISK_PROGRAMME')"
							+ " and d.status is distinct from 'APPROVED'"
					: "false";
			default -> "d.status = '" + status.name() + "'";
		};
		Set<Long> matching = new java.util.HashSet<>();
		this.jdbc.sql("""
				with p as (select unnest(:schools) as school_id),
				d as (select id, school_id, kind, risk_factor_id, status from document
				      where programme_year_id = :year and school_id = any(:schools)),
				c as (select school_id, risk_factor_id from risk_factor_choice
				      where programme_year_id = :year and school_id = any(:schools)),
				i as (select p.school_id, k.kind, null::bigint as factor_id
				      from p cross join unnest(array['CONCEPT', 'MEDIUM_TERM_PROGRAMME', 'INTERIM_REPORT',
				                                     'FINAL_REPORT']) as k(kind)
				      union all select school_id, 'ANTI_RISK_PROGRAMME', risk_factor_id from c
				      union all select d.school_id, d.kind, d.risk_factor_id from d
				      where d.kind = 'ANTI_RISK_PROGRAMME' and not exists
				            (select 1 from c where c.school_id = d.school_id and c.risk_factor_id = d.risk_factor_id))
				select distinct i.school_id from i left join d on d.school_id = i.school_id and d.kind = i.kind
				       and d.risk_factor_id is not distinct from i.factor_id
				where (cast(:kind as text) is null or i.kind = :kind) and (""" + statusCondition + ")")
			.param("schools", schoolIds.toArray(Long[]::new))
			.param("year", year.id())
			.param("kind", (kind != null) ? kind.name() : null, java.sql.Types.VARCHAR)
			.query((rs) -> {
				matching.add(rs.getLong(1));
			});
		return matching;
	}

	/**
	 * Documents not yet confirmed whose deadline is within a week or has passed (for the
	 * reminder job; no access check).
	 */
	@Transactional(readOnly = true)
	public List<DueDocument> dueSoonOrOverdue() {
		LocalDate today = LocalDate.now(this.clock);
		List<DueDocument> due = new ArrayList<>();
		for (ProgrammeYearSummary year : this.programmes.openYearsUnchecked()) {
			if (year.documentsDue().minusDays(7).isAfter(today)) {
				continue;
			}
			Map<Long, List<Document>> documentsBySchool = this.documents.findByProgrammeYearId(year.id())
				.stream()
				.collect(Collectors.groupingBy(Document::getSchoolId));
			Map<Long, List<RiskFactorView>> chosen = this.riskFactors.chosenByParticipantUnchecked(year.id());
			for (Long schoolId : year.participantIds()) {
				List<Document> existing = documentsBySchool.getOrDefault(schoolId, List.of());
				boolean allApproved = existing.stream().filter((d) -> d.getKind().isConceptDocument()).count() >= 2
						+ chosen.getOrDefault(schoolId, List.of()).size()
						&& existing.stream()
							.filter((d) -> d.getKind().isConceptDocument())
							.allMatch((d) -> d.getStatus() == DocumentStatus.APPROVED);
				if (!allApproved) {
					due.add(new DueDocument(year.id(), year.title(), schoolId, year.documentsDue(),
							year.documentsDue().isBefore(today)));
				}
			}
		}
		return due;
	}

	/**
	 * A participant whose concept documents are not all confirmed as the deadline nears.
	 */
	public record DueDocument(Long programmeYearId, String programmeTitle, Long schoolId, LocalDate dueDate,
			boolean overdue) {

	}

	private ChecklistItem item(DocumentKind kind, RiskFactorView factor, List<? extends DocumentState> existing,
			ProgrammeYearSummary year) {
		Long factorId = (factor != null) ? factor.id() : null;
		DocumentState document = existing.stream()
			.filter((d) -> d.getKind() == kind && Objects.equals(d.getRiskFactorId(), factorId))
			.findFirst()
			.orElse(null);
		LocalDate due = dueDate(kind, year);
		DocumentStatus status = (document != null) ? document.getStatus() : null;
		return new ChecklistItem(kind, factor, (document != null) ? document.getId() : null, status,
				(document != null) ? document.getVersionsCount() : 0,
				(document != null) ? local(document.getUpdatedAt()) : null, due, deadline(due, status));
	}

	private static LocalDate dueDate(DocumentKind kind, ProgrammeYearSummary year) {
		return kind.isConceptDocument() ? year.documentsDue() : null;
	}

	ChecklistItem.Deadline deadline(LocalDate due, DocumentStatus status) {
		if (due == null || status == DocumentStatus.APPROVED) {
			return ChecklistItem.Deadline.NONE;
		}
		LocalDate today = LocalDate.now(this.clock);
		if (today.isAfter(due)) {
			return ChecklistItem.Deadline.OVERDUE;
		}
		return (ChronoUnit.DAYS.between(today, due) <= 7) ? ChecklistItem.Deadline.SOON : ChecklistItem.Deadline.OK;
	}

	/**
	 * The school itself ({@link SchoolAction#UPLOAD_DOCUMENT}).
	 */
	private boolean isOwnSchool(Long schoolId) {
		return this.schoolAccess.may(SchoolAction.UPLOAD_DOCUMENT, schoolId);
	}

	/**
	 * The school's assigned curator or the coordinator of its municipality
	 * ({@link SchoolAction#REVIEW_DOCUMENT}); the callers have checked that the user sees
	 * the school.
	 */
	private boolean isReviewer(Long schoolId) {
		return this.schoolAccess.may(SchoolAction.REVIEW_DOCUMENT, schoolId);
	}

	private Document load(Long documentId) {
		return this.documents.findById(documentId)
			.orElseThrow(() -> new NotFoundException("error.notFound.document", documentId));
	}

	private Document loadForChange(Long documentId, long expectedVersion) {
		Document document = load(documentId);
		this.schools.checkedLocation(document.getSchoolId());
		if (document.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Document.class, documentId);
		}
		return document;
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
