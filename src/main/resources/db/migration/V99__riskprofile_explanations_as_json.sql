-- Explanations of risk-profile factors as structured data (issue 12): they were
-- '|'-joined strings, so a '|' in an imported file's name broke every profile page of
-- that import. Each becomes a JSON array of lines with named fields in explanation_lines.
-- The old strings are converted: a file row's name is everything between «file|» and the
-- last two fields (row and significance never hold '|'), so names that held '|' are
-- recovered too. The old column stays, emptied: the demo data's migrations (run after
-- these) still write it, and db/demo V99 converts their rows with this same function.
create function opora_explanation_json(t text) returns jsonb language plpgsql immutable as $$
declare
    m     text[];
    part  text;
    p     text[];
    lines jsonb := '[]'::jsonb;
    first boolean := true;
begin
    if t is null or btrim(t) = '' then
        return null;
    end if;
    if t like 'file-missing|%' then
        return jsonb_build_array(jsonb_build_object('kind', 'FILE_MISSING', 'fileName', substr(t, 14)));
    end if;
    if t like 'file|%' then
        m := regexp_match(t, '^file\|(.*)\|(-?[0-9]+)\|([A-Z_]+)$');
        if m is null then
            return '[]'::jsonb;
        end if;
        return jsonb_build_array(jsonb_build_object('kind', 'FILE', 'fileName', m[1], 'row', m[2]::integer,
                                                    'significance', m[3]));
    end if;
    if t like 'survey|%' or t = 'survey' then
        foreach part in array string_to_array(t, '|') loop
            if first then
                first := false;
                continue;
            end if;
            p := string_to_array(part, ':');
            if p[1] = 'total' then
                lines := lines || jsonb_build_array(jsonb_build_object('kind', 'SURVEY_TOTAL', 'score', p[2]::numeric,
                                                                       'high', p[3]::numeric, 'medium', p[4]::numeric));
            elsif p[1] = 'none' then
                lines := lines || jsonb_build_array(jsonb_build_object('kind', 'SURVEY_NONE'));
            elsif p[2] = 'few' then
                lines := lines || jsonb_build_array(jsonb_build_object('kind', 'SURVEY_FEW', 'group', p[1],
                                                                       'respondents', p[3]::integer,
                                                                       'minimum', p[4]::integer));
            else
                lines := lines || jsonb_build_array(jsonb_build_object('kind', 'SURVEY_GROUP', 'group', p[1],
                                                                       'respondents', p[2]::integer,
                                                                       'score', p[3]::numeric, 'questions', p[4]));
            end if;
        end loop;
        return lines;
    end if;
    return '[]'::jsonb;
end;
$$;

alter table risk_profile_factor add column explanation_lines jsonb;

update risk_profile_factor set explanation_lines = opora_explanation_json(explanation), explanation = null
where explanation is not null;

comment on column risk_profile_factor.explanation is 'legacy: the |-joined explanation, converted into explanation_lines (V99)';
