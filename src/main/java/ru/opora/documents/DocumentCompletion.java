package ru.opora.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;

/**
 * A small read API for other modules (project indicator 2): per participant of a
 * programme year, how many concept documents it owes (Концепция развития, Среднесрочная
 * программа, one Программа антирисковых мер per chosen risk) and how many of them are
 * approved. Two queries whatever the number of schools, reading ids and kinds of the
 * approved documents (no entities); ids and counts only, no access check (the caller
 * scopes the programme year).
 */
@Service
@RequiredArgsConstructor
public class DocumentCompletion {

	private final JdbcClient jdbc;

	private final ProgrammeService programmes;

	private final RiskFactorService riskFactors;

	/**
	 * Per participant school (by id): owed and approved concept documents. Empty for an
	 * unknown programme year.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Completion> ofProgrammeYearUnchecked(Long programmeYearId) {
		ProgrammeYearSummary year = this.programmes.yearUnchecked(programmeYearId).orElse(null);
		if (year == null) {
			return Map.of();
		}
		// approved concept documents only, as (school, kind, risk factor): no entities
		Map<Long, List<Approved>> bySchool = new HashMap<>();
		this.jdbc.sql("""
				select school_id, kind, risk_factor_id from document
				where programme_year_id = ? and status = 'APPROVED'
				  and kind in ('CONCEPT', 'MEDIUM_TERM_PROGRAMME', 'ANTI_RISK_PROGRAMME')""")
			.param(programmeYearId)
			.query((rs) -> {
				long factor = rs.getLong(3);
				bySchool.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new Approved(DocumentKind.valueOf(rs.getString(2)), rs.wasNull() ? null : factor));
			});
		Map<Long, List<RiskFactorView>> chosen = this.riskFactors.chosenByParticipantUnchecked(programmeYearId);
		Map<Long, Completion> out = new LinkedHashMap<>();
		for (Long schoolId : year.participantIds().stream().sorted().toList()) {
			List<Approved> docs = bySchool.getOrDefault(schoolId, List.of());
			Set<Long> factors = chosen.getOrDefault(schoolId, List.of())
				.stream()
				.map(RiskFactorView::id)
				.collect(Collectors.toSet());
			int required = 2 + factors.size();
			int approved = 0;
			for (Approved d : docs) {
				if (d.kind() == DocumentKind.CONCEPT || d.kind() == DocumentKind.MEDIUM_TERM_PROGRAMME
						|| (d.kind() == DocumentKind.ANTI_RISK_PROGRAMME && factors.contains(d.riskFactorId()))) {
					approved++;
				}
			}
			out.put(schoolId, new Completion(required, approved));
		}
		return out;
	}

	private record Approved(DocumentKind kind, Long riskFactorId) {

	}

	/**
	 * Concept documents a participant owes and how many of them are approved.
	 */
	public record Completion(int required, int approved) {

		public boolean complete() {
			return this.required > 0 && this.approved >= this.required;
		}

	}

}
