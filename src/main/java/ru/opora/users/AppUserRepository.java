package ru.opora.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

	@Query("select u from AppUser u where lower(u.username) = lower(?1)")
	Optional<AppUser> findByUsername(String username);

	@Query("select count(u) > 0 from AppUser u where lower(u.username) = lower(?1)")
	boolean existsByUsername(String username);

	List<AppUser> findByRoleAndMunicipalityIdAndEnabledTrueOrderByFullName(Role role, Long municipalityId);

	List<AppUser> findByIdIn(Collection<Long> ids);

	List<AppUser> findByUsernameIn(Collection<String> usernames);

	List<AppUser> findByRoleAndSchoolIdAndEnabledTrue(Role role, Long schoolId);

}
