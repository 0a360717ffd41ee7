-- Each import of a results or social-passport file: who, when, what it changed.
create table analysis_import (
    id              bigserial    primary key,
    kind            varchar(20)  not null check (kind in ('RESULTS', 'PASSPORTS')),
    file_name       varchar(255) not null,
    rows_total      integer      not null check (rows_total >= 0),
    rows_inserted   integer      not null check (rows_inserted >= 0),
    rows_updated    integer      not null check (rows_updated >= 0),
    municipality_id bigint       references municipality (id),
    created_by      varchar(60),
    created_at      timestamptz  not null default now()
);
create index analysis_import_municipality_idx on analysis_import (municipality_id, created_at desc);

-- Assessment results of a school: one row per year, assessment (ВПР, ОГЭ, ЕГЭ), subject and grade.
-- Shares are percent of the participants: below the pass mark («2» or under the minimum score),
-- and «4» and «5». A re-import updates the row of the same key in place. import_id names the
-- import that last wrote the row (no foreign key, so that bulk imports stay fast; imports are never
-- deleted).
create table assessment_result (
    id           bigserial    primary key,
    school_id    bigint       not null references school (id),
    year         integer      not null check (year between 2000 and 2100),
    assessment   varchar(3)   not null check (assessment in ('VPR', 'OGE', 'EGE')),
    subject      varchar(100) not null check (length(btrim(subject)) > 0),
    grade        integer      not null check (grade between 1 and 11),
    participants integer      not null check (participants between 1 and 100000),
    mean_score   numeric(5,2) check (mean_score between 0 and 100),
    share_below  numeric(5,2) not null check (share_below between 0 and 100),
    share_good   numeric(5,2) check (share_good between 0 and 100),
    import_id    bigint,
    updated_at   timestamptz  not null default now(),
    check (share_good is null or share_below + share_good <= 100.1)
);
create unique index assessment_result_key_uq on assessment_result (school_id, year, assessment, lower(subject), grade);

-- The social passport of a school for a year; rural, distance and small school come from the school.
-- Shares are percent of the students; any of them may be unknown.
create table social_passport (
    id                     bigserial    primary key,
    school_id              bigint       not null references school (id),
    year                   integer      not null check (year between 2000 and 2100),
    students               integer      not null check (students between 0 and 100000),
    low_income_share       numeric(5,2) check (low_income_share between 0 and 100),
    single_parent_share    numeric(5,2) check (single_parent_share between 0 and 100),
    disability_share       numeric(5,2) check (disability_share between 0 and 100),
    non_native_share       numeric(5,2) check (non_native_share between 0 and 100),
    preventive_share       numeric(5,2) check (preventive_share between 0 and 100),
    higher_education_share numeric(5,2) check (higher_education_share between 0 and 100),
    import_id              bigint,
    updated_by             varchar(60),
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0,
    unique (school_id, year)
);
