package ru.opora.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;

/**
 * Read-only facts about the documents of every participant of the open programme years,
 * for the early warning: one query per fact over all schools, never one per school. No
 * access check (a scheduled job's input).
 */
@Component
@RequiredArgsConstructor
public class DocumentSignals {

	private final JdbcClient jdbc;

	private final ProgrammeService programmes;

	private final RiskFactorService riskFactors;

	/**
	 * Every «на доработку» of a document not yet approved, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Returned> returns() {
		return this.jdbc.sql("""
				select d.school_id, d.id, r.reviewed_at
				from document_review r
				join document d on d.id = r.document_id
				join programme_year p on p.id = d.programme_year_id
				join programme_participant pp on pp.programme_year_id = p.id and pp.school_id = d.school_id
				where not p.closed and r.decision = 'RETURNED' and d.status <> 'APPROVED'
				order by r.reviewed_at, r.id""")
			.query((rs, n) -> new Returned(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3))))
			.list();
	}

	/**
	 * Documents waiting for a review (sent, neither approved nor returned yet).
	 */
	@Transactional(readOnly = true)
	public List<AwaitingReview> awaitingReview() {
		return this.jdbc.sql("""
				select d.school_id, d.id, coalesce(d.submitted_at, d.updated_at)
				from document d
				join programme_year p on p.id = d.programme_year_id
				join programme_participant pp on pp.programme_year_id = p.id and pp.school_id = d.school_id
				where not p.closed and d.status = 'SUBMITTED'
				order by 3, d.id""")
			.query((rs, n) -> new AwaitingReview(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3))))
			.list();
	}

	/**
	 * The last upload of any document of the open programme years, by school.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastUploads() {
		Map<Long, Instant> last = new HashMap<>();
		this.jdbc.sql("""
				select d.school_id, max(v.uploaded_at)
				from document_version v
				join document d on d.id = v.document_id
				join programme_year p on p.id = d.programme_year_id
				where not p.closed
				group by d.school_id""").query((rs) -> {
			last.put(rs.getLong(1), instant(rs.getTimestamp(2)));
		});
		return last;
	}

	/**
	 * Participants whose documents deadline is before {@code today} and who still owe a
	 * concept document that is neither approved nor under review (missing, draft or
	 * returned): the portal's «просрочено», less the documents waiting for their
	 * reviewer. One query for the documents, one per programme year for the chosen risk
	 * factors.
	 */
	@Transactional(readOnly = true)
	public List<Overdue> overdue(LocalDate today) {
		List<ProgrammeYearSummary> years = this.programmes.openYearsUnchecked()
			.stream()
			.filter((y) -> y.documentsDue().isBefore(today) && !y.participantIds().isEmpty())
			.toList();
		if (years.isEmpty()) {
			return List.of();
		}
		// (year, school) → done kinds: "KIND" or "ANTI_RISK_PROGRAMME:factorId" approved
		// or under review
		Map<String, Set<String>> done = new HashMap<>();
		this.jdbc.sql("""
				select programme_year_id, school_id, kind, risk_factor_id
				from document where programme_year_id in (:years) and status in ('APPROVED', 'SUBMITTED')""")
			.param("years", years.stream().map(ProgrammeYearSummary::id).toList())
			.query((rs) -> {
				long factor = rs.getLong(4);
				done.computeIfAbsent(rs.getLong(1) + "-" + rs.getLong(2), (k) -> new HashSet<>())
					.add(rs.getString(3) + (rs.wasNull() ? "" : ":" + factor));
			});
		List<Overdue> overdue = new ArrayList<>();
		for (ProgrammeYearSummary year : years) {
			Map<Long, List<RiskFactorView>> chosen = this.riskFactors.chosenByParticipantUnchecked(year.id());
			for (Long schoolId : year.participantIds()) {
				Set<String> ok = done.getOrDefault(year.id() + "-" + schoolId, Set.of());
				int owed = 0;
				for (DocumentKind kind : List.of(DocumentKind.CONCEPT, DocumentKind.MEDIUM_TERM_PROGRAMME)) {
					owed += ok.contains(kind.name()) ? 0 : 1;
				}
				for (RiskFactorView factor : chosen.getOrDefault(schoolId, List.of())) {
					owed += ok.contains(DocumentKind.ANTI_RISK_PROGRAMME.name() + ":" + factor.id()) ? 0 : 1;
				}
				if (owed > 0) {
					overdue.add(new Overdue(schoolId, year.id(), year.documentsDue(), owed));
				}
			}
		}
		return overdue;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A document sent back for revision, and when.
	 */
	public record Returned(Long schoolId, Long documentId, Instant returnedAt) {

	}

	/**
	 * A document sent for review, and when.
	 */
	public record AwaitingReview(Long schoolId, Long documentId, Instant submittedAt) {

	}

	/**
	 * A participant owing {@code owed} concept documents past the year's deadline.
	 */
	public record Overdue(Long schoolId, Long programmeYearId, LocalDate documentsDue, int owed) {

	}

}
