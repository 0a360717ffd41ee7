package ru.opora.teachers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A planned course of the catalogue or a free activity of a plan, with a due date and a
 * done flag. Part of the {@link Plan} aggregate.
 */
@Entity
@Table(name = "teacher_plan_item")
@Getter
class PlanItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	private int position;

	@Column(nullable = false)
	private String title;

	@Column(name = "course_id")
	private Long courseId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	private boolean done;

	protected PlanItem() {
	}

	PlanItem(Plan plan, int position, String title, Long courseId, LocalDate dueOn) {
		this.plan = plan;
		this.position = position;
		this.title = title;
		this.courseId = courseId;
		this.dueOn = dueOn;
	}

	void markDone(boolean done) {
		this.done = done;
	}

}
