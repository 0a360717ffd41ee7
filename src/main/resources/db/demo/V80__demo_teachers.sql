-- Demo teachers (issue 9): deterministic generated teachers with fictional names for every Baley and Gatchina
-- school (as many as the school card says), their periods at the school, and diagnostics of professional
-- deficits for 2025/26 and 2026/27 so that the «группа риска» changes between the two years.

with surnames(i, m, f) as (
  select i, m, f from unnest(
    array['Иванов','Смирнов','Кузнецов','Попов','Васильев','Петров','Соколов','Михайлов','Новиков','Фёдоров',
          'Морозов','Волков','Алексеев','Лебедев','Семёнов','Егоров','Павлов','Козлов','Степанов','Николаев',
          'Орлов','Андреев','Макаров','Никитин','Захаров','Зайцев','Соловьёв','Борисов','Яковлев','Григорьев'],
    array['Иванова','Смирнова','Кузнецова','Попова','Васильева','Петрова','Соколова','Михайлова','Новикова','Фёдорова',
          'Морозова','Волкова','Алексеева','Лебедева','Семёнова','Егорова','Павлова','Козлова','Степанова','Николаева',
          'Орлова','Андреева','Макарова','Никитина','Захарова','Зайцева','Соловьёва','Борисова','Яковлева','Григорьева'])
    with ordinality as t(m, f, i)
),
first_names(i, m, f) as (
  select i, m, f from unnest(
    array['Александр','Сергей','Андрей','Алексей','Дмитрий','Игорь','Михаил','Николай','Владимир','Павел',
          'Олег','Евгений','Виктор','Юрий','Роман'],
    array['Елена','Ольга','Наталья','Татьяна','Ирина','Светлана','Марина','Анна','Юлия','Галина',
          'Людмила','Надежда','Оксана','Вера','Екатерина'])
    with ordinality as t(m, f, i)
),
patronymics(i, m, f) as (
  select i, m, f from unnest(
    array['Александрович','Сергеевич','Андреевич','Алексеевич','Дмитриевич','Игоревич','Михайлович','Николаевич',
          'Владимирович','Павлович','Олегович','Евгеньевич','Викторович','Юрьевич','Романович'],
    array['Александровна','Сергеевна','Андреевна','Алексеевна','Дмитриевна','Игоревна','Михайловна','Николаевна',
          'Владимировна','Павловна','Олеговна','Евгеньевна','Викторовна','Юрьевна','Романовна'])
    with ordinality as t(m, f, i)
),
subjects(i, name) as (
  select i, name from unnest(
    array['Русский язык','Математика','Начальные классы','История','Биология','Английский язык','Физика','Химия',
          'География','Информатика','Физическая культура','Литература','Обществознание','Технология','Музыка'])
    with ordinality as t(name, i)
),
staff as (
  select s.id as school_id, g.n,
         (s.id * 7 + g.n * 3) % 5 = 0 as male,
         1 + (g.n - 1) % 30 as si,
         1 + ((g.n - 1) / 30 + g.n * 7 + s.id::int) % 15 as fi,
         1 + (g.n * 11 + s.id::int * 3) % 15 as pi,
         1 + (g.n * 4 + s.id::int) % 15 as subj
  from school s
  join municipality m on m.id = s.municipality_id
  cross join lateral generate_series(1, coalesce(s.teachers, 0)) as g(n)
  where m.name in ('Балейский район', 'Гатчинский муниципальный район')
),
named as (
  select st.*, case when st.male then sn.m || ' ' || fn.m || ' ' || pn.m
                    else sn.f || ' ' || fn.f || ' ' || pn.f end as full_name,
         sb.name as subject
  from staff st
  join surnames sn on sn.i = st.si
  join first_names fn on fn.i = st.fi
  join patronymics pn on pn.i = st.pi
  join subjects sb on sb.i = st.subj
)
insert into teacher (school_id, full_name, name_key, main_subject, position, qualification, experience_years,
                     created_by, created_at, updated_at)
select school_id, full_name, replace(lower(full_name), 'ё', 'е'), replace(lower(subject), 'ё', 'е'),
       case when n = 1 then 'Заместитель директора по УВР' when subject = 'Начальные классы' then 'Учитель начальных классов'
            else 'Учитель' end,
       (array['NONE','CONFORMITY','FIRST','FIRST','HIGHEST','HIGHEST','METHODIST','MENTOR'])[1 + (n * 5 + school_id::int) % 8],
       1 + (n * 7 + school_id::int * 3) % 38,
       'demo', timestamptz '2025-09-01 09:00+03', timestamptz '2025-09-01 09:00+03'
from named;

-- subjects: the main one, and a second one for language and mathematics teachers
insert into teacher_subject (teacher_id, position, subject)
select t.id, 0, s.name
from teacher t
join lateral (select name from unnest(array['Русский язык','Математика','Начальные классы','История','Биология',
      'Английский язык','Физика','Химия','География','Информатика','Физическая культура','Литература',
      'Обществознание','Технология','Музыка']) as x(name) where replace(lower(x.name), 'ё', 'е') = t.main_subject) s on true
where t.created_by = 'demo';
insert into teacher_subject (teacher_id, position, subject)
select t.id, 1, case t.main_subject when 'русский язык' then 'Литература' when 'математика' then 'Информатика'
                                    else 'Обществознание' end
from teacher t
where t.created_by = 'demo' and t.main_subject in ('русский язык', 'математика', 'история');

insert into teacher_school_period (teacher_id, school_id, from_date)
select id, school_id, date '2025-09-01' - ((id % 7) * 365)::int from teacher where created_by = 'demo';

-- diagnostics: seven of ten teachers by competence area, one of ten by an external diagnostic, in two years
insert into teacher_diagnostic (teacher_id, academic_year, external_percent, external_level, entered_by, entered_at)
select t.id, y.year,
       case when t.id % 10 = 7 then 25 + (t.id * 13 + y.year * 7) % 70 end,
       case when t.id % 10 = 7 then case when 25 + (t.id * 13 + y.year * 7) % 70 < 40 then 'LOW'
                                        when 25 + (t.id * 13 + y.year * 7) % 70 < 75 then 'MEDIUM' else 'HIGH' end end,
       'demo', make_timestamptz(y.year, 10, 15, 12, 0, 0, 'Europe/Moscow')
from teacher t
cross join (values (2025), (2026)) as y(year)
where t.created_by = 'demo' and t.id % 10 <= 7;

insert into teacher_diagnostic_score (diagnostic_id, area_id, score)
select d.id, a.id, 47 + (d.teacher_id * 17 + a.id * 29 + d.academic_year * 7) % 52
from teacher_diagnostic d
join teacher t on t.id = d.teacher_id
cross join teacher_competence_area a
where t.created_by = 'demo' and t.id % 10 < 7;
