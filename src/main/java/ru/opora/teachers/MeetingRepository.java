package ru.opora.teachers;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByAssociationIdOrderByHeldOnDescIdDesc(Long associationId);

	List<Meeting> findByAssociationIdIn(Collection<Long> associationIds);

}
