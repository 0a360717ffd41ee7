package ru.opora.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
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
 * <p>
 * The look-up itself goes through an index of the mappings by literal first segment
 * (docs/benchmarks.md, «Step 10b»): the request's conditions are evaluated only for the
 * mappings of its first segment and those that have none; when exactly one of them
 * matches, that is the handler Spring MVC's look-up over every mapping finds too, and it
 * is used the same way ({@code handleMatch}, the best-matching-handler attribute). Any
 * other case (no match: 404, 405 or 415 worked out by Spring MVC; several matches: its
 * ranking) falls back to Spring MVC's look-up.
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

	/**
	 * Asks the functional endpoints (the public page's routes) after the annotated
	 * mappings instead of before every request (Spring MVC orders them first, at −1, and
	 * builds a {@code ServerRequest} for each request to try them: about 1.3 % of a
	 * school card's CPU, docs/benchmarks.md «Step 10b»). The same handler answers every
	 * request as long as no annotated mapping matches a route's paths
	 * ({@code PrefixIndexedLookupIntegrationTests} checks that).
	 */
	@Bean
	static BeanPostProcessor routerFunctionsAfterAnnotatedMappings() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RouterFunctionMapping routes) {
					routes.setOrder(ROUTER_FUNCTIONS_ORDER);
				}
				return bean;
			}

		};
	}

	/** Right after the annotated mappings (order 0), before bean-name URLs (2). */
	static final int ROUTER_FUNCTIONS_ORDER = 1;

	static final class Mapping extends HtmxRequestMappingHandlerMapping {

		/**
		 * Literal first segments of a mapping's paths; absent: the mapping is always
		 * evaluated.
		 */
		private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

		/**
		 * The mappings by literal first segment, each list followed by the mappings that
		 * have none; built on the first look-up after the mappings changed.
		 */
		private volatile Index index;

		@Override
		protected void registerHandlerMethod(Object handler, java.lang.reflect.Method method,
				RequestMappingInfo mapping) {
			super.registerHandlerMethod(handler, method, mapping);
			Set<String> segments = literalFirstSegments(mapping);
			if (segments != null) {
				this.firstSegments.put(mapping, segments);
			}
			this.index = null;
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
			super.registerMapping(mapping, handler, method);
			this.index = null;
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			this.firstSegments.remove(mapping);
			this.index = null;
		}

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			String segment = LOOKUP_SEGMENT.get();
			if (segment != null) {
				RequestMappingInfo matched = null;
				HandlerMethod handler = null;
				int matches = 0;
				for (Candidate candidate : index().candidates(segment)) {
					RequestMappingInfo match = super.getMatchingMapping(candidate.mapping(), request);
					if (match != null) {
						matched = match;
						handler = candidate.handler();
						if (++matches > 1) {
							break;
						}
					}
				}
				if (matches == 1) {
					request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
					handleMatch(matched, lookupPath, request);
					return handler;
				}
			}
			return super.lookupHandlerMethod(lookupPath, request);
		}

		private Index index() {
			Index current = this.index;
			if (current == null) {
				current = Index.of(getHandlerMethods());
				this.index = current;
			}
			return current;
		}

		record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
		}

		/**
		 * The mappings to evaluate for a request, by its first path segment.
		 */
		record Index(Map<String, List<Candidate>> bySegment, List<Candidate> unindexed) {

			static Index of(Map<RequestMappingInfo, HandlerMethod> handlers) {
				Map<String, List<Candidate>> bySegment = new HashMap<>();
				List<Candidate> unindexed = new ArrayList<>();
				handlers.forEach((mapping, handler) -> {
					Set<String> segments = literalFirstSegments(mapping);
					Candidate candidate = new Candidate(mapping, handler);
					if (segments == null) {
						unindexed.add(candidate);
					}
					else {
						segments.forEach((segment) -> bySegment.computeIfAbsent(segment, (key) -> new ArrayList<>())
							.add(candidate));
					}
				});
				Map<String, List<Candidate>> withUnindexed = new HashMap<>();
				bySegment.forEach((segment, candidates) -> {
					List<Candidate> all = new ArrayList<>(candidates);
					all.addAll(unindexed);
					withUnindexed.put(segment, List.copyOf(all));
				});
				return new Index(Map.copyOf(withUnindexed), List.copyOf(unindexed));
			}

			List<Candidate> candidates(String segment) {
				return this.bySegment.getOrDefault(segment, this.unindexed);
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
