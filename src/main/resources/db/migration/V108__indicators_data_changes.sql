-- «Показатели проекта» keep the computed indicators of each period in memory (on each node) while their inputs stay
-- the same (IndicatorSources). Every statement that changes a table they are computed from adds a row here, whoever
-- runs it (a page, a job, an import, plain SQL): the row count is the data version, as in
-- V107__analysis_data_changes.sql (it moves exactly when such a change commits, on every node alike, and takes no
-- lock that would queue writers behind each other). Rows are never deleted.
create table indicator_data_change (
    id         bigserial   primary key,
    table_name varchar(60) not null,
    changed_at timestamptz not null default now()
);

create function indicator_data_changed() returns trigger language plpgsql as $$
begin
    insert into indicator_data_change (table_name) values (tg_table_name);
    return null;
end
$$;

-- schools and their places (indicators 3, 4.x, 8; the schools of a municipality), results, passports and rules
-- (the classification), programme years and participants, documents and chosen risk factors (2), road maps (7),
-- networks (8), teachers (9-12, 15)
do $$
declare
    t text;
begin
    foreach t in array array['region', 'municipality', 'school', 'assessment_result', 'social_passport',
            'classification_rule', 'programme_year', 'programme_participant', 'document', 'risk_factor',
            'risk_factor_choice', 'road_map', 'road_map_section', 'road_map_item', 'network', 'network_pair',
            'teacher', 'teacher_diagnostic', 'teacher_diagnostic_score', 'teacher_competence_area', 'teacher_plan',
            'course_enrolment', 'teacher_association', 'teacher_association_member']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function indicator_data_changed()', t || '_indicators_changed', t);
    end loop;
end
$$;
