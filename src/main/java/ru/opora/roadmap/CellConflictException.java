package ru.opora.roadmap;

/**
 * A cell save based on a row someone else changed meanwhile: carries what the user tried
 * to save, so the page shows it next to the current value.
 */
public class CellConflictException extends RuntimeException {

	private final ItemField field;

	private final String mine;

	private final String mineReason;

	public CellConflictException(ItemField field, String mine, String mineReason) {
		super("Stale road-map row: " + field);
		this.field = field;
		this.mine = mine;
		this.mineReason = mineReason;
	}

	public ItemField getField() {
		return this.field;
	}

	public String getMine() {
		return this.mine;
	}

	public String getMineReason() {
		return this.mineReason;
	}

}
