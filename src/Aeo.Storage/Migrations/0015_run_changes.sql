-- A run's tested change family against its previous comparable run, one row per segment (non_branded, branded, all),
-- stored when the run ends (in the transaction that ends it) so that the changes endpoint, the report and the run page
-- read it instead of testing again. family: the family as tested (every change with its p value and Benjamini-Hochberg
-- adjusted p value; the adjusted p values do not depend on the false discovery rate, so a reader applies its own).
-- run_ended_at and baseline_ended_at: when the run and its baseline had ended as the family was tested; a family whose
-- run or baseline ended again since (resumed, retried) is stale and tested again. Deleting either run deletes the row.
-- A run that ended without a row (before this migration, cancelled, or its changes failed) has it stored on first read.

CREATE TABLE IF NOT EXISTS run_changes
(
    run_id            uuid        NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    segment           text        NOT NULL,
    run_ended_at      timestamptz NOT NULL,
    baseline_run_id   uuid REFERENCES audit_runs (id) ON DELETE CASCADE,
    baseline_ended_at timestamptz,
    family            jsonb       NOT NULL,
    stored_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, segment)
);

CREATE INDEX IF NOT EXISTS run_changes_baseline ON run_changes (baseline_run_id) WHERE baseline_run_id IS NOT NULL;
