package ru.opora.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.http.CacheControl;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files and WebJars under their own path patterns, never {@code /**}
 * ({@code spring.web.resources.add-mappings=false} turns Boot's {@code /**} handler off).
 * With a handler on {@code /**}, the resource URL filter looked every {@code @{...}} link
 * of a page up as a class-path file (a miss is not cached): most of a list page's CPU.
 * {@code resourceChain(true)} caches what it resolves; {@link StaticResourceUrlFilter}
 * asks it only about links under these patterns.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer, SmartInitializingSingleton {

	/** The beginnings of the static handlers' patterns (and of links to static files). */
	static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	private final CacheControl cacheControl;

	/**
	 * Looked up once, when all beans exist and before the server takes requests: a
	 * look-up by type from a request waits for the bean factory's lock, which the main
	 * thread holds while it initialises the deferred repositories after the server
	 * already answers (docs/benchmarks.md «Step 11c»).
	 */
	private final SingletonSupplier<ResourceUrlProvider> resourceUrlProvider;

	private final ApplicationContext context;

	StaticResourcesConfig(WebProperties webProperties, ObjectProvider<ResourceUrlProvider> resourceUrlProvider,
			ApplicationContext context) {
		CacheControl configured = webProperties.getResources().getCache().getCachecontrol().toHttpCacheControl();
		this.cacheControl = (configured != null) ? configured : CacheControl.empty();
		this.resourceUrlProvider = SingletonSupplier.ofNullable(resourceUrlProvider::getIfAvailable);
		this.context = context;
	}

	/**
	 * Looks the URL provider up and lets it find the static handlers now. It would find
	 * them on the context's refresh event, which comes after the server has started:
	 * pages served in between carried links without their versions
	 * ({@code /webjars/bootstrap/css/…} instead of {@code /webjars/bootstrap/5.x/…}). The
	 * provider finds them once; on the real event it does nothing more.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		ResourceUrlProvider provider = this.resourceUrlProvider.get();
		if (provider != null && provider.isAutodetect()) {
			provider.onApplicationEvent(new ContextRefreshedEvent(this.context));
		}
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String dir : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + dir + "/**")
				.addResourceLocations("classpath:/static/" + dir + "/")
				.setCacheControl(this.cacheControl)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(this.cacheControl)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/**
	 * Takes the place of Boot's {@code ResourceUrlEncodingFilter} registration (Boot
	 * backs off when a filter of that type is registered), for requests and error pages
	 * as Boot registers it.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticResourceUrlFilter(this.resourceUrlProvider));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
