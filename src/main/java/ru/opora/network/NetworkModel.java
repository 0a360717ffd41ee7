package ru.opora.network;

/**
 * How a network is organised (seed 003): one municipal centre for every mentee school, or
 * pairs and small groups of a mentor school with its mentees.
 */
public enum NetworkModel {

	/** концентрированная модель: one municipal centre */
	CONCENTRATED,
	/** распределённая модель: pairs and small groups */
	DISTRIBUTED

}
