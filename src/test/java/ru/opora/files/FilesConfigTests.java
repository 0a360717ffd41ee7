package ru.opora.files;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code opora.files.storage} chooses the store: the local disk by default, S3 when
 * asked, and S3 without a bucket fails at start with a message that names the setting.
 */
class FilesConfigTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(FilesConfig.class)
		.withPropertyValues("opora.files.dir=");

	@Test
	void theLocalDiskIsTheDefault() {
		this.runner.run((context) -> assertThat(context.getBean(FileStorage.class).kind()).isEqualTo("local"));
	}

	@Test
	void s3IsChosenByConfiguration() {
		this.runner
			.withPropertyValues("opora.files.storage=s3", "opora.files.s3.endpoint=http://127.0.0.1:9",
					"opora.files.s3.bucket=opora", "opora.files.s3.access-key=a", "opora.files.s3.secret-key=b")
			.run((context) -> {
				assertThat(context.getBean(FileStorage.class).kind()).isEqualTo("s3");
				assertThat(context.getBeansOfType(software.amazon.awssdk.services.s3.S3Client.class)).hasSize(1);
			});
	}

	@Test
	void s3WithoutABucketFailsWithAClearMessage() {
		this.runner.withPropertyValues("opora.files.storage=s3", "opora.files.s3.endpoint=http://127.0.0.1:9")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("opora.files.s3.bucket"));
	}

}
