-- The classification rule as data: one row per region that has its own, and the default (region_id
-- null) for the others. Seeded with the published rule (Omsk, 2025) and the ИСБШ weights of DOMAIN.md.
create table classification_rule (
    id                       bigserial    primary key,
    region_id                bigint       unique references region (id),
    low_share_threshold      numeric(5,2) not null default 30 check (low_share_threshold between 0 and 100),
    min_low_assessments      integer      not null default 2 check (min_low_assessments between 1 and 50),
    min_participants         integer      not null default 1 check (min_participants between 1 and 1000),
    persistent_years         integer      not null default 2 check (persistent_years between 2 and 10),
    wellbeing_threshold      numeric(5,2) not null default 65 check (wellbeing_threshold between 0 and 100),
    weight_higher_education  numeric(4,2) not null default 2 check (weight_higher_education between 0 and 10),
    weight_low_income        numeric(4,2) not null default 2 check (weight_low_income between 0 and 10),
    weight_single_parent     numeric(4,2) not null default 1 check (weight_single_parent between 0 and 10),
    weight_disability        numeric(4,2) not null default 1 check (weight_disability between 0 and 10),
    weight_non_native        numeric(4,2) not null default 1 check (weight_non_native between 0 and 10),
    weight_preventive        numeric(4,2) not null default 1 check (weight_preventive between 0 and 10),
    weight_rural             numeric(4,2) not null default 0.5 check (weight_rural between 0 and 10),
    weight_small_school      numeric(4,2) not null default 0.5 check (weight_small_school between 0 and 10),
    weight_remote            numeric(4,2) not null default 0.5 check (weight_remote between 0 and 10),
    remote_km                integer      not null default 50 check (remote_km between 1 and 5000),
    updated_by               varchar(60),
    updated_at               timestamptz  not null default now(),
    version                  bigint       not null default 0,
    check (weight_higher_education + weight_low_income + weight_single_parent + weight_disability
           + weight_non_native + weight_preventive > 0)
);
create unique index classification_rule_default_uq on classification_rule ((region_id is null)) where region_id is null;

insert into classification_rule (region_id) values (null);
