-- Public pages of the two demo municipalities: Baley at /public/baley (all sections but the events: Baley has no network),
-- Gatchina at /public/gatchina (everything).
insert into public_page (municipality_id, slug, enabled, show_programmes, show_schools, show_documents, show_road_map,
                         show_events, show_indicators, updated_by)
select id, 'baley', true, true, true, true, true, false, true, 'coordinator'
from municipality where name = 'Балейский район';
insert into public_page (municipality_id, slug, enabled, show_programmes, show_schools, show_documents, show_road_map,
                         show_events, show_indicators, updated_by)
select id, 'gatchina', true, true, true, true, true, true, true, 'gatchina'
from municipality where name = 'Гатчинский муниципальный район';
