package ru.opora.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the portal (tests fix it). Dates are those of the portal's time zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(@Value("${opora.time-zone:Europe/Moscow}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
