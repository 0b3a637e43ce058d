-- A run's figures, stored once when it ends, so a series over many runs reads rows instead of recomputing every
-- answer. run_setups: what made the run's figures comparable with another's (question configuration, samples per
-- question, tracked brands, web search, and the model each platform answered with); its row also marks the run's
-- figures as stored. run_figures: one row per (segment, brand, metric), the segment's platform, question type and
-- category beside its key (null: all of them); value and interval null where the run had no data for it. answers: the answers the value rests on (the segment's answers for a rate, those with a value for
-- a mean).

CREATE TABLE run_setups
(
    run_id    uuid PRIMARY KEY REFERENCES audit_runs (id) ON DELETE CASCADE,
    setup     jsonb       NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE run_figures
(
    run_id        uuid             NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    segment       text             NOT NULL,
    platform      text,
    question_type text,
    category      text,
    brand         text             NOT NULL,
    metric        text             NOT NULL,
    is_client     boolean          NOT NULL,
    value         double precision,
    lower         double precision,
    upper         double precision,
    answers       int              NOT NULL,
    PRIMARY KEY (run_id, metric, segment, brand)
);
