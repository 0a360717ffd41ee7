package ru.opora.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of «Анализ школ» written in Java: every text escaped, the participant and
 * municipality columns only when asked for, the history badges.
 */
class OverviewRowViewTests {

	OverviewRowView row = new OverviewRowView(7L, "Школа <№1> & \"Б\"", "Район 'А'", true, "2 / 5", "40,0", "70,5",
			SchoolGroup.LOW_ADVERSE, "ШНОР + ШФНСУ",
			List.of(new OverviewRowView.HistoryView(2024, SchoolGroup.RISK_ZONE, "Зона риска", "Н")), "ухудшение", true,
			"Участник: <Школа>");

	@Test
	void writesEveryColumnWithItsTextsEscaped() {
		String html = OverviewRowView.html(List.of(this.row), "/ctx", true, true, "стабильно низкие");
		assertThat(html).contains("<tr data-school=\"7\">")
			.contains("<input type=\"hidden\" name=\"shownIds\" value=\"7\">")
			.contains("id=\"participant-7\" checked=\"checked\" aria-label=\"Участник: &lt;Школа&gt;\"")
			.contains("<a href=\"/ctx/schools/7/analysis\">Школа &lt;№1&gt; &amp; &quot;Б&quot;</a>")
			.contains("<span class=\"badge text-bg-dark ms-1\">стабильно низкие</span>")
			.contains("<td>Район &#39;А&#39;</td>")
			.contains("<td class=\"num decisive-share\"><span>40,0</span></td>")
			.contains("<span class=\"badge group-badge group-LOW_ADVERSE\">ШНОР + ШФНСУ</span>")
			.contains(
					"title=\"Зона риска\"><span>2024</span> <span class=\"badge group-badge group-RISK_ZONE\">Н</span>")
			.contains("<td class=\"small\">ухудшение</td>")
			.doesNotContain("<Школа>");
	}

	@Test
	void noParticipantOrMunicipalityColumnUnlessAskedFor() {
		OverviewRowView plain = new OverviewRowView(8L, "Школа", "Район", false, "—", "—", "—", SchoolGroup.NO_DATA,
				"нет данных", List.of(), "нет данных", false, "Участник");
		String html = OverviewRowView.html(List.of(plain), "", false, false, "стабильно низкие");
		assertThat(html).doesNotContain("participantIds")
			.doesNotContain("Район")
			.doesNotContain("стабильно низкие")
			.contains("<a href=\"/schools/8/analysis\">Школа</a>");
		assertThat(OverviewRowView.html(List.of(plain), "", true, false, "x"))
			.contains("id=\"participant-8\" aria-label")
			.doesNotContain("checked");
	}

}
