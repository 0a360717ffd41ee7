-- «Анализ школ» keeps each school's classification in memory (on each node) while its inputs stay the same.
-- Every statement that changes results, passports or rules adds a row here, whoever runs it (an import, the
-- passport form, the rule form, plain SQL). The row count is the data version: it moves exactly when such a
-- change commits (rolled-back changes leave no row), on every node alike, and unlike a counter row it takes no
-- lock that would queue a passport save behind a long import. Rows are never deleted.
create table analysis_data_change (
    id         bigserial   primary key,
    table_name varchar(60) not null,
    changed_at timestamptz not null default now()
);

create function analysis_data_changed() returns trigger language plpgsql as $$
begin
    insert into analysis_data_change (table_name) values (tg_table_name);
    return null;
end
$$;

create trigger assessment_result_changed after insert or update or delete or truncate on assessment_result
    for each statement execute function analysis_data_changed();
create trigger social_passport_changed after insert or update or delete or truncate on social_passport
    for each statement execute function analysis_data_changed();
create trigger classification_rule_changed after insert or update or delete or truncate on classification_rule
    for each statement execute function analysis_data_changed();
