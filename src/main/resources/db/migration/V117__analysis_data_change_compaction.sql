-- The change tables of V107 (analysis) and V108 (indicators) gain a row per changing statement; at some hundred
-- thousand rows counting them on each view gets slow. Each row now says how many changes it stands for, and the data
-- version is the sum of that column: a trigger's row stands for one change, and DataChangeCompaction folds the rows
-- of a table into one row per source table with the sum of the rows it deleted, in one statement, so that every
-- snapshot sees the same sum before and after (the version moves only when a change commits, never backwards, and
-- compaction alone does not move it). Never delete rows by hand: that would move a version backwards.
alter table analysis_data_change add column changes bigint not null default 1;
alter table indicator_data_change add column changes bigint not null default 1;

-- «Анализ школ» keeps its overview per data version too: the school records it shows (names, municipality, the
-- traits the classification uses) count as changes there. The classification cache itself reads only the rows of
-- results, passports and rules (AnalysisData.versions), so that a school edited recomputes that school only.
create trigger school_analysis_changed after insert or update or delete or truncate on school
    for each statement execute function analysis_data_changed();
create trigger municipality_analysis_changed after insert or update or delete or truncate on municipality
    for each statement execute function analysis_data_changed();
