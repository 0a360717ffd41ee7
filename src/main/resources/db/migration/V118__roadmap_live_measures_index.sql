-- The road-map monitoring counts the live measures of every participant's map (RoadMapMonitoring.summary) and
-- reads the status and due date of the page's maps' measures (measuresOf): both answered from this index alone
-- (an index-only scan per map), not from the table. docs/benchmarks.md «Step 9f».
create index road_map_item_live_idx on road_map_item (road_map_id) include (status, due_date) where deleted_at is null;
