-- Calls to the sentiment judge that pasted-answer analysis made, per key (its reference: the first 16 hex digits of the
-- key's SHA-256) and UTC day, against Aeo:Analysis:JudgeCallsPerKeyPerDay.

CREATE TABLE IF NOT EXISTS judge_usage
(
    key_ref text NOT NULL,
    day     date NOT NULL,
    calls   int  NOT NULL,
    PRIMARY KEY (key_ref, day)
);
