-- Cross-match catalogs (external-services.md §19.4) and SkyBoT answers (§19.5).
-- catalog_source holds every catalog's sources in one table, stored sorted by hpx29; the original columns of each
-- source are kept as JSON under their original names and units. No declared keys (as 004): writers keep
-- (catalog, source_id) unique.

-- One row per catalog the database holds data of; a catalog without a row here is "not in the embedded data".
CREATE TABLE IF NOT EXISTS catalog (
    catalog                VARCHAR PRIMARY KEY,   -- gcvs, vsx, atlas_var, sdss_dr16q, ztf_periodic, spicy, ogle3, …
    origin                 VARCHAR NOT NULL,      -- e.g. vizier:B/vsx/vsx, snad-ogle3:ogle3, simulated
    default_radius_arcsec  DOUBLE NOT NULL,       -- §16.7
    shown_columns          JSON NOT NULL,         -- ordered list of {column, header, unit}
    link_template          VARCHAR,               -- record link with {column} placeholders
    version                VARCHAR,
    fetched_at             TIMESTAMPTZ
);

-- key (catalog, source_id)
CREATE TABLE IF NOT EXISTS catalog_source (
    catalog      VARCHAR NOT NULL,
    source_id    VARCHAR NOT NULL,   -- the catalog's id: GCVS designation, VSX OID, ATOID, SDSS name, SourceID, …
    name         VARCHAR NOT NULL,   -- display name, e.g. "AT 2018lwh"
    ra           DOUBLE NOT NULL,    -- ICRS deg (converted from sexagesimal hours for OGLE-III and OSC)
    dec          DOUBLE NOT NULL,
    hpx29        BIGINT NOT NULL,
    type         VARCHAR,
    period_d     DOUBLE,
    redshift     DOUBLE,
    distance_pc  DOUBLE,             -- the catalog's own distance, else the luminosity distance of the redshift
    event_mjd    DOUBLE,             -- MJD UTC of the catalog's event (a transient's discovery)
    url          VARCHAR,            -- the full record
    columns      JSON NOT NULL       -- every original column under its original name, original units
);

-- One row per SkyBoT cone asked (n_results 0 = "no solar system object was found"). key (ra, dec, epoch_jd_utc, location, query_radius_arcsec)
CREATE TABLE IF NOT EXISTS skybot_query (
    ra                   DOUBLE NOT NULL,
    dec                  DOUBLE NOT NULL,
    epoch_jd_utc         DOUBLE NOT NULL,   -- observer time (JD, UTC) at the site
    location             VARCHAR NOT NULL,  -- MPC code, I41 for ZTF
    query_radius_arcsec  DOUBLE NOT NULL,
    n_results            INTEGER NOT NULL,
    fetched_at           TIMESTAMPTZ
);

-- The objects of each answer, as astroquery names SkyBoT's columns. key (ra, dec, epoch_jd_utc, location, query_radius_arcsec, name)
CREATE TABLE IF NOT EXISTS skybot_result (
    ra                   DOUBLE NOT NULL,
    dec                  DOUBLE NOT NULL,
    epoch_jd_utc         DOUBLE NOT NULL,
    location             VARCHAR NOT NULL,
    query_radius_arcsec  DOUBLE NOT NULL,
    number               INTEGER,           -- NULL for unnumbered objects
    name                 VARCHAR NOT NULL,
    type                 VARCHAR,           -- e.g. MB>Middle
    ra_obj               DOUBLE NOT NULL,   -- deg
    dec_obj              DOUBLE NOT NULL,
    v_mag                REAL,
    posunc_arcsec        REAL,
    centerdist_arcsec    REAL,
    ra_rate              REAL,              -- arcsec/h
    dec_rate             REAL,
    ephem_epoch_jd       DOUBLE
);

-- Truth of the simulated sky: which simulated source each simulated catalog entry describes (generator only).
CREATE TABLE IF NOT EXISTS sim_catalog_source (
    catalog        VARCHAR NOT NULL,
    source_id      VARCHAR NOT NULL,
    sim_source_id  INTEGER NOT NULL
);
