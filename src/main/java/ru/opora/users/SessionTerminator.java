package ru.opora.users;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user (disabled, password reset, role changed), so that nobody
 * keeps working with rights they no longer have.
 */
@Component
@RequiredArgsConstructor
class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	void terminate(String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
	}

}
