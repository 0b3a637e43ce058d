-- Calls to the sentiment judge that pasted-answer analysis made, per key (its reference: the first 16 hex digits of the
-- key's SHA-256) and UTC day, against Aeo:Analysis:JudgeCallsPerKeyPerDay.

CREATE TABLE IF NOT EXISTS judge_usage
(
    key_ref text NOT NULL,
    day     date NOT NULL,
    calls   int  NOT NULL,
    PRIMARY KEY (key_ref, day)
);

-- What an Idempotency-Key of POST /api/v1/audits was first used with: the SHA-256 of the request as the API cleaned it,
-- so the same key with another body is refused instead of silently answered with the first run (whose id is derived
-- from the client and the key). Kept as long as runs are (Aeo:Retention:Days).

CREATE TABLE IF NOT EXISTS audit_idempotency_keys
(
    client_id    uuid        NOT NULL,
    key          text        NOT NULL,
    request_hash bytea       NOT NULL,
    run_id       uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, key)
);

CREATE INDEX IF NOT EXISTS audit_idempotency_keys_created_ix ON audit_idempotency_keys (created_at);

-- The access log: one row per write to /api and per failed sign-in, written in batches off the request path. Never a
-- key: key_id names the signing key by its reference ('operator', or the first 16 hex digits of a client key's
-- SHA-256), caller says who signed ('operator', 'client', or null when no valid key did). remote_address is the
-- connection's peer. Kept for Aeo:Retention:AccessLogDays.

CREATE TABLE IF NOT EXISTS access_log
(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    caller         text,
    key_id         text,
    client_id      uuid,
    method         text        NOT NULL,
    route          text,
    path           text        NOT NULL,
    status         int         NOT NULL,
    failed_sign_in boolean     NOT NULL,
    trace_id       text,
    remote_address text
);

CREATE INDEX IF NOT EXISTS access_log_at_ix ON access_log (at DESC, id DESC);
CREATE INDEX IF NOT EXISTS access_log_client_at_ix ON access_log (client_id, at DESC);
