package ru.opora.notifications;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	@Query("select n from Notification n where n.userId = ?1 order by n.createdAt desc, n.id desc")
	List<Notification> latest(Long userId, Pageable page);

	boolean existsByUserIdAndDedupeKey(Long userId, String dedupeKey);

}
