-- A curator (a person from a strong school) works with the schools assigned to them.
create table curator_assignment (
    id         bigserial   primary key,
    curator_id bigint      not null references app_user (id),
    school_id  bigint      not null references school (id),
    starts_on  date        not null,
    ends_on    date,
    created_by varchar(60),
    created_at timestamptz not null default now(),
    version    bigint      not null default 0,
    constraint curator_assignment_dates_ck check (ends_on is null or ends_on >= starts_on)
);
-- one open assignment per curator and school
create unique index curator_assignment_open_uq on curator_assignment (curator_id, school_id) where ends_on is null;
create index curator_assignment_school_idx on curator_assignment (school_id);
create index curator_assignment_curator_idx on curator_assignment (curator_id);
