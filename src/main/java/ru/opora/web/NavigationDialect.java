package ru.opora.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.web.IWebExchange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * {@code #nav} in templates: the page's {@link Navigation}, built once per page (also for
 * error pages, which get no controller advice).
 * <p>
 * The menu's items ({@code layout/menu :: items}, {@code #nav.items} in the layout) are
 * rendered once per menu state (roles and active items), language and context path and
 * then inserted as text: evaluating them on each page was about a third of the layout's
 * template work (docs/benchmarks.md, «Step 9b»). What differs per user or per request
 * (the user's name, the bell's count, the CSRF token of the logout form) is not part of
 * them and stays in the layout.
 */
@Component
class NavigationDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "nav";

	static final String MENU_TEMPLATE = "layout/menu";

	static final String ITEMS_FRAGMENT = "items";

	/**
	 * At most this many menus are kept (roles × active items × languages: a few dozen).
	 */
	static final int CACHE_LIMIT = 1024;

	private final ObjectProvider<ITemplateEngine> engine;

	private final Map<String, String> menus = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final ApplicationContext context;

	/** Spring's request data value processor (Spring Security's), looked up once. */
	private volatile Optional<RequestDataValueProcessor> processor;

	NavigationDialect(ObjectProvider<ITemplateEngine> engine, MessageSource messages, ApplicationContext context) {
		super("opora-navigation");
		this.engine = engine;
		this.messages = messages;
		this.context = context;
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
				if (!NAME.equals(expressionObjectName)) {
					return null;
				}
				Navigation navigation = current().withItems((nav) -> items(nav, context));
				IWebExchange exchange = (context instanceof IWebContext web) ? web.getExchange() : null;
				return navigation.withChrome(new PageChrome(navigation, NavigationDialect.this.messages,
						context.getLocale(), exchange, processor()));
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	/** The menu's items for this navigation in the context's language, cached. */
	String items(Navigation navigation, IExpressionContext context) {
		Locale locale = context.getLocale();
		String contextPath = (context instanceof IWebContext web) ? web.getExchange().getRequest().getApplicationPath()
				: "";
		String key = navigation.key() + '|' + locale + '|' + contextPath;
		String html = this.menus.get(key);
		if (html == null) {
			html = render(context, locale);
			if (this.menus.size() < CACHE_LIMIT) {
				this.menus.putIfAbsent(key, html);
			}
		}
		return html;
	}

	private String render(IExpressionContext context, Locale locale) {
		IContext menuContext = (context instanceof IWebContext web) ? new WebContext(web.getExchange(), locale)
				: new Context(locale);
		return this.engine.getObject().process(MENU_TEMPLATE, Set.of(ITEMS_FRAGMENT), menuContext);
	}

	/**
	 * The processor {@code th:href} and {@code th:action} use: the bean of the name
	 * Spring's {@code RequestContext} looks up.
	 */
	private RequestDataValueProcessor processor() {
		Optional<RequestDataValueProcessor> found = this.processor;
		if (found == null) {
			String name = RequestContextUtils.REQUEST_DATA_VALUE_PROCESSOR_BEAN_NAME;
			found = Optional.ofNullable(this.context.containsBean(name)
					? this.context.getBean(name, RequestDataValueProcessor.class) : null);
			this.processor = found;
		}
		return found.orElse(null);
	}

	int cachedMenus() {
		return this.menus.size();
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
