package ru.opora.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import lombok.Getter;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the layout's menu shows and which item is active, worked out once per page in
 * Java: the menu's role checks and path comparisons were the costliest part of rendering
 * a simple page (docs/benchmarks.md, «Page cost»).
 */
@Getter
public final class Navigation {

	/** Every boolean field: what the menu shows and which item is active. */
	private static final List<Field> STATE = state();

	/**
	 * The menu's items as HTML for this navigation, from {@link NavigationDialect}'s
	 * cache; {@code null} outside a page render.
	 */
	@lombok.Getter(lombok.AccessLevel.NONE)
	private Function<Navigation, String> items;

	/**
	 * The layout's markup around the page ({@link PageChrome}); {@code null} outside a
	 * page render.
	 */
	@lombok.Getter(lombok.AccessLevel.NONE)
	private PageChrome chrome;

	/** The authentication's name (shown when the user is not a portal user). */
	@lombok.Getter(lombok.AccessLevel.NONE)
	private final String authenticationName;

	private final boolean authenticated;

	private final boolean admin;

	private final boolean school;

	private final boolean curator;

	private final boolean coordinator;

	private final boolean observer;

	private final boolean homeActive;

	private final boolean schoolsActive;

	private final boolean programmesActive;

	private final boolean networksActive;

	private final boolean teachersActive;

	private final boolean documentsActive;

	private final boolean reviewActive;

	private final boolean analysisActive;

	private final boolean monitoringActive;

	private final boolean assignmentsActive;

	private final boolean accountsActive;

	private final boolean administrationActive;

	Navigation(Authentication authentication, String path) {
		this.authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		this.authenticationName = (authentication != null) ? authentication.getName() : null;
		Collection<? extends GrantedAuthority> authorities = this.authenticated ? authentication.getAuthorities()
				: java.util.List.of();
		this.admin = has(authorities, "ROLE_ADMIN");
		this.school = has(authorities, "ROLE_SCHOOL");
		this.curator = has(authorities, "ROLE_CURATOR");
		this.coordinator = has(authorities, "ROLE_COORDINATOR");
		this.observer = has(authorities, "ROLE_REGIONAL_OBSERVER");
		String p = (path != null) ? path : "";
		this.homeActive = p.equals("/");
		this.schoolsActive = p.startsWith("/schools");
		this.programmesActive = p.startsWith("/programmes");
		this.networksActive = p.startsWith("/networks");
		this.teachersActive = p.startsWith("/teachers") || p.startsWith("/courses") || p.startsWith("/associations")
				|| p.endsWith("/teachers");
		this.documentsActive = p.contains("/documents");
		this.reviewActive = p.startsWith("/review");
		this.analysisActive = p.startsWith("/analysis");
		this.monitoringActive = p.startsWith("/indicators") || p.startsWith("/warnings");
		this.assignmentsActive = p.startsWith("/assignments");
		this.accountsActive = p.startsWith("/admin/accounts");
		this.administrationActive = p.startsWith("/admin/analysis") || p.startsWith("/admin/network")
				|| p.startsWith("/admin/surveys") || p.startsWith("/admin/teachers") || p.startsWith("/admin/audit")
				|| p.startsWith("/admin/warnings");
	}

	Navigation withItems(Function<Navigation, String> items) {
		this.items = items;
		return this;
	}

	Navigation withChrome(PageChrome chrome) {
		this.chrome = chrome;
		return this;
	}

	String getAuthenticationName() {
		return this.authenticationName;
	}

	/** The head's first elements ({@link PageChrome#head()}). */
	public String getHead() {
		return (this.chrome != null) ? this.chrome.head() : "";
	}

	/** The icon and style sheets ({@link PageChrome#links()}). */
	public String getLinks() {
		return (this.chrome != null) ? this.chrome.links() : "";
	}

	/**
	 * The skip link and the navigation bar ({@link PageChrome#header}).
	 * @param fullName the portal user's name, or {@code null}
	 * @param role the portal user's role, or {@code null}
	 * @param unread the bell's count, or {@code null}
	 */
	public String header(String fullName, Object role, Number unread) {
		return (this.chrome != null) ? this.chrome.header(fullName, role, unread) : "";
	}

	/** The footer and the common scripts ({@link PageChrome#footer()}). */
	public String getFooter() {
		return (this.chrome != null) ? this.chrome.footer() : "";
	}

	/**
	 * The menu's items (the list elements of {@code layout/menu :: items}), rendered once
	 * per {@link #key() state} and language and then reused.
	 */
	public String getItems() {
		return (this.items != null) ? this.items.apply(this) : "";
	}

	/**
	 * What the menu's items depend on: the roles and the active items (every boolean
	 * field, so that a field added later is part of it without being listed here).
	 */
	public String key() {
		StringBuilder key = new StringBuilder(STATE.size());
		try {
			for (Field field : STATE) {
				key.append(field.getBoolean(this) ? '1' : '0');
			}
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
		return key.toString();
	}

	private static List<Field> state() {
		List<Field> fields = new ArrayList<>();
		for (Field field : Navigation.class.getDeclaredFields()) {
			if (field.getType() == boolean.class && !Modifier.isStatic(field.getModifiers())) {
				fields.add(field);
			}
		}
		return List.copyOf(fields);
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, String authority) {
		for (GrantedAuthority granted : authorities) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Coordinator or regional observer: the «Мониторинг» menu and the public-page
	 * settings.
	 */
	public boolean isMonitoring() {
		return this.coordinator || this.observer;
	}

	/** Curator or coordinator: «На проверке». */
	public boolean isReviewer() {
		return this.curator || this.coordinator;
	}

	/** Coordinator, observer or administrator: «Анализ школ». */
	public boolean isAnalyst() {
		return this.coordinator || this.observer || this.admin;
	}

}
