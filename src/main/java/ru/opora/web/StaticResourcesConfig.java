package ru.opora.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files and WebJars under their own path patterns, never {@code /**}
 * ({@code spring.web.resources.add-mappings=false} turns Boot's {@code /**} handler off).
 * With a handler on {@code /**}, the resource URL filter looked every {@code @{...}} link
 * of a page up as a class-path file (a miss is not cached): most of a list page's CPU.
 * {@code resourceChain(true)} caches what it resolves.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer {

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

}
