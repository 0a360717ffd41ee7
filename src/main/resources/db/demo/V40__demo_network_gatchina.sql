-- Network mentoring demo (seed 002): the Gatchina concentrated model — 6 high-result schools mentor the
-- 12 low-result schools the seed names, two each — and a small distributed network in Baley around
-- МКОУ «СОШ № 14». Coordinates are approximate (settlement centres); activities, people and figures are
-- illustrative. Dates are fixed, so pairs that stopped in August 2026 show as «нет активности».

-- approximate coordinates of the Gatchina schools
update school s set latitude = c.lat, longitude = c.lon
from (values
  ('Сиверская ООШ', 59.3570, 30.0790), ('Сусанинская СОШ', 59.4260, 30.3380), ('Дружногорская СОШ', 59.2830, 30.1270),
  ('Никольская ООШ', 59.6990, 30.7830), ('Кобраловская ООШ', 59.6290, 30.1840), ('Елизаветинская СОШ', 59.4960, 29.7720),
  ('Коммунарская СОШ № 1', 59.6210, 30.3900), ('Гатчинская СОШ № 11', 59.5560, 30.1020), ('Лукашевская СОШ', 59.5790, 30.2400),
  ('Высокоключевая СОШ', 59.6100, 30.2700), ('Кобринская ООШ', 59.4190, 30.1100), ('Пламенская СОШ', 59.3300, 29.9800),
  ('Гатчинская СОШ № 2', 59.5690, 30.1270), ('Гатчинский лицей № 3', 59.5640, 30.1130), ('Гатчинская СОШ № 8 «ЦО»', 59.5730, 30.1390),
  ('Гатчинская СОШ № 9', 59.5600, 30.0950), ('Гимназия им. К.Д. Ушинского', 59.5650, 30.1200), ('Сиверская гимназия', 59.3560, 30.0750)
) as c(short_name, lat, lon), municipality m
where s.short_name = c.short_name and m.id = s.municipality_id and m.name = 'Гатчинский муниципальный район';

insert into programme_year (municipality_id, year, title, documents_due, created_by, created_at)
select id, 2026, 'Сетевое наставничество 2025/2026', date '2026-04-30', 'gatchina', timestamptz '2025-08-25 10:00+03'
from municipality where name = 'Гатчинский муниципальный район';

insert into programme_participant (programme_year_id, school_id, added_at)
select p.id, s.id, timestamptz '2025-08-25 10:00+03'
from programme_year p join school s on s.municipality_id = p.municipality_id
where p.title = 'Сетевое наставничество 2025/2026'
  and s.short_name in ('Сиверская ООШ', 'Сусанинская СОШ', 'Дружногорская СОШ', 'Никольская ООШ', 'Кобраловская ООШ',
                       'Елизаветинская СОШ', 'Коммунарская СОШ № 1', 'Гатчинская СОШ № 11', 'Лукашевская СОШ',
                       'Высокоключевая СОШ', 'Кобринская ООШ', 'Пламенская СОШ');

insert into network (programme_year_id, municipality_id, model, default_capacity, created_by, created_at)
select p.id, p.municipality_id, 'CONCENTRATED', 2, 'gatchina', timestamptz '2025-08-26 10:00+03'
from programme_year p where p.title = 'Сетевое наставничество 2025/2026';

-- pairs: mentor short name → mentee short name
create temporary table demo_pair (mentor varchar(100), mentee varchar(100), score integer, stale boolean) on commit drop;
insert into demo_pair values
  ('Гатчинская СОШ № 2', 'Гатчинская СОШ № 11', 71, false), ('Гатчинская СОШ № 2', 'Кобраловская ООШ', 64, false),
  ('Гатчинский лицей № 3', 'Коммунарская СОШ № 1', 58, false), ('Гатчинский лицей № 3', 'Лукашевская СОШ', 62, false),
  ('Гатчинская СОШ № 8 «ЦО»', 'Высокоключевая СОШ', 66, false), ('Гатчинская СОШ № 8 «ЦО»', 'Никольская ООШ', 49, false),
  ('Гатчинская СОШ № 9', 'Елизаветинская СОШ', 55, false), ('Гатчинская СОШ № 9', 'Сусанинская СОШ', 60, false),
  ('Гимназия им. К.Д. Ушинского', 'Кобринская ООШ', 57, false), ('Гимназия им. К.Д. Ушинского', 'Пламенская СОШ', 52, false),
  ('Сиверская гимназия', 'Сиверская ООШ', 74, true), ('Сиверская гимназия', 'Дружногорская СОШ', 69, true);

insert into network_school (network_id, school_id, role, capacity, added_by, added_at)
select distinct n.id, s.id, 'MENTOR', 2, 'gatchina', timestamptz '2025-08-26 10:05+03'
from network n join programme_year p on p.id = n.programme_year_id
join school s on s.municipality_id = n.municipality_id
join demo_pair d on d.mentor = s.short_name
where p.title = 'Сетевое наставничество 2025/2026';

insert into network_school (network_id, school_id, role, capacity, added_by, added_at)
select n.id, s.id, 'MENTEE', null, 'gatchina', timestamptz '2025-08-26 10:05+03'
from network n join programme_year p on p.id = n.programme_year_id
join school s on s.municipality_id = n.municipality_id
join demo_pair d on d.mentee = s.short_name
where p.title = 'Сетевое наставничество 2025/2026';

insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, score, goals, deficits_note,
                          created_by, created_at)
select n.id, mr.id, me.id, 'SUGGESTED', d.score,
       'Снизить долю обучающихся с «2» по ВПР по русскому языку и математике; выстроить внутришкольную систему '
       || 'профессионального развития педагогов через взаимопосещение уроков и совместные методические мероприятия.',
       'Дефициты по рисковому профилю и результатам ВПР 2025 года.',
       'gatchina', timestamptz '2025-09-01 09:00+03'
from network n join programme_year p on p.id = n.programme_year_id
join demo_pair d on true
join school mr on mr.municipality_id = n.municipality_id and mr.short_name = d.mentor
join school me on me.municipality_id = n.municipality_id and me.short_name = d.mentee
where p.title = 'Сетевое наставничество 2025/2026';

-- risk profiles of the network's schools (programme year 2026, catalogue 2026): mentees high in several
-- factors, mentors low in most
insert into risk_profile (programme_year_id, school_id, source, source_note, created_by, created_at,
                          school_confirmed_by, school_confirmed_at)
select p.id, s.id, 'IMPORT', 'fioko-risk-profiles-2026.xlsx', 'gatchina', timestamptz '2026-02-10 10:00+03',
       'gatchina', timestamptz '2026-02-20 10:00+03'
from programme_year p join network n on n.programme_year_id = p.id
join network_school ns on ns.network_id = n.id join school s on s.id = ns.school_id
where p.title = 'Сетевое наставничество 2025/2026';

insert into risk_profile_factor (profile_id, risk_factor_id, significance, source_significance)
select r.id, f.id, v.sig, v.sig
from risk_profile r
join programme_year p on p.id = r.programme_year_id
join network n on n.programme_year_id = p.id
join network_school ns on ns.network_id = n.id and ns.school_id = r.school_id
join risk_factor f on f.catalogue_year = 2026
cross join lateral (
  select case
    when ns.role = 'MENTOR' then (case when (f.number + r.school_id) % 5 = 0 then 'MEDIUM' else 'LOW' end)
    when f.number in (3, 8, 10) and (f.number + r.school_id) % 3 <> 0 then 'HIGH'
    when f.number in (5, 9) and (f.number + r.school_id) % 2 = 0 then 'HIGH'
    when (f.number + r.school_id) % 4 = 0 then 'LOW'
    else 'MEDIUM' end as sig
) v
where p.title = 'Сетевое наставничество 2025/2026';

insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id, chosen_by, chosen_at)
select r.programme_year_id, r.school_id, pf.risk_factor_id, 'gatchina', timestamptz '2026-03-01 10:00+03'
from risk_profile r
join programme_year p on p.id = r.programme_year_id
join network n on n.programme_year_id = p.id
join network_school ns on ns.network_id = n.id and ns.school_id = r.school_id and ns.role = 'MENTEE'
join risk_profile_factor pf on pf.profile_id = r.id and pf.significance = 'HIGH'
join risk_factor f on f.id = pf.risk_factor_id and f.number in (3, 8, 10)
where p.title = 'Сетевое наставничество 2025/2026';

-- the pair programmes address the chosen factors and the two weakest subjects of the mentee
insert into network_pair_factor (pair_id, risk_factor_id)
select np.id, c.risk_factor_id
from network_pair np join network n on n.id = np.network_id
join risk_factor_choice c on c.programme_year_id = n.programme_year_id and c.school_id = np.mentee_school_id;

insert into network_pair_subject (pair_id, subject)
select np.id, v.subject from network_pair np
cross join (values ('Русский язык'), ('Математика')) as v(subject)
join network n on n.id = np.network_id join programme_year p on p.id = n.programme_year_id
where p.title = 'Сетевое наставничество 2025/2026';

-- the curator «mentor»: deputy head of Гатчинская СОШ № 9, curator of its two mentee schools
insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
select 'mentor', '{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6', 'Андреева Светлана Игоревна',
       'Заместитель директора по УВР МБОУ «Гатчинская СОШ № 9», куратор', 'CURATOR', m.region_id, m.id, s.id
from school s join municipality m on m.id = s.municipality_id
where m.name = 'Гатчинский муниципальный район' and s.short_name = 'Гатчинская СОШ № 9';

insert into curator_assignment (curator_id, school_id, starts_on, created_by)
select u.id, s.id, date '2025-09-01', 'gatchina'
from app_user u join school s on s.short_name in ('Елизаветинская СОШ', 'Сусанинская СОШ')
join municipality m on m.id = s.municipality_id and m.name = 'Гатчинский муниципальный район'
where u.username = 'mentor';

-- joint activities: one a month per pair from October 2025; held up to 20 November 2026 (pairs marked
-- stale stop after August 2026), the next ones planned
insert into network_activity (pair_id, kind_id, topic, planned_on, responsible, expected_result, status, held_on,
                              place, online, leaders, teachers, students, parents, report, created_by, created_at,
                              recorded_by, recorded_at)
select np.id, k.id, t.topic, a.day, 'Заместители директоров по УВР школы-наставника и наставляемой школы',
       t.result,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') then 'HELD'
            when d.stale and a.day > date '2026-08-31' and a.day <= date '2026-11-20' then 'CANCELLED'
            else 'PLANNED' end,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') then a.day end,
       case when a.n % 3 = 0 then 'Школа-наставник' else 'Наставляемая школа' end, a.n % 5 = 4,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') then 1 + a.n % 3 else 0 end,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') then 4 + (np.id + a.n) % 9 else 0 end,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') and t.kind in ('Совместное внеурочное мероприятие для обучающихся', 'Открытый урок') then 15 + (np.id * 7 + a.n) % 20 else 0 end,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') and t.kind = 'Родительское собрание' then 12 + (np.id + a.n) % 15 else 0 end,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31')
            then 'Проведено по плану. ' || t.report end,
       'gatchina', timestamptz '2025-09-05 10:00+03',
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') then 'mentor' end,
       case when a.day <= date '2026-11-20' and not (d.stale and a.day > date '2026-08-31') then a.day + time '17:00' end
from network_pair np
join network n on n.id = np.network_id join programme_year p on p.id = n.programme_year_id
join school me on me.id = np.mentee_school_id
join demo_pair d on d.mentee = me.short_name
cross join lateral (
  select g.n, (date '2025-10-01' + (g.n * interval '1 month') + ((np.id % 12) + 8) * interval '1 day')::date as day
  from generate_series(0, 14) as g(n)
) a
join lateral (
  select * from (values
    (0, 'Взаимопосещение уроков', 'Взаимопосещение уроков математики в 5–6 классах', 'Выявлены приёмы формирующего оценивания для переноса в практику', 'Посещено 4 урока, проведён разбор.'),
    (1, 'Семинар', 'Семинар «Работа с результатами ВПР: от анализа к плану»', 'План коррекции по каждому классу', 'Составлены планы коррекции по классам.'),
    (2, 'Консультация', 'Консультация по внутришкольной системе повышения квалификации', 'Проект плана ВСОКО и методической работы', 'Согласован проект плана методической работы.'),
    (3, 'Мастер-класс', 'Мастер-класс «Смысловое чтение на уроках русского языка»', 'Педагоги применяют приёмы смыслового чтения', 'Педагоги опробовали три приёма.'),
    (4, 'Родительское собрание', 'Совместное родительское собрание «Как помочь ребёнку учиться»', 'Родители вовлечены в поддержку учебной мотивации', 'Родители получили памятки.'),
    (5, 'Открытый урок', 'Открытый урок русского языка в 7 классе', 'Образец урока с дифференциацией заданий', 'Урок проведён и обсуждён.'),
    (6, 'Проектная сессия', 'Проектная сессия по программе антирисковых мер', 'Уточнены задачи программы антирисковых мер', 'Задачи программы уточнены.'),
    (7, 'Совместный педагогический совет', 'Совместный педсовет «Учебная мотивация: что работает»', 'Решения педсовета внесены в дорожную карту', 'Решения внесены в дорожную карту.'),
    (8, 'Совместное внеурочное мероприятие для обучающихся', 'Математический квест для 5–7 классов двух школ', 'Рост интереса обучающихся к математике', 'Участвовали команды обеих школ.')
  ) as x(i, kind, topic, result, report)
  where x.i = (a.n + np.id) % 9
) t on true
join activity_kind k on k.name = t.kind
where p.title = 'Сетевое наставничество 2025/2026';

update network_activity a set curator_note = 'Мероприятие проведено содержательно, рекомендации переданы в методическое объединение.',
       curator_note_by = 'mentor'
from network_pair np join school me on me.id = np.mentee_school_id
where a.pair_id = np.id and a.status = 'HELD' and me.short_name in ('Елизаветинская СОШ', 'Сусанинская СОШ')
  and a.held_on < date '2026-06-01';

-- results of 2026 (ВПР spring 2026): the mentees improve on 2025, the mentors hold steady
insert into assessment_result (school_id, year, assessment, subject, grade, participants, mean_score, share_below,
                               share_good, updated_at)
select r.school_id, 2026, r.assessment, r.subject, r.grade, r.participants, r.mean_score,
       round(case when ns.role = 'MENTEE' then r.share_below * (0.72 + (r.school_id % 5) * 0.04)
                  else r.share_below * 0.95 end, 2),
       r.share_good, timestamptz '2026-06-20 12:00+03'
from assessment_result r
join network_school ns on ns.school_id = r.school_id
join network n on n.id = ns.network_id join programme_year p on p.id = n.programme_year_id
where p.title = 'Сетевое наставничество 2025/2026' and r.year = 2025;

-- social passports of 2026 as in 2025, so that «Анализ школ» classifies the network's schools in 2026
insert into social_passport (school_id, year, students, low_income_share, single_parent_share, disability_share,
                             non_native_share, preventive_share, higher_education_share, updated_by, updated_at)
select sp.school_id, 2026, sp.students, sp.low_income_share, sp.single_parent_share, sp.disability_share,
       sp.non_native_share, sp.preventive_share, sp.higher_education_share, 'gatchina', timestamptz '2026-06-25 12:00+03'
from social_passport sp
join network_school ns on ns.school_id = sp.school_id
join network n on n.id = ns.network_id join programme_year p on p.id = n.programme_year_id
where p.title = 'Сетевое наставничество 2025/2026' and sp.year = 2025;

-- Baley: a small distributed network of «500+ 2026» around СОШ № 14 (the curators' school); СОШ № 1 joins as a
-- second mentor, and two more schools wait for a pair (the coordinator can try «Подбор пар» on them)
insert into network (programme_year_id, municipality_id, model, default_capacity, created_by, created_at)
select p.id, p.municipality_id, 'DISTRIBUTED', 3, 'coordinator', timestamptz '2026-03-02 10:00+09'
from programme_year p where p.title = '500+ 2026';

insert into network_school (network_id, school_id, role, capacity, added_by, added_at)
select n.id, s.id, case when s.short_name = 'СОШ № 14' then 'MENTOR' else 'MENTEE' end,
       case when s.short_name = 'СОШ № 14' then 3 when s.short_name = 'СОШ № 1' then 2 end, 'coordinator',
       timestamptz '2026-03-02 10:05+09'
from network n join programme_year p on p.id = n.programme_year_id
join school s on s.municipality_id = n.municipality_id
where p.title = '500+ 2026' and s.short_name in ('СОШ № 14', 'Жидкинская ООШ', 'Ундино-Посельская СОШ');

insert into network_school (network_id, school_id, role, capacity, added_by, added_at)
select n.id, s.id, case when s.short_name = 'СОШ № 1' then 'MENTOR' else 'MENTEE' end,
       case when s.short_name = 'СОШ № 1' then 2 end, 'coordinator', timestamptz '2026-09-01 10:00+09'
from network n join programme_year p on p.id = n.programme_year_id
join school s on s.municipality_id = n.municipality_id
where p.title = '500+ 2026' and s.short_name in ('СОШ № 1', 'Нижнегирюнинская СОШ', 'Ильинская СОШ');

insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, goals, created_by, created_at)
select n.id, mr.id, me.id, 'MANUAL',
       'Поддержка педагогов наставляемой школы по факторам риска, выбранным с куратором.', 'coordinator',
       timestamptz '2026-03-02 11:00+09'
from network n join programme_year p on p.id = n.programme_year_id
join school mr on mr.municipality_id = n.municipality_id and mr.short_name = 'СОШ № 14'
join school me on me.municipality_id = n.municipality_id and me.short_name in ('Жидкинская ООШ', 'Ундино-Посельская СОШ')
where p.title = '500+ 2026';

insert into network_pair_factor (pair_id, risk_factor_id)
select np.id, c.risk_factor_id
from network_pair np join network n on n.id = np.network_id join programme_year p on p.id = n.programme_year_id
join risk_factor_choice c on c.programme_year_id = n.programme_year_id and c.school_id = np.mentee_school_id
where p.title = '500+ 2026';

insert into network_activity (pair_id, kind_id, topic, planned_on, responsible, expected_result, status, held_on,
                              place, online, leaders, teachers, students, parents, report, created_by, created_at,
                              recorded_by, recorded_at)
select np.id, k.id, v.topic, v.day, 'Белова И. С.', v.result, v.status, case when v.status = 'HELD' then v.day end,
       v.place, v.online, v.leaders, v.teachers, 0, 0, v.report, 'coordinator', timestamptz '2026-03-05 10:00+09',
       case when v.status = 'HELD' then 'curator' end, case when v.status = 'HELD' then v.day + time '16:00' end
from network_pair np join network n on n.id = np.network_id join programme_year p on p.id = n.programme_year_id
cross join (values
  ('Консультация', 'Установочная встреча: дефициты и план сетевой программы', date '2026-03-20', 'План сетевой программы', 'HELD', 'СОШ № 14', true, 2, 3, 'План согласован.'),
  ('Взаимопосещение уроков', 'Взаимопосещение уроков в начальной школе', date '2026-05-14', 'Приёмы работы с неуспевающими', 'HELD', 'Наставляемая школа', false, 1, 5, 'Посещено 3 урока.'),
  ('Семинар', 'Семинар по результатам ВПР 2026', date '2026-10-08', 'План коррекции', 'HELD', 'СОШ № 14', true, 2, 6, 'Составлен план коррекции.'),
  ('Мастер-класс', 'Мастер-класс «Учебная мотивация в 5–7 классах»', date '2026-12-10', 'Педагоги применяют приёмы мотивации', 'PLANNED', 'СОШ № 14', true, 0, 0, null)
) as v(kind, topic, day, result, status, place, online, leaders, teachers, report)
join activity_kind k on k.name = v.kind
where p.title = '500+ 2026';
