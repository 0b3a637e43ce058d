-- Orleans ADO.NET grain storage (Microsoft.Orleans.Persistence.AdoNet 10.x).
-- Contract (AdoNetGrainStorage): parameters @GrainIdHash int, @GrainIdN0 bigint, @GrainIdN1 bigint,
-- @GrainTypeHash int, @GrainTypeString, @GrainIdExtensionString (NULL when the grain key has none),
-- @ServiceId, @GrainStateVersion int (NULL = never written / read nothing), @PayloadBinary bytea.
-- Read returns PayloadBinary and Version; write returns NewGrainStateVersion. The ETag is Version:
-- a write or clear that does not match returns no row (or NULL), which the provider raises as
-- InconsistentStateException.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer     NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdExtensionString text        NULL,
    ServiceId              text        NOT NULL,
    PayloadBinary          bytea       NULL,
    ModifiedOn             timestamptz NOT NULL DEFAULT now(),
    Version                integer     NOT NULL
);

-- One row per grain state. NULL and '' extensions share a slot (COALESCE) so the key works on PostgreSQL < 15.
CREATE UNIQUE INDEX orleansstorage_grain_uq ON OrleansStorage
    (ServiceId, GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, (COALESCE(GrainIdExtensionString, '')));

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE ServiceId = @ServiceId
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString, '');
$q$),

-- @GrainStateVersion NULL: first write, insert version 1 unless a row exists (then no row = conflict).
-- Otherwise update only the row whose Version matches and return Version + 1.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
    WHERE @GrainStateVersion::integer IS NOT NULL
      AND ServiceId = @ServiceId
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString, '')
      AND Version = @GrainStateVersion::integer
    RETURNING Version
), inserted AS (
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @PayloadBinary, now(), 1
    WHERE @GrainStateVersion::integer IS NULL
    ON CONFLICT (ServiceId, GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, (COALESCE(GrainIdExtensionString, ''))) DO NOTHING
    RETURNING Version
)
SELECT Version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT Version FROM inserted;
$q$),

-- Clear keeps the row (payload NULL) and bumps the version, which becomes the new ETag.
('ClearStorageKey', $q$
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
WHERE ServiceId = @ServiceId
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString, '')
  AND Version = @GrainStateVersion::integer
RETURNING Version AS NewGrainStateVersion;
$q$),

-- Used instead of ClearStorageKey when AdoNetGrainStorageOptions.DeleteStateOnClear = true.
-- Returns Version + 1 so the provider's ETag check sees a change.
('DeleteStorageKey', $q$
DELETE FROM OrleansStorage
WHERE ServiceId = @ServiceId
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE(GrainIdExtensionString, '') = COALESCE(@GrainIdExtensionString, '')
  AND Version = @GrainStateVersion::integer
RETURNING Version + 1 AS NewGrainStateVersion;
$q$);
