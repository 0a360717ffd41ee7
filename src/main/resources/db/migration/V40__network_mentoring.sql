-- Network mentoring (сетевое наставничество, seeds 002 and 003): the network of a programme year, its mentor
-- and mentee schools, the pairs, the rules of the suggested pairing, the pair's network programme and the joint
-- activities with their evidence.

-- Optional coordinates of a school, for distances between schools (otherwise the distance to the district
-- centre is used).
alter table school add column latitude numeric(8,5) check (latitude between -90 and 90);
alter table school add column longitude numeric(8,5) check (longitude between -180 and 180);
alter table school add constraint school_coordinates_both check ((latitude is null) = (longitude is null));

create table network (
    id                bigserial    primary key,
    programme_year_id bigint       not null unique references programme_year (id) on delete cascade,
    municipality_id   bigint       not null references municipality (id),
    model             varchar(15)  not null check (model in ('CONCENTRATED', 'DISTRIBUTED')),
    centre_school_id  bigint       references school (id),
    default_capacity  integer      not null default 3 check (default_capacity between 1 and 20),
    inactivity_days   integer      not null default 45 check (inactivity_days between 1 and 365),
    created_by        varchar(60),
    created_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);
create index network_municipality_idx on network (municipality_id);

-- A participating school: a mentor (наставник) or a mentee (наставляемая); a mentor has a capacity.
create table network_school (
    network_id bigint      not null references network (id) on delete cascade,
    school_id  bigint      not null references school (id),
    role       varchar(10) not null check (role in ('MENTOR', 'MENTEE')),
    capacity   integer     check (capacity between 1 and 20),
    added_by   varchar(60),
    added_at   timestamptz not null default now(),
    primary key (network_id, school_id),
    check ((role = 'MENTOR') = (capacity is not null))
);
create index network_school_school_idx on network_school (school_id);

-- A pair: one mentor school and one mentee school (a mentor with several mentees has several pairs).
create table network_pair (
    id               bigserial    primary key,
    network_id       bigint       not null references network (id) on delete cascade,
    mentor_school_id bigint       not null references school (id),
    mentee_school_id bigint       not null references school (id),
    origin           varchar(10)  not null check (origin in ('MANUAL', 'SUGGESTED')),
    score            integer,
    goals            text         check (length(goals) <= 4000),
    deficits_note    text         check (length(deficits_note) <= 4000),
    created_by       varchar(60),
    created_at       timestamptz  not null default now(),
    ended_at         timestamptz,
    ended_by         varchar(60),
    version          bigint       not null default 0,
    check (mentor_school_id <> mentee_school_id)
);
-- a mentee has at most one active pair in a network
create unique index network_pair_active_mentee_idx on network_pair (network_id, mentee_school_id) where ended_at is null;
create index network_pair_mentor_idx on network_pair (mentor_school_id);
create index network_pair_mentee_idx on network_pair (mentee_school_id);

-- The deficits a pair's programme addresses: risk factors of the mentee and subjects.
create table network_pair_factor (
    pair_id        bigint not null references network_pair (id) on delete cascade,
    risk_factor_id bigint not null references risk_factor (id),
    primary key (pair_id, risk_factor_id)
);
create table network_pair_subject (
    pair_id bigint       not null references network_pair (id) on delete cascade,
    subject varchar(100) not null,
    primary key (pair_id, subject)
);

-- Rules the coordinator sets for the suggestion: lock a pair, exclude a pair or a school, and schools that
-- asked not to be paired with one another (kept in both directions by the service).
create table network_rule (
    id               bigserial   primary key,
    network_id       bigint      not null references network (id) on delete cascade,
    kind             varchar(15) not null check (kind in ('LOCK', 'EXCLUDE_PAIR', 'EXCLUDE_SCHOOL', 'CONFLICT')),
    school_id        bigint      not null references school (id),
    other_school_id  bigint      references school (id),
    note             varchar(500),
    created_by       varchar(60),
    created_at       timestamptz not null default now(),
    check ((kind = 'EXCLUDE_SCHOOL') = (other_school_id is null))
);
create unique index network_rule_unique_idx on network_rule (network_id, kind, school_id, coalesce(other_school_id, 0));

-- Kinds of joint activity, a reference list the administrator edits.
create table activity_kind (
    id         bigserial    primary key,
    name       varchar(200) not null unique,
    sort_order integer      not null default 0,
    active     boolean      not null default true,
    version    bigint       not null default 0
);
insert into activity_kind (name, sort_order) values
  ('Взаимопосещение уроков', 10),
  ('Семинар', 20),
  ('Мастер-класс', 30),
  ('Консультация', 40),
  ('Совместный педагогический совет', 50),
  ('Проектная сессия', 60),
  ('Родительское собрание', 70),
  ('Методический день', 80),
  ('Открытый урок', 90),
  ('Совместное внеурочное мероприятие для обучающихся', 100);

-- A joint activity of a pair: planned (date, responsible, expected result) and, once held, recorded with the
-- participants by group, a short report, evidence files and the curator's note.
create table network_activity (
    id                bigserial    primary key,
    pair_id           bigint       not null references network_pair (id) on delete cascade,
    kind_id           bigint       not null references activity_kind (id),
    topic             varchar(300) not null check (length(btrim(topic)) > 0),
    planned_on        date         not null,
    responsible       varchar(300),
    expected_result   varchar(1000),
    status            varchar(10)  not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    held_on           date,
    place             varchar(300),
    online            boolean      not null default false,
    leaders           integer      not null default 0 check (leaders between 0 and 10000),
    teachers          integer      not null default 0 check (teachers between 0 and 10000),
    students          integer      not null default 0 check (students between 0 and 10000),
    parents           integer      not null default 0 check (parents between 0 and 10000),
    report            text         check (length(report) <= 4000),
    curator_note      text         check (length(curator_note) <= 2000),
    curator_note_by   varchar(60),
    created_by        varchar(60),
    created_at        timestamptz  not null default now(),
    recorded_by       varchar(60),
    recorded_at       timestamptz,
    version           bigint       not null default 0,
    check ((status = 'HELD') = (held_on is not null))
);
create index network_activity_pair_idx on network_activity (pair_id, planned_on);
create index network_activity_held_idx on network_activity (held_on) where status = 'HELD';

create table network_activity_file (
    activity_id bigint      not null references network_activity (id) on delete cascade,
    file_id     bigint      not null references stored_file (id),
    added_by    varchar(60),
    added_at    timestamptz not null default now(),
    primary key (activity_id, file_id)
);
