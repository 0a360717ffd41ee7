-- The demo profiles' explanations (written as |-joined strings by V31) as structured
-- lines, like db/migration V99 converts a running database's.
update risk_profile_factor set explanation_lines = opora_explanation_json(explanation), explanation = null
where explanation is not null;
