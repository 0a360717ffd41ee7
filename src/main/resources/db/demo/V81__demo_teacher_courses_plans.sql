-- Demo courses, enrolments and development plans (issue 9): a catalogue of seven courses for each demo
-- municipality (Балейский район, Гатчинский муниципальный район; one of them from last year, closed), a quarter of
-- the demo teachers enrolled in all statuses with entry and final test scores (some grew, some did not), no
-- certificates (they are uploaded files), and 2026/27 development plans (ИОМ) for a third of the teachers in the
-- «группа риска» in all statuses. Deterministic: everything follows from the ids, no random().

with catalogue(n, title, provider_baley, provider_gatchina, hours, format, starts_on, ends_on, active, description) as (
  values
  (1, 'Реализация требований обновлённых ФГОС НОО и ФГОС ООО в работе учителя',
      'ИРО Забайкальского края', 'ЛОИРО', 36, 'ONLINE', date '2026-09-14', date '2026-10-09', true,
      'Рабочая программа по предмету в конструкторе, требования к результатам, федеральные рабочие программы.'),
  (2, 'Формирование и оценка функциональной грамотности обучающихся',
      'Академия Минпросвещения России', 'Академия Минпросвещения России', 72, 'BLENDED', date '2026-10-05', date '2026-12-18', true,
      'Читательская, математическая и естественнонаучная грамотность: задания PISA-типа на уроке и их оценивание.'),
  (3, 'Методика подготовки обучающихся к ОГЭ и ЕГЭ по математике',
      'ЗабГУ', 'ЛГУ им. А. С. Пушкина', 48, 'IN_PERSON', date '2026-09-21', date '2026-10-30', true,
      'Разбор заданий повышенного уровня, типичные ошибки, индивидуальные траектории подготовки.'),
  (4, 'Цифровая образовательная среда: инструменты учителя',
      'ЦНППМ Забайкальского края', 'ЦНППМ ЛОИРО', 36, 'ONLINE', date '2027-01-18', date '2027-02-12', true,
      'ФГИС «Моя школа», цифровые сервисы для урока и домашних заданий, безопасность данных обучающихся.'),
  (5, 'Критериальное оценивание образовательных результатов',
      'ЗабГУ', 'РГПУ им. А. И. Герцена', 24, 'IN_PERSON', date '2026-10-12', date '2026-10-23', true,
      'Критерии и рубрики, формирующее оценивание, обратная связь обучающимся.'),
  (6, 'Психолого-педагогическое сопровождение обучающихся с ОВЗ в общеобразовательной школе',
      'ИРО Забайкальского края', 'ЛОИРО', 72, 'BLENDED', date '2027-02-01', date '2027-03-26', true,
      'Адаптированные программы, индивидуальный подход, взаимодействие с ППк и родителями.'),
  (7, 'Наставничество в образовательной организации: модели и практики',
      'Академия Минпросвещения России', 'Академия Минпросвещения России', 36, 'ONLINE', date '2025-10-01', date '2025-11-14', false,
      'Целевая модель наставничества, формы «педагог — педагог», «руководитель — руководитель».')
)
insert into course (municipality_id, title, provider, hours, format, starts_on, ends_on, description, active,
                    created_by, created_at)
select m.id, c.title, case when m.name = 'Балейский район' then c.provider_baley else c.provider_gatchina end,
       c.hours, c.format, c.starts_on, c.ends_on, c.description, c.active, 'demo',
       timestamptz '2026-08-25 10:00+03' + c.n * interval '1 hour'
from municipality m
cross join catalogue c
where m.name in ('Балейский район', 'Гатчинский муниципальный район')
order by m.id, c.n;

-- Enrolments: a quarter of the demo teachers, the course chosen by the teacher's id. Finished courses: four of
-- five completed (with both scores; the final one below, equal to or above the entry one), one of five not
-- completed; the running course: in progress with the entry score; courses of 2027: planned.
with picked as (
  select t.id as teacher_id, s.municipality_id,
         case t.id % 24 when 0 then 1 when 4 then 3 when 8 then 5 when 12 then 2 when 16 then 4 else 7 end as n
  from teacher t
  join school s on s.id = t.school_id
  where t.created_by = 'demo' and t.id % 4 = 0
),
courses as (
  select c.id, c.municipality_id, c.ends_on,
         case c.title when 'Реализация требований обновлённых ФГОС НОО и ФГОС ООО в работе учителя' then 1
                      when 'Формирование и оценка функциональной грамотности обучающихся' then 2
                      when 'Методика подготовки обучающихся к ОГЭ и ЕГЭ по математике' then 3
                      when 'Цифровая образовательная среда: инструменты учителя' then 4
                      when 'Критериальное оценивание образовательных результатов' then 5
                      when 'Психолого-педагогическое сопровождение обучающихся с ОВЗ в общеобразовательной школе' then 6
                      else 7 end as n
  from course c where c.created_by = 'demo'
),
rows as (
  select p.teacher_id, c.id as course_id, c.ends_on,
         case when p.n in (1, 3, 5, 7) then case when (p.teacher_id / 24) % 5 = 2 then 'NOT_COMPLETED' else 'COMPLETED' end
              when p.n = 2 then 'IN_PROGRESS' else 'PLANNED' end as status,
         35 + (p.teacher_id * 7) % 40 as entry,
         (p.teacher_id * 13) % 30 - 8 as delta
  from picked p join courses c on c.municipality_id = p.municipality_id and c.n = p.n
)
insert into course_enrolment (course_id, teacher_id, status, entry_score, final_score, completed_on, created_by,
                              created_at, updated_at)
select course_id, teacher_id, status,
       case when status = 'PLANNED' then null else entry end,
       case when status = 'COMPLETED' then least(100, greatest(0, entry + delta)) end,
       case when status = 'COMPLETED' then ends_on end,
       'demo', timestamptz '2026-09-01 12:00+03', timestamptz '2026-11-02 12:00+03'
from rows;

-- Plans of 2026/27 for a third of the teachers in the «группа риска» of 2026 (a score below 50 in an area, or the
-- external level «низкий», the default rule): draft, in progress or completed, addressing the areas below 50.
with risk as (
  select distinct d.teacher_id
  from teacher_diagnostic d
  join teacher t on t.id = d.teacher_id
  left join teacher_diagnostic_score sc on sc.diagnostic_id = d.id
  where t.created_by = 'demo' and d.academic_year = 2026 and (sc.score < 50 or d.external_level = 'LOW')
)
insert into teacher_plan (teacher_id, academic_year, status, goals, created_by, created_at, updated_at)
select r.teacher_id, 2026,
       (array['DRAFT', 'ACTIVE', 'COMPLETED'])[1 + (r.teacher_id / 3) % 3],
       'Устранить профессиональные дефициты, выявленные диагностикой 2026 года; применить освоенные приёмы на уроках и показать их на открытом уроке.',
       'demo', timestamptz '2026-10-20 12:00+03', timestamptz '2026-10-20 12:00+03'
from risk r
where r.teacher_id % 3 = 0;

insert into teacher_plan_area (plan_id, area_id)
select distinct p.id, sc.area_id
from teacher_plan p
join teacher_diagnostic d on d.teacher_id = p.teacher_id and d.academic_year = p.academic_year
join teacher_diagnostic_score sc on sc.diagnostic_id = d.id and sc.score < 50
where p.created_by = 'demo';

-- items: a course of the municipality's catalogue and two activities; a completed plan has them all done, a
-- plan in progress its first one
insert into teacher_plan_item (plan_id, position, title, course_id, due_on, done)
select p.id, 1, c.title, c.id, c.ends_on, p.status in ('ACTIVE', 'COMPLETED')
from teacher_plan p
join teacher t on t.id = p.teacher_id
join school s on s.id = t.school_id
join course c on c.municipality_id = s.municipality_id and c.created_by = 'demo'
     and c.title = case when p.teacher_id % 2 = 0 then 'Формирование и оценка функциональной грамотности обучающихся'
                        else 'Критериальное оценивание образовательных результатов' end
where p.created_by = 'demo';

insert into teacher_plan_item (plan_id, position, title, due_on, done)
select p.id, 2, 'Посещение и анализ уроков наставника (не менее 4)', date '2027-03-31', p.status = 'COMPLETED'
from teacher_plan p where p.created_by = 'demo';

insert into teacher_plan_item (plan_id, position, title, due_on, done)
select p.id, 3, 'Открытый урок для методического объединения школы', date '2027-04-24', p.status = 'COMPLETED'
from teacher_plan p where p.created_by = 'demo';

-- a mentor for plans in progress of teachers of mentee schools in an active pair: the first teacher of the
-- mentor school (by name), with the pair
update teacher_plan p
set mentor_teacher_id = m.mentor_id, network_pair_id = m.pair_id
from (
  select p2.id as plan_id, np.id as pair_id,
         (select mt.id from teacher mt where mt.school_id = np.mentor_school_id and mt.left_on is null
          order by mt.full_name, mt.id limit 1) as mentor_id
  from teacher_plan p2
  join teacher t on t.id = p2.teacher_id
  join network_pair np on np.mentee_school_id = t.school_id and np.ended_at is null
  where p2.created_by = 'demo' and p2.status = 'ACTIVE'
) m
where p.id = m.plan_id and m.mentor_id is not null;
