-- The public page of a municipality (issue 10): its readable address (slug), whether it is open, and which
-- sections the coordinator shows. No row = no public page.
create table public_page (
    municipality_id   bigint      primary key references municipality (id),
    slug              varchar(40) not null unique check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    enabled           boolean     not null default false,
    show_programmes   boolean     not null default true,
    show_schools      boolean     not null default true,
    show_documents    boolean     not null default true,
    show_road_map     boolean     not null default true,
    show_events       boolean     not null default true,
    show_indicators   boolean     not null default true,
    updated_by        varchar(60),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0
);
