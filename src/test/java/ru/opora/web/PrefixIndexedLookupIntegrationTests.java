package ru.opora.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed look-up of {@link PrefixIndexedRequestMappings} finds, for a request to
 * every path of every mapping of the portal (with each method, as a page and as an HTMX
 * request), the same handler as Spring MVC's look-up over all mappings, or fails the same
 * way (404, 405, 415).
 */
class PrefixIndexedLookupIntegrationTests extends PortalIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyMappingsPathsFindTheSameHandlerAsSpringMvcsLookUp() throws Exception {
		assertThat(this.mappings).isInstanceOf(PrefixIndexedRequestMappings.Mapping.class);
		PrefixIndexedRequestMappings.Mapping mapping = (PrefixIndexedRequestMappings.Mapping) this.mappings;
		Map<RequestMappingInfo, HandlerMethod> handlers = mapping.getHandlerMethods();
		List<String> paths = new ArrayList<>(List.of("/", "/nowhere", "/schools/2/nowhere", "/public/x/y/z"));
		handlers.keySet()
			.stream()
			.flatMap((info) -> info.getPathPatternsCondition().getPatterns().stream())
			.map(PathPattern::getPatternString)
			.map((pattern) -> pattern.replaceAll("\\{[^}/]+\\}", "2").replace("**", "a/b").replace("*", "x"))
			.forEach(paths::add);
		int indexed = 0;
		for (String path : Set.copyOf(paths)) {
			for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
				for (boolean htmx : List.of(false, true)) {
					String indexedAnswer = answer(mapping, path, method, htmx, true);
					String springAnswer = answer(mapping, path, method, htmx, false);
					assertThat(indexedAnswer).as("%s %s%s", method, path, htmx ? " (HTMX)" : "")
						.isEqualTo(springAnswer);
					if (!indexedAnswer.startsWith("!")) {
						indexed++;
					}
				}
			}
		}
		assertThat(indexed).as("requests that found a handler").isGreaterThan(handlers.size());
	}

	@Autowired
	private org.springframework.web.servlet.function.support.RouterFunctionMapping routes;

	/**
	 * The functional endpoints are asked after the annotated mappings, so no annotated
	 * mapping may answer a path of theirs (else it would take the request from them).
	 */
	@Test
	void theFunctionalEndpointsComeAfterTheAnnotatedMappingsAndShareNoPathWithThem() throws Exception {
		assertThat(this.routes.getOrder()).isEqualTo(PrefixIndexedRequestMappings.ROUTER_FUNCTIONS_ORDER)
			.isGreaterThan(this.mappings.getOrder());
		PrefixIndexedRequestMappings.Mapping mapping = (PrefixIndexedRequestMappings.Mapping) this.mappings;
		for (String path : List.of("/public/balei", "/public/12", "/public/balei/summary.json",
				"/public/balei/schools/2.json")) {
			for (String method : List.of("GET", "HEAD", "POST")) {
				assertThat(answer(mapping, path, method, false, false)).as("%s %s", method, path).isEqualTo("!none");
			}
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			ServletRequestPathUtils.parseAndCache(request);
			assertThat(this.routes.getHandler(request)).as("GET %s", path).isNotNull();
		}
	}

	/**
	 * The handler found (through the index when {@code indexed}, else by Spring MVC's
	 * look-up, which the index falls back on), or the exception's type.
	 */
	private static String answer(PrefixIndexedRequestMappings.Mapping mapping, String path, String method, boolean htmx,
			boolean indexed) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (htmx) {
			request.addHeader("HX-Request", "true");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			Object handler;
			if (indexed) {
				HandlerExecutionChain chain = mapping.getHandler(request);
				handler = (chain != null) ? chain.getHandler() : null;
			}
			else {
				handler = mapping.lookupHandlerMethod(path, request);
			}
			return (handler != null)
					? ((HandlerMethod) handler).getMethod().toString() + " "
							+ Objects.toString(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
					: "!none";
		}
		catch (Exception ex) {
			return "!" + ex.getClass().getName();
		}
	}

}
