package ru.opora.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a refused change sends the user back: the page it came from on this portal, never
 * another host.
 */
class GlobalErrorHandlerTests {

	@Test
	void backIsThePathOfTheRefererOnThisHostOnly() {
		assertThat(back("http://localhost/roadmaps/5?x=1")).isEqualTo("/roadmaps/5?x=1");
		assertThat(back("https://localhost/documents/7")).isEqualTo("/documents/7");
		assertThat(back("http://evil.example/roadmaps/5")).isEqualTo("/");
		assertThat(back("http://localhost//evil.example/x")).isEqualTo("/");
		assertThat(back("/relative/path")).isEqualTo("/relative/path");
		assertThat(back("not a uri at all \\ ^")).isEqualTo("/");
		assertThat(back(null)).isEqualTo("/");
		assertThat(back("http://localhost")).isEqualTo("/");
	}

	private static String back(String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.setServerName("localhost");
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return GlobalErrorHandler.back(request);
	}

}
