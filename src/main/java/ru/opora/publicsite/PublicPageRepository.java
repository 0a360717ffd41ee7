package ru.opora.publicsite;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicPageRepository extends JpaRepository<PublicPage, Long> {

	Optional<PublicPage> findBySlug(String slug);

	boolean existsBySlugAndMunicipalityIdNot(String slug, Long municipalityId);

}
