package ru.opora.teachers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A competence area of the diagnostic of professional deficits (предметная, методическая,
 * …): reference data the administrator edits. Areas in use are deactivated, not deleted.
 */
@Entity
@Table(name = "teacher_competence_area")
@Getter
class CompetenceArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private int position;

	private boolean active;

	@Version
	private long version;

	protected CompetenceArea() {
	}

	CompetenceArea(String name, int position) {
		this.name = name;
		this.position = position;
		this.active = true;
	}

	void change(String name, int position, boolean active) {
		this.name = name;
		this.position = position;
		this.active = active;
	}

}
