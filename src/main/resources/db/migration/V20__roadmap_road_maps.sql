-- Road maps: the municipal one (per municipality and programme year) and one per participant school
-- and programme year. Rows («пункты», «мероприятия») are grouped into sections: the stages of the
-- municipal road map, one section per chosen risk factor in a school's.
create table road_map (
    id                bigserial    primary key,
    kind              varchar(20)  not null check (kind in ('MUNICIPAL', 'SCHOOL')),
    programme_year_id bigint       not null references programme_year (id) on delete cascade,
    municipality_id   bigint       not null references municipality (id),
    school_id         bigint       references school (id),
    created_by        varchar(60),
    created_at        timestamptz  not null default now(),
    last_activity_at  timestamptz  not null default now(),
    check ((kind = 'MUNICIPAL') = (school_id is null))
);
create unique index road_map_municipal_uq on road_map (programme_year_id) where school_id is null;
create unique index road_map_school_uq on road_map (programme_year_id, school_id) where school_id is not null;

create table road_map_section (
    id                bigserial    primary key,
    road_map_id       bigint       not null references road_map (id) on delete cascade,
    position          integer      not null,
    title             varchar(300) not null,
    risk_factor_id    bigint       references risk_factor (id),
    goal              text,
    tasks             text,
    rag               varchar(10)  check (rag in ('RED', 'AMBER', 'GREEN')),
    rag_explanation   varchar(500),
    reviewed_at       timestamptz,
    reviewed_by       varchar(60),
    next_review_on    date,
    version           bigint       not null default 0
);
create index road_map_section_map_idx on road_map_section (road_map_id, position);

create table road_map_item (
    id               bigserial    primary key,
    road_map_id      bigint       not null references road_map (id) on delete cascade,
    section_id       bigint       not null references road_map_section (id) on delete cascade,
    position         integer      not null,
    task             text,
    action           text,
    due_date         date,
    due_text         varchar(200),
    responsible      text,
    participants     text,
    indicator        text,
    expected_result  text,
    status           varchar(20)  not null default 'NOT_STARTED'
                     check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'POSTPONED')),
    postpone_reason  text,
    done_mark        text,
    deleted_at       timestamptz,
    deleted_by       varchar(60),
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(60),
    version          bigint       not null default 0
);
create index road_map_item_section_idx on road_map_item (section_id, position) where deleted_at is null;
create index road_map_item_map_idx on road_map_item (road_map_id);

-- Every change of a road map: who, when, which field, old → new (per row and per road map).
create table road_map_change (
    id           bigserial    primary key,
    road_map_id  bigint       not null references road_map (id) on delete cascade,
    item_id      bigint       references road_map_item (id) on delete cascade,
    section_id   bigint       references road_map_section (id) on delete cascade,
    action       varchar(20)  not null,
    field        varchar(40),
    old_value    text,
    new_value    text,
    username     varchar(60),
    changed_at   timestamptz  not null
);
create index road_map_change_map_idx on road_map_change (road_map_id, id desc);
create index road_map_change_item_idx on road_map_change (item_id, id desc);

-- Evidence of a measure: a link or a stored file.
create table road_map_evidence (
    id         bigserial     primary key,
    item_id    bigint        not null references road_map_item (id) on delete cascade,
    url        varchar(2000),
    file_id    bigint        references stored_file (id),
    label      varchar(300)  not null,
    added_by   varchar(60),
    added_at   timestamptz   not null,
    check ((url is null) <> (file_id is null))
);
create index road_map_evidence_item_idx on road_map_evidence (item_id);

-- The comment thread of a measure (school, curator, coordinator).
create table road_map_comment (
    id         bigserial     primary key,
    item_id    bigint        not null references road_map_item (id) on delete cascade,
    author     varchar(60)   not null,
    body       varchar(4000) not null,
    created_at timestamptz   not null
);
create index road_map_comment_item_idx on road_map_comment (item_id, id);
