package ru.opora.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class FilesConfig {

	/**
	 * The local disk store; an empty {@code opora.files.dir} means a temporary directory
	 * (tests).
	 */
	@Bean
	@ConditionalOnMissingBean(FileStorage.class)
	FileStorage localFileStorage(@Value("${opora.files.dir:./data/files}") String dir) throws IOException {
		return new LocalFileStorage(
				StringUtils.hasText(dir) ? Path.of(dir) : Files.createTempDirectory("opora-files-"));
	}

}
