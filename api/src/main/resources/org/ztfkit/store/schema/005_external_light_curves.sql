-- Pan-STARRS DR2 and Gaia DR3 (external-services.md §5, §6, §19.3). Native values in native units and time scales,
-- derived columns computed once when the row is written (org.ztfkit.time.SurveyTimes, org.ztfkit.photometry).
-- Rows are stored sorted by hpx29; detection and epoch rows carry their object's cell, like ztf_detection.
-- No declared keys (see 004); writers keep the documented keys unique.
-- DuckDB names are case-insensitive, so VizieR's b_X / B_X interval columns (16th and 84th percentiles, or lower
-- and upper bounds) are named X_lo / X_hi.

-- Merged stack rows (§5.3: rows of one objID from overlapping sky cells merged with weights 1/err^2). key (objid)
CREATE TABLE IF NOT EXISTS ps1_object (
    objid          BIGINT NOT NULL,
    objname        VARCHAR NOT NULL,     -- IAU name, e.g. PSO J253.1577+25.8226
    ra_mean        DOUBLE NOT NULL,
    dec_mean       DOUBLE NOT NULL,
    hpx29          BIGINT NOT NULL,
    g_psf_mag REAL, g_psf_mag_err REAL, g_ap_mag REAL, g_ap_mag_err REAL,   -- AB; NULL where missing
    r_psf_mag REAL, r_psf_mag_err REAL, r_ap_mag REAL, r_ap_mag_err REAL,
    i_psf_mag REAL, i_psf_mag_err REAL, i_ap_mag REAL, i_ap_mag_err REAL,
    z_psf_mag REAL, z_psf_mag_err REAL, z_ap_mag REAL, z_ap_mag_err REAL,
    y_psf_mag REAL, y_psf_mag_err REAL, y_ap_mag REAL, y_ap_mag_err REAL,
    n_stack_rows   SMALLINT NOT NULL,
    raw            JSON
);

-- key (detect_id)
CREATE TABLE IF NOT EXISTS ps1_detection (
    detect_id         BIGINT NOT NULL,
    objid             BIGINT NOT NULL,
    hpx29             BIGINT NOT NULL,   -- of the object (ps1_object.hpx29)
    filter_id         TINYINT NOT NULL,  -- 1..5 = g r i z y
    filter            VARCHAR NOT NULL,  -- ps_g ... ps_y (the Viewer's names)
    obs_time_mjd_tai  DOUBLE NOT NULL,   -- native obsTime: MJD, TAI, exposure midpoint
    ra                DOUBLE NOT NULL,   -- of the detection, deg
    dec               DOUBLE NOT NULL,
    psf_flux_jy       DOUBLE NOT NULL,   -- native, Jy
    psf_flux_err_jy   DOUBLE NOT NULL,
    info_flag         BIGINT,
    info_flag2        BIGINT,
    info_flag3        BIGINT,
    hmjd_utc          DOUBLE NOT NULL,   -- derived: TAI -> UTC, + heliocentric light time at Haleakala
    mag               REAL,              -- derived: eq. 8, NULL when flux <= 0
    magerr            REAL               -- derived: eq. 9
);

-- Gaia DR3 sources as VizieR I/355/gaiadr3 serves them. key (source_id)
CREATE TABLE IF NOT EXISTS gaia_source (
    source_id      BIGINT NOT NULL,
    ra             DOUBLE NOT NULL,      -- J2000 position as VizieR computes it (what the Viewer matches on)
    dec            DOUBLE NOT NULL,
    ra_ep2016      DOUBLE,               -- the catalogue position at epoch 2016.0
    dec_ep2016     DOUBLE,
    hpx29          BIGINT NOT NULL,
    g_mag REAL, bp_mag REAL, rp_mag REAL,   -- mean magnitudes, Vega (VizieR Gmag, BPmag, RPmag)
    plx REAL, e_plx REAL,                -- mas
    pmra REAL, e_pmra REAL, pmdec REAL, e_pmdec REAL,   -- mas/yr
    teff REAL, teff_lo REAL, teff_hi REAL,   -- K (GSP-Phot; _lo/_hi = VizieR b_/B_)
    logg REAL, logg_lo REAL, logg_hi REAL,
    feh REAL, feh_lo REAL, feh_hi REAL,
    a0 REAL, a0_lo REAL, a0_hi REAL,     -- mag
    pqso REAL, pgal REAL, pss REAL,      -- DSC probabilities
    has_epoch_phot BOOLEAN NOT NULL      -- VizieR EpochPh
);

-- One row per field-of-view transit and band (the DataLink table has G, BP and RP in one row). key (source_id, transit_id, band)
CREATE TABLE IF NOT EXISTS gaia_epoch (
    source_id               BIGINT NOT NULL,
    hpx29                   BIGINT NOT NULL,   -- of the source (gaia_source.hpx29)
    transit_id              BIGINT NOT NULL,
    band                    VARCHAR NOT NULL,  -- G | BP | RP
    filter                  VARCHAR NOT NULL,  -- gaia_G | gaia_BP | gaia_RP
    time_tcb_d              DOUBLE NOT NULL,   -- native: barycentric JD in TCB - 2455197.5
    flux                    DOUBLE,            -- native: e-/s (NULL: not measured)
    flux_error              DOUBLE,
    flux_over_error         REAL,
    mag_vega                REAL,
    rejected_by_photometry  BOOLEAN NOT NULL,
    rejected_by_variability BOOLEAN NOT NULL,
    variability_reject      BOOLEAN NOT NULL,  -- the band's variability_flag_{g|bp|rp}_reject
    mjd_utc                 DOUBLE NOT NULL,   -- derived: TCB -> UTC, MJD, still barycentric
    mag_ab                  REAL,              -- derived: eq. 10 with the EDR3 AB zero points (NULL without flux)
    magerr_ab               REAL               -- derived: eq. 11
);

-- Bailer-Jones et al. (2021), VizieR I/352/gedr3dis. key (source_id)
CREATE TABLE IF NOT EXISTS gaia_distance_edr3 (
    source_id  BIGINT NOT NULL,
    ra         DOUBLE NOT NULL,
    dec        DOUBLE NOT NULL,
    hpx29      BIGINT NOT NULL,
    rgeo DOUBLE, rgeo_lo DOUBLE, rgeo_hi DOUBLE,      -- pc, median and 16th/84th percentiles
    rpgeo DOUBLE, rpgeo_lo DOUBLE, rpgeo_hi DOUBLE,
    flag       VARCHAR
);
