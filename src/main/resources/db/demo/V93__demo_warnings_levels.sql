-- Early warning: the 2022 and 2026 Baley programmes and the Gatchina network hold long-past deadlines, so their
-- participants are at «риск». A newer Baley programme year shows the other two levels: Ильинская СОШ has nothing
-- overdue (в норме); Нижнегирюнинская СОШ has a road-map measure past its due date (внимание). Dates are relative to
-- the day the demo data is loaded, so that the first start-up computes all three levels (WarningDemoStart).
insert into programme_year (municipality_id, year, title, documents_due, created_by)
select s.municipality_id, 2027, '500+ 2027', current_date + 90, 'demo'
from school s where s.short_name = 'Ильинская СОШ';

insert into programme_participant (programme_year_id, school_id, added_at)
select p.id, s.id, now() - interval '3 days'
from programme_year p join school s on s.short_name in ('Ильинская СОШ', 'Нижнегирюнинская СОШ')
where p.title = '500+ 2027';

insert into road_map (kind, programme_year_id, municipality_id, school_id, created_by, created_at, last_activity_at)
select 'SCHOOL', p.id, p.municipality_id, s.id, 'demo', now() - interval '3 days', now() - interval '3 days'
from programme_year p join school s on s.short_name = 'Нижнегирюнинская СОШ'
where p.title = '500+ 2027';

insert into road_map_section (road_map_id, position, title, goal)
select m.id, 1, 'Организационный этап', 'Запустить работу по программе'
from road_map m join school s on s.id = m.school_id
join programme_year p on p.id = m.programme_year_id
where s.short_name = 'Нижнегирюнинская СОШ' and p.title = '500+ 2027';

insert into road_map_item (road_map_id, section_id, position, task, action, due_date, responsible, status, updated_by)
select r.road_map_id, r.id, 1, 'Создать рабочую группу', 'Приказ о рабочей группе по программе', current_date - 10,
       'Директор', 'IN_PROGRESS', 'demo'
from road_map_section r join road_map m on m.id = r.road_map_id join school s on s.id = m.school_id
join programme_year p on p.id = m.programme_year_id
where s.short_name = 'Нижнегирюнинская СОШ' and p.title = '500+ 2027';

insert into road_map_item (road_map_id, section_id, position, task, action, due_date, responsible, status, updated_by)
select r.road_map_id, r.id, 2, 'Провести педсовет', 'Педсовет о программе развития', current_date + 30,
       'Заместитель директора', 'NOT_STARTED', 'demo'
from road_map_section r join road_map m on m.id = r.road_map_id join school s on s.id = m.school_id
join programme_year p on p.id = m.programme_year_id
where s.short_name = 'Нижнегирюнинская СОШ' and p.title = '500+ 2027';
