-- The municipal library of approved anti-risk programmes: a section of a school road map (one risk
-- factor: goal, tasks, measures) that the coordinator saved as a template. Matched to later years by
-- the factor's number, since the catalogue is versioned by year.
create table road_map_template (
    id                 bigserial    primary key,
    municipality_id    bigint       not null references municipality (id),
    risk_factor_number integer      not null,
    title              varchar(300) not null,
    goal               text,
    tasks              text,
    source_section_id  bigint       references road_map_section (id) on delete set null,
    created_by         varchar(60),
    created_at         timestamptz  not null
);
create index road_map_template_factor_idx on road_map_template (municipality_id, risk_factor_number);

create table road_map_template_item (
    id              bigserial primary key,
    template_id     bigint    not null references road_map_template (id) on delete cascade,
    position        integer   not null,
    task            text,
    action          text,
    due_text        varchar(200),
    responsible     text,
    participants    text,
    indicator       text,
    expected_result text
);
create index road_map_template_item_idx on road_map_template_item (template_id, position);
