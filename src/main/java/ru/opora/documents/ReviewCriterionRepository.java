package ru.opora.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCriterionRepository extends JpaRepository<ReviewCriterion, Long> {

	List<ReviewCriterion> findByKindOrderByNumber(DocumentKind kind);

}
