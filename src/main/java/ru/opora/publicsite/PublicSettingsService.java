package ru.opora.publicsite;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.NotFoundException;
import ru.opora.common.RuleViolationException;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The coordinator chooses what the municipality's public page shows; the regional
 * observer reads the choice for the municipalities of the region; nobody else sees it.
 * Every change is audited and drops the cached page.
 */
@Service
@RequiredArgsConstructor
class PublicSettingsService {

	static final String ENTITY = "PublicPage";

	static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private final PublicPageRepository pages;

	private final SchoolService schools;

	private final PublicPageCache cache;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * The municipalities whose settings the user may open: the coordinator's own, the
	 * observer's region's.
	 */
	@Transactional(readOnly = true)
	List<MunicipalityOption> municipalities() {
		CurrentUser user = CurrentUser.require();
		if (user.is(Role.COORDINATOR)) {
			return this.schools.municipality(user.municipalityId()).stream().toList();
		}
		if (user.is(Role.REGIONAL_OBSERVER)) {
			return this.schools.visibleMunicipalities()
				.stream()
				.filter((m) -> m.regionId().equals(user.regionId()))
				.toList();
		}
		throw new AccessDeniedException("Only a coordinator or an observer sees the public page settings");
	}

	@Transactional(readOnly = true)
	PublicSettings settings(Long municipalityId) {
		CurrentUser user = CurrentUser.require();
		MunicipalityOption municipality = this.schools.municipality(municipalityId)
			.orElseThrow(() -> new NotFoundException("error.notFound.municipality", municipalityId));
		boolean editable = user.is(Role.COORDINATOR) && municipalityId.equals(user.municipalityId());
		boolean readable = editable
				|| (user.is(Role.REGIONAL_OBSERVER) && municipality.regionId().equals(user.regionId()));
		if (!readable) {
			throw new AccessDeniedException("Municipality " + municipalityId + " is not the user's");
		}
		Optional<PublicPage> page = this.pages.findById(municipalityId);
		return page
			.map((p) -> new PublicSettings(municipalityId, municipality.name(), true, p.getSlug(), p.isEnabled(),
					p.sections(), p.getVersion(), editable))
			.orElseGet(() -> new PublicSettings(municipalityId, municipality.name(), false, "m" + municipalityId, false,
					Sections.all(), null, editable));
	}

	/**
	 * Saves the coordinator's choice for the own municipality.
	 */
	@Transactional
	void update(PublicSettingsCommand command) {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.COORDINATOR) || user.municipalityId() == null) {
			throw new AccessDeniedException("Only the municipality's coordinator changes its public page");
		}
		Long municipalityId = user.municipalityId();
		String slug = (command.slug() == null) ? "" : command.slug().strip().toLowerCase(Locale.ROOT);
		if (!SLUG.matcher(slug).matches()) {
			throw new RuleViolationException("publicsite.settings.slugInvalid");
		}
		if (this.pages.existsBySlugAndMunicipalityIdNot(slug, municipalityId)) {
			throw new RuleViolationException("publicsite.settings.slugTaken");
		}
		PublicSettingsCommand clean = new PublicSettingsCommand(slug, command.enabled(), command.programmes(),
				command.schools(), command.documents(), command.roadMap(), command.events(), command.indicators(),
				command.version());
		Optional<PublicPage> existing = this.pages.findById(municipalityId);
		if (existing.isPresent() && !existing.get().getVersion().equals(command.version())) {
			throw new ObjectOptimisticLockingFailureException(PublicPage.class, municipalityId);
		}
		if (existing.isEmpty() && command.version() != null) {
			throw new ObjectOptimisticLockingFailureException(PublicPage.class, municipalityId);
		}
		PublicPage page = existing.orElseGet(() -> new PublicPage(municipalityId, slug, this.clock.instant()));
		Map<String, Object> before = existing.isPresent() ? page.audited() : Map.of();
		page.change(clean, user.username(), this.clock.instant());
		this.pages.saveAndFlush(page);
		this.auditLog.recordChange(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, ENTITY,
				municipalityId, before, page.audited());
		this.cache.evict(municipalityId);
	}

}
