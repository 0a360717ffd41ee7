package ru.opora.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(?1)")
	Optional<AppUser> findByUsername(String username);

	@Query("select count(u) > 0 from AppUser u where lower(u.username) = lower(?1)")
	boolean existsByUsername(String username);

	List<AppUser> findByRoleAndMunicipalityIdAndEnabledTrueOrderByFullName(Role role, Long municipalityId);

	List<AppUser> findByIdIn(Collection<Long> ids);

	List<AppUser> findByUsernameIn(Collection<String> usernames);

	List<AppUser> findByRoleAndSchoolIdAndEnabledTrue(Role role, Long schoolId);

	/**
	 * The administrator's list: accounts whose login or name matches {@code like} (a
	 * pattern of {@code Like.contains}, or {@code null}), of the role and state asked for
	 * ({@code null}: any). A fixed query, so Hibernate translates it once, not per page
	 * as it did a criteria query (docs/benchmarks.md «Step 15b»).
	 */
	@Query(value = """
			select u from AppUser u
			where (:like is null or lower(u.username) like :like escape '\\' or lower(u.fullName) like :like escape '\\')
			  and (:role is null or u.role = :role)
			  and (:enabled is null or u.enabled = :enabled)""",
			countQuery = """
					select count(u) from AppUser u
					where (:like is null or lower(u.username) like :like escape '\\' or lower(u.fullName) like :like escape '\\')
					  and (:role is null or u.role = :role)
					  and (:enabled is null or u.enabled = :enabled)""")
	Page<AppUser> search(@Param("like") String like, @Param("role") Role role, @Param("enabled") Boolean enabled,
			Pageable pageable);

}
