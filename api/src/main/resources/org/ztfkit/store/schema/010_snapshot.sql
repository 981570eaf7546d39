-- What online calls fetched (the snapshot of org.ztfkit.snapshot), science images, extinction answers, and the
-- files importers loaded. The fetched data themselves go into the ordinary tables (ztf_object, ztf_detection, …):
-- a snapshot file opens with Ztf.open(path) like any embedded database.

-- One row per remote call whose answer is stored (external-services.md §19.5 http_recording, at the level of calls).
CREATE TABLE IF NOT EXISTS cache_entry (
    key         VARCHAR PRIMARY KEY,     -- service/call/arguments, e.g. snad-ztf-dr/oid/dr24/633207400004730
    service     VARCHAR NOT NULL,        -- snad-ztf-dr, irsa-ibe, snad-dustmaps, …
    url         VARCHAR NOT NULL,        -- the request that answered
    found       BOOLEAN NOT NULL,        -- false: the service said "no such object" (kept, so offline says so too)
    fetched_at  TIMESTAMPTZ NOT NULL,
    checksum    VARCHAR NOT NULL,        -- SHA-256 (hex) of the entry's rows as stored, in a fixed order
    row_count   BIGINT NOT NULL          -- rows the checksum covers
);

-- The objects an entry answered with (a cone's OIDs, an image id, …), in the service's order.
CREATE TABLE IF NOT EXISTS cache_member (
    key         VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    member      VARCHAR NOT NULL,
    PRIMARY KEY (key, ordinal)
);
CREATE INDEX IF NOT EXISTS cache_member_member ON cache_member (member);

-- FITS images as gzip-compressed blobs (§19.1): science-image cutouts fetched from IRSA.
CREATE TABLE IF NOT EXISTS ztf_image (
    image_id     VARCHAR PRIMARY KEY,    -- archive path plus the cutout request, e.g. sci/2019/…_sciimg.fits?size=63pix&center=…
    kind         VARCHAR NOT NULL,       -- sciimg_cutout | sciimg | refimg
    fieldid      INTEGER NOT NULL,
    filter       VARCHAR NOT NULL,       -- zg | zr | zi
    ccdid        TINYINT NOT NULL,
    qid          TINYINT NOT NULL,
    filefracday  BIGINT NOT NULL,        -- YYYYMMDDffffff of the exposure start
    center_ra    DOUBLE,                 -- cutout centre, deg
    center_dec   DOUBLE,
    size_px      INTEGER,
    archive_path VARCHAR NOT NULL,       -- below products/ (§3.1)
    fits_gz      BLOB NOT NULL,          -- gzip of the FITS bytes as served
    nx           INTEGER NOT NULL,
    ny           INTEGER NOT NULL,
    fetched_at   TIMESTAMPTZ NOT NULL
);

-- Answers of the SNAD dustmaps service (§10, §19.5). ebv NULL: outside the map (Bayestar south of dec −30°).
CREATE TABLE IF NOT EXISTS extinction_value (
    map          VARCHAR NOT NULL,       -- csfd | bayestar2019
    ra           DOUBLE NOT NULL,
    dec          DOUBLE NOT NULL,
    distance_pc  DOUBLE NOT NULL,        -- 0 for the 2-D map
    ebv          REAL,                   -- E(B−V), mag (Bayestar: already × 0.884, SFD scale)
    fetched_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (map, ra, dec, distance_pc)
);

-- Files loaded by the importers of ztfkit-datasets: a file already loaded (same content) is not loaded again.
CREATE TABLE IF NOT EXISTS import_file (
    sha256       VARCHAR PRIMARY KEY,    -- of the file's bytes
    file_name    VARCHAR NOT NULL,
    importer     VARCHAR NOT NULL,       -- ztf-dr-parquet | irsa-lc-votable | alert-avro | …
    dr           VARCHAR,
    rows_read    BIGINT NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL
);
