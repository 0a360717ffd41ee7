package ru.opora.warnings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The module's own tables: the per-region settings, each school's reasons (started,
 * cleared) and its current level. Only this module writes them.
 */
@Component
@RequiredArgsConstructor
class WarningStore {

	private static final String[] COLUMNS = { "returns", "document_overdue", "inactivity", "measure_overdue",
			"verification", "review", "pair_inactivity" };

	private final JdbcClient jdbc;

	// settings

	Map<Long, Thresholds> thresholdsByRegion() {
		Map<Long, Thresholds> out = new HashMap<>();
		this.jdbc.sql("select * from warning_settings").query((rs) -> {
			out.put(rs.getLong("region_id"), thresholds(rs));
		});
		return out;
	}

	Optional<StoredSettings> settings(Long regionId) {
		return this.jdbc.sql("select * from warning_settings where region_id = ?")
			.param(regionId)
			.query((rs, n) -> new StoredSettings(regionId, thresholds(rs), rs.getLong("version"),
					rs.getString("updated_by"),
					(rs.getTimestamp("updated_at") != null) ? rs.getTimestamp("updated_at").toInstant() : null))
			.optional();
	}

	/**
	 * Saves a region's settings if {@code version} is the stored one (-1: none stored
	 * yet).
	 */
	void saveSettings(Long regionId, long version, Thresholds t, String username, Instant now) {
		if (version < 0) {
			this.jdbc.sql("insert into warning_settings (region_id) values (?) on conflict do nothing")
				.param(regionId)
				.update();
			version = 0;
		}
		StringBuilder sql = new StringBuilder("update warning_settings set ");
		Reason[] reasons = Reason.values();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < reasons.length; i++) {
			String prefix = COLUMNS[i];
			String limitColumn = (i == 0) ? "returns_count" : prefix + "_days";
			sql.append(limitColumn).append(" = :l").append(i).append(", ");
			sql.append(prefix).append("_weight = :w").append(i).append(", ");
			params.put("l" + i, t.limit(reasons[i]));
			params.put("w" + i, t.weight(reasons[i]));
		}
		sql.append("attention_score = :attention, risk_score = :risk, risk_escalation_days = :escalation, ")
			.append("updated_by = :user, updated_at = :now, version = version + 1 ")
			.append("where region_id = :region and version = :version");
		params.put("attention", t.attentionScore());
		params.put("risk", t.riskScore());
		params.put("escalation", t.riskEscalationDays());
		params.put("user", username);
		params.put("now", java.sql.Timestamp.from(now));
		params.put("region", regionId);
		params.put("version", version);
		if (this.jdbc.sql(sql.toString()).params(params).update() != 1) {
			throw new ObjectOptimisticLockingFailureException("WarningSettings", regionId);
		}
	}

	private static Thresholds thresholds(ResultSet rs) throws SQLException {
		Map<Reason, Integer> limits = new EnumMap<>(Reason.class);
		Map<Reason, Integer> weights = new EnumMap<>(Reason.class);
		Reason[] reasons = Reason.values();
		for (int i = 0; i < reasons.length; i++) {
			limits.put(reasons[i], rs.getInt((i == 0) ? "returns_count" : COLUMNS[i] + "_days"));
			weights.put(reasons[i], rs.getInt(COLUMNS[i] + "_weight"));
		}
		return new Thresholds(limits, weights, rs.getInt("attention_score"), rs.getInt("risk_score"),
				rs.getInt("risk_escalation_days"));
	}

	// state

	List<OpenReason> openReasons(Long schoolId) {
		return this.jdbc.sql("""
				select id, school_id, reason, started_on, weight, item_count, link from warning_reason
				where school_id = ? and cleared_on is null order by started_on, id""")
			.param(schoolId)
			.query(WarningStore::openReason)
			.list();
	}

	List<OpenReason> openReasons(Collection<Long> schoolIds) {
		if (schoolIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, school_id, reason, started_on, weight, item_count, link from warning_reason
				where school_id in (:ids) and cleared_on is null order by started_on, id""")
			.param("ids", schoolIds)
			.query(WarningStore::openReason)
			.list();
	}

	private static OpenReason openReason(ResultSet rs, int n) throws SQLException {
		return new OpenReason(rs.getLong("id"), rs.getLong("school_id"), Reason.valueOf(rs.getString("reason")),
				rs.getObject("started_on", LocalDate.class), rs.getInt("weight"), rs.getInt("item_count"),
				rs.getString("link"));
	}

	Optional<LocalDate> lastCleared(Long schoolId, Reason reason) {
		return this.jdbc.sql("select max(cleared_on) from warning_reason where school_id = ? and reason = ?")
			.params(schoolId, reason.name())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	long open(Long schoolId, Signal signal, int weight, LocalDate startedOn, LocalDate today) {
		return this.jdbc.sql("""
				insert into warning_reason (school_id, reason, started_on, weight, item_count, link, seen_on)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(schoolId, signal.reason().name(), startedOn, weight, signal.count(), signal.link(), today)
			.query(Long.class)
			.single();
	}

	void touch(long id, Signal signal, int weight, LocalDate today) {
		this.jdbc.sql("update warning_reason set weight = ?, item_count = ?, link = ?, seen_on = ? where id = ?")
			.params(weight, signal.count(), signal.link(), today, id)
			.update();
	}

	void clear(long id, LocalDate startedOn, LocalDate today) {
		this.jdbc.sql("update warning_reason set cleared_on = ? where id = ?")
			.params(today.isBefore(startedOn) ? startedOn : today, id)
			.update();
	}

	Optional<SchoolLevel> level(Long schoolId) {
		return this.jdbc.sql("select * from warning_level where school_id = ?")
			.param(schoolId)
			.query(WarningStore::schoolLevel)
			.optional();
	}

	List<SchoolLevel> levels(Collection<Long> schoolIds) {
		if (schoolIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from warning_level where school_id in (:ids)")
			.param("ids", schoolIds)
			.query(WarningStore::schoolLevel)
			.list();
	}

	/**
	 * How many of the schools are at each level (schools the job never looked at are not
	 * counted).
	 */
	Map<Level, Long> levelCounts(Collection<Long> schoolIds) {
		Map<Level, Long> counts = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			counts.put(level, 0L);
		}
		if (schoolIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("select level, count(*) from warning_level where school_id = any(:ids) group by level")
			.param("ids", schoolIds.toArray(Long[]::new))
			.query((rs, n) -> counts.put(Level.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * One page of the board, in SQL: those of the schools with a level that pass the
	 * level and reason filters (null: any), the riskiest first (level, score, then name),
	 * and how many pass in all.
	 */
	BoardPage boardPage(Collection<Long> schoolIds, Level level, Reason reason, int offset, int limit) {
		if (schoolIds.isEmpty()) {
			return new BoardPage(List.of(), 0);
		}
		StringBuilder where = new StringBuilder("where l.school_id = any(:ids)");
		if (level != null) {
			where.append(" and l.level = :level");
		}
		if (reason != null) {
			where.append(" and exists (select 1 from warning_reason r where r.school_id = l.school_id")
				.append(" and r.cleared_on is null and r.reason = :reason)");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", schoolIds.toArray(Long[]::new));
		params.put("offset", offset);
		params.put("limit", limit);
		if (level != null) {
			params.put("level", level.name());
		}
		if (reason != null) {
			params.put("reason", reason.name());
		}
		long[] total = { -1 };
		List<Long> ids = this.jdbc.sql("""
				select l.school_id, count(*) over () as total
				from warning_level l join school s on s.id = l.school_id
				%s
				order by case l.level when 'RISK' then 2 when 'ATTENTION' then 1 else 0 end desc, l.score desc,
				         s.short_name, s.id
				offset :offset limit :limit""".formatted(where)).params(params).query((rs, n) -> {
			total[0] = rs.getLong(2);
			return rs.getLong(1);
		}).list();
		if (total[0] < 0) {
			// an empty page: past the end, or nothing passes (one more query only then)
			total[0] = this.jdbc.sql("select count(*) from warning_level l " + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return new BoardPage(ids, total[0]);
	}

	record BoardPage(List<Long> schoolIds, long total) {
	}

	List<Long> allLevelSchools() {
		return this.jdbc.sql("select school_id from warning_level").query(Long.class).list();
	}

	private static SchoolLevel schoolLevel(ResultSet rs, int n) throws SQLException {
		return new SchoolLevel(rs.getLong("school_id"), Level.valueOf(rs.getString("level")), rs.getInt("score"),
				rs.getObject("level_since", LocalDate.class), rs.getObject("risk_since", LocalDate.class),
				rs.getObject("computed_on", LocalDate.class));
	}

	void saveLevel(SchoolLevel level) {
		this.jdbc.sql("""
				insert into warning_level (school_id, level, score, level_since, risk_since, computed_on)
				values (?, ?, ?, ?, ?, ?)
				on conflict (school_id) do update set level = excluded.level, score = excluded.score,
				  level_since = excluded.level_since, risk_since = excluded.risk_since,
				  computed_on = excluded.computed_on""")
			.params(level.schoolId(), level.level().name(), level.score(), level.levelSince(), level.riskSince(),
					level.computedOn())
			.update();
	}

	/**
	 * Schools the job looked at before, or with a reason still open: recomputed even when
	 * they no longer take part, so that their reasons clear.
	 */
	Set<Long> schoolsWithState() {
		return new LinkedHashSet<>(this.jdbc
			.sql("""
					select school_id from warning_level union select school_id from warning_reason where cleared_on is null""")
			.query(Long.class)
			.list());
	}

	/**
	 * A reason that holds now: its row, since when, how many items, where to act.
	 */
	record OpenReason(long id, Long schoolId, Reason reason, LocalDate startedOn, int weight, int count, String link) {

	}

	/**
	 * A stored settings row.
	 */
	record StoredSettings(Long regionId, Thresholds thresholds, long version, String updatedBy, Instant updatedAt) {

	}

}
