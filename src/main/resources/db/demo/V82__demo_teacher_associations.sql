-- Demo methodological associations (issue 9): two per demo municipality, each with a leader, members from several
-- schools (up to two teachers of the subject per school), and three meetings with attendance. Deterministic: it
-- depends only on the demo teachers of V80.

create temporary table demo_mmo (
    municipality varchar(200), name varchar(300), theme varchar(300), subjects varchar(100)[]
) on commit drop;
insert into demo_mmo values
  ('Балейский район', 'ММО учителей русского языка и литературы', 'Русский язык и литература', array['русский язык', 'литература']),
  ('Балейский район', 'ММО учителей математики', 'Математика и информатика', array['математика', 'информатика']),
  ('Гатчинский муниципальный район', 'ММО учителей русского языка и литературы', 'Русский язык и литература', array['русский язык', 'литература']),
  ('Гатчинский муниципальный район', 'ММО учителей математики', 'Математика, подготовка к ОГЭ и ЕГЭ', array['математика', 'информатика']);

insert into teacher_association (municipality_id, name, theme, created_by, created_at)
select m.id, d.name, d.theme, 'demo', timestamptz '2025-09-10 10:00+03'
from demo_mmo d join municipality m on m.name = d.municipality;

-- members: up to two working teachers of the subjects per school of the municipality
insert into teacher_association_member (association_id, teacher_id, joined_on)
select a.id, x.id, date '2025-09-10'
from teacher_association a
join demo_mmo d on d.name = a.name
join municipality m on m.id = a.municipality_id and m.name = d.municipality
join lateral (
    select t.id, row_number() over (partition by t.school_id order by t.id) as n
    from teacher t join school s on s.id = t.school_id
    where s.municipality_id = a.municipality_id and t.created_by = 'demo' and t.left_on is null
      and t.main_subject = any(d.subjects)
) x on x.n <= 2
where a.created_by = 'demo';

-- the leader: the most qualified member (методист, высшая категория…), then the most experienced
update teacher_association a set leader_teacher_id = (
    select t.id from teacher_association_member am join teacher t on t.id = am.teacher_id
    where am.association_id = a.id
    order by case t.qualification when 'METHODIST' then 0 when 'MENTOR' then 1 when 'HIGHEST' then 2
                                  when 'FIRST' then 3 else 4 end,
             t.experience_years desc nulls last, t.id
    limit 1)
where a.created_by = 'demo';

insert into teacher_association_meeting (association_id, held_on, topic, note, created_by, created_at)
select a.id, v.held_on, v.topic, v.note, 'demo', v.held_on + time '15:00'
from teacher_association a
cross join (values
  (date '2025-10-22', 'Анализ результатов ВПР, ОГЭ и ЕГЭ 2025 года', 'Рассмотрены результаты по школам; выбраны три темы для совместной работы.'),
  (date '2026-03-25', 'Типичные ошибки обучающихся и приёмы их предупреждения', 'Обмен опытом; открытые уроки в двух школах.'),
  (date '2026-10-28', 'План работы объединения на 2026/27 учебный год', null)
) as v(held_on, topic, note)
where a.created_by = 'demo';

-- attendance: about three of four members, varying by meeting
insert into teacher_association_attendance (meeting_id, teacher_id)
select mt.id, am.teacher_id
from teacher_association_meeting mt
join teacher_association_member am on am.association_id = mt.association_id
where mt.created_by = 'demo' and (am.teacher_id + extract(day from mt.held_on)::int) % 4 <> 0;
