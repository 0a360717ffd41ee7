package ru.opora.network;

/**
 * A kind of joint activity in lists and the administrator's form.
 */
public record KindView(Long id, String name, int sortOrder, boolean active, long version) {

	static KindView of(ActivityKind k) {
		return new KindView(k.getId(), k.getName(), k.getSortOrder(), k.isActive(), k.getVersion());
	}

}
