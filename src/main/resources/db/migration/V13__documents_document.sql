-- Concept documents of a participant school in a programme year, their versions and reviews.
create table document (
    id                bigserial    primary key,
    programme_year_id bigint       not null references programme_year (id),
    school_id         bigint       not null references school (id),
    kind              varchar(40)  not null check (kind in ('CONCEPT', 'MEDIUM_TERM_PROGRAMME', 'ANTI_RISK_PROGRAMME', 'INTERIM_REPORT', 'FINAL_REPORT')),
    risk_factor_id    bigint references risk_factor (id),
    status            varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    versions_count    integer      not null default 0,
    submitted_at      timestamptz,
    decided_at        timestamptz,
    decided_by        varchar(60),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0,
    constraint document_factor_ck check ((kind = 'ANTI_RISK_PROGRAMME') = (risk_factor_id is not null))
);
create unique index document_unique_idx on document (programme_year_id, school_id, kind, coalesce(risk_factor_id, 0));
create index document_school_idx on document (school_id);
create index document_status_idx on document (status, submitted_at);

create table document_version (
    id          bigserial    primary key,
    document_id bigint       not null references document (id),
    number      integer      not null,
    file_id     bigint       not null references stored_file (id),
    comment     varchar(1000),
    uploaded_by varchar(60)  not null,
    uploaded_at timestamptz  not null default now(),
    unique (document_id, number)
);

-- Review rubric per document kind: reference data.
create table review_criterion (
    id     bigserial    primary key,
    kind   varchar(40)  not null,
    number integer      not null,
    text   varchar(300) not null,
    unique (kind, number)
);

insert into review_criterion (kind, number, text) values
  ('CONCEPT', 1, 'Проведён анализ текущего состояния школы и её рисков'),
  ('CONCEPT', 2, 'Сформулированы миссия, цели и ожидаемые результаты развития'),
  ('CONCEPT', 3, 'Цели согласуются с выбранными факторами риска'),
  ('MEDIUM_TERM_PROGRAMME', 1, 'Задачи программы вытекают из Концепции развития'),
  ('MEDIUM_TERM_PROGRAMME', 2, 'Мероприятия имеют сроки и ответственных'),
  ('MEDIUM_TERM_PROGRAMME', 3, 'Есть показатели и способ их мониторинга'),
  ('ANTI_RISK_PROGRAMME', 1, 'Цель соответствует фактору риска'),
  ('ANTI_RISK_PROGRAMME', 2, 'Мероприятия имеют сроки и ответственных'),
  ('ANTI_RISK_PROGRAMME', 3, 'Есть показатели и ожидаемые результаты'),
  ('ANTI_RISK_PROGRAMME', 4, 'Описано, как будет вестись мониторинг'),
  ('INTERIM_REPORT', 1, 'Отчёт показывает выполнение мероприятий дорожной карты'),
  ('FINAL_REPORT', 1, 'Отчёт показывает достижение показателей');

create table document_review (
    id             bigserial     primary key,
    document_id    bigint        not null references document (id),
    version_number integer       not null,
    decision       varchar(20)   not null check (decision in ('APPROVED', 'RETURNED')),
    comment        varchar(4000),
    reviewer       varchar(60)   not null,
    reviewed_at    timestamptz   not null default now(),
    unmet_criteria varchar(200)
);
create index document_review_document_idx on document_review (document_id, id);
