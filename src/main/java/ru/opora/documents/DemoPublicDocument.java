package ru.opora.documents;

import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: the approved concept of Жидкинская ООШ («500+ 2022», Baley) is marked
 * public, once, after {@link DemoDocuments} made the demo documents (they come from Java,
 * not from {@code db/demo}). A document whose publicity someone has changed is left
 * alone.
 */
@Component
@Order(51)
@ConditionalOnBooleanProperty("opora.demo.enabled")
@RequiredArgsConstructor
class DemoPublicDocument implements ApplicationRunner {

	private final JdbcClient jdbc;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.jdbc.sql("""
				update document d set published_at = :at, published_by = 'school'
				from school s, programme_year p
				where s.id = d.school_id and p.id = d.programme_year_id and s.short_name = 'Жидкинская ООШ'
				  and p.year = 2022 and p.created_by = 'coordinator' and d.kind = 'CONCEPT' and d.status = 'APPROVED'
				  and not exists (select 1 from document o where o.published_by is not null)""")
			.param("at", java.sql.Timestamp.from(Instant.parse("2022-04-16T07:00:00Z")))
			.update();
	}

}
