package ru.opora.users;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a database with no account at all, creates the administrator {@code admin} with the
 * password from {@code OPORA_ADMIN_PASSWORD}. There is no built-in password.
 */
@Component
@Order(100)
@RequiredArgsConstructor
class InitialAdministrator implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(InitialAdministrator.class);

	private final UserService users;

	@Value("${opora.admin.initial-password:}")
	private String initialPassword;

	@Value("${opora.admin.initial-username:admin}")
	private String initialUsername;

	@Value("${opora.admin.initial-full-name:admin}")
	private String initialFullName;

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.anyAccountExists()) {
			return;
		}
		if (!StringUtils.hasText(this.initialPassword) || this.initialPassword.length() < 8) {
			log.warn("There are no accounts. Set OPORA_ADMIN_PASSWORD (8 characters or more) and restart "
					+ "to create the first administrator '" + this.initialUsername + "'.");
			return;
		}
		this.users.createInitialAdministrator(this.initialUsername, this.initialFullName, this.initialPassword);
		log.info("Created the first administrator '" + this.initialUsername + "' from OPORA_ADMIN_PASSWORD.");
	}

}
