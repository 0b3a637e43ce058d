-- What a run report reads instead of recomputing every answer: each stored figure's full estimate (a rate's numerator,
-- denominator, design effect and effective sample size; a mean's standard error and question count) and the brand's
-- place in the run's order, and one run_segments row per segment with its counts and its place in the run's order.
-- A run whose figures were stored before this has no run_segments rows: its figures are computed again and stored.

ALTER TABLE run_figures
    ADD COLUMN brand_position int,
    ADD COLUMN numerator      double precision,
    ADD COLUMN denominator    double precision,
    ADD COLUMN design_effect  double precision,
    ADD COLUMN effective_n    double precision,
    ADD COLUMN standard_error double precision,
    ADD COLUMN clusters       int;

CREATE TABLE run_segments
(
    run_id                       uuid NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    segment                      text NOT NULL,
    position                     int  NOT NULL,
    platform                     text,
    question_type                text,
    category                     text,
    answers                      int  NOT NULL,
    questions                    int  NOT NULL,
    answers_mentioning_any_brand int  NOT NULL,
    brand_mentions               int  NOT NULL,
    cited_sources                int  NOT NULL,
    PRIMARY KEY (run_id, segment)
);

-- Each answer of an ended run as the change tests observe it (the brands it mentions with count, rank, sentiment,
-- prominence and flags; its sources' domain, kind and path), a few hundred bytes instead of the whole stored answer:
-- what pairs two runs' answers without reading every answer's mentions again.
CREATE TABLE run_observations
(
    run_id      uuid  NOT NULL REFERENCES audit_runs (id) ON DELETE CASCADE,
    question_id uuid  NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    platform    text  NOT NULL,
    sample      int   NOT NULL,
    observation jsonb NOT NULL,
    PRIMARY KEY (run_id, question_id, platform, sample)
);
