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
