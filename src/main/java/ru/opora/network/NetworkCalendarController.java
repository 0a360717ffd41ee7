package ru.opora.network;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's calendar: a month view ({@code ?month=2026-03}, this month by default)
 * and its iCalendar export.
 */
@Controller
@RequiredArgsConstructor
class NetworkCalendarController {

	private final NetworkCalendarService calendar;

	private final NetworkService networks;

	private final Clock clock;

	@GetMapping("/networks/{networkId}/calendar")
	String month(@PathVariable Long networkId, @RequestParam(required = false) String month, Model model) {
		YearMonth shown;
		try {
			shown = (month == null || month.isBlank()) ? YearMonth.now(this.clock) : YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			shown = YearMonth.now(this.clock);
			model.addAttribute("errorKey", "network.calendar.badMonth");
		}
		model.addAttribute("network", this.networks.summary(networkId));
		model.addAttribute("calendar", this.calendar.month(networkId, shown));
		return "network/calendar";
	}

	@GetMapping("/networks/{networkId}/calendar.ics")
	ResponseEntity<byte[]> ics(@PathVariable Long networkId) {
		byte[] body = this.calendar.ics(networkId).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("network-" + networkId + ".ics").build().toString())
			.body(body);
	}

}
