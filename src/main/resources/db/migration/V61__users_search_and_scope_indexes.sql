-- Account search «%q%» on lower(username) / lower(full_name) (UserService.specification), and the lookups of a
-- school's or a municipality's accounts (notifications, reminder jobs) at tens of thousands of accounts.
-- pg_trgm comes from V60.
create index app_user_username_trgm_idx on app_user using gin (lower(username) gin_trgm_ops);
create index app_user_full_name_trgm_idx on app_user using gin (lower(full_name) gin_trgm_ops);
create index app_user_school_idx on app_user (school_id) where school_id is not null;
create index app_user_municipality_idx on app_user (municipality_id) where municipality_id is not null;
