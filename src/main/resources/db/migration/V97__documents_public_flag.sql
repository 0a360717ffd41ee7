-- A school shows an approved document on its municipality's public page: published_at is set while it is public;
-- published_by is who last changed it.
alter table document add column published_at timestamptz;
alter table document add column published_by varchar(60);
create index document_published_idx on document (school_id) where published_at is not null;
