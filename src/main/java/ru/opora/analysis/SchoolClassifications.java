package ru.opora.analysis;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.schools.SchoolFacts;

/**
 * A small read API for other modules (the project indicators 3 and 4.1–4.3): every year's
 * classification of the given schools with their regions' rules, in a fixed number of
 * queries. No access check: the caller passes schools it has scoped.
 */
@Service
@RequiredArgsConstructor
public class SchoolClassifications {

	private final Classifier classifier;

	private final ClassificationRuleService rules;

	/**
	 * Each school's classification per year with data, oldest first.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<YearClassification>> classifyUnchecked(List<SchoolFacts> schools) {
		return this.classifier.classify(schools, this.rules.lookup());
	}

}
