package ru.opora.files;

import ru.opora.common.NotFoundException;

/**
 * A stored file whose bytes no longer match the checksum taken at upload (or that is
 * gone). The user gets the «not found» page, never a 500; the file service logs it as an
 * error for the operators.
 */
public class FileCorruptedException extends NotFoundException {

	public FileCorruptedException(Long fileId) {
		super("error.file.damaged", fileId);
	}

}
