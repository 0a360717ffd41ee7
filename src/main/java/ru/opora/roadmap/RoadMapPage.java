package ru.opora.roadmap;

import java.util.List;
import java.util.Set;

import ru.opora.riskprofile.RiskFactorView;

/**
 * What the road map's page shows, read at once: the road map, the chosen risk factors
 * that have no section yet, the sections whose factor is no longer chosen.
 */
public record RoadMapPage(RoadMapDetails details, List<RiskFactorView> missingFactors, Set<Long> unchosenSections) {

}
