package ru.opora.teachers;

/**
 * What the association form says: the municipality (on creation), the name, the subject
 * or theme and the leader (a teacher of the municipality, or none).
 */
record AssociationCommand(Long municipalityId, String name, String theme, Long leaderTeacherId) {

}
