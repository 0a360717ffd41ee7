package ru.opora.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.criteria.Predicate;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.opora.common.PagedResult;
import ru.opora.common.Pages;

/**
 * Writes and reads the audit log. A change is recorded in the transaction that makes it,
 * so the log never claims a change that was rolled back.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	/**
	 * Records an event by the current user.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String entityType, Object entityId, String details) {
		recordAs(currentUsername(), action, entityType, entityId, details);
	}

	/**
	 * Records an event by a named user (e.g. a login attempt, before anyone is logged
	 * in).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String username, AuditAction action, String entityType, Object entityId, String details) {
		this.events.save(new AuditEvent(this.clock.instant(), username, action.name(), entityType,
				(entityId != null) ? entityId.toString() : null, details, remoteAddress()));
	}

	/**
	 * Records a change as the list of fields whose values differ; nothing if none does.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordChange(AuditAction action, String entityType, Object entityId, Map<String, ?> before,
			Map<String, ?> after) {
		String diff = describeChanges(before, after);
		if (action == AuditAction.UPDATE && diff.isEmpty()) {
			return;
		}
		record(action, entityType, entityId, diff);
	}

	@Transactional(readOnly = true)
	public PagedResult<AuditEntry> search(AuditSearch search, Integer page) {
		ZoneId zone = this.clock.getZone();
		return PagedResult.of(
				this.events.findAll(specification(search, zone),
						Pages.of(page, 50, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))),
				(e) -> new AuditEntry(e.getId(), LocalDateTime.ofInstant(e.getOccurredAt(), zone), e.getUsername(),
						e.getAction(), e.getEntityType(), e.getEntityId(), e.getDetails(), e.getRemoteAddress()));
	}

	/**
	 * «field: old → new» for each field that changed, one per line. Fields are compared
	 * in the order of {@code after}; a field missing on one side counts as empty.
	 */
	static String describeChanges(Map<String, ?> before, Map<String, ?> after) {
		Map<String, Object> keys = new LinkedHashMap<>();
		if (before != null) {
			before.keySet().forEach((k) -> keys.put(k, k));
		}
		if (after != null) {
			after.keySet().forEach((k) -> keys.put(k, k));
		}
		List<String> lines = new ArrayList<>();
		for (String key : keys.keySet()) {
			Object old = (before != null) ? before.get(key) : null;
			Object now = (after != null) ? after.get(key) : null;
			if (!Objects.equals(normalize(old), normalize(now))) {
				lines.add(key + ": " + show(old) + " → " + show(now));
			}
		}
		return String.join("\n", lines);
	}

	private static Object normalize(Object value) {
		return (value instanceof String s && s.isEmpty()) ? null : value;
	}

	private static String show(Object value) {
		Object v = normalize(value);
		return (v != null) ? "«" + v + "»" : "—";
	}

	private static Specification<AuditEvent> specification(AuditSearch search, ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (StringUtils.hasText(search.username())) {
				predicates
					.add(cb.equal(cb.lower(root.get("username")), search.username().trim().toLowerCase(Locale.ROOT)));
			}
			if (StringUtils.hasText(search.action())) {
				predicates.add(cb.equal(root.get("action"), search.action()));
			}
			if (StringUtils.hasText(search.entityType())) {
				predicates.add(cb.equal(root.get("entityType"), search.entityType()));
			}
			if (search.from() != null) {
				predicates
					.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), search.from().atStartOfDay(zone).toInstant()));
			}
			if (search.to() != null) {
				predicates
					.add(cb.lessThan(root.get("occurredAt"), search.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : null;
	}

	private static String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
