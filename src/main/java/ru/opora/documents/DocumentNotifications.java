package ru.opora.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.notifications.NotificationService;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.users.UserService;

/**
 * Who hears of a document's step: the curators when a school sends one, the school when
 * it is confirmed or returned. Written in the same transaction as the step.
 */
@Component
@RequiredArgsConstructor
class DocumentNotifications {

	private final DocumentRepository documents;

	private final NotificationService notifications;

	private final CuratorAssignmentService assignments;

	private final UserService users;

	private final SchoolService schools;

	private final MessageSource messages;

	@EventListener
	void on(DocumentSubmitted event) {
		Document document = this.documents.findById(event.documentId()).orElseThrow();
		List<Long> reviewers = new ArrayList<>(this.assignments.activeCurators(event.schoolId()));
		this.notifications.notify(reviewers, "notifications.document.submitted",
				List.of(schoolName(event.schoolId()), kindName(document)), link(document), null);
	}

	@EventListener
	void on(DocumentApproved event) {
		Document document = this.documents.findById(event.documentId()).orElseThrow();
		this.notifications.notify(this.users.schoolAccounts(event.schoolId()), "notifications.document.approved",
				List.of(kindName(document)), link(document), null);
	}

	@EventListener
	void on(DocumentReturned event) {
		Document document = this.documents.findById(event.documentId()).orElseThrow();
		this.notifications.notify(this.users.schoolAccounts(event.schoolId()), "notifications.document.returned",
				List.of(kindName(document)), link(document), null);
	}

	/**
	 * Everyone concerned with a participant whose documents are due within a week or
	 * late: the school, its curators, the municipality's coordinators; once each.
	 */
	void remind(DocumentService.DueDocument due) {
		List<Long> recipients = new ArrayList<>(this.users.schoolAccounts(due.schoolId()));
		recipients.addAll(this.assignments.activeCurators(due.schoolId()));
		this.schools.location(due.schoolId())
			.map(SchoolLocation::municipalityId)
			.ifPresent((m) -> recipients.addAll(this.users.coordinatorAccounts(m)));
		String key = due.overdue() ? "notifications.deadline.overdue" : "notifications.deadline.soon";
		// a moved deadline is announced again
		String dedupe = (due.overdue() ? "overdue-" : "soon-") + due.programmeYearId() + "-" + due.schoolId() + "-"
				+ due.dueDate();
		this.notifications.notify(recipients, key,
				List.of(schoolName(due.schoolId()), due.programmeTitle(),
						due.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
				"/schools/" + due.schoolId() + "/documents?year=" + due.programmeYearId(), dedupe);
	}

	private String schoolName(Long schoolId) {
		return this.schools.location(schoolId).flatMap((l) -> this.schools.shortName(l.schoolId())).orElse("");
	}

	private String kindName(Document document) {
		return this.messages.getMessage("DocumentKind." + document.getKind(), null, Locale.forLanguageTag("ru"));
	}

	private static String link(Document document) {
		return "/documents/" + document.getId();
	}

}
