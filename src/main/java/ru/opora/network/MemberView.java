package ru.opora.network;

import ru.opora.analysis.SchoolGroup;

/**
 * A member school on the network page: its role, capacity and the places it uses.
 */
public record MemberView(Long schoolId, String name, String shortName, MemberRole role, Integer capacity, int used,
		SchoolGroup group, boolean centre) {

	public boolean full() {
		return this.capacity != null && this.used >= this.capacity;
	}

}
