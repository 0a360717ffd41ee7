-- Makes the demo's municipal road map 1 («Балейский район», 12 rows) a road map of 50 live rows, as issue 11's
-- «road map of 50 rows» asks, for tools/bench/compare-petclinic.sh (docs/benchmarks.md «Step 10a»). Run it ONLY
-- on a copy of the demo data dir (an embedded PostgreSQL data dir; the portal must be running on it, port from
-- line 4 of <data dir>/postmaster.pid):
--   psql -h localhost -p <port> -U postgres -d postgres -f tools/bench/roadmap-50-rows.sql
-- Copies of the existing rows go to the end of their section ("(копия N)" after the action); idempotent: it adds
-- only what is missing up to 50.
WITH live AS (
  SELECT i.*, row_number() OVER (ORDER BY g, i.section_id, i.position) AS n, g
  FROM road_map_item i CROSS JOIN generate_series(1, 5) g
  WHERE i.road_map_id = 1 AND i.deleted_at IS NULL AND i.action NOT LIKE '%(копия %'
), missing AS (
  SELECT 50 - count(*) AS k FROM road_map_item WHERE road_map_id = 1 AND deleted_at IS NULL
)
INSERT INTO road_map_item (road_map_id, section_id, position, task, action, due_date, due_text, responsible,
  participants, indicator, expected_result, status, postpone_reason, done_mark, updated_by)
SELECT l.road_map_id, l.section_id,
  (SELECT max(position) FROM road_map_item m WHERE m.section_id = l.section_id) + l.n,
  l.task, l.action || ' (копия ' || l.g || ')', l.due_date, l.due_text, l.responsible, l.participants, l.indicator,
  l.expected_result, l.status, l.postpone_reason, l.done_mark, l.updated_by
FROM live l, missing
WHERE l.n <= missing.k;
SELECT count(*) AS live_rows_of_road_map_1 FROM road_map_item WHERE road_map_id = 1 AND deleted_at IS NULL;
