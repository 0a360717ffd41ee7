-- Early warning of stalling schools: per-region settings (every threshold and weight), each school's reasons
-- with the day each started and (once it went away) cleared, and each school's current level.
create table warning_settings (
    region_id                 bigint       primary key references region (id),
    returns_count             integer      not null default 2 check (returns_count between 1 and 20),
    returns_weight            integer      not null default 2 check (returns_weight between 0 and 20),
    document_overdue_days     integer      not null default 1 check (document_overdue_days between 1 and 365),
    document_overdue_weight   integer      not null default 2 check (document_overdue_weight between 0 and 20),
    inactivity_days           integer      not null default 30 check (inactivity_days between 1 and 365),
    inactivity_weight         integer      not null default 1 check (inactivity_weight between 0 and 20),
    measure_overdue_days      integer      not null default 1 check (measure_overdue_days between 1 and 365),
    measure_overdue_weight    integer      not null default 2 check (measure_overdue_weight between 0 and 20),
    verification_days         integer      not null default 30 check (verification_days between 1 and 365),
    verification_weight       integer      not null default 1 check (verification_weight between 0 and 20),
    review_days               integer      not null default 10 check (review_days between 1 and 365),
    review_weight             integer      not null default 1 check (review_weight between 0 and 20),
    pair_inactivity_days      integer      not null default 45 check (pair_inactivity_days between 1 and 365),
    pair_inactivity_weight    integer      not null default 1 check (pair_inactivity_weight between 0 and 20),
    attention_score           integer      not null default 2 check (attention_score between 1 and 100),
    risk_score                integer      not null default 4 check (risk_score between 1 and 100),
    risk_escalation_days      integer      not null default 14 check (risk_escalation_days between 1 and 365),
    updated_by                varchar(60),
    updated_at                timestamptz,
    version                   bigint       not null default 0,
    check (risk_score > attention_score)
);
insert into warning_settings (region_id) select id from region;

-- One row per school and reason while the reason holds; cleared_on set when it goes away. The reason coming
-- back opens a new row (with a new started_on), so that its notifications are sent again.
create table warning_reason (
    id          bigserial    primary key,
    school_id   bigint       not null references school (id),
    reason      varchar(30)  not null check (reason in ('RETURNED_TWICE', 'DOCUMENT_OVERDUE', 'NO_ACTIVITY',
                    'MEASURES_OVERDUE', 'VERIFICATION_LATE', 'REVIEW_LATE', 'PAIR_INACTIVE')),
    started_on  date         not null,
    cleared_on  date,
    weight      integer      not null,
    item_count  integer      not null default 1,
    link        varchar(300),
    seen_on     date         not null,
    check (cleared_on is null or cleared_on >= started_on)
);
create unique index warning_reason_open_uq on warning_reason (school_id, reason) where cleared_on is null;
create index warning_reason_school_idx on warning_reason (school_id, started_on);

-- The current level of each school the job looked at; risk_since: the day the current unbroken «риск» began.
create table warning_level (
    school_id       bigint       primary key references school (id),
    level           varchar(10)  not null check (level in ('NORMAL', 'ATTENTION', 'RISK')),
    score           integer      not null,
    level_since     date         not null,
    risk_since      date,
    computed_on     date         not null
);
create index warning_level_level_idx on warning_level (level);
