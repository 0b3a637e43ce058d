-- Alerts as webhooks. webhook_subscriptions: a client's endpoints, each with the event types it wants, its body format
-- (standard or slack) and its signing secret encrypted with ASP.NET Core Data Protection (never the plain secret).
-- A subscription that keeps failing is disabled, with the reason and the time kept. consecutive_failures counts the
-- deliveries that failed for good since the last one that arrived.
--
-- webhook_events is the outbox: one row per event, written in the same transaction as the fact it reports (a run's
-- end, a schedule pausing), with a stable id the receiver deduplicates by. webhook_deliveries: the same transaction
-- fans the event out to every enabled subscription of its client that wants its type, one row each; the dispatcher
-- claims due rows with a lease (lease_until) so two silos never send the same attempt at once.
--
-- data_protection_keys: the Data Protection key ring, shared by every API and silo process so that a secret one
-- encrypted the others can decrypt (and a cookie one issued the others accept).

CREATE TABLE IF NOT EXISTS webhook_subscriptions
(
    id                   uuid PRIMARY KEY,
    client_id            uuid        NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    url                  text        NOT NULL,
    events               text[]      NOT NULL,
    format               text        NOT NULL,
    secret               text        NOT NULL,
    enabled              boolean     NOT NULL DEFAULT true,
    disabled_reason      text,
    disabled_at          timestamptz,
    consecutive_failures int         NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS webhook_subscriptions_client_ix ON webhook_subscriptions (client_id, created_at DESC, id);

CREATE TABLE IF NOT EXISTS webhook_events
(
    id          uuid PRIMARY KEY,
    client_id   uuid        NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    type        text        NOT NULL,
    summary     text        NOT NULL,
    data        jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS webhook_events_client_ix ON webhook_events (client_id, occurred_at DESC);

CREATE TABLE IF NOT EXISTS webhook_deliveries
(
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    outcome          text        NOT NULL DEFAULT 'pending',
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    last_status_code int,
    last_duration_ms int,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    ended_at         timestamptz,
    UNIQUE (event_id, subscription_id)
);

CREATE INDEX IF NOT EXISTS webhook_deliveries_due_ix ON webhook_deliveries (next_attempt_at) WHERE outcome = 'pending';
CREATE INDEX IF NOT EXISTS webhook_deliveries_subscription_ix ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

CREATE TABLE IF NOT EXISTS data_protection_keys
(
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text        NOT NULL UNIQUE,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
