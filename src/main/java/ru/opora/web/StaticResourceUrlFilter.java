package ru.opora.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Spring's {@link ResourceUrlEncodingFilter} for the links that can be static files only:
 * a link under {@code /css/}, {@code /js/}, {@code /img/} or {@code /webjars/} (the
 * static handlers' patterns, {@link StaticResourcesConfig}) is resolved by the resource
 * chain once ({@code /webjars/bootstrap/css/…} becomes {@code /webjars/bootstrap/5.x/…})
 * and remembered; every other link ({@code /schools/2}, …) is passed on as it is.
 * <p>
 * Spring's filter matched every {@code @{…}} link of a page against every static
 * handler's pattern with an {@code AntPathMatcher} (4 % of a school card's CPU,
 * docs/benchmarks.md «Step 9b»). It takes the place of Boot's registration (same
 * dispatcher types), so the resolved links are the same.
 */
class StaticResourceUrlFilter extends ResourceUrlEncodingFilter {

	/** How many distinct static links are remembered (the templates have a few dozen). */
	static final int CACHE_LIMIT = 512;

	private final UnaryOperator<String> resolver;

	/** lookup path → resolved lookup path (the same when the chain does not change it) */
	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	/**
	 * @param provider the resource chain's URL provider, or {@code null} while there is
	 * none (asked on each link until there is one)
	 */
	StaticResourceUrlFilter(Supplier<ResourceUrlProvider> provider) {
		this((lookupPath) -> {
			ResourceUrlProvider urls = provider.get();
			if (urls == null || urls.getHandlerMap().isEmpty()) {
				// not ready: the server takes requests before the context's refresh
				// event,
				// on which the provider finds the static handlers
				return null;
			}
			String found = urls.getForLookupPath(lookupPath);
			return (found != null) ? found : lookupPath;
		});
	}

	/**
	 * @param resolver a lookup path's public path (the same path when the chain leaves it
	 * as it is), or {@code null} when the resource chain cannot answer yet (then the link
	 * stays as it is and is asked about again)
	 */
	StaticResourceUrlFilter(UnaryOperator<String> resolver) {
		this.resolver = resolver;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new Wrapper(httpResponse, http.getContextPath()));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * The link with its static file's public path, or unchanged when it is not under a
	 * static handler's pattern.
	 */
	String encode(String url, String contextPath) {
		if (!url.startsWith(contextPath)) {
			return url;
		}
		int start = contextPath.length();
		if (!isStatic(url, start)) {
			return url;
		}
		int end = endOfPath(url);
		String lookupPath = url.substring(start, end);
		String found = this.resolved.get(lookupPath);
		if (found == null) {
			found = this.resolver.apply(lookupPath);
			if (found == null) {
				return url;
			}
			if (this.resolved.size() < CACHE_LIMIT) {
				this.resolved.put(lookupPath, found);
			}
		}
		return (found.equals(lookupPath)) ? url : url.substring(0, start) + found + url.substring(end);
	}

	static boolean isStatic(String url, int from) {
		for (String prefix : StaticResourcesConfig.PREFIXES) {
			if (url.startsWith(prefix, from)) {
				return true;
			}
		}
		return false;
	}

	private static int endOfPath(String url) {
		int end = url.length();
		int query = url.indexOf('?');
		if (query >= 0) {
			end = query;
		}
		int hash = url.indexOf('#');
		if (hash >= 0 && hash < end) {
			end = hash;
		}
		return end;
	}

	int cached() {
		return this.resolved.size();
	}

	private final class Wrapper extends HttpServletResponseWrapper {

		private final String contextPath;

		Wrapper(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(encode(url, this.contextPath));
		}

	}

}
