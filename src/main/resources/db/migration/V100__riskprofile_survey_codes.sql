-- One-time respondent codes for a survey link (issue 12): with codes_required the
-- questionnaire asks for a code the school printed and handed to each respondent, and
-- each code answers once. Only a code's SHA-256 (with the link's id) is stored; the
-- codes are shown once, on the page printed when they are issued. A used code is not
-- linked to the answers it sent (they stay anonymous).
alter table survey_link add column codes_required boolean not null default false;

create table survey_code (
    id         bigserial   primary key,
    link_id    bigint      not null references survey_link (id) on delete cascade,
    code_hash  varchar(64) not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    unique (link_id, code_hash)
);
