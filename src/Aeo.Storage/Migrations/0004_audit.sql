-- Aeo audit data: clients, runs, questions, responses, dead letters.

CREATE TABLE clients
(
    id           uuid PRIMARY KEY,
    name         text        NOT NULL,
    industry     text        NOT NULL,
    brand        jsonb       NOT NULL,
    competitors  jsonb       NOT NULL DEFAULT '[]',
    api_key_hash bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_runs
(
    id                   uuid PRIMARY KEY,
    client_id            uuid        NOT NULL REFERENCES clients (id),
    config               jsonb       NOT NULL,
    status               text        NOT NULL DEFAULT 'pending',
    stage                text        NOT NULL DEFAULT 'initializing',
    started_at           timestamptz,
    completed_at         timestamptz,
    total_questions      int         NOT NULL DEFAULT 0,
    total_work_items     int         NOT NULL DEFAULT 0,
    processed_work_items int         NOT NULL DEFAULT 0,
    failed_work_items    int         NOT NULL DEFAULT 0,
    error_log            text,
    progress_data        jsonb,
    platform_stats       jsonb,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_runs_status_ix ON audit_runs (status);
CREATE INDEX audit_runs_client_started_ix ON audit_runs (client_id, started_at DESC);
CREATE INDEX audit_runs_client_created_ix ON audit_runs (client_id, created_at DESC);

CREATE TABLE questions
(
    id             uuid PRIMARY KEY,
    audit_run_id   uuid             NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    ordinal        int              NOT NULL,
    question_text  text             NOT NULL,
    category       text             NOT NULL,
    question_type  text             NOT NULL,
    priority_score double precision NOT NULL DEFAULT 0,
    target_brand   text,
    provider       text             NOT NULL,
    metadata       jsonb,
    created_at     timestamptz      NOT NULL DEFAULT now(),
    UNIQUE (audit_run_id, ordinal)
);

CREATE TABLE responses
(
    id                 uuid PRIMARY KEY,
    audit_run_id       uuid        NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    question_id        uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    platform           text        NOT NULL,
    sample             int         NOT NULL,
    response_text      text        NOT NULL,
    raw_response       jsonb       NOT NULL,
    brand_mentions     jsonb       NOT NULL,
    response_metadata  jsonb,
    model              text,
    is_simulated       boolean     NOT NULL,
    input_tokens       int,
    output_tokens      int,
    processing_time_ms int         NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (audit_run_id, question_id, platform, sample)
);

-- (audit_run_id) lookups use the unique key above.
CREATE INDEX responses_platform_created_ix ON responses (platform, created_at);

CREATE TABLE dead_letters
(
    id              uuid PRIMARY KEY,
    audit_run_id    uuid        NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    question_id     uuid        NOT NULL,
    platform        text        NOT NULL,
    sample          int         NOT NULL,
    payload         jsonb       NOT NULL,
    error_class     text        NOT NULL,
    error_message   text        NOT NULL,
    attempts        int         NOT NULL,
    first_failed_at timestamptz NOT NULL,
    last_failed_at  timestamptz NOT NULL,
    reprocessed_at  timestamptz,
    UNIQUE (audit_run_id, question_id, platform, sample)
);
