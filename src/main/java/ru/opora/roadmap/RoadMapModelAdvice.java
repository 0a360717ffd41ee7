package ru.opora.roadmap;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every road-map page and fragment may show in its editors: the measure statuses and
 * RAGs (only for this module's controllers).
 */
@ControllerAdvice(basePackageClasses = RoadMapModelAdvice.class)
class RoadMapModelAdvice {

	@ModelAttribute("measureStatuses")
	MeasureStatus[] measureStatuses() {
		return MeasureStatus.values();
	}

	@ModelAttribute("rags")
	Rag[] rags() {
		return Rag.values();
	}

}
