-- ZTF data releases, objects and detections (external-services.md §19.1).
-- Native values in native units; hmjd is the DR's heliocentric MJD at mid-exposure (UTC-based).
-- Every positioned table carries hpx29: HEALPix nested cell at depth 29 (cds-healpix-java) and is stored sorted by it.

CREATE TABLE IF NOT EXISTS data_release (
    dr              VARCHAR PRIMARY KEY,      -- dr2 … dr24
    is_default      BOOLEAN NOT NULL,         -- the release ztf.object(oid) uses when none is named
    short_min_hmjd  DOUBLE,                   -- the Viewer's "short" (private-survey) window, §16.3
    short_max_hmjd  DOUBLE,
    min_hmjd        DOUBLE,                   -- time span of the release's detections
    max_hmjd        DOUBLE,
    origin          VARCHAR NOT NULL,         -- simulated | irsa-bulk | irsa-lc-api | snad-api
    -- A release whose epochs are exactly the first ones of a later release (the simulated sky) stores no detection
    -- rows of its own: they are the rows of detections_of up to detections_until_hmjd. NULL: its own rows.
    detections_of          VARCHAR,
    detections_until_hmjd  DOUBLE,
    description     VARCHAR,
    ingested_at     TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS ztf_object (
    dr               VARCHAR NOT NULL,
    oid              BIGINT NOT NULL,         -- §1.3: {fieldid}{filterid}{ccdid:02}{qid}{sourceid:08}
    fieldid          INTEGER NOT NULL,
    filterid         TINYINT NOT NULL,        -- 1 g, 2 r, 3 i
    filter           VARCHAR NOT NULL,        -- zg | zr | zi
    ccdid            TINYINT NOT NULL,
    qid              TINYINT NOT NULL,
    rcid             TINYINT NOT NULL,        -- 4(ccdid−1)+(qid−1)
    sourceid         INTEGER NOT NULL,        -- oid mod 10^8
    ra               DOUBLE NOT NULL,         -- deg, DR mean position (objra)
    dec              DOUBLE NOT NULL,         -- deg (objdec)
    hpx29            BIGINT NOT NULL,
    nobs             INTEGER NOT NULL,        -- all epochs, bad ones included
    ngoodobs         INTEGER NOT NULL,        -- epochs with catflags = 0 and magerr > 0
    duration_d       DOUBLE,                  -- max − min hmjd over good epochs
    ngoodobs_short   INTEGER,                 -- within the DR's short window
    duration_short_d DOUBLE,
    min_mag          REAL,
    max_mag          REAL,
    mean_mag         REAL
);

-- Objects are found by OID through this index (an ART index), and by position through hpx29 zone maps.
CREATE INDEX IF NOT EXISTS ztf_object_oid ON ztf_object (oid);

-- Detections carry the hpx29 of their object and are stored sorted by (hpx29, oid, hmjd): the light curves of an
-- object and of all its neighbours sit in the same few row groups, found by the same index ranges as the cone.
CREATE TABLE IF NOT EXISTS ztf_detection (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,              -- of the object (ztf_object.hpx29)
    hmjd        DOUBLE NOT NULL,              -- heliocentric MJD at mid-exposure, UTC-based (the SNAD API's "mjd")
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,             -- 0 = good; the SNAD API returns only catflags = 0 and magerr > 0
    filefracday BIGINT                        -- YYYYMMDDffffff of exposure start when known (IRSA light-curve API)
);

-- The archive's science-image day listings (external-services.md §3.2 step 4): the six-digit sub-directories
-- (fraction of the UTC day at exposure start, in millionths) under products/sci/YYYY/MMDD/. With it, science-image
-- paths are rebuilt offline from HMJD exactly as the Viewer does online.
CREATE TABLE IF NOT EXISTS ztf_day_listing (
    yyyymmdd  INTEGER NOT NULL,
    frac6     INTEGER NOT NULL,
    PRIMARY KEY (yyyymmdd, frac6)
);
