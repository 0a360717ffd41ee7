package ru.opora.teachers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import ru.opora.common.RuleViolationException;

/**
 * An individual development plan (ИОМ) of a teacher for an academic year: the deficits
 * (competence areas) it addresses, its goals, the planned courses and activities, and the
 * mentor teacher from the mentor school of a network pair when there is one. Aggregate
 * root of its {@link PlanItem}s. A completed plan is read only until taken back into
 * work.
 */
@Entity
@Table(name = "teacher_plan")
@Getter
class Plan {

	static final int MAX_GOALS = 4000;

	static final int MAX_ITEM_TITLE = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "teacher_id", nullable = false)
	private Long teacherId;

	@Column(name = "academic_year", nullable = false)
	private int academicYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status;

	private String goals;

	@Column(name = "mentor_teacher_id")
	private Long mentorTeacherId;

	@Column(name = "network_pair_id")
	private Long networkPairId;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "teacher_plan_area", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "area_id")
	private Set<Long> areaIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<PlanItem> items = new ArrayList<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Plan() {
	}

	Plan(Long teacherId, int academicYear, Set<Long> areaIds, String createdBy, Instant now) {
		this.teacherId = teacherId;
		this.academicYear = academicYear;
		this.status = PlanStatus.DRAFT;
		this.areaIds.addAll(areaIds);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Changes the deficits, the goals and the mentor (with the pair the mentor comes
	 * from).
	 */
	void change(Set<Long> areaIds, String goals, Long mentorTeacherId, Long networkPairId, Instant now) {
		editable();
		this.areaIds.clear();
		this.areaIds.addAll(areaIds);
		this.goals = goals;
		this.mentorTeacherId = mentorTeacherId;
		this.networkPairId = (mentorTeacherId != null) ? networkPairId : null;
		this.updatedAt = now;
	}

	PlanItem addItem(String title, Long courseId, LocalDate dueOn, Instant now) {
		editable();
		int position = this.items.stream().mapToInt(PlanItem::getPosition).max().orElse(0) + 1;
		PlanItem item = new PlanItem(this, position, title, courseId, dueOn);
		this.items.add(item);
		this.updatedAt = now;
		return item;
	}

	void removeItem(Long itemId, Instant now) {
		editable();
		this.items.remove(item(itemId).orElseThrow(() -> new RuleViolationException("teachers.plan.noSuchItem")));
		this.updatedAt = now;
	}

	void markItem(Long itemId, boolean done, Instant now) {
		editable();
		item(itemId).orElseThrow(() -> new RuleViolationException("teachers.plan.noSuchItem")).markDone(done);
		this.updatedAt = now;
	}

	Optional<PlanItem> item(Long itemId) {
		return this.items.stream().filter((i) -> i.getId().equals(itemId)).findFirst();
	}

	/**
	 * Черновик → в работе: needs at least one course or activity.
	 */
	void start(Instant now) {
		if (this.status != PlanStatus.DRAFT) {
			throw new RuleViolationException("teachers.plan.refused.startNotDraft");
		}
		if (this.items.isEmpty()) {
			throw new RuleViolationException("teachers.plan.refused.startEmpty");
		}
		this.status = PlanStatus.ACTIVE;
		this.updatedAt = now;
	}

	/**
	 * В работе → выполнен.
	 */
	void complete(Instant now) {
		if (this.status != PlanStatus.ACTIVE) {
			throw new RuleViolationException("teachers.plan.refused.completeNotActive");
		}
		this.status = PlanStatus.COMPLETED;
		this.updatedAt = now;
	}

	/**
	 * Выполнен → в работе again (marked by mistake, or more to do).
	 */
	void reopen(Instant now) {
		if (this.status != PlanStatus.COMPLETED) {
			throw new RuleViolationException("teachers.plan.refused.reopenNotCompleted");
		}
		this.status = PlanStatus.ACTIVE;
		this.updatedAt = now;
	}

	boolean isEditable() {
		return this.status != PlanStatus.COMPLETED;
	}

	private void editable() {
		if (!isEditable()) {
			throw new RuleViolationException("teachers.plan.completedReadOnly");
		}
	}

}
