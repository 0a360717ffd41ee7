package ru.opora.support;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows a test creates for itself, so that it never depends on (or changes) what the demo
 * data or other test classes hold. Every name is unique.
 */
public final class TestData {

	private final JdbcTemplate jdbc;

	public TestData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A unique text for names and titles: {@code prefix} and 8 random characters.
	 */
	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A programme year of the first school's municipality with the given schools as
	 * participants; documents due on {@code documentsDue}.
	 */
	public long programmeYear(int year, LocalDate documentsDue, long... schools) {
		long id = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				select municipality_id, ?, ?, ?, 'test' from school where id = ?
				returning id""", Long.class, year, unique("Тест " + year), documentsDue, schools[0]);
		for (long school : schools) {
			this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", id,
					school);
		}
		return id;
	}

	/**
	 * Chooses the risk factors (by number, from the year's catalogue) of a participant.
	 */
	public void chooseFactors(long programmeYear, long school, int... numbers) {
		for (int number : numbers) {
			this.jdbc.update("""
					insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id, chosen_by)
					select p.id, ?, f.id, 'test' from programme_year p join risk_factor f on f.catalogue_year = p.year
					where p.id = ? and f.number = ?""", school, programmeYear, number);
		}
	}

	/**
	 * A school road map of the programme year with one section per given risk factor and
	 * no measures; returns its id.
	 */
	public long schoolRoadMap(long programmeYear, long school, int... factors) {
		long map = this.jdbc.queryForObject("""
				insert into road_map (kind, programme_year_id, municipality_id, school_id)
				select 'SCHOOL', p.id, p.municipality_id, ? from programme_year p where p.id = ?
				returning id""", Long.class, school, programmeYear);
		int position = 1;
		for (int number : factors) {
			this.jdbc.update("""
					insert into road_map_section (road_map_id, position, title, risk_factor_id)
					select ?, ?, f.number || '. ' || f.name, f.id from programme_year p
					join risk_factor f on f.catalogue_year = p.year where p.id = ? and f.number = ?""", map, position++,
					programmeYear, number);
		}
		return map;
	}

	/**
	 * The section of a road map for a risk factor number.
	 */
	public long section(long roadMap, int factor) {
		return this.jdbc.queryForObject("""
				select s.id from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.road_map_id = ? and f.number = ?""", Long.class, roadMap, factor);
	}

	/**
	 * Adds a measure to a section; returns its id.
	 */
	public long measure(long section, String action, LocalDate due, String status) {
		return this.jdbc.queryForObject(
				"""
						insert into road_map_item (road_map_id, section_id, position, task, action, due_date, status)
						select s.road_map_id, s.id, coalesce((select max(position) from road_map_item where section_id = s.id), 0) + 1,
						       'Задача', ?, ?, ? from road_map_section s where s.id = ?
						returning id""",
				Long.class, action, due, status, section);
	}

}
