-- The portal's own questionnaires for risk profiles. Questions are statements answered on a four-point
-- scale (1 не согласен … 4 согласен); a «reverse» statement describes the good state, so agreement means
-- less risk. Each question feeds one or more risk factors (by number in the catalogue) with a weight.
-- Wording is the portal's own. Thresholds and the minimum respondents per group are data too.
create table survey_settings (
    id                 smallint     primary key default 1 check (id = 1),
    high_threshold     numeric(3,2) not null default 0.60,
    medium_threshold   numeric(3,2) not null default 0.35,
    min_principal      integer      not null default 1 check (min_principal >= 1),
    min_teacher        integer      not null default 5 check (min_teacher >= 1),
    min_student        integer      not null default 10 check (min_student >= 1),
    min_parent         integer      not null default 10 check (min_parent >= 1),
    check (0 < medium_threshold and medium_threshold < high_threshold and high_threshold <= 1)
);
insert into survey_settings (id) values (1);

create table survey_question (
    id               bigserial    primary key,
    catalogue_year   integer      not null,
    respondent_group varchar(10)  not null check (respondent_group in ('PRINCIPAL', 'TEACHER', 'STUDENT', 'PARENT')),
    number           integer      not null,
    text             varchar(500) not null,
    reverse          boolean      not null default false,
    unique (catalogue_year, respondent_group, number)
);

create table survey_question_factor (
    question_id   bigint       not null references survey_question (id) on delete cascade,
    factor_number integer      not null,
    weight        numeric(4,2) not null check (weight > 0),
    primary key (question_id, factor_number)
);

-- An anonymous link per participant, programme year and respondent group; the token is the only key.
create table survey_link (
    id                bigserial    primary key,
    programme_year_id bigint       not null references programme_year (id) on delete cascade,
    school_id         bigint       not null references school (id),
    respondent_group  varchar(10)  not null check (respondent_group in ('PRINCIPAL', 'TEACHER', 'STUDENT', 'PARENT')),
    token             varchar(64)  not null unique,
    open              boolean      not null default true,
    created_by        varchar(60),
    created_at        timestamptz  not null default now(),
    closed_at         timestamptz,
    unique (programme_year_id, school_id, respondent_group)
);

-- Answers hold no personal data: no account, no address, only the day of the answer.
create table survey_response (
    id           bigserial primary key,
    link_id      bigint    not null references survey_link (id) on delete cascade,
    submitted_on date      not null
);
create index survey_response_link_idx on survey_response (link_id);

create table survey_answer (
    response_id bigint   not null references survey_response (id) on delete cascade,
    question_id bigint   not null references survey_question (id),
    value       smallint not null check (value between 1 and 4),
    primary key (response_id, question_id)
);

insert into survey_question (catalogue_year, respondent_group, number, text, reverse) values
(2026, 'PRINCIPAL', 1, 'В школе не хватает современного оборудования для уроков (компьютеров, лабораторий, интерактивного оборудования).', false),
(2026, 'PRINCIPAL', 2, 'Есть вакансии педагогов, которые не удаётся закрыть дольше полугода.', false),
(2026, 'PRINCIPAL', 3, 'Часть предметов ведут педагоги без профильного образования или по совместительству.', false),
(2026, 'PRINCIPAL', 4, 'В школе работают наставничество и внутришкольное повышение квалификации педагогов.', true),
(2026, 'PRINCIPAL', 5, 'Учебные планы и программы адаптируются под возможности разных обучающихся.', true),
(2026, 'PRINCIPAL', 6, 'В школе много обучающихся, для которых русский язык не родной.', false),
(2026, 'PRINCIPAL', 7, 'Заметная часть обучающихся не справляется с программой.', false),
(2026, 'PRINCIPAL', 8, 'Родители редко приходят на собрания и школьные события.', false),
(2026, 'PRINCIPAL', 9, 'В школе бывают конфликты и случаи травли.', false),
(2026, 'PRINCIPAL', 10, 'Обучающиеся участвуют в проектах, олимпиадах, кружках.', true),
(2026, 'TEACHER', 1, 'Мне не хватает оборудования и материалов для уроков.', false),
(2026, 'TEACHER', 2, 'Из-за нехватки коллег мне приходится вести часы сверх нормальной нагрузки или другие предметы.', false),
(2026, 'TEACHER', 3, 'Мне трудно готовить учеников к ВПР, ОГЭ и ЕГЭ по новым требованиям.', false),
(2026, 'TEACHER', 4, 'Я могу обратиться к коллегам за методической помощью.', true),
(2026, 'TEACHER', 5, 'За последний год я прошёл (прошла) полезное для моей работы повышение квалификации.', true),
(2026, 'TEACHER', 6, 'Я даю разные задания ученикам с разным уровнем подготовки.', true),
(2026, 'TEACHER', 7, 'Часть моих учеников плохо понимает объяснения на русском языке.', false),
(2026, 'TEACHER', 8, 'В классах, где я работаю, трудно поддерживать дисциплину.', false),
(2026, 'TEACHER', 9, 'Многие мои ученики не справляются с программой.', false),
(2026, 'TEACHER', 10, 'Родители моих учеников интересуются их учёбой.', true),
(2026, 'TEACHER', 11, 'Большинству моих учеников неинтересно учиться.', false),
(2026, 'TEACHER', 12, 'В школе мне комфортно и безопасно работать.', true),
(2026, 'STUDENT', 1, 'На уроках мы пользуемся компьютерами и современным оборудованием.', true),
(2026, 'STUDENT', 2, 'У нас часто отменяют уроки или их ведут замещающие учителя.', false),
(2026, 'STUDENT', 3, 'Учителя понятно объясняют новый материал.', true),
(2026, 'STUDENT', 4, 'Если я чего-то не понял, мне помогут разобраться.', true),
(2026, 'STUDENT', 5, 'В школе меня никто не обижает.', true),
(2026, 'STUDENT', 6, 'Мне трудно успевать по многим предметам.', false),
(2026, 'STUDENT', 7, 'Мне интересно учиться.', true),
(2026, 'STUDENT', 8, 'Родители спрашивают меня об учёбе и помогают с уроками.', true),
(2026, 'PARENT', 1, 'Мне понятно, чему и как учат моего ребёнка.', true),
(2026, 'PARENT', 2, 'Я бываю на собраниях и школьных мероприятиях.', true),
(2026, 'PARENT', 3, 'Учителя сообщают мне об успехах и трудностях ребёнка.', true),
(2026, 'PARENT', 4, 'Ребёнку в школе безопасно и комфортно.', true),
(2026, 'PARENT', 5, 'Ребёнку трудно даётся учёба.', false),
(2026, 'PARENT', 6, 'Дома мы говорим в основном не на русском языке.', false);

insert into survey_question_factor (question_id, factor_number, weight)
select q.id, w.factor_number, w.weight
from survey_question q
join (values
  ('PRINCIPAL', 1, 1, 1.0), ('PRINCIPAL', 2, 2, 1.0), ('PRINCIPAL', 3, 2, 0.5), ('PRINCIPAL', 3, 3, 1.0),
  ('PRINCIPAL', 4, 5, 1.0), ('PRINCIPAL', 4, 3, 0.5), ('PRINCIPAL', 5, 4, 1.0), ('PRINCIPAL', 6, 6, 1.0),
  ('PRINCIPAL', 7, 8, 1.0), ('PRINCIPAL', 8, 9, 1.0), ('PRINCIPAL', 9, 7, 1.0), ('PRINCIPAL', 10, 10, 1.0),
  ('TEACHER', 1, 1, 1.0), ('TEACHER', 2, 2, 1.0), ('TEACHER', 3, 3, 1.0), ('TEACHER', 4, 5, 1.0),
  ('TEACHER', 4, 3, 0.5), ('TEACHER', 5, 5, 1.0), ('TEACHER', 6, 4, 1.0), ('TEACHER', 7, 6, 1.0),
  ('TEACHER', 8, 7, 1.0), ('TEACHER', 9, 8, 1.0), ('TEACHER', 10, 9, 1.0), ('TEACHER', 11, 10, 1.0),
  ('TEACHER', 12, 7, 1.0),
  ('STUDENT', 1, 1, 1.0), ('STUDENT', 2, 2, 1.0), ('STUDENT', 3, 3, 1.0), ('STUDENT', 4, 4, 1.0),
  ('STUDENT', 4, 8, 0.5), ('STUDENT', 5, 7, 1.0), ('STUDENT', 6, 8, 1.0), ('STUDENT', 7, 10, 1.0),
  ('STUDENT', 8, 9, 1.0),
  ('PARENT', 1, 9, 0.5), ('PARENT', 1, 3, 0.5), ('PARENT', 2, 9, 1.0), ('PARENT', 3, 9, 1.0),
  ('PARENT', 3, 4, 0.5), ('PARENT', 4, 7, 1.0), ('PARENT', 5, 8, 1.0), ('PARENT', 6, 6, 1.0)
) as w(respondent_group, number, factor_number, weight)
  on w.respondent_group = q.respondent_group and w.number = q.number
where q.catalogue_year = 2026;
