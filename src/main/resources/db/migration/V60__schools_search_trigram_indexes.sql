-- School search «%q%» (SchoolService.specification: lower(name|short_name|address|principal_name) like ?) with
-- trigram GIN indexes, so that it stays an index scan at tens of thousands of schools. pg_trgm is a contrib
-- extension shipped with the embedded zonky PostgreSQL 17 binaries and the postgres:17 image; it is "trusted",
-- so the database owner may create it.
create extension if not exists pg_trgm;
create index school_name_trgm_idx on school using gin (lower(name) gin_trgm_ops);
create index school_short_name_trgm_idx on school using gin (lower(short_name) gin_trgm_ops);
create index school_address_trgm_idx on school using gin (lower(address) gin_trgm_ops);
create index school_principal_trgm_idx on school using gin (lower(principal_name) gin_trgm_ops);
-- school lists are ordered by short name within a municipality (and paged)
create index school_municipality_short_name_idx on school (municipality_id, short_name, id);
create index school_short_name_idx on school (short_name, id);
