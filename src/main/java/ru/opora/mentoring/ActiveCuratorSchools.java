package ru.opora.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.schools.CuratorSchools;

/**
 * Tells the schools module's access rule which schools a curator works with today. In a
 * read-only transaction (every view) they are read once: a page asks the access rule
 * several times (its scope, the names of its rows, a year's check), and each asked anew
 * (the review queue four times, docs/benchmarks.md, step 12d). A read-write transaction
 * reads them on every call, as it may change them.
 */
@Component
@RequiredArgsConstructor
class ActiveCuratorSchools implements CuratorSchools {

	private final CuratorAssignmentRepository assignments;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public Set<Long> activeSchoolIds(Long curatorId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return read(curatorId);
		}
		Key key = new Key(curatorId);
		@SuppressWarnings("unchecked")
		Set<Long> bound = (Set<Long>) TransactionSynchronizationManager.getResource(key);
		if (bound != null) {
			return new HashSet<>(bound);
		}
		Set<Long> ids = read(curatorId);
		TransactionSynchronizationManager.bindResource(key, Set.copyOf(ids));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
			}
		});
		return ids;
	}

	private Set<Long> read(Long curatorId) {
		return new HashSet<>(this.assignments.activeSchoolIds(curatorId, LocalDate.now(this.clock)));
	}

	/** The transaction's resource key of a curator's schools. */
	private record Key(Long curatorId) {
	}

}
