-- Recovery and retention. retry_count: how often recovery restarted the run (failed work items retried, or a run
-- without progress resumed), bounded by Aeo:Recovery:MaxRetries. last_progress_at: when the run's status, stage or
-- settled counts last changed (its grain saves its progress often; this moves only when something moved).
-- Retention finds ended runs by when they ended.

ALTER TABLE audit_runs ADD COLUMN IF NOT EXISTS retry_count int NOT NULL DEFAULT 0;
ALTER TABLE audit_runs ADD COLUMN IF NOT EXISTS last_progress_at timestamptz NOT NULL DEFAULT now();

CREATE INDEX IF NOT EXISTS audit_runs_ended_ix ON audit_runs ((coalesce(completed_at, created_at))) WHERE status IN ('completed', 'partially_completed', 'failed', 'cancelled');
