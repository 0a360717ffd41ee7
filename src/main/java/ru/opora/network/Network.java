package ru.opora.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import ru.opora.common.RuleViolationException;

/**
 * The mentoring network of a programme year: its model and its mentor and mentee schools.
 * Pairs, rules and activities refer to it by id.
 */
@Entity
@Table(name = "network")
@Getter
class Network {

	static final int MAX_CAPACITY = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_year_id", nullable = false)
	private Long programmeYearId;

	@Column(name = "municipality_id", nullable = false)
	private Long municipalityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NetworkModel model;

	@Column(name = "centre_school_id")
	private Long centreSchoolId;

	@Column(name = "default_capacity")
	private int defaultCapacity;

	@Column(name = "inactivity_days")
	private int inactivityDays;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "network_school", joinColumns = @JoinColumn(name = "network_id"))
	private List<NetworkMember> members = new ArrayList<>();

	protected Network() {
	}

	Network(Long programmeYearId, Long municipalityId, NetworkModel model, int defaultCapacity, String createdBy,
			Instant now) {
		this.programmeYearId = programmeYearId;
		this.municipalityId = municipalityId;
		this.model = model;
		this.defaultCapacity = checkedCapacity(defaultCapacity);
		this.inactivityDays = 45;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void configure(NetworkModel model, Long centreSchoolId, int defaultCapacity) {
		if (centreSchoolId != null
				&& member(centreSchoolId).map(NetworkMember::getRole).orElse(null) != MemberRole.MENTOR) {
			throw new RuleViolationException("network.setup.centreNotMentor");
		}
		this.model = model;
		this.centreSchoolId = (model == NetworkModel.CONCENTRATED) ? centreSchoolId : null;
		this.defaultCapacity = checkedCapacity(defaultCapacity);
	}

	Optional<NetworkMember> member(Long schoolId) {
		return this.members.stream().filter((m) -> m.getSchoolId().equals(schoolId)).findFirst();
	}

	boolean isMember(Long schoolId, MemberRole role) {
		return member(schoolId).map((m) -> m.getRole() == role).orElse(false);
	}

	/**
	 * Adds a school or changes its role or capacity.
	 */
	void put(Long schoolId, MemberRole role, Integer capacity, String user, Instant now) {
		int places = (capacity != null) ? checkedCapacity(capacity) : this.defaultCapacity;
		this.members.removeIf((m) -> m.getSchoolId().equals(schoolId));
		this.members.add(new NetworkMember(schoolId, role, places, user, now));
		if (role != MemberRole.MENTOR && schoolId.equals(this.centreSchoolId)) {
			this.centreSchoolId = null;
		}
	}

	void remove(Long schoolId) {
		this.members.removeIf((m) -> m.getSchoolId().equals(schoolId));
		if (schoolId.equals(this.centreSchoolId)) {
			this.centreSchoolId = null;
		}
	}

	int capacityOf(Long schoolId) {
		return member(schoolId).map(NetworkMember::getCapacity).orElse(0);
	}

	List<Long> schoolIds(MemberRole role) {
		return this.members.stream().filter((m) -> m.getRole() == role).map(NetworkMember::getSchoolId).toList();
	}

	private static int checkedCapacity(int capacity) {
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new RuleViolationException("network.setup.capacityRange");
		}
		return capacity;
	}

}
