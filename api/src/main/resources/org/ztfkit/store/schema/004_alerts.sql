-- ZTF alerts (external-services.md §4, §19.2): alert objects, their per-epoch photometry, the packets, cutouts.
-- Native values stay native: jd is the Julian date at the start of the 30 s exposure (UTC, observer at Palomar), as
-- every broker and the Avro packets deliver it. hmjd_mid is derived once, when the row is written
-- (org.ztfkit.time.SurveyTimes.hmjdFromZtfAlertJd at the alert object's position): + 15 s to mid-exposure, + the
-- heliocentric light-travel time, i.e. the ZTF DR's time axis.
-- The tables have no declared keys (an index would cost more than the data); writers keep the documented keys unique.
-- Rows are stored sorted by hpx29, the alert object's cell, so an object's rows sit in a few row groups.

-- key (broker, broker_oid)
CREATE TABLE IF NOT EXISTS alert_object (
    broker      VARCHAR NOT NULL,        -- avro (packets read from Avro files) | alerce | fink | antares | simulated
    broker_oid  VARCHAR NOT NULL,        -- the broker's object id: the ZTF name (ANTARES: its locus id)
    ztf_name    VARCHAR NOT NULL,        -- ZTF{yy}{7 letters}, e.g. ZTF18abqkqdm
    ra          DOUBLE NOT NULL,         -- deg, mean of the detections' positions
    dec         DOUBLE NOT NULL,
    hpx29       BIGINT NOT NULL,
    first_mjd   DOUBLE,                  -- observer MJD (UTC) at exposure start of the first and last detection
    last_mjd    DOUBLE,
    ndet        INTEGER NOT NULL,        -- detections stored
    raw         JSON                     -- anything else the broker said about the object
);

-- One row per epoch, detections and non-detections. key (broker, broker_oid, jd, fid, kind)
CREATE TABLE IF NOT EXISTS alert_photometry (
    broker          VARCHAR NOT NULL,
    broker_oid      VARCHAR NOT NULL,
    ztf_name        VARCHAR NOT NULL,
    hpx29           BIGINT NOT NULL,     -- of the alert object (alert_object.hpx29)
    candid          BIGINT,              -- NULL for upper limits (Fink's -1 is stored as NULL)
    kind            VARCHAR NOT NULL,    -- detection | upper_limit | bad_quality (a candidate that failed the quality cuts)
    jd              DOUBLE NOT NULL,     -- native: JD at exposure start, UTC, observer
    hmjd_mid        DOUBLE NOT NULL,     -- derived: heliocentric MJD at mid-exposure (the DR axis)
    fid             TINYINT NOT NULL,    -- 1 g, 2 r, 3 i
    filter          VARCHAR NOT NULL,    -- zg | zr | zi
    broker_passband VARCHAR,             -- as delivered (ANTARES: g, R, i)
    magpsf          REAL,                -- difference-image PSF magnitude, |science - reference| (NULL for upper limits)
    sigmapsf        REAL,
    diffmaglim      REAL,                -- 5-sigma limiting magnitude of the difference image
    isdiffpos       TINYINT,             -- +1 science brighter than reference, -1 fainter
    ra              DOUBLE,              -- candidate position, deg (NULL for upper limits)
    dec             DOUBLE,
    magnr           REAL,                -- nearest source in the reference image's PSF catalog: magnitude, error,
    sigmagnr        REAL,
    distnr          REAL,                -- and distance in pixels (1.01 arcsec)
    rb              REAL,                -- real/bogus scores
    drb             REAL,
    magpsf_corr     REAL,                -- ALeRCE's apparent-magnitude reconstruction
    sigmapsf_corr   REAL,
    sigmapsf_corr_ext REAL,
    field           INTEGER,
    rcid            INTEGER,
    programid       INTEGER,             -- 1 public survey
    raw             JSON                 -- every field as delivered (Avro: the candidate or prv_candidates record)
);

-- The alert packets. A packet's candidate is the alert_photometry row with its candid; its history is the object's
-- photometry within the 30 days before its jd, as a real packet's prv_candidates carries. key (candid)
CREATE TABLE IF NOT EXISTS alert_packet (
    candid      BIGINT NOT NULL,
    broker      VARCHAR NOT NULL,
    broker_oid  VARCHAR NOT NULL,
    ztf_name    VARCHAR NOT NULL,        -- objectId
    hpx29       BIGINT NOT NULL,         -- of the alert object
    jd          DOUBLE NOT NULL,         -- the candidate's jd
    schemavsn   VARCHAR,                 -- 3.2 ... 4.02
    publisher   VARCHAR
);

-- Cutouts as delivered: gzip-compressed FITS (63x63 float32 for ZTF). key (candid, kind, format)
CREATE TABLE IF NOT EXISTS alert_cutout (
    candid      BIGINT NOT NULL,
    kind        VARCHAR NOT NULL,        -- science | template | difference
    format      VARCHAR NOT NULL,        -- fits.gz | png
    ztf_name    VARCHAR NOT NULL,
    broker      VARCHAR NOT NULL,        -- where it came from
    file_name   VARCHAR,                 -- the pipeline's stamp file name, when known
    data        BLOB NOT NULL,
    nx          INTEGER,
    ny          INTEGER
);
