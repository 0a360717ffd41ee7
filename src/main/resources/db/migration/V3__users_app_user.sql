create table app_user (
    id                   bigserial    primary key,
    username             varchar(60)  not null,
    password_hash        varchar(200) not null,
    full_name            varchar(200) not null,
    position             varchar(200),
    email                varchar(120),
    role                 varchar(30)  not null check (role in ('ADMIN', 'REGIONAL_OBSERVER', 'COORDINATOR', 'CURATOR', 'SCHOOL')),
    region_id            bigint references region (id),
    municipality_id      bigint references municipality (id),
    school_id            bigint references school (id),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    -- the scope each role needs is never missing
    constraint app_user_scope_ck check (
        (role = 'ADMIN')
        or (role = 'REGIONAL_OBSERVER' and region_id is not null)
        or (role = 'COORDINATOR' and municipality_id is not null and region_id is not null)
        or (role = 'CURATOR' and municipality_id is not null and region_id is not null)
        or (role = 'SCHOOL' and school_id is not null and municipality_id is not null and region_id is not null))
);
create unique index app_user_username_uq on app_user (lower(username));
create index app_user_role_idx on app_user (role);
