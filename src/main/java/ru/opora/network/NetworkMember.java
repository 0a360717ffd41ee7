package ru.opora.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.Getter;

/**
 * A school taking part in a network, as a mentor (with a capacity) or as a mentee.
 */
@Embeddable
@Getter
class NetworkMember {

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberRole role;

	private Integer capacity;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected NetworkMember() {
	}

	NetworkMember(Long schoolId, MemberRole role, Integer capacity, String addedBy, Instant addedAt) {
		this.schoolId = schoolId;
		this.role = role;
		this.capacity = (role == MemberRole.MENTOR) ? capacity : null;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

}
