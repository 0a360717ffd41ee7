package ru.opora.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@code #nav} in templates: the page's {@link Navigation}, built once per page (also for
 * error pages, which get no controller advice).
 */
@Component
class NavigationDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "nav";

	NavigationDialect() {
		super("opora-navigation");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? current() : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	static Navigation current() {
		String path = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			Object failed = request.getAttribute("jakarta.servlet.error.request_uri");
			path = (failed instanceof String uri) ? uri : request.getRequestURI();
		}
		return new Navigation(SecurityContextHolder.getContext().getAuthentication(), path);
	}

}
