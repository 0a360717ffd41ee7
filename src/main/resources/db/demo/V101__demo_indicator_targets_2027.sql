-- Project indicators: targets of Балейский район for its current programme year «500+ 2027» (added with the
-- early-warning demo), both checkpoints, so that «Показатели проекта» opens on a year with its targets set; the
-- year before («500+ 2026») keeps its targets and hand-entered values for the trend.
with periods as (
    select p.id as programme_year_id, p.municipality_id, c.checkpoint
    from programme_year p join municipality m on m.id = p.municipality_id
    cross join (values ('MIDYEAR'), ('FINAL')) as c(checkpoint)
    where m.name = 'Балейский район' and p.title = '500+ 2027'
), targets (code, midyear, final) as (
    values ('1', 1, 1), ('2', 60, 100), ('3', 90, 100), ('4.1', 25, 20), ('4.2', 45, 40), ('4.3', 15, 20),
           ('5', 5, 8), ('6', 12, 18), ('7', 50, 80), ('8', 40, 70), ('9', 50, 90), ('10', 40, 70), ('11', 1, 1),
           ('12', 30, 50), ('13', 40, 55), ('14', 60, 70), ('15', 25, 15)
)
insert into indicator_entry (municipality_id, programme_year_id, checkpoint, code, target, updated_by, updated_at)
select p.municipality_id, p.programme_year_id, p.checkpoint, t.code,
       case when p.checkpoint = 'MIDYEAR' then t.midyear else t.final end,
       'coordinator', timestamptz '2026-11-20 10:00+03'
from periods p cross join targets t
on conflict (programme_year_id, checkpoint, code) do nothing;
