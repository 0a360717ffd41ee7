package ru.opora.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The resource chain's URL provider is looked up once all beans exist, before the server
 * takes a request, and not again by the links of a page (docs/benchmarks.md «Step 11c»);
 * it knows the static handlers from then on, not only from the context's refresh event,
 * which comes after the server has started.
 */
class StaticResourcesConfigTests {

	private static final String BOOTSTRAP = "/webjars/bootstrap/css/bootstrap.min.css";

	@Test
	@SuppressWarnings("unchecked")
	void theUrlProviderIsLookedUpBeforeTheFirstRequestAndOnlyOnce() {
		StaticApplicationContext context = new StaticApplicationContext();
		context.refresh();
		ResourceUrlProvider urls = new ResourceUrlProvider();
		urls.setApplicationContext(context);
		ObjectProvider<ResourceUrlProvider> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable()).thenReturn(urls);
		StaticResourcesConfig config = new StaticResourcesConfig(new WebProperties(), provider, context);
		StaticResourceUrlFilter filter = (StaticResourceUrlFilter) config.resourceUrlEncodingFilter().getFilter();
		verify(provider, times(0)).getIfAvailable();

		config.afterSingletonsInstantiated();
		verify(provider, times(1)).getIfAvailable();

		// a context without static handlers: the links stay as they are
		assertThat(filter.encode("/css/portal.css", "")).isEqualTo("/css/portal.css");
		assertThat(filter.encode("/js/portal.js", "")).isEqualTo("/js/portal.js");
		verify(provider, times(1)).getIfAvailable();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theFirstPageCarriesVersionedLinksWithoutWaitingForTheRefreshEvent() throws Exception {
		StaticApplicationContext context = new StaticApplicationContext();
		context.refresh();
		ResourceHttpRequestHandler webjars = new ResourceHttpRequestHandler();
		webjars.setLocations(List.of(new ClassPathResource("META-INF/resources/webjars/")));
		webjars.setResourceResolvers(List.of(new LiteWebJarsResourceResolver(), new PathResourceResolver()));
		webjars.afterPropertiesSet();
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/webjars/**", webjars));
		mapping.setApplicationContext(context);
		context.getBeanFactory().registerSingleton("resourceHandlerMapping", mapping);
		ResourceUrlProvider urls = new ResourceUrlProvider();
		urls.setApplicationContext(context);
		ObjectProvider<ResourceUrlProvider> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable()).thenReturn(urls);
		StaticResourcesConfig config = new StaticResourcesConfig(new WebProperties(), provider, context);
		StaticResourceUrlFilter filter = (StaticResourceUrlFilter) config.resourceUrlEncodingFilter().getFilter();

		// no refresh event reached the provider: before the change, the link stayed
		// without its version
		config.afterSingletonsInstantiated();

		assertThat(urls.getHandlerMap()).containsOnlyKeys("/webjars/**");
		assertThat(filter.encode(BOOTSTRAP, "")).matches("/webjars/bootstrap/5\\.[0-9.]+/css/bootstrap\\.min\\.css");
		// the real event afterwards changes nothing
		assertThat(urls.isAutodetect()).isFalse();
	}

}
