-- A realistic region for load tests (docs/benchmarks.md), on top of the demo data. Run on demand, never in tests or
-- in the demo migrations:
--
--   psql -h localhost -p $(sed -n 4p /tmp/opora-bench-pg/postmaster.pid) -U postgres postgres \
--        -v ON_ERROR_STOP=1 -f tools/region-generator.sql
--
-- (with the portal stopped or running; one transaction; run it once per database: names are unique).
-- Adds to «Забайкальский край» 2,000 schools over 40 municipalities: :baley_schools of them (default 1,000) to the
-- demo coordinator's «Балейский район», the rest evenly over 39 new municipalities «Район NN». For each new school:
-- 10 years (2016–2025) of ВПР/ОГЭ/ЕГЭ results (6 rows a year) and social passports, a school account
-- (gen-school-<id>). Every 5th new school of Балейский район takes part in each of its programme years, with two
-- chosen risk factors, a risk profile (10 factors), a concept and a medium-term programme (stored_file rows whose
-- files do not exist on disk: pages work, downloads of these answer «файл не найден»), a school road map (3 sections ×
-- 5 measures) and a curator (gen-curator-NN, one per 10 participants). Each new school gets its teachers (the school's
-- «teachers» figure) with diagnostics in 2025 and 2026. Every new municipality gets a coordinator
-- (gen-coord-NN) and a programme year «500+ 2026» with every 5th school. All accounts have the password of the demo
-- account `coordinator` (demo: «demo»).
\set ON_ERROR_STOP 1
\if :{?baley_schools}
\else
  \set baley_schools 1000
\endif

begin;

create temporary table gen_school (id bigint primary key, municipality_id bigint, n integer) on commit drop;

-- municipalities
insert into municipality (region_id, name)
select r.id, 'Район ' || lpad(m::text, 2, '0')
from region r, generate_series(1, 39) m
where r.name = 'Забайкальский край';

-- schools: :baley_schools in Балейский район, the rest over the 39 new municipalities
with target as (
    select m.id as municipality_id, g.n
    from municipality m join region r on r.id = m.region_id,
         generate_series(1, :baley_schools) g(n)
    where r.name = 'Забайкальский край' and m.name = 'Балейский район'
    union all
    select m.id, g.n
    from municipality m join region r on r.id = m.region_id,
         generate_series(1, (2000 - :baley_schools) / 39 + 1) g(n)
    where r.name = 'Забайкальский край' and m.name like 'Район __'
), numbered as (
    select municipality_id, n, row_number() over (order by municipality_id, n) as rn from target
), ins as (
    insert into school (municipality_id, name, short_name, type, address, settlement, distance_km, students, teachers,
                        small_school, principal_name, phone, email)
    select municipality_id,
           'МОУ «' || (array['Средняя', 'Основная', 'Начальная'])[1 + n % 3] || ' школа № ' || n || ' имени '
               || (array['А. С. Пушкина', 'Л. Н. Толстого', 'М. В. Ломоносова', 'Ю. А. Гагарина', 'А. П. Чехова'])[1 + n % 5]
               || ' (' || rn || ')»',
           (array['СОШ', 'ООШ', 'НОШ'])[1 + n % 3] || ' № ' || n || ' (' || rn || ')',
           (array['SOSH', 'OOSH', 'NOSH'])[1 + n % 3],
           (array['с. Нижний Кокертай', 'п. Сивяково', 'с. Ундино-Поселье', 'г. Балей', 'с. Подойницыно'])[1 + n % 5]
               || ', ул. ' || (array['Школьная', 'Центральная', 'Ленина', 'Мира'])[1 + n % 4] || ', ' || (1 + n % 40),
           case when n % 4 = 0 then 'URBAN' else 'RURAL' end,
           5 + (n * 7) % 180,
           40 + (n * 37) % 900,
           6 + (n * 11) % 70,
           n % 3 = 2,
           (array['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова'])[1 + n % 6] || ' '
               || (array['Анна', 'Мария', 'Елена', 'Ольга'])[1 + n % 4] || ' '
               || (array['Ивановна', 'Петровна', 'Сергеевна'])[1 + n % 3],
           '+7 30232 ' || lpad((n % 100000)::text, 5, '0'),
           'school' || rn || '@example.org'
    from numbered
    where rn <= 2000
    returning id, municipality_id
)
insert into gen_school (id, municipality_id, n)
select id, municipality_id, row_number() over (partition by municipality_id order by id) from ins;

-- 10 years of results: ВПР 4 and 5 (математика, русский язык), ОГЭ and ЕГЭ (математика)
insert into assessment_result (school_id, year, assessment, subject, grade, participants, mean_score, share_below,
                               share_good)
select s.id, y, a.assessment, a.subject, a.grade, 5 + (s.id + y) % 40,
       round((35 + (s.id * 13 + y * 7 + a.grade) % 50)::numeric, 2),
       round(((s.id * 17 + y * 3 + a.grade) % 35)::numeric, 2),
       round(((s.id * 5 + y) % 50)::numeric, 2)
from gen_school s, generate_series(2016, 2025) y,
     (values ('VPR', 'Математика', 4), ('VPR', 'Русский язык', 4), ('VPR', 'Математика', 5),
             ('VPR', 'Русский язык', 5), ('OGE', 'Математика', 9), ('EGE', 'Математика', 11)) a(assessment, subject, grade);

insert into social_passport (school_id, year, students, low_income_share, single_parent_share, disability_share,
                             non_native_share, preventive_share, higher_education_share, updated_by)
select s.id, y, 40 + (s.id * 37 + y) % 900, (s.id + y) % 60, (s.id * 3 + y) % 40, (s.id + y) % 8, (s.id * 7) % 15,
       (s.id + y * 5) % 10, 10 + (s.id * 11 + y) % 50, 'generator'
from gen_school s, generate_series(2016, 2025) y;

-- accounts
insert into app_user (username, password_hash, full_name, role, region_id, municipality_id, school_id)
select 'gen-school-' || s.id, (select password_hash from app_user where username = 'coordinator'),
       'Директор школы ' || s.id, 'SCHOOL', m.region_id, s.municipality_id, s.id
from gen_school s join municipality m on m.id = s.municipality_id;

insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
select 'gen-coord-' || substr(m.name, 7), (select password_hash from app_user where username = 'coordinator'),
       'Координатор ' || m.name, 'COORDINATOR', m.region_id, m.id
from municipality m where m.name like 'Район __';

-- programme years of the new municipalities
insert into programme_year (municipality_id, year, title, documents_due, created_by)
select m.id, 2026, '500+ 2026', date '2026-12-01', 'generator' from municipality m where m.name like 'Район __';

-- participants: every 5th new school, in each programme year of its municipality
insert into programme_participant (programme_year_id, school_id)
select y.id, s.id from gen_school s join programme_year y on y.municipality_id = s.municipality_id
where s.n % 5 = 0;

create temporary table gen_participant on commit drop as
select p.programme_year_id, p.school_id, y.year, s.municipality_id, s.n
from programme_participant p join gen_school s on s.id = p.school_id join programme_year y on y.id = p.programme_year_id;

insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id, chosen_by)
select p.programme_year_id, p.school_id, f.id, 'generator'
from gen_participant p join risk_factor f on f.catalogue_year = (select max(catalogue_year) from risk_factor
                                                                 where catalogue_year <= p.year)
where f.number in (1 + p.n % 10, 1 + (p.n + 3) % 10);

insert into risk_profile (programme_year_id, school_id, source, source_note, created_by)
select programme_year_id, school_id, 'IMPORT', 'generator', 'generator' from gen_participant;

insert into risk_profile_factor (profile_id, risk_factor_id, significance, source_significance, score)
select rp.id, f.id, s.sig, s.sig, round(((rp.id + f.number) % 100)::numeric / 100, 3)
from risk_profile rp join gen_participant p on p.programme_year_id = rp.programme_year_id and p.school_id = rp.school_id
join risk_factor f on f.catalogue_year = (select max(catalogue_year) from risk_factor where catalogue_year <= p.year),
lateral (select (array['HIGH', 'MEDIUM', 'LOW', 'NO_DATA'])[1 + (rp.id + f.number) % 4] as sig) s;

-- documents: concept and medium-term programme, one version each
create temporary table gen_document on commit drop as
select p.programme_year_id, p.school_id, k.kind,
       (array['SUBMITTED', 'APPROVED', 'RETURNED', 'APPROVED'])[1 + (p.school_id + k.i) % 4] as status,
       gen_random_uuid()::text as storage_key
from gen_participant p, (values ('CONCEPT', 1), ('MEDIUM_TERM_PROGRAMME', 2)) k(kind, i);

insert into stored_file (storage_key, original_name, content_type, size_bytes, sha256, created_by)
select storage_key, lower(kind) || '.pdf', 'application/pdf', 1024, repeat('0', 64), 'generator' from gen_document;

insert into document (programme_year_id, school_id, kind, status, versions_count, submitted_at, decided_at, decided_by)
select programme_year_id, school_id, kind, status, 1, now() - interval '20 days',
       case when status <> 'SUBMITTED' then now() - interval '5 days' end,
       case when status <> 'SUBMITTED' then 'coordinator' end
from gen_document;

insert into document_version (document_id, number, file_id, comment, uploaded_by, uploaded_at)
select d.id, 1, f.id, 'generator', 'gen-school-' || d.school_id, now() - interval '20 days'
from gen_document g
join document d on d.programme_year_id = g.programme_year_id and d.school_id = g.school_id and d.kind = g.kind
join stored_file f on f.storage_key = g.storage_key;

-- school road maps: 3 sections × 5 measures
insert into road_map (kind, programme_year_id, municipality_id, school_id, created_by)
select 'SCHOOL', programme_year_id, municipality_id, school_id, 'generator' from gen_participant;

insert into road_map_section (road_map_id, position, title, goal, rag, next_review_on)
select m.id, sec, 'Направление ' || sec, 'Цель направления ' || sec,
       (array['RED', 'AMBER', 'GREEN', null])[1 + (m.id + sec) % 4], date '2026-03-01' + (m.id % 60)::int
from road_map m join gen_participant p on p.programme_year_id = m.programme_year_id and p.school_id = m.school_id,
     generate_series(1, 3) sec;

insert into road_map_item (road_map_id, section_id, position, task, action, due_date, responsible, indicator,
                           expected_result, status, updated_by)
select s.road_map_id, s.id, i, 'Задача ' || i, 'Мероприятие ' || s.position || '.' || i,
       date '2026-02-01' + ((s.id * 7 + i * 23) % 300)::int, 'Заместитель директора', 'Доля обучающихся',
       'Результат ' || i,
       (array['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'IN_PROGRESS', 'DONE'])[1 + (s.id + i) % 5],
       'generator'
from road_map_section s
join road_map m on m.id = s.road_map_id
join gen_participant p on p.programme_year_id = m.programme_year_id and p.school_id = m.school_id,
     generate_series(1, 5) i;

-- curators: one per 10 participants of a municipality, each assigned to its 10 schools
create temporary table gen_curated on commit drop as
select distinct on (school_id) school_id, municipality_id,
       municipality_id || '-' || ((dense_rank() over (partition by municipality_id order by school_id) - 1) / 10) as curator_key
from gen_participant;

insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id)
select distinct 'gen-curator-' || c.curator_key, (select password_hash from app_user where username = 'coordinator'),
       'Куратор ' || c.curator_key, 'Методист', 'CURATOR', m.region_id, c.municipality_id
from gen_curated c join municipality m on m.id = c.municipality_id;

insert into curator_assignment (curator_id, school_id, starts_on, created_by)
select u.id, c.school_id, date '2026-01-15', 'generator'
from gen_curated c join app_user u on u.username = 'gen-curator-' || c.curator_key;

-- teachers (docs/benchmarks.md «Step 14»): as many as the school's «teachers» figure (6–75), with a main subject and a
-- period at the school; seven of ten with a diagnostic by competence area in 2025 and 2026 (five scores each), one of
-- ten with an external diagnostic, as the demo's teachers (V80)
insert into teacher (school_id, full_name, name_key, main_subject, position, qualification, experience_years,
                     created_by, created_at, updated_at)
select s.id, 'Учитель ' || s.id || '-' || g.n, 'учитель ' || s.id || '-' || g.n,
       (array['русский язык', 'математика', 'начальные классы', 'история', 'биология', 'английский язык', 'физика'])[1 + g.n % 7],
       'Учитель', (array['NONE', 'CONFORMITY', 'FIRST', 'HIGHEST', 'METHODIST'])[1 + (g.n + s.id::int) % 5],
       1 + (g.n * 7 + s.id::int) % 38, 'generator', timestamptz '2025-09-01 09:00+03', timestamptz '2025-09-01 09:00+03'
from gen_school gs join school s on s.id = gs.id
cross join lateral generate_series(1, coalesce(s.teachers, 0)) g(n);

insert into teacher_school_period (teacher_id, school_id, from_date)
select id, school_id, date '2025-09-01' from teacher where created_by = 'generator';

insert into teacher_diagnostic (teacher_id, academic_year, external_percent, external_level, entered_by, entered_at)
select t.id, y.year,
       case when t.id % 10 = 7 then 25 + (t.id * 13 + y.year * 7) % 70 end,
       case when t.id % 10 = 7 then case when 25 + (t.id * 13 + y.year * 7) % 70 < 40 then 'LOW'
                                        when 25 + (t.id * 13 + y.year * 7) % 70 < 75 then 'MEDIUM' else 'HIGH' end end,
       'generator', make_timestamptz(y.year, 10, 15, 12, 0, 0, 'Europe/Moscow')
from teacher t cross join (values (2025), (2026)) as y(year)
where t.created_by = 'generator' and t.id % 10 <= 7;

insert into teacher_diagnostic_score (diagnostic_id, area_id, score)
select d.id, a.id, 47 + (d.teacher_id * 17 + a.id * 29 + d.academic_year * 7) % 52
from teacher_diagnostic d
join teacher t on t.id = d.teacher_id
cross join teacher_competence_area a
where t.created_by = 'generator' and t.id % 10 < 7;

commit;

analyze;

select (select count(*) from school) as schools, (select count(*) from municipality) as municipalities,
       (select count(*) from assessment_result) as results, (select count(*) from social_passport) as passports,
       (select count(*) from programme_participant) as participants, (select count(*) from document) as documents,
       (select count(*) from road_map_item) as measures, (select count(*) from app_user) as accounts,
       (select count(*) from teacher) as teachers, (select count(*) from teacher_diagnostic) as diagnostics;
