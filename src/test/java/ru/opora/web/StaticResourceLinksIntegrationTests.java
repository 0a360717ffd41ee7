package ru.opora.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to WebJars get their versioned path through {@link StaticResourceUrlFilter}, as
 * with Spring's filter; page links stay as they are.
 */
class StaticResourceLinksIntegrationTests extends PortalIntegrationTest {

	@Autowired
	ResourceUrlProvider resourceUrlProvider;

	@Test
	void webJarLinksAreVersionedAndPageLinksUnchanged() throws Exception {
		String versioned = this.resourceUrlProvider.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css");
		assertThat(versioned).matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css");
		String page = body("coordinator", "/programmes");
		assertThat(page).contains("href=\"" + versioned + "\"")
			.containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
			.contains("href=\"/css/opora.css\"", "href=\"/programmes\"", "href=\"/schools\"")
			.doesNotContain("/webjars/bootstrap/css/");
	}

}
