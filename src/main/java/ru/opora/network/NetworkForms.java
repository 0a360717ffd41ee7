package ru.opora.network;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The web forms of the network pages.
 */
final class NetworkForms {

	private NetworkForms() {
	}

	/** «Открыть сеть наставничества» for a programme year. */
	@Getter
	@Setter
	static class OpenForm {

		@NotNull
		private Long programmeYearId;

		@NotNull
		private NetworkModel model = NetworkModel.DISTRIBUTED;

		@NotNull
		@Min(1)
		@Max(20)
		private Integer defaultCapacity = 3;

	}

	/** The network's model, centre and default capacity. */
	@Getter
	@Setter
	static class SettingsForm {

		@NotNull
		private NetworkModel model;

		private Long centreSchoolId;

		@NotNull
		@Min(1)
		@Max(20)
		private Integer defaultCapacity;

		private long version;

	}

	/** Adds schools in one role. */
	@Getter
	@Setter
	static class MembersForm {

		private Set<Long> schoolIds = new LinkedHashSet<>();

		@NotNull
		private MemberRole role;

		@Min(1)
		@Max(20)
		private Integer capacity;

	}

	/** A pair made by hand. */
	@Getter
	@Setter
	static class PairForm {

		@NotNull
		private Long mentorId;

		@NotNull
		private Long menteeId;

	}

	/** The pair's network programme. */
	@Getter
	@Setter
	static class ProgrammeForm {

		@Size(max = 4000)
		private String goals;

		@Size(max = 4000)
		private String deficitsNote;

		private Set<Long> factorIds = new LinkedHashSet<>();

		private Set<String> subjects = new LinkedHashSet<>();

		private String otherSubject;

		private long version;

	}

	/** Plan (or re-plan) a joint activity. */
	@Getter
	@Setter
	static class ActivityForm {

		@NotNull
		private Long kindId;

		@NotBlank
		@Size(max = 300)
		private String topic;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate plannedOn;

		@Size(max = 300)
		private String responsible;

		@Size(max = 1000)
		private String expectedResult;

		@Size(max = 300)
		private String place;

		private boolean online;

		private long version;

		ActivityCommand toCommand() {
			return new ActivityCommand(this.kindId, this.topic, this.plannedOn, this.responsible, this.expectedResult,
					this.place, this.online);
		}

	}

	/** Record a held activity. */
	@Getter
	@Setter
	static class RecordForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate heldOn;

		@NotNull
		@Min(0)
		@Max(10000)
		private Integer leaders = 0;

		@NotNull
		@Min(0)
		@Max(10000)
		private Integer teachers = 0;

		@NotNull
		@Min(0)
		@Max(10000)
		private Integer students = 0;

		@NotNull
		@Min(0)
		@Max(10000)
		private Integer parents = 0;

		@Size(max = 4000)
		private String report;

		private long version;

		RecordCommand toCommand() {
			return new RecordCommand(this.heldOn,
					new Participants(this.leaders, this.teachers, this.students, this.parents), this.report);
		}

	}

	/** The curator's note. */
	@Getter
	@Setter
	static class NoteForm {

		@Size(max = 2000)
		private String note;

		private long version;

	}

	/** A kind of activity (administrator). */
	@Getter
	@Setter
	static class KindForm {

		@NotBlank
		@Size(max = 200)
		private String name;

		@NotNull
		@Min(0)
		@Max(100000)
		private Integer sortOrder = 100;

		private boolean active = true;

		private long version;

	}

	/** A rule of the suggestion. */
	@Getter
	@Setter
	static class RuleForm {

		@NotNull
		private RuleKind kind;

		@NotNull
		private Long schoolId;

		private Long otherSchoolId;

		@Size(max = 500)
		private String note;

	}

}
