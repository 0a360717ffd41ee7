package ru.opora.roadmap;

/**
 * Red / amber / green judgement of a section at a progress review.
 */
public enum Rag {

	RED, AMBER, GREEN

}
