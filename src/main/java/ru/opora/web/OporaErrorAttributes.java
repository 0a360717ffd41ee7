package ru.opora.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes plus {@code reason}: the message key of why the portal refused
 * a request (see {@link RequestInputFilter#REASON_ATTRIBUTE}), shown on the error page
 * instead of the general text.
 */
@Component
class OporaErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object reason = webRequest.getAttribute(RequestInputFilter.REASON_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (reason instanceof String key && key.startsWith("error.")) {
			attributes.put("reason", key);
		}
		return attributes;
	}

}
