package ru.opora.publicsite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.publicsite.PublicPageView.Share;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure rules of the public page: which programmes are «of the year», the share in
 * whole percent, and the cache's period and eviction.
 */
class PublicPageRulesTests {

	@Test
	void programmesOfTheYearAreTheOpenOnesNewestFirstElseTheLatestYear() {
		ProgrammeYearSummary open2022 = year(1L, 2022, false);
		ProgrammeYearSummary open2026 = year(2L, 2026, false);
		ProgrammeYearSummary closed2025 = year(3L, 2025, true);
		ProgrammeYearSummary closed2024 = year(4L, 2024, true);
		assertThat(PublicPageAssembler.current(List.of(open2022, closed2025, open2026))).containsExactly(open2026,
				open2022);
		assertThat(PublicPageAssembler.current(List.of(closed2024, closed2025))).containsExactly(closed2025);
		assertThat(PublicPageAssembler.current(List.of())).isEmpty();
	}

	@Test
	void shareIsInWholePercentRoundedDownAndEmptyWithoutDocuments() {
		assertThat(new Share(2, 4).percent()).isEqualTo(50);
		assertThat(new Share(2, 3).percent()).isEqualTo(66);
		assertThat(new Share(3, 3).percent()).isEqualTo(100);
		assertThat(new Share(0, 5).percent()).isZero();
		assertThat(new Share(0, 0).percent()).isNull();
		assertThat(new Share(1, 2).plus(new Share(2, 3))).isEqualTo(new Share(3, 5));
	}

	@Test
	void keysAreSlugsOrNumericIds() {
		assertThat(PublicPageEndpoints.validKey("baley")).isTrue();
		assertThat(PublicPageEndpoints.validKey("12")).isTrue();
		assertThat(PublicPageEndpoints.validKey("a")).isFalse();
		assertThat(PublicPageEndpoints.validKey("-baley")).isFalse();
		assertThat(PublicPageEndpoints.validKey("bal_ey")).isFalse();
		assertThat(PublicPageEndpoints.validKey("балей")).isFalse();
		assertThat(PublicPageEndpoints.validKey("1234567890123456789")).isFalse();
	}

	@Test
	void cacheKeepsAnAnswerForItsPeriodAndDropsAMunicipalityAtOnce() {
		MovingClock clock = new MovingClock();
		PublicPageCache cache = new PublicPageCache(clock, Duration.ofSeconds(60));
		AtomicInteger loads = new AtomicInteger();
		PublicPageCache.Entry first = cache.get("page:a:ru",
				() -> PublicPageCache.Entry.of(7L, 200, "v" + loads.incrementAndGet(), "text/html"));
		clock.now = clock.now.plusSeconds(59);
		assertThat(cache.get("page:a:ru",
				() -> PublicPageCache.Entry.of(7L, 200, "v" + loads.incrementAndGet(), "text/html")))
			.isSameAs(first);
		clock.now = clock.now.plusSeconds(1);
		PublicPageCache.Entry second = cache.get("page:a:ru",
				() -> PublicPageCache.Entry.of(7L, 200, "v" + loads.incrementAndGet(), "text/html"));
		assertThat(new String(second.body())).isEqualTo("v2");
		assertThat(second.etag()).isNotEqualTo(first.etag());
		cache.get("page:b:ru", () -> PublicPageCache.Entry.of(8L, 200, "b", "text/html"));
		cache.get("page:x:ru", () -> PublicPageCache.Entry.of(null, 404, "none", "text/html"));
		cache.evict(7L);
		assertThat(cache.get("page:a:ru", () -> PublicPageCache.Entry.of(7L, 200, "v3", "text/html")).body())
			.isEqualTo("v3".getBytes());
		assertThat(cache.get("page:b:ru", () -> PublicPageCache.Entry.of(8L, 200, "b2", "text/html")).body())
			.as("another municipality stays")
			.isEqualTo("b".getBytes());
		assertThat(cache.get("page:x:ru", () -> PublicPageCache.Entry.of(null, 404, "none2", "text/html")).body())
			.as("a «not found» is dropped with any eviction")
			.isEqualTo("none2".getBytes());
	}

	private static ProgrammeYearSummary year(Long id, int year, boolean closed) {
		return new ProgrammeYearSummary(id, 1L, year, "P" + id, null, closed, Set.of(), 0);
	}

	private static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-11-10T07:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
