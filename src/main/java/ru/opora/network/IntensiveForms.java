package ru.opora.network;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import lombok.Getter;
import lombok.Setter;

import ru.opora.common.RuleViolationException;

/**
 * The web forms of the «Дни образовательных интенсивов». Every field is bound as text, so
 * that whatever was typed comes back on the page with a message; {@code toCommand()}
 * converts and refuses with a message key.
 */
final class IntensiveForms {

	private IntensiveForms() {
	}

	@Getter
	@Setter
	static class DayForm {

		private String heldOn = "";

		private String startsAt = "10:00";

		private String endsAt = "15:00";

		private String place = "";

		private String title = "";

		private long version;

		static DayForm from(IntensiveService.DayView day) {
			DayForm form = new DayForm();
			form.heldOn = day.heldOn().toString();
			form.startsAt = day.startsAt().toString();
			form.endsAt = day.endsAt().toString();
			form.place = day.place();
			form.title = day.title();
			form.version = day.version();
			return form;
		}

		IntensiveService.DayCommand toCommand() {
			return new IntensiveService.DayCommand(date(this.heldOn), time(this.startsAt), time(this.endsAt),
					this.place, this.title);
		}

	}

	@Getter
	@Setter
	static class SeriesForm {

		private int startYear;

		private DayOfWeek weekday = DayOfWeek.THURSDAY;

		private int week = 5;

		private String startsAt = "10:00";

		private String endsAt = "15:00";

		private String place = "";

		private String title = "";

		IntensiveService.SeriesCommand toCommand() {
			return new IntensiveService.SeriesCommand(this.startYear, this.weekday, this.week, time(this.startsAt),
					time(this.endsAt), this.place, this.title);
		}

	}

	@Getter
	@Setter
	static class SessionForm {

		private ParticipantGroup group;

		private String topic = "";

		private Long hostSchoolId;

		private String speaker = "";

		private String room = "";

		private Long riskFactorId;

		private String subject = "";

		private String sourceCount = "";

		private String capacity = "";

		private long version;

		static SessionForm from(IntensiveService.SessionView s) {
			SessionForm form = new SessionForm();
			form.group = s.group();
			form.topic = s.topic();
			form.hostSchoolId = s.hostSchoolId();
			form.speaker = (s.speaker() != null) ? s.speaker() : "";
			form.room = (s.room() != null) ? s.room() : "";
			form.riskFactorId = s.riskFactorId();
			form.subject = (s.subject() != null) ? s.subject() : "";
			form.sourceCount = (s.sourceCount() != null) ? s.sourceCount().toString() : "";
			form.capacity = (s.capacity() != null) ? s.capacity().toString() : "";
			form.version = s.version();
			return form;
		}

		static SessionForm from(IntensiveService.TopicProposal p) {
			SessionForm form = new SessionForm();
			form.topic = p.label().replaceFirst("^\\d+\\. ", "");
			form.riskFactorId = p.riskFactorId();
			form.subject = (p.subject() != null) ? p.subject() : "";
			form.sourceCount = String.valueOf(p.schools());
			return form;
		}

		IntensiveService.SessionCommand toCommand() {
			return new IntensiveService.SessionCommand(this.group, this.topic, this.hostSchoolId, this.speaker,
					this.room, this.riskFactorId, this.subject, optionalNumber(this.sourceCount, "sourceCount"),
					optionalNumber(this.capacity, "capacity"));
		}

	}

	@Getter
	@Setter
	static class RegistrationForm {

		private Long schoolId;

		private String leaders = "0";

		private String teachers = "0";

		private String students = "0";

		private String parents = "0";

		private String names = "";

		static RegistrationForm from(IntensiveService.RegistrationCommand c) {
			RegistrationForm form = new RegistrationForm();
			form.schoolId = c.schoolId();
			form.leaders = String.valueOf(c.leaders());
			form.teachers = String.valueOf(c.teachers());
			form.students = String.valueOf(c.students());
			form.parents = String.valueOf(c.parents());
			form.names = (c.names() != null) ? c.names() : "";
			return form;
		}

		IntensiveService.RegistrationCommand toCommand() {
			return new IntensiveService.RegistrationCommand(this.schoolId, count(this.leaders), count(this.teachers),
					count(this.students), count(this.parents), this.names);
		}

	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException("network.intensives.day.dateRequired");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException("network.intensives.day.dateRequired");
		}
	}

	static LocalTime time(String text) {
		try {
			return LocalTime.parse((text != null) ? text.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException("network.intensives.day.times");
		}
	}

	/** A participant count: blank is 0; not a whole number is refused. */
	static int count(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		String value = text.strip();
		if (!value.matches("[-+]?\\d{1,9}")) {
			throw new RuleViolationException("network.intensives.register.notNumber");
		}
		return Integer.parseInt(value);
	}

	static Integer optionalNumber(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("\\d{1,9}")) {
			throw new RuleViolationException("network.intensives.session.capacity");
		}
		return Integer.valueOf(text.strip());
	}

}
