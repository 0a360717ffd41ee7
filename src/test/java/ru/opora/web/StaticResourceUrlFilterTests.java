package ru.opora.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaticResourceUrlFilterTests {

	private final List<String> asked = new ArrayList<>();

	private final StaticResourceUrlFilter filter = new StaticResourceUrlFilter((lookupPath) -> {
		this.asked.add(lookupPath);
		return lookupPath.startsWith("/webjars/bootstrap/")
				? lookupPath.replace("/webjars/bootstrap/", "/webjars/bootstrap/5.3.8/") : lookupPath;
	});

	@Test
	void aWebJarLinkGetsItsVersionedPathKeepingQueryAndFragment() {
		assertThat(this.filter.encode("/webjars/bootstrap/css/bootstrap.min.css", ""))
			.isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
		assertThat(this.filter.encode("/app/webjars/bootstrap/js/b.js?x=1#top", "/app"))
			.isEqualTo("/app/webjars/bootstrap/5.3.8/js/b.js?x=1#top");
	}

	@Test
	void pageLinksAreNotLookedUp() {
		assertThat(this.filter.encode("/schools/2", "")).isEqualTo("/schools/2");
		assertThat(this.filter.encode("/roadmaps/1?page=2", "")).isEqualTo("/roadmaps/1?page=2");
		assertThat(this.filter.encode("/cssx/a.css", "")).isEqualTo("/cssx/a.css");
		assertThat(this.filter.encode("/other/css/a.css", "/app")).isEqualTo("/other/css/a.css");
		assertThat(this.asked).isEmpty();
		assertThat(this.filter.cached()).isZero();
	}

	@Test
	void aStaticLinkIsResolvedOnceAndAMissStaysAsItIs() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.filter.encode("/css/opora.css", "")).isEqualTo("/css/opora.css");
			assertThat(this.filter.encode("/webjars/bootstrap/css/b.css?v=" + i, ""))
				.isEqualTo("/webjars/bootstrap/5.3.8/css/b.css?v=" + i);
		}
		assertThat(this.asked).containsExactly("/css/opora.css", "/webjars/bootstrap/css/b.css");
	}

	@Test
	void atMostTheLimitIsRemembered() {
		for (int i = 0; i < StaticResourceUrlFilter.CACHE_LIMIT + 10; i++) {
			this.filter.encode("/img/" + i + ".svg", "");
		}
		assertThat(this.filter.cached()).isEqualTo(StaticResourceUrlFilter.CACHE_LIMIT);
		this.filter.encode("/img/0.svg", "");
		this.filter.encode("/img/" + (StaticResourceUrlFilter.CACHE_LIMIT + 5) + ".svg", "");
		assertThat(this.asked).hasSize(StaticResourceUrlFilter.CACHE_LIMIT + 11);
	}

	@Test
	void nothingIsRememberedWhileTheResourceChainCannotAnswer() {
		boolean[] ready = { false };
		StaticResourceUrlFilter starting = new StaticResourceUrlFilter(
				(lookupPath) -> ready[0] ? lookupPath.replace("/webjars/htmx/", "/webjars/htmx/2.0.4/") : null);
		assertThat(starting.encode("/webjars/htmx/htmx.min.js", "")).isEqualTo("/webjars/htmx/htmx.min.js");
		assertThat(starting.cached()).isZero();
		ready[0] = true;
		assertThat(starting.encode("/webjars/htmx/htmx.min.js", "")).isEqualTo("/webjars/htmx/2.0.4/htmx.min.js");
		assertThat(starting.cached()).isEqualTo(1);
	}

}
