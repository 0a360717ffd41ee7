package ru.opora.publicsite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.documents.DocumentPublicity;
import ru.opora.network.PublicNetworkEvents;
import ru.opora.programmes.MunicipalProgrammes;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.publicsite.PublicPageView.DocumentLine;
import ru.opora.publicsite.PublicPageView.EventLine;
import ru.opora.publicsite.PublicPageView.ProgrammeLine;
import ru.opora.publicsite.PublicPageView.RoadMapLine;
import ru.opora.publicsite.PublicPageView.SchoolFigures;
import ru.opora.publicsite.PublicPageView.SchoolLine;
import ru.opora.publicsite.PublicPageView.Share;
import ru.opora.roadmap.MunicipalRoadMapProgress;
import ru.opora.roadmap.Progress;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolPlace;
import ru.opora.schools.SchoolService;

/**
 * Builds a municipality's public page from the other modules' read APIs, in a fixed
 * number of queries whatever the number of schools. Sections the coordinator switched off
 * are not even read.
 */
@Component
@RequiredArgsConstructor
class PublicPageAssembler {

	/** How far ahead the page lists events. */
	static final int EVENT_DAYS = 90;

	/** At most this many events. */
	static final int EVENT_LIMIT = 10;

	private final PublicPageRepository pages;

	private final SchoolService schools;

	private final MunicipalProgrammes programmes;

	private final DocumentPublicity documents;

	private final MunicipalRoadMapProgress roadMaps;

	private final PublicNetworkEvents events;

	private final ObjectProvider<PublicIndicatorSource> indicatorSources;

	private final Clock clock;

	/**
	 * The enabled public page at a slug or a municipality's numeric id.
	 */
	@Transactional(readOnly = true)
	Optional<PublicPage> find(String key) {
		Optional<PublicPage> page = isNumeric(key) ? this.pages.findById(Long.valueOf(key))
				: this.pages.findBySlug(key.toLowerCase(Locale.ROOT));
		return page.filter(PublicPage::isEnabled);
	}

	@Transactional(readOnly = true)
	Optional<PublicPageView> build(String key) {
		return find(key).map(this::build);
	}

	private PublicPageView build(PublicPage page) {
		Long municipalityId = page.getMunicipalityId();
		Sections sections = page.sections();
		MunicipalityOption municipality = this.schools.municipality(municipalityId).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		List<ProgrammeYearSummary> years = current(this.programmes.ofMunicipality(municipalityId));
		List<Long> yearIds = years.stream().map(ProgrammeYearSummary::id).toList();
		Set<Long> participantIds = new LinkedHashSet<>();
		years.forEach((y) -> participantIds.addAll(y.participantIds()));
		Map<Long, String> names = new HashMap<>();
		List<SchoolPlace> places = this.schools.places(participantIds);
		places.stream()
			.filter((s) -> municipalityId.equals(s.municipalityId()))
			.forEach((s) -> names.put(s.id(), s.name()));

		Map<Long, Share> shareByYear = new HashMap<>();
		Map<Long, Share> shareBySchool = new HashMap<>();
		if (sections.documents()) {
			for (DocumentPublicity.DocumentCount c : this.documents.counts(yearIds)) {
				Share share = new Share(c.approved(), c.total());
				shareByYear.merge(c.programmeYearId(), share, Share::plus);
				shareBySchool.merge(c.schoolId(), share, Share::plus);
			}
		}
		Map<Long, Progress> progress = sections.roadMap() ? this.roadMaps.ofYears(yearIds) : Map.of();
		List<ProgrammeLine> lines = years.stream().map((y) -> {
			Progress p = progress.get(y.id());
			return new ProgrammeLine(y.id(), y.title(), y.year(), y.participantIds().size(),
					shareByYear.getOrDefault(y.id(), new Share(0, 0)),
					(p == null) ? null : new RoadMapLine(p.total(), p.done(), p.percentDone(), p.overdue()));
		}).toList();
		Share total = lines.stream().map(ProgrammeLine::documents).reduce(new Share(0, 0), Share::plus);

		List<SchoolLine> schoolLines = names.entrySet()
			.stream()
			.map((e) -> new SchoolLine(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(SchoolLine::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Map<Long, SchoolFigures> bySchool = new LinkedHashMap<>();
		for (SchoolLine school : schoolLines) {
			List<String> titles = years.stream()
				.filter((y) -> y.participantIds().contains(school.id()))
				.map(ProgrammeYearSummary::title)
				.toList();
			bySchool.put(school.id(), new SchoolFigures(school.id(), school.name(), titles,
					shareBySchool.getOrDefault(school.id(), new Share(0, 0))));
		}

		List<DocumentLine> publicDocuments = new ArrayList<>();
		if (sections.documents()) {
			List<DocumentPublicity.PublishedDocument> published = this.documents
				.publishedInMunicipality(municipalityId);
			Map<Long, String> documentSchools = new HashMap<>(names);
			Set<Long> missing = new LinkedHashSet<>();
			published.stream().map(DocumentPublicity.PublishedDocument::schoolId).forEach((id) -> {
				if (!documentSchools.containsKey(id)) {
					missing.add(id);
				}
			});
			this.schools.places(missing).forEach((s) -> documentSchools.put(s.id(), s.name()));
			for (DocumentPublicity.PublishedDocument d : published) {
				publicDocuments.add(new DocumentLine(d.id(), d.schoolId(), documentSchools.get(d.schoolId()), d.kind(),
						d.publishedOn(), format(d.contentType()), Math.max(1, (d.sizeBytes() + 1023) / 1024)));
			}
		}
		List<EventLine> eventLines = !sections.events() ? List.of()
				: this.events.upcoming(municipalityId, today, today.plusDays(EVENT_DAYS), EVENT_LIMIT)
					.stream()
					.map((e) -> new EventLine(e.date(), e.type(), e.kindName(), e.title()))
					.toList();
		List<PublicIndicatorLine> indicators = !sections.indicators() ? List.of()
				: this.indicatorSources.orderedStream()
					.flatMap((source) -> source.forMunicipality(municipalityId).stream())
					.toList();
		return new PublicPageView(municipalityId, page.getSlug(), municipality.name(), municipality.regionName(), today,
				sections, lines, schoolLines, total, publicDocuments, eventLines, indicators, bySchool);
	}

	/**
	 * The programmes of the year: those still open, newest first; when all are closed,
	 * those of the latest year.
	 */
	static List<ProgrammeYearSummary> current(Collection<ProgrammeYearSummary> all) {
		List<ProgrammeYearSummary> open = all.stream().filter((y) -> !y.closed()).toList();
		if (!open.isEmpty() || all.isEmpty()) {
			return sorted(open);
		}
		int latest = all.stream().mapToInt(ProgrammeYearSummary::year).max().getAsInt();
		return sorted(all.stream().filter((y) -> y.year() == latest).toList());
	}

	private static List<ProgrammeYearSummary> sorted(List<ProgrammeYearSummary> list) {
		return list.stream()
			.sorted(Comparator.comparingInt(ProgrammeYearSummary::year)
				.reversed()
				.thenComparing(ProgrammeYearSummary::id, Comparator.reverseOrder()))
			.toList();
	}

	static boolean isNumeric(String key) {
		return !key.isEmpty() && key.length() <= 18 && key.chars().allMatch(Character::isDigit);
	}

	private static String format(String contentType) {
		if (contentType == null) {
			return "";
		}
		return switch (contentType) {
			case "application/pdf" -> "PDF";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
			case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
			case "application/vnd.oasis.opendocument.text" -> "ODT";
			case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
			default -> "";
		};
	}

}
