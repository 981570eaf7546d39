-- Truth of the simulated demo sky (present only in databases made by the generator in datasets/).
-- One row per simulated sky source; sim_source_oid lists the DR objects (OIDs) that observe it.

CREATE TABLE IF NOT EXISTS sim_source (
    source_id        INTEGER PRIMARY KEY,
    name             VARCHAR,                -- real name for the real objects placed in the sky, else NULL
    class            VARCHAR NOT NULL,       -- constant | rr_lyrae | eclipsing_binary | cepheid | lpv | agn | sn_ia | sn_ii | sn_ibc | cv
    ra               DOUBLE NOT NULL,
    dec              DOUBLE NOT NULL,
    hpx29            BIGINT NOT NULL,
    mean_mag_g       DOUBLE NOT NULL,        -- mean (or quiescent / host-free baseline) AB magnitude per band
    mean_mag_r       DOUBLE NOT NULL,
    mean_mag_i       DOUBLE NOT NULL,
    period_d         DOUBLE,                 -- periodic classes
    amplitude_mag    DOUBLE,                 -- peak-to-peak, r band
    epoch_hmjd       DOUBLE,                 -- maximum light (pulsators), primary minimum (eclipsing), peak (SNe)
    params           VARCHAR                 -- JSON of the remaining model parameters
);

CREATE TABLE IF NOT EXISTS sim_source_oid (
    source_id  INTEGER NOT NULL,
    oid        BIGINT NOT NULL,
    PRIMARY KEY (source_id, oid)
);
