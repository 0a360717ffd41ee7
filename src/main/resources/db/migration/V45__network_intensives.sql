-- «День образовательных интенсивов» (seed 002): the municipal event series of a network for its common deficits.
-- A day has parallel sessions, one per target group; member schools register participants per session, the
-- coordinator records attendance after the day, and participants rate each session they attended through the
-- day's anonymous link (1–5 and a comment).

create table intensive_day (
    id          bigserial    primary key,
    network_id  bigint       not null references network (id) on delete cascade,
    held_on     date         not null,
    starts_at   time         not null default '10:00',
    ends_at     time         not null default '15:00',
    place       varchar(300) not null check (length(btrim(place)) > 0),
    title       varchar(300) not null check (length(btrim(title)) > 0),
    status      varchar(10)  not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    survey_token varchar(64) unique,
    survey_open boolean      not null default false,
    created_by  varchar(60),
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    unique (network_id, held_on),
    check (ends_at > starts_at),
    check (survey_token is not null or not survey_open)
);
create index intensive_day_held_idx on intensive_day (held_on);

-- A parallel session of a day: for one target group, a topic that came from a risk factor or a subject (with the
-- number of mentee schools that share it when proposed), a host school or a speaker, a room and an optional limit.
create table intensive_session (
    id              bigserial    primary key,
    day_id          bigint       not null references intensive_day (id) on delete cascade,
    target_group    varchar(10)  not null check (target_group in ('LEADERS', 'TEACHERS', 'STUDENTS', 'PARENTS')),
    topic           varchar(300) not null check (length(btrim(topic)) > 0),
    host_school_id  bigint       references school (id),
    speaker         varchar(300),
    room            varchar(100),
    risk_factor_id  bigint       references risk_factor (id),
    subject         varchar(100),
    source_count    integer      check (source_count between 0 and 100000),
    capacity        integer      check (capacity between 1 and 10000),
    version         bigint       not null default 0,
    check (risk_factor_id is null or subject is null)
);
create index intensive_session_day_idx on intensive_session (day_id);

-- Registrations of a school for a session (numbers per group, names optional) and, after the day, attendance.
create table intensive_registration (
    session_id         bigint      not null references intensive_session (id) on delete cascade,
    school_id          bigint      not null references school (id),
    leaders            integer     not null default 0 check (leaders between 0 and 10000),
    teachers           integer     not null default 0 check (teachers between 0 and 10000),
    students           integer     not null default 0 check (students between 0 and 10000),
    parents            integer     not null default 0 check (parents between 0 and 10000),
    names              text        check (length(names) <= 4000),
    registered_by      varchar(60),
    registered_at      timestamptz,
    attended_leaders   integer     check (attended_leaders between 0 and 10000),
    attended_teachers  integer     check (attended_teachers between 0 and 10000),
    attended_students  integer     check (attended_students between 0 and 10000),
    attended_parents   integer     check (attended_parents between 0 and 10000),
    attendance_by      varchar(60),
    attendance_at      timestamptz,
    primary key (session_id, school_id)
);
create index intensive_registration_school_idx on intensive_registration (school_id);

-- Anonymous satisfaction answers through the day's link: one response per respondent, a score per session attended.
create table intensive_response (
    id           bigserial primary key,
    day_id       bigint    not null references intensive_day (id) on delete cascade,
    submitted_on date      not null
);
create index intensive_response_day_idx on intensive_response (day_id);

create table intensive_answer (
    response_id bigint   not null references intensive_response (id) on delete cascade,
    session_id  bigint   not null references intensive_session (id) on delete cascade,
    score       smallint not null check (score between 1 and 5),
    comment     varchar(1000),
    primary key (response_id, session_id)
);
create index intensive_answer_session_idx on intensive_answer (session_id);
