package ru.opora.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.users.CurrentUser;
import ru.opora.users.UserService;

/**
 * Sends notifications: written in the caller's transaction (so a rolled-back change
 * notifies nobody), e-mailed after commit when SMTP is configured
 * ({@code spring.mail.host}).
 */
@Service
@RequiredArgsConstructor
public class NotificationService {

	private static final Log log = LogFactory.getLog(NotificationService.class);

	private final NotificationRepository notifications;

	private final UserService users;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	private final JdbcClient jdbc;

	@Value("${opora.mail.from:opora@localhost}")
	private String mailFrom = "opora@localhost";

	@Value("${opora.base-url:http://localhost:8080}")
	private String baseUrl = "http://localhost:8080";

	/**
	 * Notifies each recipient once; with a {@code dedupeKey}, a recipient who already got
	 * that key gets nothing (reminders).
	 */
	@Transactional
	public void notify(Collection<Long> recipients, String messageKey, List<String> arguments, String link,
			String dedupeKey) {
		Set<Long> unique = new LinkedHashSet<>(recipients);
		unique.removeIf((id) -> id == null
				|| (dedupeKey != null && this.notifications.existsByUserIdAndDedupeKey(id, dedupeKey)));
		if (unique.isEmpty()) {
			return;
		}
		String joined = String.join(Notification.SEPARATOR, fit(arguments));
		for (Long userId : unique) {
			this.notifications
				.save(new Notification(userId, messageKey, joined, link, dedupeKey, this.clock.instant()));
		}
		mailAfterCommit(unique, messageKey, arguments, link);
	}

	/**
	 * The bell's count on every page: one indexed count, outside a transaction (it is a
	 * single statement).
	 */
	public long unreadCount() {
		return CurrentUser.current()
			.map((u) -> this.jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
				.param(u.id())
				.query(Long.class)
				.single())
			.orElse(0L);
	}

	@Transactional(readOnly = true)
	public List<NotificationView> latest() {
		CurrentUser me = CurrentUser.require();
		return this.notifications.latest(me.id(), PageRequest.of(0, 100))
			.stream()
			.map((n) -> new NotificationView(n.getId(), n.getMessageKey(), split(n.getArguments()), n.getLink(),
					LocalDateTime.ofInstant(n.getCreatedAt(), this.clock.getZone()), n.getReadAt() != null))
			.toList();
	}

	/**
	 * Marks the current user's notification read and returns its link.
	 */
	@Transactional
	public String open(Long id) {
		Notification notification = this.notifications.findById(id)
			.filter((n) -> n.getUserId().equals(CurrentUser.require().id()))
			.orElseThrow(() -> new AccessDeniedException("Not your notification"));
		notification.markRead(this.clock.instant());
		return (notification.getLink() != null) ? notification.getLink() : "/notifications";
	}

	@Transactional
	public void markAllRead() {
		CurrentUser me = CurrentUser.require();
		this.notifications.latest(me.id(), PageRequest.of(0, 1000)).forEach((n) -> n.markRead(this.clock.instant()));
	}

	private void mailAfterCommit(Set<Long> recipients, String messageKey, List<String> arguments, String link) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Map<Long, String> emails = this.users.emails(recipients);
		if (emails.isEmpty()) {
			return;
		}
		Locale russian = Locale.forLanguageTag("ru");
		String text = this.messages.getMessage(messageKey, arguments.toArray(), russian);
		String subject = this.messages.getMessage("notifications.mail.subject", null, russian);
		String body = text + "\n\n" + ((link != null) ? this.baseUrl + link : this.baseUrl) + "\n\n"
				+ this.messages.getMessage("notifications.mail.footer", null, russian);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (String address : emails.values()) {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(NotificationService.this.mailFrom);
					message.setTo(address);
					message.setSubject(subject);
					message.setText(body);
					try {
						sender.send(message);
					}
					catch (MailException ex) {
						log.warn("Could not send a notification e-mail: " + ex.getMessage());
					}
				}
			}
		});
	}

	/**
	 * The arguments as they are stored: without the separator, each shortened (with «…»)
	 * so that all of them fit the column whatever the caller passed.
	 */
	static List<String> fit(List<String> arguments) {
		if (arguments.isEmpty()) {
			return arguments;
		}
		int each = (Notification.MAX_ARGUMENTS_LENGTH - (arguments.size() - 1) * Notification.SEPARATOR.length())
				/ arguments.size();
		return arguments.stream().map((a) -> {
			String clean = (a != null) ? a.replace(Notification.SEPARATOR, " ") : "";
			return (clean.length() <= each) ? clean : clean.substring(0, each - 1) + "…";
		}).toList();
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of()
				: Arrays.asList(joined.split(Notification.SEPARATOR, -1));
	}

}
