package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;

/**
 * The portal's questionnaires: per participant, programme year and respondent group an
 * anonymous link (a random token) that the school or its coordinator opens and closes;
 * answers through the link without an account and without personal data; and the risk
 * profile computed from them ({@link SurveyScoring}).
 */
@Service
@RequiredArgsConstructor
public class SurveyService {

	static final String ENTITY = "SurveyLink";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final SchoolAccess schoolAccess;

	private final RiskFactorService factors;

	private final RiskFactorRepository factorRepository;

	private final RiskProfileService profiles;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	private final SurveyCatalogueService catalogue;

	/**
	 * A link as its management page shows it.
	 */
	public record LinkView(RespondentGroup group, String token, boolean open, int respondents, int minimum,
			boolean codesRequired, int codesIssued, int codesUsed) {

		public boolean exists() {
			return this.token != null;
		}

		public boolean enough() {
			return this.respondents >= this.minimum;
		}

	}

	/**
	 * The questionnaire page of a link: whose it is and the questions.
	 */
	public record Questionnaire(String token, String schoolName, String programmeTitle, RespondentGroup group,
			List<QuestionView> questions, boolean codeRequired) {

	}

	/**
	 * What became of a respondent's answers.
	 */
	public enum Submission {

		/** Stored. */
		ACCEPTED,
		/** Not every question answered 1–4: nothing stored. */
		INCOMPLETE,
		/**
		 * The link asks for a respondent code and none (or a malformed one) was given.
		 */
		CODE_MISSING,
		/** No such code on this link. */
		CODE_UNKNOWN,
		/** The code has answered already. */
		CODE_USED

	}

	/**
	 * Codes just issued for a link, to print now (they are never shown again).
	 */
	public record IssuedCodes(String token, RespondentGroup group, String schoolName, String programmeTitle,
			List<String> codes) {

	}

	public record QuestionView(long id, int number, String text) {

	}

	/** Link is unknown (404). */
	public static class UnknownLinkException extends ru.opora.common.NotFoundException {

		UnknownLinkException() {
			super("error.notFound.survey", "token");
		}

	}

	/** Link is closed (410). */
	public static class ClosedLinkException extends RuntimeException {

		ClosedLinkException() {
			super("survey link closed");
		}

	}

	/**
	 * The links of a participant with their respondents (whoever may see the profile).
	 */
	@Transactional(readOnly = true)
	public List<LinkView> links(Long programmeYearId, Long schoolId) {
		ProgrammeYearSummary linksYear = participantYear(programmeYearId, schoolId);
		SurveyScoring.Settings settings = settings(linksYear.year());
		Map<RespondentGroup, LinkView> found = new EnumMap<>(RespondentGroup.class);
		this.jdbc
			.sql("""
					select l.respondent_group, l.token, l.open, (select count(*) from survey_response r where r.link_id = l.id),
					       l.codes_required, (select count(*) from survey_code c where c.link_id = l.id),
					       (select count(*) from survey_code c where c.link_id = l.id and c.used_at is not null)
					from survey_link l where l.programme_year_id = ? and l.school_id = ?""")
			.params(programmeYearId, schoolId)
			.query((rs, i) -> {
				RespondentGroup g = RespondentGroup.valueOf(rs.getString(1));
				return new LinkView(g, rs.getString(2), rs.getBoolean(3), rs.getInt(4), settings.minimum().get(g),
						rs.getBoolean(5), rs.getInt(6), rs.getInt(7));
			})
			.list()
			.forEach((l) -> found.put(l.group(), l));
		List<LinkView> out = new ArrayList<>();
		for (RespondentGroup g : RespondentGroup.values()) {
			out.add(found.getOrDefault(g, new LinkView(g, null, false, 0, settings.minimum().get(g), false, 0, 0)));
		}
		return out;
	}

	/**
	 * May the current user manage the questionnaires of this school (the school itself,
	 * its municipality's coordinator)?
	 */
	public boolean canManage(Long schoolId) {
		CurrentUser.require();
		return this.schoolAccess.may(SchoolAction.MANAGE_SURVEY, schoolId);
	}

	@Transactional(readOnly = true)
	public boolean hasCatalogue(Long programmeYearId) {
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		return !questions(year.year()).isEmpty();
	}

	/**
	 * Opens the link of a group: creates it with a new token, or reopens a closed one
	 * with a new token (the old link, which may have leaked, stops working; answers and
	 * codes stay with the link). An open link is left as it is.
	 */
	@Transactional
	public void open(Long programmeYearId, Long schoolId, RespondentGroup group) {
		ProgrammeYearSummary year = manageable(programmeYearId, schoolId);
		this.programmes.requireOpen(programmeYearId);
		if (questions(year.year()).isEmpty()) {
			throw new RuleViolationException("survey.manage.noCatalogue");
		}
		int reopened = this.jdbc.sql("""
				update survey_link set open = true, closed_at = null, token = ?
				where programme_year_id = ? and school_id = ? and respondent_group = ? and not open""")
			.params(newToken(), programmeYearId, schoolId, group.name())
			.update();
		boolean exists = reopened > 0 || this.jdbc
			.sql("""
					select count(*) from survey_link where programme_year_id = ? and school_id = ? and respondent_group = ?""")
			.params(programmeYearId, schoolId, group.name())
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			this.jdbc
				.sql("""
						insert into survey_link (programme_year_id, school_id, respondent_group, token, created_by, created_at)
						values (?, ?, ?, ?, ?, ?)""")
				.params(programmeYearId, schoolId, group.name(), newToken(), CurrentUser.require().username(),
						java.sql.Timestamp.from(this.clock.instant()))
				.update();
		}
		this.auditLog.record(AuditAction.UPDATE, ENTITY, RiskProfileService.key(programmeYearId, schoolId),
				"group: «%s»\nopen: — → «true»%s".formatted(group, (reopened > 0) ? "\ntoken: rotated" : ""));
	}

	/**
	 * Issues {@code count} one-time respondent codes for the group's link and makes the
	 * questionnaire ask for one. The codes are returned once, to print; only their hashes
	 * are kept.
	 */
	@Transactional
	public IssuedCodes issueCodes(Long programmeYearId, Long schoolId, RespondentGroup group, int count) {
		ProgrammeYearSummary year = manageable(programmeYearId, schoolId);
		this.programmes.requireOpen(programmeYearId);
		if (count < 1 || count > SurveyCodes.MAX_ISSUE) {
			throw new RuleViolationException("survey.codes.count");
		}
		Map<String, Object> link = this.jdbc.sql("""
				select id, token from survey_link where programme_year_id = ? and school_id = ? and respondent_group = ?
				for update""")
			.params(programmeYearId, schoolId, group.name())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("survey.codes.noLink"));
		long linkId = ((Number) link.get("id")).longValue();
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		List<String> codes = new ArrayList<>();
		while (codes.size() < count) {
			String code = SurveyCodes.generate();
			int added = this.jdbc.sql("""
					insert into survey_code (link_id, code_hash, created_at) values (?, ?, ?)
					on conflict (link_id, code_hash) do nothing""")
				.params(linkId, SurveyCodes.hash(linkId, code), now)
				.update();
			if (added == 1) {
				codes.add(code);
			}
		}
		this.jdbc.sql("update survey_link set codes_required = true where id = ?").param(linkId).update();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, RiskProfileService.key(programmeYearId, schoolId),
				"group: «%s»\ncodes issued: «%d»\ncodesRequired: «true»".formatted(group, count));
		return new IssuedCodes((String) link.get("token"), group, this.schools.details(schoolId).shortName(),
				year.title(), codes);
	}

	/**
	 * The questionnaire of the group no longer asks for a code (codes issued stay,
	 * unused).
	 */
	@Transactional
	public void stopCodes(Long programmeYearId, Long schoolId, RespondentGroup group) {
		manageable(programmeYearId, schoolId);
		this.programmes.requireOpen(programmeYearId);
		this.jdbc.sql("""
				update survey_link set codes_required = false
				where programme_year_id = ? and school_id = ? and respondent_group = ?""")
			.params(programmeYearId, schoolId, group.name())
			.update();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, RiskProfileService.key(programmeYearId, schoolId),
				"group: «%s»\ncodesRequired: «true» → «false»".formatted(group));
	}

	@Transactional
	public void close(Long programmeYearId, Long schoolId, RespondentGroup group) {
		manageable(programmeYearId, schoolId);
		this.jdbc.sql("""
				update survey_link set open = false, closed_at = ?
				where programme_year_id = ? and school_id = ? and respondent_group = ? and open""")
			.params(java.sql.Timestamp.from(this.clock.instant()), programmeYearId, schoolId, group.name())
			.update();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, RiskProfileService.key(programmeYearId, schoolId),
				"group: «%s»\nopen: «true» → «false»".formatted(group));
	}

	/**
	 * The questionnaire behind a token (anyone with the link).
	 */
	@Transactional(readOnly = true)
	public Questionnaire questionnaire(String token) {
		Link link = link(token);
		if (!link.open()) {
			throw new ClosedLinkException();
		}
		List<QuestionView> questions = questions(link.catalogueYear()).stream()
			.filter((q) -> q.group() == link.group())
			.map((q) -> new QuestionView(q.id(), q.number(), q.text()))
			.toList();
		return new Questionnaire(token, link.schoolName(), link.programmeTitle(), link.group(), questions,
				link.codesRequired());
	}

	/**
	 * Stores one respondent's answers: every question of the link's group answered 1–4,
	 * nothing else; where the link asks for codes, with an unused code of the link, which
	 * is used up in the same transaction (so two answers with one code never both count).
	 * Stores nothing unless it answers {@link Submission#ACCEPTED}.
	 */
	@Transactional
	public Submission submit(String token, String code, Map<Long, Integer> answers) {
		Link link = link(token);
		if (!link.open()) {
			throw new ClosedLinkException();
		}
		Set<Long> expected = questions(link.catalogueYear()).stream()
			.filter((q) -> q.group() == link.group())
			.map(StoredQuestion::id)
			.collect(Collectors.toSet());
		if (expected.isEmpty() || !answers.keySet().equals(expected)
				|| answers.values().stream().anyMatch((v) -> v == null || v < 1 || v > 4)) {
			return Submission.INCOMPLETE;
		}
		if (link.codesRequired()) {
			Submission refused = useCode(link.id(), code);
			if (refused != null) {
				return refused;
			}
		}
		Long response = this.jdbc.sql("insert into survey_response (link_id, submitted_on) values (?, ?) returning id")
			.params(link.id(), LocalDate.now(this.clock))
			.query(Long.class)
			.single();
		for (var answer : answers.entrySet()) {
			this.jdbc.sql("insert into survey_answer (response_id, question_id, value) values (?, ?, ?)")
				.params(response, answer.getKey(), answer.getValue())
				.update();
		}
		return Submission.ACCEPTED;
	}

	/**
	 * Uses up a code of the link; null when it was unused, else why it is refused.
	 */
	private Submission useCode(long linkId, String typed) {
		String code = SurveyCodes.normalize(typed);
		if (code == null) {
			return Submission.CODE_MISSING;
		}
		String hash = SurveyCodes.hash(linkId, code);
		int used = this.jdbc.sql("""
				update survey_code set used_at = ? where link_id = ? and code_hash = ? and used_at is null""")
			.params(java.sql.Timestamp.from(this.clock.instant()), linkId, hash)
			.update();
		if (used == 1) {
			return null;
		}
		boolean known = this.jdbc.sql("select count(*) from survey_code where link_id = ? and code_hash = ?")
			.params(linkId, hash)
			.query(Integer.class)
			.single() > 0;
		return known ? Submission.CODE_USED : Submission.CODE_UNKNOWN;
	}

	/**
	 * Computes the participant's risk profile from the answers so far and stores it
	 * (replacing an unverified one).
	 */
	@Transactional
	public void computeProfile(Long programmeYearId, Long schoolId) {
		ProgrammeYearSummary year = manageable(programmeYearId, schoolId);
		this.programmes.requireOpen(programmeYearId);
		List<StoredQuestion> stored = questions(year.year());
		if (stored.isEmpty()) {
			throw new RuleViolationException("survey.manage.noCatalogue");
		}
		SurveyScoring.Settings settings = settings(year.year());
		List<SurveyScoring.Question> questions = stored.stream()
			.map((q) -> new SurveyScoring.Question(q.id(), q.group(), q.number(), q.reverse(), q.weights()))
			.toList();
		Map<RespondentGroup, List<Map<Long, Integer>>> responses = responses(programmeYearId, schoolId);
		List<ProfileFactor> list = new ArrayList<>();
		for (RiskFactor f : this.factorRepository.catalogueFor(year.year())) {
			SurveyScoring.FactorScore score = SurveyScoring.score(f.getNumber(), questions, responses, settings);
			list.add(new ProfileFactor(f.getId(), score.significance(), score.score(), explanation(score, settings)));
		}
		String note = java.util.Arrays.stream(RespondentGroup.values())
			.map((g) -> this.messages
				.getMessage("RespondentGroup." + g.name(), null, java.util.Locale.forLanguageTag("ru"))
				.toLowerCase(java.util.Locale.forLanguageTag("ru")) + " " + responses.getOrDefault(g, List.of()).size())
			.collect(Collectors.joining(", "));
		this.profiles.saveProfile(programmeYearId, schoolId, ProfileSource.SURVEY, note, list);
	}

	static List<ExplanationLine> explanation(SurveyScoring.FactorScore score, SurveyScoring.Settings settings) {
		List<ExplanationLine> out = new ArrayList<>();
		for (SurveyScoring.GroupScore g : score.groups()) {
			if (g.mean() == null) {
				out.add(ExplanationLine.few(g.group().name(), g.respondents(), g.minimum()));
			}
			else {
				out.add(ExplanationLine.group(g.group().name(), g.respondents(),
						g.mean().setScale(2, java.math.RoundingMode.HALF_UP),
						g.questions().stream().map(String::valueOf).collect(Collectors.joining(", "))));
			}
		}
		out.add((score.score() != null) ? ExplanationLine.total(score.score(), settings.high(), settings.medium())
				: ExplanationLine.none());
		return out;
	}

	/**
	 * The thresholds and minimum respondents in force for a programme year (versioned by
	 * year, edited by the administrator).
	 */
	SurveyScoring.Settings settings(int year) {
		SurveyCatalogueService.SettingsView s = this.catalogue.settingsFor(year);
		return new SurveyScoring.Settings(s.high(), s.medium(), s.minimum());
	}

	record StoredQuestion(long id, RespondentGroup group, int number, String text, boolean reverse,
			Map<Integer, BigDecimal> weights) {

	}

	/**
	 * A link behind a token; {@code open}: the link is open and its programme year too (a
	 * closed year takes no answers).
	 */
	record Link(long id, RespondentGroup group, boolean open, int catalogueYear, String schoolName,
			String programmeTitle, boolean codesRequired) {

	}

	/**
	 * The question catalogue in force for a programme year: the newest catalogue year not
	 * after it.
	 */
	List<StoredQuestion> questions(int year) {
		Map<Long, StoredQuestion> out = new LinkedHashMap<>();
		this.jdbc.sql("""
				select q.id, q.respondent_group, q.number, q.text, q.reverse, f.factor_number, f.weight
				from survey_question q left join survey_question_factor f on f.question_id = q.id
				where q.catalogue_year = (select max(catalogue_year) from survey_question where catalogue_year <= ?)
				order by q.respondent_group, q.number""").param(year).query((rs) -> {
			long id = rs.getLong(1);
			RespondentGroup group = RespondentGroup.valueOf(rs.getString(2));
			int number = rs.getInt(3);
			String text = rs.getString(4);
			boolean reverse = rs.getBoolean(5);
			StoredQuestion q = out.computeIfAbsent(id,
					(k) -> new StoredQuestion(id, group, number, text, reverse, new HashMap<>()));
			if (rs.getObject(6) != null) {
				q.weights().put(rs.getInt(6), rs.getBigDecimal(7));
			}
		});
		List<StoredQuestion> list = new ArrayList<>(out.values());
		list.sort(java.util.Comparator.comparing(StoredQuestion::group).thenComparingInt(StoredQuestion::number));
		return list;
	}

	private Map<RespondentGroup, List<Map<Long, Integer>>> responses(Long programmeYearId, Long schoolId) {
		Map<Long, RespondentGroup> groupOf = new HashMap<>();
		Map<Long, Map<Long, Integer>> byResponse = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select r.id, l.respondent_group, a.question_id, a.value
					from survey_link l join survey_response r on r.link_id = l.id join survey_answer a on a.response_id = r.id
					where l.programme_year_id = ? and l.school_id = ? order by r.id""")
			.params(programmeYearId, schoolId)
			.query((rs) -> {
				long id = rs.getLong(1);
				groupOf.put(id, RespondentGroup.valueOf(rs.getString(2)));
				byResponse.computeIfAbsent(id, (k) -> new HashMap<>()).put(rs.getLong(3), rs.getInt(4));
			});
		Map<RespondentGroup, List<Map<Long, Integer>>> out = new EnumMap<>(RespondentGroup.class);
		byResponse
			.forEach((id, answers) -> out.computeIfAbsent(groupOf.get(id), (g) -> new ArrayList<>()).add(answers));
		return out;
	}

	/**
	 * Could this be a link's token (its length and alphabet)? Checked before anything
	 * else looks at a request.
	 */
	public static boolean isTokenShaped(String token) {
		return token != null && TOKEN_SHAPE.matcher(token).matches();
	}

	private Link link(String token) {
		if (!isTokenShaped(token)) {
			throw new UnknownLinkException();
		}
		Optional<Link> link = this.jdbc
			.sql("""
					select l.id, l.respondent_group, l.open and not p.closed, p.year, s.short_name, p.title, l.codes_required
					from survey_link l join programme_year p on p.id = l.programme_year_id join school s on s.id = l.school_id
					where l.token = ?""")
			.param(token)
			.query((rs, i) -> new Link(rs.getLong(1), RespondentGroup.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.optional();
		return link.orElseThrow(UnknownLinkException::new);
	}

	private ProgrammeYearSummary manageable(Long programmeYearId, Long schoolId) {
		ProgrammeYearSummary year = participantYear(programmeYearId, schoolId);
		if (!canManage(schoolId)) {
			throw new AccessDeniedException("Only the school and its coordinator manage its questionnaires");
		}
		return year;
	}

	private ProgrammeYearSummary participantYear(Long programmeYearId, Long schoolId) {
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		this.schools.checkedLocation(schoolId);
		if (!year.hasParticipant(schoolId)) {
			throw new RiskProfileNotFoundException(programmeYearId + "/" + schoolId);
		}
		return year;
	}

	private static final java.util.regex.Pattern TOKEN_SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{20,64}");

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
