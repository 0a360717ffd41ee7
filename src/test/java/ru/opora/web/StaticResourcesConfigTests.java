package ru.opora.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The resource chain's URL provider is looked up once all beans exist, before the server
 * takes a request, and not again by the links of a page (docs/benchmarks.md «Step 11c»).
 */
class StaticResourcesConfigTests {

	@Test
	@SuppressWarnings("unchecked")
	void theUrlProviderIsLookedUpBeforeTheFirstRequestAndOnlyOnce() {
		ObjectProvider<ResourceUrlProvider> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable()).thenReturn(new ResourceUrlProvider());
		StaticResourcesConfig config = new StaticResourcesConfig(new WebProperties(), provider);
		StaticResourceUrlFilter filter = (StaticResourceUrlFilter) config.resourceUrlEncodingFilter().getFilter();
		verify(provider, times(0)).getIfAvailable();

		config.afterSingletonsInstantiated();
		verify(provider, times(1)).getIfAvailable();

		// the provider has no static handlers yet (they come with the refresh event), so
		// the link stays as it is
		assertThat(filter.encode("/css/portal.css", "")).isEqualTo("/css/portal.css");
		assertThat(filter.encode("/js/portal.js", "")).isEqualTo("/js/portal.js");
		verify(provider, times(1)).getIfAvailable();
	}

}
