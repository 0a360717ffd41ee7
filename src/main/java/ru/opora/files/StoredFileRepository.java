package ru.opora.files;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

	@Query("select f.storageKey from StoredFile f where f.storageKey in ?1")
	List<String> knownKeys(Collection<String> keys);

}
