package ru.opora.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the rows of the data-change tables (every table named {@code *_data_change} with
 * a {@code changes} column: {@code analysis_data_change}, {@code indicator_data_change})
 * into one row per source table, so that reading a data version (the sum of
 * {@code changes}) stays cheap however many statements changed the data. Every five
 * minutes, on one node (ShedLock); off with {@code opora.data-changes.compaction-cron=-}.
 * <p>
 * Why the versions stay right: a trigger's row stands for one change and only ever
 * appears when the changing statement commits. Compaction is one statement that deletes
 * the rows its snapshot sees and inserts, per source table, one row with the sum of what
 * it deleted (rows deleted meanwhile by another compaction are skipped by the delete, so
 * are not counted twice; rows of transactions not yet committed are not seen, so stay).
 * It commits atomically, so every reader sees the same sums before and after it: a
 * version never moves backwards, a change is never lost, and compaction alone moves no
 * version (no cache is dropped). See {@code V117__analysis_data_change_compaction.sql}.
 */
@Component
@RequiredArgsConstructor
public class DataChangeCompaction {

	private final JdbcTemplate jdbc;

	@Scheduled(cron = "${opora.data-changes.compaction-cron:0 */5 * * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "data-change-compaction")
	public void run() {
		compactAll();
	}

	/**
	 * Compacts every data-change table; per table, how many rows were folded (0: nothing
	 * to fold).
	 */
	public Map<String, Long> compactAll() {
		Map<String, Long> out = new LinkedHashMap<>();
		for (String table : tables()) {
			out.put(table, compact(table));
		}
		return out;
	}

	/**
	 * Folds the rows of one data-change table into one row per source table; how many
	 * rows were deleted (0 when there was nothing to fold).
	 */
	long compact(String table) {
		if (!tables().contains(table)) {
			throw new IllegalArgumentException("Not a data-change table: " + table);
		}
		Long extra = this.jdbc.queryForObject("select count(*) - count(distinct table_name) from " + table, Long.class);
		if (extra == null || extra <= 0) {
			return 0;
		}
		Long deleted = this.jdbc.queryForObject("""
				with folded as (delete from %1$s returning table_name, changes, changed_at),
				     kept as (insert into %1$s (table_name, changes, changed_at)
				              select table_name, sum(changes), max(changed_at) from folded group by table_name
				              returning id)
				select (select count(*) from folded) + 0 * (select count(*) from kept)""".formatted(table), Long.class);
		return (deleted != null) ? deleted : 0;
	}

	private List<String> tables() {
		return this.jdbc.queryForList("""
				select c.table_name from information_schema.columns c
				where c.table_schema = current_schema() and c.table_name like '%\\_data\\_change'
				  and c.column_name = 'changes'
				order by c.table_name""", String.class);
	}

}
