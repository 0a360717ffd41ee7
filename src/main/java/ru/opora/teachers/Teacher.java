package ru.opora.teachers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A teacher of a school, with the minimum of personal data: full name, subjects,
 * position, qualification category, years of experience and an optional e-mail. A teacher
 * who left keeps the row so that counts stay; after the retention period the name is
 * replaced by «выбыл(а)» ({@link #anonymise}, the text of {@code teachers.anonymised}).
 */
@Entity
@Table(name = "teacher")
@Getter
class Teacher {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	@Column(name = "main_subject", nullable = false)
	private String mainSubject;

	private String position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Qualification qualification;

	@Column(name = "experience_years")
	private Integer experienceYears;

	private String email;

	@Column(name = "left_on")
	private LocalDate leftOn;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "teacher_subject", joinColumns = @JoinColumn(name = "teacher_id"))
	@OrderColumn(name = "position")
	@Column(name = "subject")
	private List<String> subjects = new ArrayList<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Teacher() {
	}

	Teacher(Long schoolId, TeacherData data, String createdBy, Instant now) {
		this.schoolId = schoolId;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(TeacherData data, Instant now) {
		this.fullName = data.fullName().strip().replaceAll("\\s+", " ");
		this.nameKey = nameKey(this.fullName);
		this.subjects.clear();
		this.subjects.addAll(data.subjects());
		this.mainSubject = this.subjects.isEmpty() ? "" : subjectKey(this.subjects.get(0));
		this.position = data.position();
		this.qualification = (data.qualification() != null) ? data.qualification() : Qualification.NONE;
		this.experienceYears = data.experienceYears();
		this.email = data.email();
		this.updatedAt = now;
	}

	void moveTo(Long schoolId, Instant now) {
		this.schoolId = schoolId;
		this.updatedAt = now;
	}

	void leave(LocalDate on, Instant now) {
		this.leftOn = on;
		this.updatedAt = now;
	}

	void comeBack(Instant now) {
		this.leftOn = null;
		this.updatedAt = now;
	}

	/**
	 * Replaces the name and removes the e-mail of a teacher who left long ago; what the
	 * counts need (school, subjects, category, diagnostics, courses) stays.
	 */
	void anonymise(String replacement, Instant now) {
		this.fullName = replacement;
		this.nameKey = "#anonymised-" + this.id;
		this.email = null;
		this.anonymisedAt = now;
		this.updatedAt = now;
	}

	boolean isActive() {
		return this.leftOn == null;
	}

	boolean isAnonymised() {
		return this.anonymisedAt != null;
	}

	String subjectsText() {
		return String.join(", ", this.subjects);
	}

	/**
	 * The key that identifies a teacher of a school with the main subject: the name in
	 * lower case, «ё» as «е», spaces collapsed.
	 */
	static String nameKey(String fullName) {
		return fullName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	static String subjectKey(String subject) {
		return subject.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

}
