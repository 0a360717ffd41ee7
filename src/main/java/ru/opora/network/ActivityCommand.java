package ru.opora.network;

import java.time.LocalDate;

/**
 * What planning a joint activity takes.
 */
public record ActivityCommand(Long kindId, String topic, LocalDate plannedOn, String responsible, String expectedResult,
		String place, boolean online) {

}
