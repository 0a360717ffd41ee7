package ru.opora.teachers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A course as the catalogue form says it, already checked.
 */
record CourseCommand(String title, String provider, Integer hours, CourseFormat format, LocalDate startsOn,
		LocalDate endsOn, String description, boolean active) {

	Map<String, Object> audited() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("title", this.title);
		m.put("provider", this.provider);
		m.put("hours", this.hours);
		m.put("format", this.format);
		m.put("startsOn", this.startsOn);
		m.put("endsOn", this.endsOn);
		m.put("description", this.description);
		m.put("active", this.active);
		return m;
	}

	static CourseCommand of(Course c) {
		return new CourseCommand(c.getTitle(), c.getProvider(), c.getHours(), c.getFormat(), c.getStartsOn(),
				c.getEndsOn(), c.getDescription(), c.isActive());
	}

}
