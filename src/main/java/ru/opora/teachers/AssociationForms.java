package ru.opora.teachers;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the association pages.
 */
final class AssociationForms {

	private AssociationForms() {
	}

	/** Create or edit an association. */
	@Getter
	@Setter
	static class AssociationForm {

		private Long municipalityId;

		@NotBlank
		@Size(max = 300)
		private String name;

		@Size(max = 300)
		private String theme;

		private Long leaderTeacherId;

		private long version;

		AssociationCommand toCommand() {
			return new AssociationCommand(this.municipalityId, this.name, this.theme, this.leaderTeacherId);
		}

		static AssociationForm of(AssociationViews.Details d) {
			AssociationForm f = new AssociationForm();
			f.setMunicipalityId(d.municipalityId());
			f.setName(d.name());
			f.setTheme(d.theme());
			f.setLeaderTeacherId((d.leader() != null) ? d.leader().teacherId() : null);
			f.setVersion(d.version());
			return f;
		}

	}

	/** Add members. */
	@Getter
	@Setter
	static class MembersForm {

		private Set<Long> teacherIds = new LinkedHashSet<>();

	}

	/** Record or edit a meeting. */
	@Getter
	@Setter
	static class MeetingForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate heldOn;

		@NotBlank
		@Size(max = 500)
		private String topic;

		@Size(max = 4000)
		private String note;

		private Set<Long> attendees = new LinkedHashSet<>();

		private long version;

		MeetingCommand toCommand() {
			return new MeetingCommand(this.heldOn, this.topic, this.note, this.attendees);
		}

		static MeetingForm of(AssociationViews.MeetingDetails m) {
			MeetingForm f = new MeetingForm();
			f.setHeldOn(m.heldOn());
			f.setTopic(m.topic());
			f.setNote(m.note());
			m.attendees()
				.stream()
				.filter(AssociationViews.Attendee::attended)
				.forEach((a) -> f.getAttendees().add(a.person().teacherId()));
			f.setVersion(m.version());
			return f;
		}

	}

}
