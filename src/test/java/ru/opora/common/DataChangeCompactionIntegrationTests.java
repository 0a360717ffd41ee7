package ru.opora.common;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Compaction of the data-change tables keeps every data version (the sum of
 * {@code changes}) as it is, leaves the rows of uncommitted writers alone, and a change
 * after it still moves the version. The job's method is called directly (no scheduler in
 * tests); the tables are shared with other tests, so each assertion is about sums and the
 * test's own source-table names, which compaction keeps.
 */
class DataChangeCompactionIntegrationTests extends PortalIntegrationTest {

	@Autowired
	DataChangeCompaction compaction;

	@Autowired
	DataSource dataSource;

	@Test
	void foldsRowsIntoOnePerSourceTableAndKeepsTheVersions() {
		String source = "test_" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			this.jdbc.update("insert into analysis_data_change (table_name) values (?)", source);
			this.jdbc.update("insert into indicator_data_change (table_name) values (?)", source);
		}
		long analysisBefore = version("analysis_data_change");
		long indicatorsBefore = version("indicator_data_change");

		assertThat(this.compaction.compactAll()).containsKeys("analysis_data_change", "indicator_data_change");

		assertThat(version("analysis_data_change")).isEqualTo(analysisBefore);
		assertThat(version("indicator_data_change")).isEqualTo(indicatorsBefore);
		for (String table : new String[] { "analysis_data_change", "indicator_data_change" }) {
			assertThat(
					this.jdbc.queryForObject("select count(*) - count(distinct table_name) from " + table, Long.class))
				.isZero();
			assertThat(this.jdbc.queryForObject("select changes from " + table + " where table_name = ?", Long.class,
					source))
				.isEqualTo(5);
		}
		// nothing left to fold: a second run deletes nothing
		assertThat(this.compaction.compact("analysis_data_change")).isZero();

		// a change after compaction moves the version past the one taken before it
		this.jdbc.update("insert into analysis_data_change (table_name) values (?)", source);
		assertThat(version("analysis_data_change")).isEqualTo(analysisBefore + 1);
	}

	@Test
	void aWriterNotYetCommittedKeepsItsRowAndItsChangeCounts() throws Exception {
		String source = "test_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("insert into analysis_data_change (table_name) values (?), (?)", source, source);
		long before = version("analysis_data_change");
		try (Connection writer = this.dataSource.getConnection()) {
			writer.setAutoCommit(false);
			try (Statement statement = writer.createStatement()) {
				statement.executeUpdate("insert into analysis_data_change (table_name) values ('" + source + "')");
			}
			// compaction runs while the writer's transaction is open: it neither waits
			// for
			// it nor takes its row
			assertThat(this.compaction.compact("analysis_data_change")).isPositive();
			assertThat(version("analysis_data_change")).isEqualTo(before);
			writer.commit();
		}
		assertThat(version("analysis_data_change")).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select sum(changes) from analysis_data_change where table_name = ?",
				Long.class, source))
			.isEqualTo(3);
		this.compaction.compact("analysis_data_change");
		assertThat(version("analysis_data_change")).isEqualTo(before + 1);
	}

	@Test
	void onlyDataChangeTablesAreCompacted() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.compaction.compact("school"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.compaction.compact("analysis_data_change; --"));
	}

	private long version(String table) {
		return this.jdbc.queryForObject("select coalesce(sum(changes), 0) from " + table, Long.class);
	}

}
