-- Recurring audits (ScheduleGrain) and every occurrence they handled. The unique (schedule_id, occurrence_at) key is
-- an occurrence's idempotency key: a repeated tick or a second activation cannot claim it twice.

CREATE TABLE schedules
(
    id              uuid PRIMARY KEY,
    client_id       uuid        NOT NULL REFERENCES clients (id),
    name            text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('cron', 'interval', 'once')),
    cron_expression text,
    time_zone       text,
    run_interval    interval,
    run_at          timestamptz,
    audit_template  jsonb       NOT NULL,
    status          text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
    paused_reason   text,
    missed_policy   text        NOT NULL DEFAULT 'catch_up' CHECK (missed_policy IN ('catch_up', 'skip')),
    max_failures    int         NOT NULL DEFAULT 3,
    failure_count   int         NOT NULL DEFAULT 0,
    run_count       int         NOT NULL DEFAULT 0,
    next_run_at     timestamptz,
    last_run_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX schedules_client_created_ix ON schedules (client_id, created_at DESC);

CREATE TABLE schedule_executions
(
    id            uuid PRIMARY KEY,
    schedule_id   uuid        NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    occurrence_at timestamptz NOT NULL,
    trigger       text        NOT NULL CHECK (trigger IN ('scheduled', 'manual')),
    audit_run_id  uuid,
    status        text        NOT NULL CHECK (status IN ('pending', 'started', 'failed')),
    error         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (schedule_id, occurrence_at)
);
