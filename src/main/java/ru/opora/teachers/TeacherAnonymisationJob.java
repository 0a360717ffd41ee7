package ru.opora.teachers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;

/**
 * Every night: replaces the name of every teacher who left more than
 * {@code opora.teachers.retention-years} (3) years ago by «выбыл(а)» and removes the
 * e-mail. What the counts need stays (school, subjects, category, diagnostics, courses).
 * Safe on several nodes (ShedLock).
 */
@Component
@RequiredArgsConstructor
class TeacherAnonymisationJob {

	private static final Log log = LogFactory.getLog(TeacherAnonymisationJob.class);

	private final TeacherRepository teachers;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	@Value("${opora.teachers.retention-years:3}")
	private int retentionYears;

	@Scheduled(cron = "${opora.teachers.anonymisation-cron:0 40 2 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "teacher-anonymisation")
	@Transactional
	public int run() {
		LocalDate before = LocalDate.now(this.clock).minusYears(Math.max(1, this.retentionYears));
		List<Teacher> due = this.teachers.departedBefore(before);
		// stored data, so in the portal's language of record, whatever the reader's
		String replacement = this.messages.getMessage("teachers.anonymised", null,
				java.util.Locale.forLanguageTag("ru"));
		for (Teacher teacher : due) {
			teacher.anonymise(replacement, this.clock.instant());
			this.auditLog.recordAs("system", AuditAction.ANONYMISE, TeacherService.ENTITY, teacher.getId(),
					"left_on=" + teacher.getLeftOn());
		}
		if (!due.isEmpty()) {
			log.info("Anonymised " + due.size() + " teachers who left before " + before);
		}
		return due.size();
	}

}
