package ru.opora.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The file store, chosen by {@code opora.files.storage}: {@code local} (the default, the
 * disk under {@code opora.files.dir}) or {@code s3} (an S3-compatible object store,
 * {@code opora.files.s3.*}). Either is wrapped so that its failures are counted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesConfig.S3Properties.class)
class FilesConfig {

	/**
	 * The local disk store; an empty {@code opora.files.dir} means a temporary directory
	 * (tests).
	 */
	@Bean
	@ConditionalOnMissingBean(FileStorage.class)
	@ConditionalOnProperty(name = "opora.files.storage", havingValue = "local", matchIfMissing = true)
	FileStorage localFileStorage(@Value("${opora.files.dir:./data/files}") String dir,
			ObjectProvider<MeterRegistry> registry) throws IOException {
		return new CountingFileStorage(
				new LocalFileStorage(
						StringUtils.hasText(dir) ? Path.of(dir) : Files.createTempDirectory("opora-files-")),
				registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "opora.files.storage", havingValue = "s3")
	S3Client oporaS3Client(S3Properties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			.credentialsProvider(credentials(properties));
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean(FileStorage.class)
	@ConditionalOnProperty(name = "opora.files.storage", havingValue = "s3")
	FileStorage s3FileStorage(S3Client s3, S3Properties properties, ObjectProvider<MeterRegistry> registry)
			throws IOException {
		if (!StringUtils.hasText(properties.bucket())) {
			throw new IllegalStateException(
					"opora.files.storage=s3 needs a bucket: set opora.files.s3.bucket (OPORA_FILES_S3_BUCKET)");
		}
		S3FileStorage storage = new S3FileStorage(s3, properties.bucket(), properties.prefix());
		if (properties.createBucket()) {
			storage.createBucketIfMissing();
		}
		return new CountingFileStorage(storage, registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	private static AwsCredentialsProvider credentials(S3Properties properties) {
		if (StringUtils.hasText(properties.accessKey())) {
			return StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	/**
	 * The object store: {@code endpoint} (e.g. {@code http://minio:9000}; empty for AWS),
	 * {@code region}, {@code bucket}, {@code access-key} and {@code secret-key} (else the
	 * SDK's default credential chain), path-style addressing (on by default, as MinIO and
	 * most S3-compatible stores need), an optional key {@code prefix}, and whether to
	 * create the bucket at start.
	 */
	@ConfigurationProperties("opora.files.s3")
	record S3Properties(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix,
			@DefaultValue("false") boolean createBucket) {

	}

}
