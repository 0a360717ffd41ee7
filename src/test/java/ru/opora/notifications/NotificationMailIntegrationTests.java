package ru.opora.notifications;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured, a notification is also e-mailed (in Russian) after the commit; a
 * rolled-back one is not.
 */
@SpringBootTest(
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "opora.base-url=https://opora.example" })
class NotificationMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	NotificationService notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sendsACopyByMailAfterCommit() throws Exception {
		long school = this.jdbc.queryForObject("select id from app_user where username = 'school'", Long.class);
		this.jdbc.update("update app_user set email = 'zhidka-director@example.org' where id = ?", school);

		this.transactions.executeWithoutResult((status) -> {
			this.notifications.notify(List.of(school), "notifications.document.returned", List.of("Концепция развития"),
					"/documents/1", null);
			status.setRollbackOnly();
		});
		assertThat(mail.getReceivedMessages()).isEmpty();

		this.transactions.executeWithoutResult((status) -> this.notifications.notify(List.of(school),
				"notifications.document.approved", List.of("Концепция развития"), "/documents/1", null));
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("zhidka-director@example.org");
		assertThat(message.getSubject()).isEqualTo("Опора: уведомление");
		assertThat((String) message.getContent()).contains("Документ принят: Концепция развития.")
			.contains("https://opora.example/documents/1");
	}

}
