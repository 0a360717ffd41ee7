package ru.opora.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import static org.assertj.core.api.Assertions.assertThat;

class PrefixIndexedRequestMappingsTests {

	@Test
	void literalFirstSegmentOfPatterns() {
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/schools/{id}")).isEqualTo("schools");
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/schools")).isEqualTo("schools");
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/")).isEmpty();
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/{slug}/x")).isNull();
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/**")).isNull();
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/file?.txt")).isNull();
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegment("/api{x}/y")).isNull();
	}

	@Test
	void aMappingWithAVariableFirstSegmentIsAlwaysEvaluated() {
		RequestMappingInfo fixed = RequestMappingInfo.paths("/schools/{id}", "/roadmaps").build();
		RequestMappingInfo open = RequestMappingInfo.paths("/schools", "/{any}").build();
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegments(fixed))
			.containsExactlyInAnyOrder("schools", "roadmaps");
		assertThat(PrefixIndexedRequestMappings.Mapping.literalFirstSegments(open)).isNull();
	}

	@Test
	void requestFirstSegmentIsDecodedAndWithoutMatrixParameters() {
		assertThat(PrefixIndexedRequestMappings.Mapping.firstSegment(RequestPath.parse("/%73chools/2", null)))
			.isEqualTo("schools");
		assertThat(PrefixIndexedRequestMappings.Mapping.firstSegment(RequestPath.parse("/schools;a=b/2", null)))
			.isEqualTo("schools");
		assertThat(PrefixIndexedRequestMappings.Mapping.firstSegment(RequestPath.parse("/app/schools", "/app")))
			.isEqualTo("schools");
		assertThat(PrefixIndexedRequestMappings.Mapping.firstSegment(RequestPath.parse("/", null))).isEmpty();
	}

}
