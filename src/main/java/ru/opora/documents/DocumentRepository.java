package ru.opora.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

	List<Document> findByProgrammeYearIdAndSchoolId(Long programmeYearId, Long schoolId);

	List<Document> findByProgrammeYearId(Long programmeYearId);

	default Optional<Document> find(Long programmeYearId, Long schoolId, DocumentKind kind, Long riskFactorId) {
		return findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId).stream()
			.filter((d) -> d.getKind() == kind && java.util.Objects.equals(d.getRiskFactorId(), riskFactorId))
			.findFirst();
	}

	@Query("select d from Document d where d.status = ru.opora.documents.DocumentStatus.SUBMITTED and d.schoolId in ?1 order by d.submittedAt, d.id")
	List<Document> submittedOf(Collection<Long> schoolIds);

	@Query("select d from Document d where d.status <> ru.opora.documents.DocumentStatus.APPROVED")
	List<Document> notApproved();

}
