-- Rate limits shared by all nodes (Bucket4j's PostgreSQL backend, common.RateLimits): one row per limited
-- client and limit, its token bucket serialised in state, removed once expires_at (epoch milliseconds) has
-- passed, i.e. once the bucket would be full again.
create table rate_limit_bucket (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
