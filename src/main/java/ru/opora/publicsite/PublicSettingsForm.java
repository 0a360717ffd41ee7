package ru.opora.publicsite;

import lombok.Getter;
import lombok.Setter;

/**
 * The settings page's form.
 */
@Getter
@Setter
class PublicSettingsForm {

	private String slug;

	private boolean enabled;

	private boolean programmes;

	private boolean schools;

	private boolean documents;

	private boolean roadMap;

	private boolean events;

	private boolean indicators;

	private Long version;

	static PublicSettingsForm from(PublicSettings settings) {
		PublicSettingsForm form = new PublicSettingsForm();
		form.slug = settings.slug();
		form.enabled = settings.enabled();
		form.programmes = settings.sections().programmes();
		form.schools = settings.sections().schools();
		form.documents = settings.sections().documents();
		form.roadMap = settings.sections().roadMap();
		form.events = settings.sections().events();
		form.indicators = settings.sections().indicators();
		form.version = settings.version();
		return form;
	}

	PublicSettingsCommand toCommand() {
		return new PublicSettingsCommand(this.slug, this.enabled, this.programmes, this.schools, this.documents,
				this.roadMap, this.events, this.indicators, this.version);
	}

}
