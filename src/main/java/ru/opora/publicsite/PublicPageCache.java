package ru.opora.publicsite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import ru.opora.documents.DocumentPublicityChanged;

/**
 * The rendered public pages and JSON blocks (bytes, ETag), per address and language, for
 * a short time ({@code opora.publicsite.cache-ttl}, default 60 s); dropped at once when
 * the coordinator changes the settings or a school marks a document public. Answers for
 * unknown addresses (404) are kept too, so that a flood of them does not reach the
 * database; the whole cache is emptied when it grows past {@link #MAX_ENTRIES}.
 */
@Component
class PublicPageCache {

	static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration ttl;

	PublicPageCache(Clock clock, @Value("${opora.publicsite.cache-ttl:60s}") Duration ttl) {
		this.clock = clock;
		this.ttl = ttl;
	}

	Duration ttl() {
		return this.ttl;
	}

	/**
	 * The cached answer, or the loader's (then cached).
	 */
	Entry get(String key, Supplier<Entry> loader) {
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry != null && now.isBefore(entry.expires())) {
			return entry;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		Entry fresh = loader.get().expiring(now.plus(this.ttl));
		this.entries.put(key, fresh);
		return fresh;
	}

	/**
	 * Drops the municipality's pages and every «not found» (a new address may now exist).
	 */
	void evict(Long municipalityId) {
		this.entries.values()
			.removeIf((e) -> e.municipalityId() == null || Objects.equals(e.municipalityId(), municipalityId));
	}

	void clear() {
		this.entries.clear();
	}

	@TransactionalEventListener
	void on(DocumentPublicityChanged event) {
		// the school's municipality is not in the event; the cache is small and
		// short-lived
		clear();
	}

	/**
	 * A cached answer: status, body, content type and ETag; {@code municipalityId} is
	 * null for «not found».
	 */
	record Entry(Long municipalityId, int status, byte[] body, String contentType, String etag, Instant expires) {

		static Entry of(Long municipalityId, int status, byte[] body, String contentType) {
			return new Entry(municipalityId, status, body, contentType, etag(body), null);
		}

		static Entry of(Long municipalityId, int status, String body, String contentType) {
			return of(municipalityId, status, body.getBytes(StandardCharsets.UTF_8), contentType);
		}

		Entry expiring(Instant at) {
			return new Entry(this.municipalityId, this.status, this.body, this.contentType, this.etag, at);
		}

		private static String etag(byte[] body) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
				return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
