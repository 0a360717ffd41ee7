create table region (
    id   bigserial    primary key,
    name varchar(200) not null unique
);

create table municipality (
    id        bigserial    primary key,
    region_id bigint       not null references region (id),
    name      varchar(200) not null,
    unique (region_id, name)
);
create index municipality_region_idx on municipality (region_id);

create table school (
    id              bigserial    primary key,
    municipality_id bigint       not null references municipality (id),
    name            varchar(300) not null,
    short_name      varchar(120) not null,
    type            varchar(20)  not null check (type in ('SOSH', 'OOSH', 'NOSH', 'GYMNASIUM', 'LYCEUM', 'EDUCATION_CENTER')),
    address         varchar(300),
    settlement      varchar(10)  not null check (settlement in ('URBAN', 'RURAL')),
    distance_km     integer      check (distance_km between 0 and 5000),
    students        integer      check (students between 0 and 100000),
    teachers        integer      check (teachers between 0 and 10000),
    small_school    boolean      not null default false,
    principal_name  varchar(200),
    phone           varchar(40),
    email           varchar(120),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create unique index school_municipality_name_uq on school (municipality_id, lower(name));
create index school_municipality_idx on school (municipality_id);
