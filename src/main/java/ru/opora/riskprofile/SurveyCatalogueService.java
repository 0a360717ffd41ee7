package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The administrator's survey settings (thresholds of significance, minimum respondents
 * per group) and question catalogue, both versioned by year: a programme year uses the
 * newest version not after it. A catalogue that has answers is never edited in place (the
 * answers would change meaning): the administrator makes a version for a new year. Every
 * change is audited.
 */
@Service
@RequiredArgsConstructor
public class SurveyCatalogueService {

	static final String ENTITY_SETTINGS = "SurveySettings";

	static final String ENTITY_QUESTION = "SurveyQuestion";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * Settings in force for a year.
	 */
	public record SettingsView(int year, int inForceFrom, BigDecimal high, BigDecimal medium,
			Map<RespondentGroup, Integer> minimum, String updatedBy, LocalDateTime updatedAt) {

	}

	/**
	 * A question of a catalogue with its factors and weights.
	 */
	public record QuestionView(long id, int catalogueYear, RespondentGroup group, int number, String text,
			boolean reverse, Map<Integer, BigDecimal> weights) {

		/** The weights as the form writes them: «3=1; 5=0,5». */
		public String weightsText() {
			return this.weights.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString().replace('.', ','))
				.collect(Collectors.joining("; "));
		}

	}

	/**
	 * The years that have their own settings or catalogue.
	 */
	@Transactional(readOnly = true)
	public List<Integer> versionYears() {
		requireAdmin();
		TreeSet<Integer> years = new TreeSet<>(
				this.jdbc.sql("select year from survey_settings_year").query(Integer.class).list());
		years.addAll(this.jdbc.sql("select distinct catalogue_year from survey_question").query(Integer.class).list());
		return List.copyOf(years.descendingSet());
	}

	/**
	 * The settings a programme year uses (no access check: scoring needs them).
	 */
	@Transactional(readOnly = true)
	public SettingsView settingsFor(int year) {
		return this.jdbc.sql("""
				select year, high_threshold, medium_threshold, min_principal, min_teacher, min_student, min_parent,
				       updated_by, updated_at
				from survey_settings_year
				order by (year <= ?) desc, case when year <= ? then -year else year end limit 1""")
			.params(year, year)
			.query((rs, i) -> {
				Map<RespondentGroup, Integer> minimum = new EnumMap<>(RespondentGroup.class);
				minimum.put(RespondentGroup.PRINCIPAL, rs.getInt(4));
				minimum.put(RespondentGroup.TEACHER, rs.getInt(5));
				minimum.put(RespondentGroup.STUDENT, rs.getInt(6));
				minimum.put(RespondentGroup.PARENT, rs.getInt(7));
				Timestamp at = rs.getTimestamp(9);
				return new SettingsView(year, rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), minimum,
						rs.getString(8),
						(at != null) ? LocalDateTime.ofInstant(at.toInstant(), this.clock.getZone()) : null);
			})
			.optional()
			.orElseGet(() -> {
				SurveyScoring.Settings d = SurveyScoring.Settings.defaults();
				return new SettingsView(year, year, d.high(), d.medium(), d.minimum(), null, null);
			});
	}

	/**
	 * Saves the settings of a year (a new version from that year on).
	 */
	@Transactional
	public void saveSettings(int year, BigDecimal high, BigDecimal medium, Map<RespondentGroup, Integer> minimum) {
		requireAdmin();
		if (year < 2000 || year > 2100) {
			throw new RuleViolationException("survey.admin.badYear");
		}
		if (high == null || medium == null || medium.signum() <= 0 || medium.compareTo(high) >= 0
				|| high.compareTo(BigDecimal.ONE) > 0) {
			throw new RuleViolationException("survey.admin.badThresholds");
		}
		for (RespondentGroup g : RespondentGroup.values()) {
			Integer n = minimum.get(g);
			if (n == null || n < 1 || n > 1000) {
				throw new RuleViolationException("survey.admin.badMinimum");
			}
		}
		SettingsView before = settingsFor(year);
		this.jdbc
			.sql("""
					insert into survey_settings_year (year, high_threshold, medium_threshold, min_principal, min_teacher,
					    min_student, min_parent, updated_by, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (year) do update set high_threshold = excluded.high_threshold,
					    medium_threshold = excluded.medium_threshold, min_principal = excluded.min_principal,
					    min_teacher = excluded.min_teacher, min_student = excluded.min_student,
					    min_parent = excluded.min_parent, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(year, high, medium, minimum.get(RespondentGroup.PRINCIPAL), minimum.get(RespondentGroup.TEACHER),
					minimum.get(RespondentGroup.STUDENT), minimum.get(RespondentGroup.PARENT),
					CurrentUser.require().username(), Timestamp.from(this.clock.instant()))
			.update();
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY_SETTINGS, year, settingsMap(before),
				settingsMap(settingsFor(year)));
	}

	/**
	 * The catalogue a year uses: the newest catalogue year not after it.
	 */
	@Transactional(readOnly = true)
	public List<QuestionView> catalogueFor(int year) {
		requireAdmin();
		Integer catalogueYear = catalogueYearFor(year);
		if (catalogueYear == null) {
			return List.of();
		}
		Map<Long, QuestionView> out = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select q.id, q.catalogue_year, q.respondent_group, q.number, q.text, q.reverse, f.factor_number, f.weight
					from survey_question q left join survey_question_factor f on f.question_id = q.id
					where q.catalogue_year = ? order by q.respondent_group, q.number, f.factor_number""")
			.param(catalogueYear)
			.query((rs) -> {
				long id = rs.getLong(1);
				QuestionView q = out.computeIfAbsent(id, (k) -> {
					try {
						return new QuestionView(id, rs.getInt(2), RespondentGroup.valueOf(rs.getString(3)),
								rs.getInt(4), rs.getString(5), rs.getBoolean(6), new TreeMap<>());
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				if (rs.getObject(7) != null) {
					q.weights().put(rs.getInt(7), rs.getBigDecimal(8));
				}
			});
		List<QuestionView> list = new ArrayList<>(out.values());
		list.sort(java.util.Comparator.comparing(QuestionView::group).thenComparingInt(QuestionView::number));
		return list;
	}

	@Transactional(readOnly = true)
	public Integer catalogueYearFor(int year) {
		return this.jdbc.sql("select max(catalogue_year) from survey_question where catalogue_year <= ?")
			.param(year)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Whether people have answered questions of this catalogue year (then it is kept as
	 * it is).
	 */
	@Transactional(readOnly = true)
	public boolean answered(int catalogueYear) {
		return this.jdbc.sql("""
				select exists (select 1 from survey_answer a join survey_question q on q.id = a.question_id
				where q.catalogue_year = ?)""").param(catalogueYear).query(Boolean.class).single();
	}

	/**
	 * Copies the catalogue in force for {@code year} into a version of its own for that
	 * year (to be edited while the older one keeps its answers).
	 */
	@Transactional
	public int newVersion(int year) {
		requireAdmin();
		Integer from = catalogueYearFor(year);
		if (from == null) {
			throw new RuleViolationException("survey.admin.noCatalogue");
		}
		if (from == year) {
			throw new RuleViolationException("survey.admin.versionExists");
		}
		List<QuestionView> source = catalogueFor(year);
		for (QuestionView q : source) {
			long id = this.jdbc.sql("""
					insert into survey_question (catalogue_year, respondent_group, number, text, reverse)
					values (?, ?, ?, ?, ?) returning id""")
				.params(year, q.group().name(), q.number(), q.text(), q.reverse())
				.query(Long.class)
				.single();
			insertWeights(id, q.weights());
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY_QUESTION, "catalogue " + year,
				"copied from " + from + ": " + source.size());
		return source.size();
	}

	/**
	 * Changes a question of a catalogue nobody has answered yet.
	 */
	@Transactional
	public void saveQuestion(long questionId, String text, boolean reverse, Map<Integer, BigDecimal> weights) {
		requireAdmin();
		QuestionView before = question(questionId);
		if (answered(before.catalogueYear())) {
			throw new RuleViolationException("survey.admin.answered");
		}
		String t = checkedText(text);
		checkWeights(weights);
		this.jdbc.sql("update survey_question set text = ?, reverse = ? where id = ?")
			.params(t, reverse, questionId)
			.update();
		this.jdbc.sql("delete from survey_question_factor where question_id = ?").param(questionId).update();
		insertWeights(questionId, weights);
		QuestionView after = question(questionId);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY_QUESTION, questionId, questionMap(before),
				questionMap(after));
	}

	/**
	 * Adds a question at the end of its group in a catalogue nobody has answered yet.
	 */
	@Transactional
	public long addQuestion(int catalogueYear, RespondentGroup group, String text, boolean reverse,
			Map<Integer, BigDecimal> weights) {
		requireAdmin();
		if (answered(catalogueYear)) {
			throw new RuleViolationException("survey.admin.answered");
		}
		String t = checkedText(text);
		checkWeights(weights);
		int number = this.jdbc
			.sql("""
					select coalesce(max(number), 0) + 1 from survey_question where catalogue_year = ? and respondent_group = ?""")
			.params(catalogueYear, group.name())
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				insert into survey_question (catalogue_year, respondent_group, number, text, reverse)
				values (?, ?, ?, ?, ?) returning id""")
			.params(catalogueYear, group.name(), number, t, reverse)
			.query(Long.class)
			.single();
		insertWeights(id, weights);
		this.auditLog.recordChange(AuditAction.CREATE, ENTITY_QUESTION, id, Map.of(), questionMap(question(id)));
		return id;
	}

	private QuestionView question(long id) {
		Integer year = this.jdbc.sql("select catalogue_year from survey_question where id = ?")
			.param(id)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new RiskProfileNotFoundException("question " + id));
		return catalogueForYearExactly(year).stream()
			.filter((q) -> q.id() == id)
			.findFirst()
			.orElseThrow(() -> new RiskProfileNotFoundException("question " + id));
	}

	private List<QuestionView> catalogueForYearExactly(int catalogueYear) {
		return catalogueFor(catalogueYear).stream().filter((q) -> q.catalogueYear() == catalogueYear).toList();
	}

	private void insertWeights(long questionId, Map<Integer, BigDecimal> weights) {
		for (Map.Entry<Integer, BigDecimal> e : weights.entrySet()) {
			this.jdbc.sql("insert into survey_question_factor (question_id, factor_number, weight) values (?, ?, ?)")
				.params(questionId, e.getKey(), e.getValue())
				.update();
		}
	}

	private static String checkedText(String text) {
		String t = (text != null) ? text.strip() : "";
		if (t.isEmpty() || t.length() > 500) {
			throw new RuleViolationException("survey.admin.badText");
		}
		return t;
	}

	private static void checkWeights(Map<Integer, BigDecimal> weights) {
		if (weights.isEmpty()) {
			throw new RuleViolationException("survey.admin.badWeights");
		}
		for (Map.Entry<Integer, BigDecimal> e : weights.entrySet()) {
			if (e.getKey() < 1 || e.getKey() > 99 || e.getValue().signum() <= 0
					|| e.getValue().compareTo(new BigDecimal("99.99")) > 0) {
				throw new RuleViolationException("survey.admin.badWeights");
			}
		}
	}

	private static Map<String, Object> settingsMap(SettingsView s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("inForceFrom", s.inForceFrom());
		m.put("high", s.high());
		m.put("medium", s.medium());
		m.put("minimum", s.minimum().toString());
		return m;
	}

	private static Map<String, Object> questionMap(QuestionView q) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("text", q.text());
		m.put("reverse", q.reverse());
		m.put("weights", q.weightsText());
		return m;
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the administrator edits the survey settings and questions");
		}
	}

}
