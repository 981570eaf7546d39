-- Offline name resolution and the SNAD catalog (external-services.md §8.3, §19.4).

CREATE TABLE IF NOT EXISTS name_alias (
    alias       VARCHAR NOT NULL,            -- as written, e.g. "Her X-1"
    alias_norm  VARCHAR NOT NULL,            -- upper case, spaces and dashes removed: "HERX1"
    kind        VARCHAR NOT NULL,            -- snad | tns | ztf_alert | simbad | common
    ra          DOUBLE NOT NULL,
    dec         DOUBLE NOT NULL,
    oid         BIGINT,                      -- a ZTF DR OID when the name denotes one
    catalog     VARCHAR,
    source_id   VARCHAR,
    PRIMARY KEY (alias_norm, kind)
);

CREATE TABLE IF NOT EXISTS snad_catalog (
    name              VARCHAR PRIMARY KEY,   -- SNAD101 …
    ra                DOUBLE NOT NULL,
    dec               DOUBLE NOT NULL,
    hpx29             BIGINT NOT NULL,
    oid               BIGINT NOT NULL,
    discovery_date_ut TIMESTAMP,
    mag               REAL,
    er_down           REAL,
    er_up             REAL,
    ref               REAL,
    er_ref            REAL,
    tns               VARCHAR,               -- e.g. "AT 2018lwh"
    type              VARCHAR,
    comments          VARCHAR                -- often a ZTF alert name
);
