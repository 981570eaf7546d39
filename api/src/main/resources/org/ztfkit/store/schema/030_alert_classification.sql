-- Alert brokers' machine-learning classifications of their alert objects (external-services.md §4.2, §4.3, §19.2),
-- for the summary's "ML classifications" line.
-- ALeRCE: one row per class of each classifier version of /objects/{oid}/probabilities, with its ranking; jd NULL.
-- Fink: the scores of the object's latest alert (cone-search record), one row per module: classifier d:mulens,
-- d:rf_kn_vs_nonkn or d:snn_sn_vs_all with class_name μLens, KN or SN, classifier_version '' and the alert's jd.
-- In the demo sky the rows are simulated from each source's truth (datasets/ AlertLayer).
-- No declared key (jd is NULL for ALeRCE, and a key column cannot be); writers keep
-- (broker, broker_oid, classifier, classifier_version, class_name, jd) unique.
CREATE TABLE IF NOT EXISTS alert_classification (
    broker              VARCHAR NOT NULL,    -- alerce | fink
    broker_oid          VARCHAR NOT NULL,    -- the ZTF name, as in alert_object
    classifier          VARCHAR NOT NULL,    -- stamp_classifier, lc_classifier, … | d:mulens, d:rf_kn_vs_nonkn, d:snn_sn_vs_all
    classifier_version  VARCHAR NOT NULL,    -- e.g. stamp_classifier_1.0.4, hierarchical_rf_1.1.0; '' for Fink
    class_name          VARCHAR NOT NULL,    -- SNIa, AGN, VS, … | μLens, KN, SN
    probability         DOUBLE NOT NULL,     -- in [0, 1]
    ranking             INTEGER,             -- ALeRCE: 1 for the classifier's most probable class
    jd                  DOUBLE               -- Fink: JD (UTC, exposure start) of the alert the score belongs to
);
