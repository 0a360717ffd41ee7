package ru.opora.publicsite;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ru.opora.documents.DocumentKind;
import ru.opora.network.PublicNetworkEvents.EventType;

/**
 * Everything a public page shows, built once per cache period: aggregates, school names,
 * documents marked public and upcoming events. No person's name, no risk profile, no
 * document contents.
 */
record PublicPageView(Long municipalityId, String slug, String municipalityName, String regionName, LocalDate asOf,
		Sections sections, List<ProgrammeLine> programmes, List<SchoolLine> schools, Share documents,
		List<DocumentLine> publicDocuments, List<EventLine> events, List<PublicIndicatorLine> indicators,
		Map<Long, SchoolFigures> bySchool) {

	public boolean hasRoadMaps() {
		return this.programmes.stream().anyMatch((p) -> p.roadMap() != null);
	}

	/**
	 * A programme of the year: participants, its documents and its municipal road map
	 * (null without one).
	 */
	record ProgrammeLine(Long id, String title, int year, int participants, Share documents, RoadMapLine roadMap) {

	}

	/**
	 * Approved documents out of all documents the schools have started.
	 */
	record Share(int approved, int total) {

		/** Whole percent approved (rounded down), null without documents. */
		public Integer percent() {
			return (this.total == 0) ? null : this.approved * 100 / this.total;
		}

		Share plus(Share other) {
			return new Share(this.approved + other.approved, this.total + other.total);
		}

	}

	/**
	 * The municipal road map's progress: filled-in measures, done, percent done, overdue.
	 */
	record RoadMapLine(int total, int done, int percentDone, int overdue) {

	}

	record SchoolLine(Long id, String name) {

	}

	/**
	 * A document a school marked public: the school's name, the kind, when it was made
	 * public, its format and size.
	 */
	record DocumentLine(Long id, Long schoolId, String schoolName, DocumentKind kind, LocalDate publishedOn,
			String format, long sizeKb) {

	}

	record EventLine(LocalDate date, EventType type, String kindName, String title) {

	}

	/**
	 * One school's figures for the school's JSON block: the programmes it takes part in
	 * and its documents.
	 */
	record SchoolFigures(Long id, String name, List<String> programmes, Share documents) {

	}

}
