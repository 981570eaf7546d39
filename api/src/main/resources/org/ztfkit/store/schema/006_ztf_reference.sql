-- ZTF reference-catalog magnitudes (external-services.md §2, §19.1): the IRSA reference PSF-fit catalogs, one per
-- field, filter, CCD and quadrant. Magnitudes in ztf_ref_source are instrumental, as in the FITS tables; the view
-- ztf_ref_mag adds the quadrant's zero point, per DR OID.

-- key (fieldid, filter, ccdid, qid)
CREATE TABLE IF NOT EXISTS ztf_ref_quadrant (
    fieldid     INTEGER NOT NULL,
    filter      VARCHAR NOT NULL,        -- zg | zr | zi
    ccdid       TINYINT NOT NULL,
    qid         TINYINT NOT NULL,
    magzp       REAL NOT NULL,           -- MAGZP, mag
    magzp_rms   REAL,                    -- MAGZPRMS
    magzp_unc   REAL,                    -- MAGZPUNC
    infobits    INTEGER,                 -- INFOBITS
    source_url  VARCHAR,                 -- the IRSA path of the catalog file (§2.1)
    etag        VARCHAR
);

-- Stored sorted by hpx29. key (fieldid, filter, ccdid, qid, sourceid)
CREATE TABLE IF NOT EXISTS ztf_ref_source (
    fieldid   INTEGER NOT NULL,
    filter    VARCHAR NOT NULL,
    ccdid     TINYINT NOT NULL,
    qid       TINYINT NOT NULL,
    sourceid  INTEGER NOT NULL,          -- DR OID mod 10^8
    xpos      REAL,                      -- pixels
    ypos      REAL,
    ra        DOUBLE NOT NULL,
    dec       DOUBLE NOT NULL,
    hpx29     BIGINT NOT NULL,
    flux      REAL,                      -- DN, instrumental
    sigflux   REAL,
    mag       REAL NOT NULL,             -- instrumental magnitude
    sigmag    REAL NOT NULL,
    snr       REAL,
    chi       REAL,
    sharp     REAL,
    flags     INTEGER
);

-- Per DR OID ({fieldid}{filterid}{ccdid:02}{qid}{sourceid:08}, §1.3): ref_mag = mag + MAGZP, ref_magerr = sigmag (the
-- zero-point RMS is not added), ref_flags = flags (§2.3).
CREATE VIEW IF NOT EXISTS ztf_ref_mag AS
SELECT CAST(s.fieldid AS BIGINT) * 1000000000000
           + (CASE s.filter WHEN 'zg' THEN 1 WHEN 'zr' THEN 2 ELSE 3 END) * 100000000000
           + CAST(s.ccdid AS BIGINT) * 1000000000 + CAST(s.qid AS BIGINT) * 100000000 + s.sourceid AS oid,
       s.fieldid, s.filter, s.ccdid, s.qid, s.sourceid, s.ra, s.dec, s.hpx29,
       s.mag + q.magzp AS ref_mag, s.sigmag AS ref_magerr, s.flags AS ref_flags,
       q.magzp, q.magzp_rms, q.infobits
FROM ztf_ref_source s JOIN ztf_ref_quadrant q USING (fieldid, filter, ccdid, qid);
