-- Uploaded files: the bytes live in the file storage under storage_key; this row is the
-- proof that an upload completed (content without a row is an orphan and is swept).
create table stored_file (
    id            bigserial    primary key,
    storage_key   varchar(36)  not null unique,
    original_name varchar(255) not null,
    content_type  varchar(120) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    created_by    varchar(60),
    created_at    timestamptz  not null default now()
);
