package ru.opora.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityKindRepository extends JpaRepository<ActivityKind, Long> {

	List<ActivityKind> findAllByOrderBySortOrderAscNameAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

}
