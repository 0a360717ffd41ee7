package ru.opora.users;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Asks every security filter chain, once all beans exist and before the server takes its
 * first request, whether it matches a {@code GET /login}: a chain's matcher that looks
 * beans up on its first use (Spring Boot's {@code EndpointRequest} of the management
 * chain finds the Actuator's endpoints that way) does so now.
 * <p>
 * Otherwise the first request did it, and the server answers while the main thread still
 * initialises the deferred repositories, each under the bean factory's lock: the first
 * request waited for that lock 4.4 s of a start (docs/benchmarks.md «Step 11c»). What a
 * chain matches does not change; a matcher that cannot answer the stand-in request is
 * simply initialised by the first real one, as before.
 */
@Component
@RequiredArgsConstructor
class SecurityMatchersWarmUp implements SmartInitializingSingleton {

	private static final Log log = LogFactory.getLog(SecurityMatchersWarmUp.class);

	/** The dispatcher servlet's mapping, {@code /}, which serves the login page. */
	private static final HttpServletMapping DISPATCHER_SERVLET_MAPPING = new HttpServletMapping() {

		@Override
		public String getMatchValue() {
			return "";
		}

		@Override
		public String getPattern() {
			return "/";
		}

		@Override
		public String getServletName() {
			return "dispatcherServlet";
		}

		@Override
		public MappingMatch getMappingMatch() {
			return MappingMatch.DEFAULT;
		}

	};

	private final ApplicationContext context;

	private final ObjectProvider<SecurityFilterChain> chains;

	@Override
	public void afterSingletonsInstantiated() {
		if (!(this.context instanceof WebApplicationContext web) || web.getServletContext() == null) {
			return;
		}
		warmUp(this.chains.orderedStream().toList(), loginRequest(web.getServletContext()));
	}

	static void warmUp(List<SecurityFilterChain> chains, HttpServletRequest request) {
		for (SecurityFilterChain chain : chains) {
			try {
				chain.matches(request);
			}
			catch (RuntimeException ex) {
				log.debug("A security filter chain's matcher could not be initialised before the first request", ex);
			}
		}
	}

	/**
	 * A stand-in for {@code GET /login} in the given servlet context, enough for request
	 * matchers: the path, the method, the servlet context, the dispatcher servlet's
	 * mapping and request attributes; every other method answers {@code null},
	 * {@code false} or {@code 0}.
	 */
	static HttpServletRequest loginRequest(ServletContext servletContext) {
		Map<String, Object> attributes = new HashMap<>();
		return (HttpServletRequest) Proxy.newProxyInstance(SecurityMatchersWarmUp.class.getClassLoader(),
				new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
					case "getServletContext" -> servletContext;
					case "getMethod" -> "GET";
					case "getRequestURI", "getServletPath" -> "/login";
					case "getContextPath" -> "";
					case "getDispatcherType" -> DispatcherType.REQUEST;
					case "getHttpServletMapping" -> DISPATCHER_SERVLET_MAPPING;
					case "getAttribute" -> attributes.get((String) args[0]);
					case "setAttribute" -> attributes.put((String) args[0], args[1]);
					case "removeAttribute" -> attributes.remove((String) args[0]);
					case "getAttributeNames" -> Collections.enumeration(List.copyOf(attributes.keySet()));
					case "getHeaders", "getHeaderNames", "getParameterNames", "getLocales" ->
						Collections.emptyEnumeration();
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "toString" -> "GET /login (security matchers' warm-up)";
					default -> defaultValue(method.getReturnType());
				});
	}

	private static Object defaultValue(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == int.class) {
			return 0;
		}
		if (type == long.class) {
			return 0L;
		}
		return null;
	}

}
