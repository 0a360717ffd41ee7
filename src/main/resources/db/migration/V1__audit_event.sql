-- Audit log: every login (success and failure) and every change, kept forever.
create table audit_event (
    id             bigserial    primary key,
    occurred_at    timestamptz  not null default now(),
    username       varchar(100),
    action         varchar(40)  not null,
    entity_type    varchar(60),
    entity_id      varchar(60),
    details        text,
    remote_address varchar(64)
);
create index audit_event_occurred_at_idx on audit_event (occurred_at desc, id desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_username_idx on audit_event (lower(username));
