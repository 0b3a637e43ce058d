-- What each answer cost and when its call started. cost_usd: US dollars, the provider's own figure or the platform's
-- price table (cost_source 'provider' / 'price_table'); null when neither knows. started_at: when the engine call
-- began (created_at is when the batch holding the row was written).
-- Dead letters are listed newest first, and per client through their run.

ALTER TABLE responses ADD COLUMN IF NOT EXISTS cost_usd numeric;
ALTER TABLE responses ADD COLUMN IF NOT EXISTS cost_source text;
ALTER TABLE responses ADD COLUMN IF NOT EXISTS started_at timestamptz;

CREATE INDEX IF NOT EXISTS dead_letters_last_failed_ix ON dead_letters (last_failed_at DESC, id);
