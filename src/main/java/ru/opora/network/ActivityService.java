package ru.opora.network;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import ru.opora.analysis.AnalysisService;
import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.riskprofile.RiskProfileService;
import ru.opora.riskprofile.Significance;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolPlace;
import ru.opora.users.CurrentUser;

/**
 * A pair's network programme (the deficits it addresses and its goals) and its joint
 * activities: planned, recorded when held with participants, a report and evidence files,
 * and the curator's note. Kinds of activity are reference data the administrator keeps.
 */
@Service
@RequiredArgsConstructor
public class ActivityService {

	static final String ACTIVITY = "NetworkActivity";

	static final String KIND = "ActivityKind";

	/** A subject counts as weak for a school from this share of «2» (percent). */
	static final double WEAK_SUBJECT_SHARE = 20.0;

	private static final Set<FileKind> EVIDENCE = EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.ODT,
			FileKind.ODS);

	private final NetworkService networks;

	private final NetworkAccess access;

	private final NetworkPairRepository pairs;

	private final NetworkActivityRepository activities;

	private final ActivityKindRepository kinds;

	private final RiskFactorService factors;

	private final RiskProfileService profiles;

	private final AnalysisService analysis;

	private final SchoolAccess schoolAccess;

	private final FileService files;

	private final AuditLog auditLog;

	private final Clock clock;

	@Value("${opora.documents.max-file-size:20MB}")
	private DataSize maxFileSize = DataSize.ofMegabytes(20);

	// ---------------------------------------------------------------- the pair's page

	@Transactional(readOnly = true)
	public PairDetails pair(Long pairId) {
		CurrentUser user = CurrentUser.require();
		NetworkPair pair = this.networks.pairOrThrow(pairId);
		Network network = this.networks.network(pair.getNetworkId());
		this.access.checkView(network, pair, user);
		ProgrammeYearSummary year = this.networks.programme(network);
		Long mentee = pair.getMenteeSchoolId();
		Long mentor = pair.getMentorSchoolId();
		Map<Long, SchoolPlace> places = this.networks.places(List.of(mentor, mentee));
		PairView view = this.networks.pairViews(network, List.of(pair), places).get(0);
		List<RiskFactorView> catalogue = this.factors.catalogueFor(year.year());
		Map<Long, Significance> profile = this.profiles.significancesUnchecked(year.id(), List.of(mentee))
			.getOrDefault(mentee, Map.of());
		Set<Long> chosen = this.factors.chosenUnchecked(year.id(), List.of(mentee))
			.getOrDefault(mentee, List.of())
			.stream()
			.map(RiskFactorView::id)
			.collect(Collectors.toSet());
		List<PairDetails.DeficitOption> factorOptions = catalogue.stream()
			.filter((f) -> chosen.contains(f.id()) || profile.get(f.id()) == Significance.HIGH
					|| pair.getFactorIds().contains(f.id()))
			.map((f) -> new PairDetails.DeficitOption(f,
					(profile.get(f.id()) != null) ? profile.get(f.id()).name() : null, chosen.contains(f.id()),
					pair.getFactorIds().contains(f.id())))
			.toList();
		Map<Long, Map<String, Double>> shares = this.analysis.latestSubjectShares(List.of(mentor, mentee));
		Map<String, Double> menteeShares = shares.getOrDefault(mentee, Map.of());
		Map<String, Double> mentorShares = shares.getOrDefault(mentor, Map.of());
		Set<String> subjects = new TreeSet<>(menteeShares.keySet());
		subjects.addAll(pair.getSubjects());
		List<PairDetails.SubjectOption> subjectOptions = subjects.stream()
			.map((s) -> new PairDetails.SubjectOption(s, menteeShares.get(s), mentorShares.get(s),
					pair.getSubjects().contains(s)))
			.sorted(Comparator.comparing((PairDetails.SubjectOption o) -> !o.selected())
				.thenComparing((o) -> -((o.menteeShare() != null) ? o.menteeShare() : 0.0)))
			.toList();
		List<ActivityView> list = views(this.activities.findByPairIdOrderByPlannedOnAscIdAsc(pairId));
		Participants totals = list.stream()
			.filter((a) -> a.status() == ActivityStatus.HELD)
			.map(ActivityView::participants)
			.reduce(Participants.none(), Participants::plus);
		List<RiskFactorView> pairFactors = catalogue.stream()
			.filter((f) -> pair.getFactorIds().contains(f.id()))
			.toList();
		NetworkSummary summary = this.networks.summary(network.getId());
		// a closed programme year is read only: no edit buttons (the service refuses too)
		boolean open = !summary.closed();
		return new PairDetails(view, summary, NetworkService.name(places, mentor), NetworkService.name(places, mentee),
				pair.getGoals(), pair.getDeficitsNote(), pairFactors, List.copyOf(pair.getSubjects()), factorOptions,
				subjectOptions, list, activeKinds(), totals, year.id(), this.schoolAccess.canView(mentee),
				pair.getVersion(), open && this.access.canWork(network, pair, user),
				open && this.access.canNote(network, pair, user) && pair.isActive(),
				open && this.access.canManage(network, user));
	}

	/**
	 * Saves the pair's network programme: the deficits addressed and the goals.
	 */
	@Transactional
	public void plan(Long pairId, long version, String goals, String deficitsNote, Set<Long> factorIds,
			Set<String> subjects) {
		NetworkPair pair = workable(pairId);
		checkVersion(pair.getVersion(), version, NetworkPair.class, pairId);
		Network network = this.networks.network(pair.getNetworkId());
		ProgrammeYearSummary year = this.networks.programme(network);
		Set<Long> catalogue = this.factors.catalogueFor(year.year())
			.stream()
			.map(RiskFactorView::id)
			.collect(Collectors.toSet());
		if (!catalogue.containsAll(factorIds)) {
			throw new RuleViolationException("network.programme.unknownFactor");
		}
		Set<String> cleanSubjects = new LinkedHashSet<>();
		for (String s : subjects) {
			if (s != null && !s.isBlank()) {
				if (s.strip().length() > 100) {
					throw new RuleViolationException("network.programme.subjectTooLong");
				}
				cleanSubjects.add(s.strip());
			}
		}
		String before = "goals: «%s», factors: «%s», subjects: «%s»".formatted(pair.getGoals(), pair.getFactorIds(),
				pair.getSubjects());
		pair.plan(blankToNull(goals), blankToNull(deficitsNote), new LinkedHashSet<>(factorIds), cleanSubjects);
		this.pairs.saveAndFlush(pair);
		this.auditLog.record(AuditAction.UPDATE, NetworkService.PAIR, pairId,
				before + " → goals: «%s», factors: «%s», subjects: «%s»".formatted(pair.getGoals(), pair.getFactorIds(),
						pair.getSubjects()));
	}

	// ---------------------------------------------------------------- activities

	@Transactional(readOnly = true)
	public ActivityView activity(Long activityId) {
		return views(List.of(viewableActivity(activityId))).get(0);
	}

	@Transactional
	public Long addActivity(Long pairId, ActivityCommand command) {
		NetworkPair pair = workable(pairId);
		checkCommand(command);
		NetworkActivity saved = this.activities
			.saveAndFlush(new NetworkActivity(pair.getId(), command.kindId(), command.topic().strip(),
					command.plannedOn(), blankToNull(command.responsible()), blankToNull(command.expectedResult()),
					blankToNull(command.place()), command.online(), username(), this.clock.instant()));
		this.auditLog.record(AuditAction.CREATE, ACTIVITY, saved.getId(),
				"pair: «%d», topic: «%s», planned: «%s»".formatted(pairId, saved.getTopic(), saved.getPlannedOn()));
		return saved.getId();
	}

	@Transactional
	public void replan(Long activityId, long version, ActivityCommand command) {
		NetworkActivity activity = workableActivity(activityId, version);
		checkCommand(command);
		String before = "topic: «%s», planned: «%s»".formatted(activity.getTopic(), activity.getPlannedOn());
		activity.replan(command.kindId(), command.topic().strip(), command.plannedOn(),
				blankToNull(command.responsible()), blankToNull(command.expectedResult()), blankToNull(command.place()),
				command.online());
		this.activities.saveAndFlush(activity);
		this.auditLog.record(AuditAction.UPDATE, ACTIVITY, activityId,
				before + " → topic: «%s», planned: «%s»".formatted(activity.getTopic(), activity.getPlannedOn()));
	}

	@Transactional
	public void record(Long activityId, long version, RecordCommand command) {
		NetworkActivity activity = workableActivity(activityId, version);
		if (command.heldOn() == null) {
			throw new RuleViolationException("network.activity.heldOnRequired");
		}
		String report = blankToNull(command.report());
		if (report != null && report.length() > 4000) {
			throw new RuleViolationException("network.activity.reportTooLong");
		}
		activity.record(command.heldOn(), LocalDate.now(this.clock), command.participants(), report, username(),
				this.clock.instant());
		this.activities.saveAndFlush(activity);
		Participants p = command.participants();
		this.auditLog.record(AuditAction.UPDATE, ACTIVITY, activityId,
				"held: «%s», leaders: «%d», teachers: «%d», students: «%d», parents: «%d»".formatted(command.heldOn(),
						p.leaders(), p.teachers(), p.students(), p.parents()));
	}

	@Transactional
	public void cancel(Long activityId, long version) {
		NetworkActivity activity = workableActivity(activityId, version);
		activity.cancel();
		this.activities.saveAndFlush(activity);
		this.auditLog.record(AuditAction.UPDATE, ACTIVITY, activityId, "cancelled");
	}

	@Transactional
	public void reopen(Long activityId, long version) {
		NetworkActivity activity = workableActivity(activityId, version);
		activity.reopen();
		this.activities.saveAndFlush(activity);
		this.auditLog.record(AuditAction.UPDATE, ACTIVITY, activityId, "reopened");
	}

	/**
	 * The curator's note on an activity (the curator of the pair or the coordinator).
	 */
	@Transactional
	public void note(Long activityId, long version, String note) {
		NetworkActivity activity = activityOrThrow(activityId);
		NetworkPair pair = this.networks.pairOrThrow(activity.getPairId());
		Network network = this.networks.network(pair.getNetworkId());
		CurrentUser user = CurrentUser.require();
		this.access.checkView(network, pair, user);
		if (!this.access.canNote(network, pair, user)) {
			throw new AccessDeniedException("Only the curator or the coordinator writes the curator's note");
		}
		this.networks.requireOpen(network);
		checkVersion(activity.getVersion(), version, NetworkActivity.class, activityId);
		String text = blankToNull(note);
		if (text != null && text.length() > 2000) {
			throw new RuleViolationException("network.activity.noteTooLong");
		}
		activity.note(text, user.username());
		this.activities.saveAndFlush(activity);
		this.auditLog.record(AuditAction.UPDATE, ACTIVITY, activityId, "curatorNote: «%s»".formatted(text));
	}

	@Transactional
	public void addFile(Long activityId, String originalName, InputStream content) {
		NetworkActivity activity = activityOrThrow(activityId);
		workable(activity.getPairId());
		FileInfo info = this.files.store(originalName, content, this.maxFileSize.toBytes(), EVIDENCE, username());
		activity.addFile(info.id(), username(), this.clock.instant());
		this.activities.saveAndFlush(activity);
		this.auditLog.record(AuditAction.UPDATE, ACTIVITY, activityId, "file: «%s»".formatted(info.originalName()));
	}

	/**
	 * An evidence file of an activity, for those who may see the pair.
	 */
	@Transactional(readOnly = true)
	public FileInfo file(Long activityId, Long fileId) {
		NetworkActivity activity = viewableActivity(activityId);
		if (!activity.hasFile(fileId)) {
			throw new PairNotFoundException(activity.getPairId());
		}
		return this.files.info(fileId);
	}

	@Transactional(readOnly = true)
	public InputStream openFile(Long activityId, Long fileId) {
		file(activityId, fileId);
		return this.files.open(fileId);
	}

	// ---------------------------------------------------------------- kinds
	// (administrator)

	@Transactional(readOnly = true)
	public List<KindView> activeKinds() {
		return this.kinds.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter(ActivityKind::isActive)
			.map(KindView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<KindView> allKinds() {
		requireAdmin();
		return this.kinds.findAllByOrderBySortOrderAscNameAsc().stream().map(KindView::of).toList();
	}

	@Transactional
	public Long createKind(String name, int sortOrder) {
		requireAdmin();
		checkKindName(name, -1L);
		ActivityKind saved = this.kinds.saveAndFlush(new ActivityKind(name, sortOrder));
		this.auditLog.record(AuditAction.CREATE, KIND, saved.getId(), "name: «%s»".formatted(saved.getName()));
		return saved.getId();
	}

	@Transactional
	public void updateKind(Long id, long version, String name, int sortOrder, boolean active) {
		requireAdmin();
		ActivityKind kind = this.kinds.findById(id).orElseThrow(() -> new NetworkNotFoundException(id));
		checkVersion(kind.getVersion(), version, ActivityKind.class, id);
		checkKindName(name, id);
		Map<String, Object> before = Map.of("name", kind.getName(), "sortOrder", kind.getSortOrder(), "active",
				kind.isActive());
		kind.change(name, sortOrder, active);
		this.kinds.saveAndFlush(kind);
		this.auditLog.recordChange(AuditAction.UPDATE, KIND, id, before,
				Map.of("name", kind.getName(), "sortOrder", sortOrder, "active", active));
	}

	// ---------------------------------------------------------------- for the calendar
	// and the dashboard

	/**
	 * The activities of the network's pairs that the user may see, in a period.
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> activitiesInPeriod(Long networkId, LocalDate from, LocalDate to) {
		CurrentUser user = CurrentUser.require();
		Network network = this.networks.viewable(networkId);
		List<Long> visible = this.pairs.findByNetworkIdOrderByIdAsc(networkId)
			.stream()
			.filter((p) -> this.access.canView(network, p, user))
			.map(NetworkPair::getId)
			.toList();
		return visible.isEmpty() ? List.of() : views(this.activities.inPeriod(visible, from, to));
	}

	// ---------------------------------------------------------------- internals

	List<NetworkActivity> activitiesOfPairs(List<Long> pairIds) {
		return this.activities.findByPairIdInOrderByPlannedOnAscIdAsc(pairIds);
	}

	List<ActivityView> views(List<NetworkActivity> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, String> kindNames = new HashMap<>();
		this.kinds.findAll().forEach((k) -> kindNames.put(k.getId(), k.getName()));
		Set<Long> fileIds = new HashSet<>();
		list.forEach((a) -> a.getFiles().forEach((f) -> fileIds.add(f.getFileId())));
		Map<Long, FileInfo> infos = this.files.infos(fileIds);
		LocalDate today = LocalDate.now(this.clock);
		List<ActivityView> out = new ArrayList<>();
		for (NetworkActivity a : list) {
			List<ActivityView.FileRef> refs = a.getFiles()
				.stream()
				.map((f) -> infos.get(f.getFileId()))
				.filter(java.util.Objects::nonNull)
				.map((i) -> new ActivityView.FileRef(i.id(), i.originalName(), i.sizeBytes()))
				.toList();
			out.add(new ActivityView(a.getId(), a.getPairId(), a.getKindId(), kindNames.get(a.getKindId()),
					a.getTopic(), a.getPlannedOn(), a.getResponsible(), a.getExpectedResult(), a.getStatus(),
					a.getHeldOn(), a.getPlace(), a.isOnline(), a.getParticipants(), a.getReport(), a.getCuratorNote(),
					refs, a.getVersion(), a.getStatus() == ActivityStatus.PLANNED && a.getPlannedOn().isBefore(today)));
		}
		return out;
	}

	private void checkCommand(ActivityCommand command) {
		ActivityKind kind = (command.kindId() != null) ? this.kinds.findById(command.kindId()).orElse(null) : null;
		if (kind == null || !kind.isActive()) {
			throw new RuleViolationException("network.activity.unknownKind");
		}
		if (command.topic() == null || command.topic().isBlank()) {
			throw new RuleViolationException("network.activity.topicRequired");
		}
		if (command.plannedOn() == null) {
			throw new RuleViolationException("network.activity.plannedOnRequired");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (command.plannedOn().isBefore(today.minusYears(1)) || command.plannedOn().isAfter(today.plusYears(2))) {
			throw new RuleViolationException("network.activity.plannedOnRange");
		}
	}

	private NetworkPair workable(Long pairId) {
		NetworkPair pair = this.networks.pairOrThrow(pairId);
		Network network = this.networks.network(pair.getNetworkId());
		this.access.checkWork(network, pair, CurrentUser.require());
		this.networks.requireOpen(network);
		return pair;
	}

	private NetworkActivity workableActivity(Long activityId, long version) {
		NetworkActivity activity = activityOrThrow(activityId);
		workable(activity.getPairId());
		checkVersion(activity.getVersion(), version, NetworkActivity.class, activityId);
		return activity;
	}

	private NetworkActivity viewableActivity(Long activityId) {
		NetworkActivity activity = activityOrThrow(activityId);
		NetworkPair pair = this.networks.pairOrThrow(activity.getPairId());
		this.access.checkView(this.networks.network(pair.getNetworkId()), pair, CurrentUser.require());
		return activity;
	}

	private NetworkActivity activityOrThrow(Long activityId) {
		return this.activities.findById(activityId).orElseThrow(() -> new PairNotFoundException(activityId));
	}

	private void checkKindName(String name, Long id) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException("network.kinds.nameRequired");
		}
		if (name.strip().length() > 200) {
			throw new RuleViolationException("network.kinds.nameTooLong");
		}
		if (this.kinds.existsByNameIgnoreCaseAndIdNot(name.strip(), id)) {
			throw new RuleViolationException("network.kinds.nameTaken");
		}
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().is(ru.opora.users.Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators edit the kinds of activity");
		}
	}

	private static void checkVersion(long actual, long expected, Class<?> type, Long id) {
		if (actual != expected) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private static String username() {
		return CurrentUser.require().username();
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
