package ru.opora.files;

/**
 * The kinds of file people upload, recognised from their bytes.
 */
public enum FileKind {

	PDF("application/pdf", ".pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
	ODT("application/vnd.oasis.opendocument.text", ".odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
	/** A scan or photo (e.g. of a certificate); also accepted as «.jpeg». */
	JPEG("image/jpeg", ".jpg"), PNG("image/png", ".png");

	private final String contentType;

	private final String extension;

	FileKind(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * Does a file name end with an extension of this kind (any case)?
	 */
	public boolean matchesName(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(this.extension) || (this == JPEG && lower.endsWith(".jpeg"));
	}

}
