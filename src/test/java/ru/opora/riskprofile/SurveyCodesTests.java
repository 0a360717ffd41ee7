package ru.opora.riskprofile;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Respondent codes: their shape, how typed codes are read, and what is stored of them.
 */
class SurveyCodesTests {

	@Test
	void codesArePrintedInTwoHalvesOfTheUnambiguousAlphabet() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = SurveyCodes.generate();
			assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}");
			seen.add(code);
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void typedCodesAreReadWithoutSpacesDashesOrCase() {
		assertThat(SurveyCodes.normalize(" 7kq3m - xn9pd ")).isEqualTo("7KQ3MXN9PD");
		assertThat(SurveyCodes.normalize("7KQ3MXN9PD")).isEqualTo("7KQ3MXN9PD");
		// look-alikes and other characters are not part of any code
		assertThat(SurveyCodes.normalize("7KQ3M-XN9P0")).isNull();
		assertThat(SurveyCodes.normalize("7KQ3M-XN9PI")).isNull();
		assertThat(SurveyCodes.normalize("7KQ3M-XN9P")).isNull();
		assertThat(SurveyCodes.normalize("7KQ3M-XN9PDD")).isNull();
		assertThat(SurveyCodes.normalize("7KQ3M-XN9P\u0000")).isNull();
		assertThat(SurveyCodes.normalize("")).isNull();
		assertThat(SurveyCodes.normalize(null)).isNull();
		assertThat(SurveyCodes.normalize("7".repeat(41))).isNull();
	}

	@Test
	void theHashDependsOnTheLinkAndNotOnHowTheCodeWasTyped() {
		assertThat(SurveyCodes.hash(5, "7kq3m xn9pd")).isEqualTo(SurveyCodes.hash(5, "7KQ3M-XN9PD"))
			.matches("[0-9a-f]{64}")
			.isNotEqualTo(SurveyCodes.hash(6, "7KQ3M-XN9PD"))
			.isNotEqualTo(SurveyCodes.hash(5, "7KQ3M-XN9PE"));
	}

}
