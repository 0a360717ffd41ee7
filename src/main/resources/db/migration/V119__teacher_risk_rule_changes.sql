-- The regions' rules of the teachers' «группа риска» (teacher_risk_rule) decide who is in the group, so the teachers'
-- indicators (IndicatorSources) and figures (TeacherFiguresService), which are kept per data version, must see a rule
-- change as a change of their inputs: the same statement trigger as V108's tables (docs/benchmarks.md «Step 14b»).
create trigger teacher_risk_rule_indicators_changed after insert or update or delete or truncate on teacher_risk_rule
    for each statement execute function indicator_data_changed();
