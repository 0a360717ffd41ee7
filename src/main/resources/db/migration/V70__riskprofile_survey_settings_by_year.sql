-- The survey thresholds and the minimum respondents per group, versioned by year like the question catalogue:
-- a programme year uses the settings of the newest year not after it (the earliest row before that). The
-- administrator edits them in «Анкеты: пороги и вопросы»; every change is in the audit log.
create table survey_settings_year (
    year             integer      primary key,
    high_threshold   numeric(3,2) not null,
    medium_threshold numeric(3,2) not null,
    min_principal    integer      not null check (min_principal >= 1),
    min_teacher      integer      not null check (min_teacher >= 1),
    min_student      integer      not null check (min_student >= 1),
    min_parent       integer      not null check (min_parent >= 1),
    updated_by       varchar(60),
    updated_at       timestamptz  not null default now(),
    check (0 < medium_threshold and medium_threshold < high_threshold and high_threshold <= 1)
);

insert into survey_settings_year (year, high_threshold, medium_threshold, min_principal, min_teacher, min_student,
                                  min_parent)
select coalesce((select min(catalogue_year) from survey_question), 2022), high_threshold, medium_threshold,
       min_principal, min_teacher, min_student, min_parent
from survey_settings where id = 1;
