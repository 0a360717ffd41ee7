-- In-app notifications: a message key with its arguments and a link, per recipient.
create table notification (
    id          bigserial     primary key,
    user_id     bigint        not null references app_user (id),
    message_key varchar(120)  not null,
    arguments   varchar(2000),
    link        varchar(300),
    dedupe_key  varchar(200),
    created_at  timestamptz   not null default now(),
    read_at     timestamptz
);
create index notification_user_idx on notification (user_id, read_at, created_at desc);
-- a reminder (e.g. «7 days to the deadline of document 12») reaches each person once
create unique index notification_dedupe_uq on notification (user_id, dedupe_key) where dedupe_key is not null;

-- ShedLock: a scheduled job runs on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
