-- Teachers (issue 9; seed 001 indicators 9–12 and 15, seed 003): a school's teachers with the minimum of
-- personal data, diagnostics of professional deficits and the «группа риска», individual development plans
-- (ИОМ), the course catalogue with enrolments, and municipal methodological associations (ММО).
-- A year here is an academic year, stored as the calendar year it starts in (2026 = 2026/27 учебный год).

-- Competence areas of the diagnostic: reference data, edited by the administrator.
create table teacher_competence_area (
    id       bigserial    primary key,
    name     varchar(200) not null,
    position integer      not null default 0,
    active   boolean      not null default true,
    version  bigint       not null default 0
);
create unique index teacher_competence_area_name_uq on teacher_competence_area (lower(name));
insert into teacher_competence_area (name, position) values
    ('Предметная', 1), ('Методическая', 2), ('Психолого-педагогическая', 3), ('Оценочная', 4), ('Цифровая', 5);

-- The rule that puts a teacher into the «группа риска», per region (no row: the defaults).
create table teacher_risk_rule (
    region_id          bigint       primary key references region (id) on delete cascade,
    area_threshold     numeric(5,2) not null default 50 check (area_threshold between 0 and 100),
    external_threshold numeric(5,2) check (external_threshold between 0 and 100),
    external_levels    varchar(60)  not null default 'LOW',
    updated_by         varchar(60),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);

-- A teacher of a school. No birth dates, passport data or addresses. A departed teacher keeps the row (for
-- counts); after the retention period the name is replaced by «выбыл(а)» and the e-mail removed.
create table teacher (
    id               bigserial    primary key,
    school_id        bigint       not null references school (id),
    full_name        varchar(200) not null check (length(trim(full_name)) > 0),
    -- the normalised name and the main subject identify a teacher of a school for re-imports
    name_key         varchar(200) not null,
    main_subject     varchar(100) not null default '',
    position         varchar(150),
    qualification    varchar(15)  not null default 'NONE'
                     check (qualification in ('NONE', 'CONFORMITY', 'FIRST', 'HIGHEST', 'METHODIST', 'MENTOR')),
    experience_years integer      check (experience_years between 0 and 70),
    email            varchar(254),
    left_on          date,
    anonymised_at    timestamptz,
    created_by       varchar(60),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create unique index teacher_school_key_uq on teacher (school_id, name_key, main_subject) where anonymised_at is null;
create index teacher_school_idx on teacher (school_id);
create index teacher_left_idx on teacher (left_on) where left_on is not null and anonymised_at is null;

-- Subjects taught, in the order given (the first is the main subject).
create table teacher_subject (
    teacher_id bigint       not null references teacher (id) on delete cascade,
    position   integer      not null,
    subject    varchar(100) not null,
    primary key (teacher_id, position)
);
create index teacher_subject_subject_idx on teacher_subject (lower(subject));

-- Where a teacher worked: a teacher belongs to one school at a time, a move keeps the history.
create table teacher_school_period (
    id         bigserial   primary key,
    teacher_id bigint      not null references teacher (id) on delete cascade,
    school_id  bigint      not null references school (id),
    from_date  date        not null,
    to_date    date,
    check (to_date is null or to_date >= from_date)
);
create unique index teacher_school_period_open_uq on teacher_school_period (teacher_id) where to_date is null;
create index teacher_school_period_school_idx on teacher_school_period (school_id);

-- A diagnostic of professional deficits of a teacher in a year: scores per competence area and/or the result
-- of an external diagnostic (a percentage and a level).
create table teacher_diagnostic (
    id               bigserial    primary key,
    teacher_id       bigint       not null references teacher (id) on delete cascade,
    academic_year    integer      not null check (academic_year between 2000 and 2100),
    external_percent numeric(5,2) check (external_percent between 0 and 100),
    external_level   varchar(10)  check (external_level in ('LOW', 'MEDIUM', 'HIGH')),
    note             varchar(1000),
    entered_by       varchar(60),
    entered_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    unique (teacher_id, academic_year)
);
create index teacher_diagnostic_year_idx on teacher_diagnostic (academic_year);

create table teacher_diagnostic_score (
    diagnostic_id bigint       not null references teacher_diagnostic (id) on delete cascade,
    area_id       bigint       not null references teacher_competence_area (id),
    score         numeric(5,2) not null check (score between 0 and 100),
    primary key (diagnostic_id, area_id)
);

-- The course catalogue of a municipality, kept by the coordinator (and the administrator).
create table course (
    id              bigserial    primary key,
    municipality_id bigint       not null references municipality (id),
    title           varchar(300) not null,
    provider        varchar(300),
    hours           integer      check (hours between 1 and 2000),
    format          varchar(10)  not null check (format in ('IN_PERSON', 'ONLINE', 'BLENDED')),
    starts_on       date,
    ends_on         date,
    description     varchar(2000),
    active          boolean      not null default true,
    created_by      varchar(60),
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index course_municipality_idx on course (municipality_id);

-- A teacher on a course: запланирован → проходит → завершён / не завершён, the certificate, and the scores of
-- the course's entry and final tests (indicator 10: competence grew when final > entry).
create table course_enrolment (
    id                  bigserial    primary key,
    course_id           bigint       not null references course (id),
    teacher_id          bigint       not null references teacher (id) on delete cascade,
    status              varchar(15)  not null default 'PLANNED'
                        check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'NOT_COMPLETED')),
    entry_score         numeric(5,2) check (entry_score between 0 and 100),
    final_score         numeric(5,2) check (final_score between 0 and 100),
    completed_on        date,
    certificate_file_id bigint       references stored_file (id),
    created_by          varchar(60),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    unique (course_id, teacher_id)
);
create index course_enrolment_teacher_idx on course_enrolment (teacher_id);

-- An individual development plan (ИОМ) of a teacher for a year.
create table teacher_plan (
    id                bigserial     primary key,
    teacher_id        bigint        not null references teacher (id) on delete cascade,
    academic_year     integer       not null check (academic_year between 2000 and 2100),
    status            varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'COMPLETED')),
    goals             varchar(4000),
    mentor_teacher_id bigint        references teacher (id),
    network_pair_id   bigint        references network_pair (id),
    created_by        varchar(60),
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0,
    unique (teacher_id, academic_year),
    check (mentor_teacher_id is null or mentor_teacher_id <> teacher_id)
);

-- The deficits a plan addresses.
create table teacher_plan_area (
    plan_id bigint not null references teacher_plan (id) on delete cascade,
    area_id bigint not null references teacher_competence_area (id),
    primary key (plan_id, area_id)
);

-- Planned courses or activities of a plan.
create table teacher_plan_item (
    id        bigserial     primary key,
    plan_id   bigint        not null references teacher_plan (id) on delete cascade,
    position  integer       not null default 0,
    title     varchar(500)  not null,
    course_id bigint        references course (id),
    due_on    date,
    done      boolean       not null default false
);
create index teacher_plan_item_plan_idx on teacher_plan_item (plan_id);

-- Municipal methodological associations (ММО) by subject or theme.
create table teacher_association (
    id                bigserial    primary key,
    municipality_id   bigint       not null references municipality (id),
    name              varchar(300) not null,
    theme             varchar(300),
    leader_teacher_id bigint       references teacher (id),
    created_by        varchar(60),
    created_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);
create unique index teacher_association_name_uq on teacher_association (municipality_id, lower(name));

create table teacher_association_member (
    association_id bigint      not null references teacher_association (id) on delete cascade,
    teacher_id     bigint      not null references teacher (id) on delete cascade,
    joined_on      date        not null,
    primary key (association_id, teacher_id)
);
create index teacher_association_member_teacher_idx on teacher_association_member (teacher_id);

create table teacher_association_meeting (
    id             bigserial     primary key,
    association_id bigint        not null references teacher_association (id) on delete cascade,
    held_on        date          not null,
    topic          varchar(500)  not null,
    note           varchar(4000),
    created_by     varchar(60),
    created_at     timestamptz   not null default now(),
    version        bigint        not null default 0
);
create index teacher_association_meeting_idx on teacher_association_meeting (association_id, held_on);

create table teacher_association_attendance (
    meeting_id bigint not null references teacher_association_meeting (id) on delete cascade,
    teacher_id bigint not null references teacher (id) on delete cascade,
    primary key (meeting_id, teacher_id)
);

create table teacher_association_meeting_file (
    meeting_id bigint not null references teacher_association_meeting (id) on delete cascade,
    file_id    bigint not null references stored_file (id),
    primary key (meeting_id, file_id)
);
