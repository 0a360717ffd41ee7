package ru.opora.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
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
class StaticResourcesConfig implements WebMvcConfigurer {

	/** The beginnings of the static handlers' patterns (and of links to static files). */
	static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	private final CacheControl cacheControl;

	StaticResourcesConfig(WebProperties webProperties) {
		CacheControl configured = webProperties.getResources().getCache().getCachecontrol().toHttpCacheControl();
		this.cacheControl = (configured != null) ? configured : CacheControl.empty();
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
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
			ObjectProvider<ResourceUrlProvider> resourceUrlProvider) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticResourceUrlFilter(resourceUrlProvider));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
