-- Each ended run's competitor discovery, stored once, so a client's view over recent runs reads rows instead of every
-- answer. run_discoveries: that a run's discovery is stored, over how many non-branded answers, and the alert share it
-- was flagged against. discovered_brands: one row per brand the run's non-branded answers named or cited that the run
-- did not track, keyed by its normalised name; variants are [{name, count}], samples [{platform, text}].
-- newly_crossed: its share reached the alert share in this run and in none of the client's earlier runs (the brands a
-- competitor.discovered event announces).

CREATE TABLE run_discoveries
(
    run_id              uuid PRIMARY KEY REFERENCES audit_runs (id) ON DELETE CASCADE,
    non_branded_answers int              NOT NULL,
    alert_share         double precision NOT NULL,
    stored_at           timestamptz      NOT NULL DEFAULT now()
);

CREATE TABLE discovered_brands
(
    run_id         uuid             NOT NULL REFERENCES run_discoveries (run_id) ON DELETE CASCADE,
    brand_key      text             NOT NULL,
    name           text             NOT NULL,
    variants       jsonb            NOT NULL,
    domains        text[]           NOT NULL,
    answers        int              NOT NULL,
    named_answers  int              NOT NULL,
    cited_answers  int              NOT NULL,
    share          double precision NOT NULL,
    lower          double precision NOT NULL,
    upper          double precision NOT NULL,
    platforms      text[]           NOT NULL,
    first_seen_at  timestamptz      NOT NULL,
    samples        jsonb            NOT NULL,
    newly_crossed  boolean          NOT NULL,
    PRIMARY KEY (run_id, brand_key)
);

CREATE INDEX discovered_brands_alerts ON discovered_brands (brand_key, share);
