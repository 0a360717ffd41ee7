-- A programme year of a municipality (e.g. «500+ 2022»): participant schools and deadlines.
create table programme_year (
    id                  bigserial    primary key,
    municipality_id     bigint       not null references municipality (id),
    year                integer      not null check (year between 2000 and 2100),
    title               varchar(200) not null,
    documents_due       date         not null,
    closed              boolean      not null default false,
    created_by          varchar(60),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    unique (municipality_id, title)
);
create index programme_year_municipality_idx on programme_year (municipality_id, year desc);

create table programme_participant (
    programme_year_id bigint      not null references programme_year (id) on delete cascade,
    school_id         bigint      not null references school (id),
    added_at          timestamptz not null default now(),
    primary key (programme_year_id, school_id)
);
create index programme_participant_school_idx on programme_participant (school_id);
