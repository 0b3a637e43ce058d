-- Orleans ADO.NET clustering (Microsoft.Orleans.Clustering.AdoNet 10.x).
-- The provider reads its SQL from OrleansQuery at start ("SELECT QueryKey, QueryText FROM OrleansQuery")
-- and requires every key below. Parameter names (@DeploymentId, @Address, ...) and result column names are
-- the provider's contract; identifiers are unquoted, so PostgreSQL folds them to lower case and Npgsql
-- matches the provider's column names case-insensitively.

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL CONSTRAINT orleansquery_pk PRIMARY KEY,
    QueryText text        NOT NULL
);

-- One row per cluster (DeploymentId = ClusterId); Version is the membership table's optimistic-concurrency ETag.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL CONSTRAINT orleansmembershipversiontable_pk PRIMARY KEY,
    Timestamp    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0
);

-- One row per silo incarnation.
CREATE TABLE OrleansMembershipTable
(
    DeploymentId text        NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      text        NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL DEFAULT 0,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    CONSTRAINT orleansmembershiptable_pk PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*) > 0 FROM inserted;
$q$),

-- Insert a silo row only if the table version still equals @Version; bump the version in the same statement.
('InsertMembershipKey', $q$
WITH expected AS (
    SELECT DeploymentId FROM OrleansMembershipVersionTable
    WHERE DeploymentId = @DeploymentId AND Version = @Version
    FOR UPDATE
), inserted AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT e.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, COALESCE(@ProxyPort, 0), @StartTime, @IAmAliveTime
    FROM expected e
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
    RETURNING DeploymentId
), bumped AS (
    UPDATE OrleansMembershipVersionTable v
    SET Version = v.Version + 1, Timestamp = now()
    FROM inserted i
    WHERE v.DeploymentId = i.DeploymentId
    RETURNING 1
)
SELECT count(*) > 0 FROM bumped;
$q$),

-- Update a silo row only if the table version still equals @Version; bump the version in the same statement.
('UpdateMembershipKey', $q$
WITH expected AS (
    SELECT DeploymentId FROM OrleansMembershipVersionTable
    WHERE DeploymentId = @DeploymentId AND Version = @Version
    FOR UPDATE
), updated AS (
    UPDATE OrleansMembershipTable m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM expected e
    WHERE m.DeploymentId = e.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    RETURNING m.DeploymentId
), bumped AS (
    UPDATE OrleansMembershipVersionTable v
    SET Version = v.Version + 1, Timestamp = now()
    FROM updated u
    WHERE v.DeploymentId = u.DeploymentId
    RETURNING 1
)
SELECT count(*) > 0 FROM bumped;
$q$),

('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),

-- The version row always comes back (even without a silo row): StartTime NULL means "no entry".
('MembershipReadRowKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),

('DeleteMembershipTableEntriesKey', $q$
WITH silos AS (
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId
)
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

-- Active gateways (Status 3 = Active) for clients.
('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

-- Remove rows of silos that are no longer active (not Status 3) and were last alive before @IAmAliveTime.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$);
