-- A client's API keys, several per client so that a key can be rotated without downtime (the API allows two live
-- keys at once). Each is stored only as the SHA-256 of the key and named by its id, which listings and logs show
-- instead of the key. The key each client had until now moves here from clients.api_key_hash and keeps working.
--
-- Clients can be changed and deleted: updated_at is when the brand, competitors or industry last changed (runs keep
-- the snapshot they started with); deleted_at marks a client being deleted, whose keys stop working at once and who is
-- no longer found while its runs and schedules are stopped and its rows removed. The row itself goes last, and its
-- keys with it.

CREATE TABLE client_api_keys
(
    id         uuid PRIMARY KEY,
    client_id  uuid        NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    key_hash   bytea       NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

CREATE INDEX client_api_keys_client_ix ON client_api_keys (client_id, created_at);

INSERT INTO client_api_keys (id, client_id, key_hash, created_at)
SELECT gen_random_uuid(), id, api_key_hash, created_at FROM clients;

ALTER TABLE clients DROP COLUMN api_key_hash;
ALTER TABLE clients ADD COLUMN updated_at timestamptz;
ALTER TABLE clients ADD COLUMN deleted_at timestamptz;

CREATE INDEX clients_created_ix ON clients (created_at DESC, id);
