package ru.opora.teachers;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The plan form: the deficits it addresses, the goals and the mentor.
 */
@Getter
@Setter
class PlanForm {

	private Set<Long> areaIds = new LinkedHashSet<>();

	@Size(max = 4000)
	private String goals;

	private Long mentorTeacherId;

	private long version;

	static PlanForm from(PlanViews.PlanDetails details) {
		PlanForm form = new PlanForm();
		details.areas().stream().filter(PlanViews.AreaChoice::chosen).forEach((a) -> form.areaIds.add(a.id()));
		form.goals = details.goals();
		form.mentorTeacherId = details.mentorTeacherId();
		form.version = details.version();
		return form;
	}

	PlanCommand toCommand() {
		return new PlanCommand(this.areaIds, this.goals, this.mentorTeacherId);
	}

}
