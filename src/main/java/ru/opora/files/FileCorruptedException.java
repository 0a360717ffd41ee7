package ru.opora.files;

/**
 * A stored file whose bytes no longer match the checksum taken at upload (or that is
 * gone).
 */
public class FileCorruptedException extends RuntimeException {

	public FileCorruptedException(Long fileId) {
		super("Stored file " + fileId + " is missing or damaged");
	}

}
