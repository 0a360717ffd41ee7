package ru.opora.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A kind of joint activity (взаимопосещение уроков, семинар, …): reference data the
 * administrator edits. Kinds in use are deactivated, never deleted.
 */
@Entity
@Table(name = "activity_kind")
@Getter
class ActivityKind {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active;

	@Version
	private long version;

	protected ActivityKind() {
	}

	ActivityKind(String name, int sortOrder) {
		this.name = name.strip();
		this.sortOrder = sortOrder;
		this.active = true;
	}

	void change(String name, int sortOrder, boolean active) {
		this.name = name.strip();
		this.sortOrder = sortOrder;
		this.active = active;
	}

}
