package ru.opora.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.schools.CuratorSchools;

/**
 * Tells the schools module's access rule which schools a curator works with today.
 */
@Component
@RequiredArgsConstructor
class ActiveCuratorSchools implements CuratorSchools {

	private final CuratorAssignmentRepository assignments;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public Set<Long> activeSchoolIds(Long curatorId) {
		return new HashSet<>(this.assignments.activeSchoolIds(curatorId, LocalDate.now(this.clock)));
	}

}
