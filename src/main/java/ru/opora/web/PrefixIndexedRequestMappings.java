package ru.opora.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The controllers' request mappings, each rejected at once when its paths begin with
 * other literal first segments than the request's ({@code /schools/…} is not compared
 * with the {@code /roadmaps/…} mappings).
 * <p>
 * A path with a variable (as most of the portal's are) has no direct lookup, so Spring
 * MVC evaluates every mapping's conditions for it: about 14 % of a school card's CPU with
 * the portal's ~250 mappings (docs/benchmarks.md, «Page cost»). The check is exact: a
 * pattern can only match a path whose first segment equals its literal first segment;
 * patterns that begin with a variable or a wildcard are always evaluated in full.
 */
@Configuration(proxyBeanMethods = false)
class PrefixIndexedRequestMappings {

	/**
	 * Takes the place of htmx-spring-boot's registrations (the mapping keeps its
	 * {@code @HxRequest} conditions; the adapter and the exception resolver are htmx's).
	 */
	@Bean
	@Primary
	WebMvcRegistrations prefixIndexedRequestMappingHandlerMapping(HtmxMvcAutoConfiguration htmx) {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return htmx.getRequestMappingHandlerAdapter();
			}

			@Override
			public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
				return htmx.getExceptionHandlerExceptionResolver();
			}

		};
	}

	static final class Mapping extends HtmxRequestMappingHandlerMapping {

		/**
		 * Literal first segments of a mapping's paths; absent: the mapping is always
		 * evaluated.
		 */
		private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

		@Override
		protected void registerHandlerMethod(Object handler, java.lang.reflect.Method method,
				RequestMappingInfo mapping) {
			super.registerHandlerMethod(handler, method, mapping);
			Set<String> segments = literalFirstSegments(mapping);
			if (segments != null) {
				this.firstSegments.put(mapping, segments);
			}
		}

		/**
		 * The first segment of the request being looked up, worked out once per look-up
		 * instead of once per mapping (each time a request attribute read through every
		 * request wrapper of the filter chain).
		 */
		private static final ThreadLocal<String> LOOKUP_SEGMENT = new ThreadLocal<>();

		@Override
		protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
			String outer = LOOKUP_SEGMENT.get();
			LOOKUP_SEGMENT.set(ServletRequestPathUtils.hasParsedRequestPath(request)
					? firstSegment(ServletRequestPathUtils.getParsedRequestPath(request)) : null);
			try {
				return super.getHandlerInternal(request);
			}
			finally {
				if (outer != null) {
					LOOKUP_SEGMENT.set(outer);
				}
				else {
					LOOKUP_SEGMENT.remove();
				}
			}
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			Set<String> segments = this.firstSegments.get(info);
			if (segments != null) {
				String segment = LOOKUP_SEGMENT.get();
				if (segment != null && !segments.contains(segment)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

		static Set<String> literalFirstSegments(RequestMappingInfo mapping) {
			PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
			if (condition == null) {
				return null;
			}
			Set<String> segments = new HashSet<>();
			for (PathPattern pattern : condition.getPatterns()) {
				String first = literalFirstSegment(pattern.getPatternString());
				if (first == null) {
					return null;
				}
				segments.add(first);
			}
			return segments.isEmpty() ? null : segments;
		}

		/** The pattern's first segment if it is plain text, else {@code null}. */
		static String literalFirstSegment(String pattern) {
			String path = pattern.startsWith("/") ? pattern.substring(1) : pattern;
			int slash = path.indexOf('/');
			String first = (slash < 0) ? path : path.substring(0, slash);
			for (int i = 0; i < first.length(); i++) {
				char c = first.charAt(i);
				if (c == '{' || c == '*' || c == '?' || c == '\\' || c == ';' || c == '%') {
					return null;
				}
			}
			return first;
		}

		/**
		 * The request's first path segment as patterns match it (decoded, without
		 * parameters).
		 */
		static String firstSegment(RequestPath path) {
			List<PathContainer.Element> elements = path.pathWithinApplication().elements();
			for (PathContainer.Element element : elements) {
				if (element instanceof PathContainer.PathSegment segment) {
					return segment.valueToMatch();
				}
			}
			return "";
		}

	}

}
