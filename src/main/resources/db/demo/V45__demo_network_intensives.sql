-- «Дни образовательных интенсивов» of the Gatchina network (seed 002): a school year of monthly days (September 2025
-- – May 2026, the last Thursday, December and April a week earlier), each with 3–4 parallel sessions for leaders,
-- teachers, students and parents on the common deficits of the mentee schools (risk factors 3, 8, 9, 10 and
-- mathematics / Russian), hosted by the mentor schools; registrations of the member schools, attendance and
-- satisfaction answers (1–5 with some comments). Figures are illustrative and deterministic. The network is the one
-- of the programme year «Сетевое наставничество 2025/2026» (db/demo V40); without it nothing is inserted.

create temporary table demo_intensive_day (month integer, held_on date, theme varchar(200)) on commit drop;
insert into demo_intensive_day values
  (1, date '2025-09-25', 'Старт сетевого года: общие дефициты школ'),
  (2, date '2025-10-30', 'Формирующее оценивание'),
  (3, date '2025-11-27', 'Читательская грамотность'),
  (4, date '2025-12-18', 'Учебная мотивация'),
  (5, date '2026-01-29', 'Работа с обучающимися группы риска'),
  (6, date '2026-02-26', 'Математика: западающие темы ВПР'),
  (7, date '2026-03-26', 'Русский язык: подготовка к ОГЭ'),
  (8, date '2026-04-23', 'Вовлечение родителей'),
  (9, date '2026-05-21', 'Итоги года и планы сети');

insert into intensive_day (network_id, held_on, starts_at, ends_at, place, title, status, survey_token, survey_open,
                           created_by, created_at)
select n.id, d.held_on, time '10:00', time '15:00',
       'МБОУ «Гатчинская СОШ № 8 «Центр образования», г. Гатчина, ул. Рощинская, 8',
       'День образовательных интенсивов: ' || d.theme, 'HELD',
       md5('opora-demo-intensive-' || d.month), d.month = 9, 'gatchina', timestamptz '2025-08-28 10:00+03'
from network n join programme_year p on p.id = n.programme_year_id
cross join demo_intensive_day d
where p.title = 'Сетевое наставничество 2025/2026';

-- sessions: month × group → topic, source (risk factor number or subject), host mentor school, room
create temporary table demo_intensive_session (month integer, grp varchar(10), topic varchar(300), factor integer,
                                               subject varchar(100), host varchar(100), room varchar(50)) on commit drop;
insert into demo_intensive_session values
  (1, 'LEADERS',  'Анализ рисковых профилей и выбор приоритетов сетевой программы', 8, null, 'Гатчинская СОШ № 8 «ЦО»', 'актовый зал'),
  (1, 'TEACHERS', 'Предметная и методическая компетентность: диагностика дефицитов педагога', 3, null, 'Гатчинский лицей № 3', 'каб. 21'),
  (1, 'STUDENTS', 'Учимся учиться: стратегии самостоятельной работы', 10, null, 'Гатчинская СОШ № 9', 'каб. 14'),
  (1, 'PARENTS',  'Как школа и семья вместе помогают ребёнку учиться', 9, null, 'Гимназия им. К.Д. Ушинского', 'библиотека'),
  (2, 'LEADERS',  'Внутришкольная система оценки качества: формирующее оценивание', 5, null, 'Гатчинский лицей № 3', 'актовый зал'),
  (2, 'TEACHERS', 'Приёмы формирующего оценивания на уроке', 3, null, 'Гатчинская СОШ № 2', 'каб. 21'),
  (2, 'STUDENTS', 'Математика без страха: решаем задачи ВПР', null, 'Математика', 'Гатчинская СОШ № 8 «ЦО»', 'каб. 14'),
  (2, 'PARENTS',  'Оценки и отметки: что важно знать родителям', 9, null, 'Гатчинская СОШ № 9', 'библиотека'),
  (3, 'LEADERS',  'Программа повышения квалификации внутри школы', 5, null, 'Гимназия им. К.Д. Ушинского', 'актовый зал'),
  (3, 'TEACHERS', 'Читательская грамотность на уроках всех предметов', null, 'Русский язык', 'Гимназия им. К.Д. Ушинского', 'каб. 21'),
  (3, 'STUDENTS', 'Читательский марафон: смысловое чтение', null, 'Русский язык', 'Сиверская гимназия', 'каб. 14'),
  (3, 'PARENTS',  'Семейное чтение: как поддержать интерес к книге', 9, null, 'Гатчинская СОШ № 2', 'библиотека'),
  (4, 'LEADERS',  'Мотивирующая образовательная среда школы', 10, null, 'Гатчинская СОШ № 9', 'актовый зал'),
  (4, 'TEACHERS', 'Учебная мотивация: активные методы обучения', 10, null, 'Гатчинский лицей № 3', 'каб. 21'),
  (4, 'STUDENTS', 'Проектная сессия «Моя будущая профессия»', 10, null, 'Гатчинская СОШ № 8 «ЦО»', 'каб. 14'),
  (5, 'LEADERS',  'Индивидуальные образовательные маршруты для обучающихся группы риска', 8, null, 'Гатчинская СОШ № 8 «ЦО»', 'актовый зал'),
  (5, 'TEACHERS', 'Дифференциация на уроке: задания разного уровня', 8, null, 'Гатчинская СОШ № 2', 'каб. 21'),
  (5, 'STUDENTS', 'Наставничество «ученик — ученик»', 8, null, 'Сиверская гимназия', 'каб. 14'),
  (5, 'PARENTS',  'Трудности в учёбе: когда и куда обращаться', 8, null, 'Гатчинская СОШ № 9', 'библиотека'),
  (6, 'LEADERS',  'Анализ результатов ВПР по математике и управленческие решения', null, 'Математика', 'Гатчинский лицей № 3', 'актовый зал'),
  (6, 'TEACHERS', 'Западающие темы ВПР по математике: разбор заданий', null, 'Математика', 'Гатчинский лицей № 3', 'каб. 21'),
  (6, 'STUDENTS', 'Математический практикум: текстовые задачи', null, 'Математика', 'Гатчинская СОШ № 2', 'каб. 14'),
  (6, 'PARENTS',  'Как помочь ребёнку с математикой дома', null, 'Математика', 'Гатчинская СОШ № 8 «ЦО»', 'библиотека'),
  (7, 'LEADERS',  'Подготовка к ГИА: внутришкольный контроль', null, 'Русский язык', 'Гимназия им. К.Д. Ушинского', 'актовый зал'),
  (7, 'TEACHERS', 'Сочинение-рассуждение в ОГЭ: критерии и типичные ошибки', null, 'Русский язык', 'Гимназия им. К.Д. Ушинского', 'каб. 21'),
  (7, 'STUDENTS', 'Пробный ОГЭ по русскому языку с разбором', null, 'Русский язык', 'Сиверская гимназия', 'каб. 14'),
  (7, 'PARENTS',  'ОГЭ: как поддержать выпускника', 9, null, 'Гатчинская СОШ № 9', 'библиотека'),
  (8, 'LEADERS',  'Родительское сообщество как ресурс школы', 9, null, 'Гатчинская СОШ № 2', 'актовый зал'),
  (8, 'TEACHERS', 'Эффективное родительское собрание', 9, null, 'Гатчинская СОШ № 9', 'каб. 21'),
  (8, 'PARENTS',  'Родительский всеобуч: режим, мотивация, цифровая среда', 9, null, 'Гимназия им. К.Д. Ушинского', 'библиотека'),
  (9, 'LEADERS',  'Итоги сетевого года: результаты пар и планы на 2026/2027', 8, null, 'Гатчинская СОШ № 8 «ЦО»', 'актовый зал'),
  (9, 'TEACHERS', 'Ярмарка педагогических практик наставников', 3, null, 'Гатчинский лицей № 3', 'каб. 21'),
  (9, 'STUDENTS', 'Фестиваль проектов обучающихся сети', 10, null, 'Сиверская гимназия', 'каб. 14');

-- the number of mentee schools behind each source, as the proposals count them (factor: high significance or chosen;
-- subject: a share of «2» of at least 20 % in the school's latest year)
insert into intensive_session (day_id, target_group, topic, host_school_id, room, risk_factor_id, subject, source_count,
                               capacity)
select d.id, s.grp, s.topic, h.id, s.room, f.id, s.subject,
       case
         when f.id is not null then (
           select count(distinct ns.school_id) from network_school ns
           where ns.network_id = n.id and ns.role = 'MENTEE'
             and (exists (select 1 from risk_profile r join risk_profile_factor pf on pf.profile_id = r.id
                          where r.programme_year_id = n.programme_year_id and r.school_id = ns.school_id
                            and pf.risk_factor_id = f.id and pf.significance = 'HIGH')
               or exists (select 1 from risk_factor_choice c where c.programme_year_id = n.programme_year_id
                          and c.school_id = ns.school_id and c.risk_factor_id = f.id)))
         else (
           select count(*) from network_school ns
           where ns.network_id = n.id and ns.role = 'MENTEE'
             and (select sum(r.share_below * r.participants) / sum(r.participants) from assessment_result r
                  where r.school_id = ns.school_id and r.subject = s.subject
                    and r.year = (select max(year) from assessment_result x where x.school_id = ns.school_id)) >= 20)
       end,
       case s.grp when 'STUDENTS' then 60 when 'PARENTS' then 50 else null end
from network n join programme_year p on p.id = n.programme_year_id
join intensive_day d on d.network_id = n.id
join demo_intensive_day m on m.held_on = d.held_on
join demo_intensive_session s on s.month = m.month
join school h on h.municipality_id = n.municipality_id and h.short_name = s.host
left join risk_factor f on f.catalogue_year = 2026 and f.number = s.factor
where p.title = 'Сетевое наставничество 2025/2026';

-- registrations: every mentee school sends people to the sessions of its group, mentor schools mostly to the leaders'
-- and teachers' sessions; numbers vary by school and month; a few name lists
insert into intensive_registration (session_id, school_id, leaders, teachers, students, parents, names, registered_by,
                                    registered_at)
select s.id, ns.school_id,
       case when s.target_group = 'LEADERS' then 1 + (ns.school_id + s.id) % 2 else 0 end,
       case when s.target_group = 'TEACHERS' then 2 + (ns.school_id * 3 + s.id) % 4
            when s.target_group = 'STUDENTS' then 1 else 0 end,
       case when s.target_group = 'STUDENTS' and ns.role = 'MENTEE' then 3 + (ns.school_id + s.id * 7) % 3 else 0 end,
       case when s.target_group = 'PARENTS' and ns.role = 'MENTEE' then 2 + (ns.school_id + s.id) % 3
            when s.target_group = 'PARENTS' then 1 else 0 end,
       case when (ns.school_id + s.id) % 7 = 0 and s.target_group = 'LEADERS'
            then 'Заместитель директора по УВР; руководитель МО' end,
       'gatchina', d.held_on - 7 + time '11:00'
from intensive_session s
join intensive_day d on d.id = s.day_id
join network n on n.id = d.network_id
join programme_year p on p.id = n.programme_year_id
join network_school ns on ns.network_id = n.id
where p.title = 'Сетевое наставничество 2025/2026'
  and (ns.role = 'MENTEE' or s.target_group in ('LEADERS', 'TEACHERS') or (ns.school_id + s.id) % 3 = 0)
  and (ns.school_id + s.id * 5) % 11 <> 0;

-- attendance: most of the registered come, now and then one less
update intensive_registration r set
  attended_leaders = greatest(r.leaders - case when (r.school_id + r.session_id) % 9 = 0 then 1 else 0 end, 0),
  attended_teachers = greatest(r.teachers - case when (r.school_id + r.session_id) % 5 = 0 then 1 else 0 end, 0),
  attended_students = greatest(r.students - case when (r.school_id + r.session_id) % 4 = 0 then 1 else 0 end, 0),
  attended_parents = greatest(r.parents - case when (r.school_id + r.session_id) % 3 = 0 then 1 else 0 end, 0),
  attendance_by = 'gatchina', attendance_at = d.held_on + 1 + time '12:00'
from intensive_session s join intensive_day d on d.id = s.day_id
join network n on n.id = d.network_id join programme_year p on p.id = n.programme_year_id
where s.id = r.session_id and p.title = 'Сетевое наставничество 2025/2026';

-- satisfaction: 18–33 respondents a day; each rates one or two sessions, mostly 4–5
insert into intensive_response (day_id, submitted_on)
select d.id, d.held_on + (g % 3)
from intensive_day d
join network n on n.id = d.network_id join programme_year p on p.id = n.programme_year_id
cross join generate_series(1, 33) g
where p.title = 'Сетевое наставничество 2025/2026' and g <= 18 + (d.id * 7) % 16;

create temporary table demo_response on commit drop as
select r.id, r.day_id, row_number() over (partition by r.day_id order by r.id) as n
from intensive_response r
join intensive_day d on d.id = r.day_id
join network nw on nw.id = d.network_id join programme_year p on p.id = nw.programme_year_id
where p.title = 'Сетевое наставничество 2025/2026';

create temporary table demo_day_session on commit drop as
select s.id, s.day_id, row_number() over (partition by s.day_id order by s.target_group, s.id) - 1 as k,
       count(*) over (partition by s.day_id) as total
from intensive_session s where s.day_id in (select day_id from demo_response);

insert into intensive_answer (response_id, session_id, score, comment)
select r.id, s.id,
       case
         when (r.n * 7 + s.k * 3 + s.day_id) % 23 = 0 then 2
         when (r.n * 5 + s.k + s.day_id) % 6 = 0 then 3
         when (r.n * 3 + s.k * 2 + s.day_id) % 5 < 2 then 4
         else 5 end,
       case (r.n + s.k * 3 + s.day_id) % 17
         when 0 then 'Очень полезно, материалы возьмём в работу.'
         when 5 then 'Хотелось бы больше практики и разбора конкретных заданий.'
         when 9 then 'Спасибо ведущим! Ждём продолжения в следующем месяце.'
         when 13 then 'Мало времени на вопросы, в остальном всё понравилось.'
         end
from demo_response r
join demo_day_session s on s.day_id = r.day_id
where s.k = r.n % s.total or (r.n % 3 = 0 and s.k = (r.n + 1) % s.total);
