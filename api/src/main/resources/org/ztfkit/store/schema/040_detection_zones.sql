-- Detections split into 48 sky zones, one table per HEALPix depth-1 cell: ztf_detection_zNN holds the rows whose
-- hpx29 >> 56 = NN (the object's cell), with the columns and (hpx29, oid, dr, hmjd) order of schema 001.
-- Why: DuckDB checks the zone map of every row group of a table at every query, so the cost of finding one light
-- curve grows with the table (measured on the 10^7-object sky, 8,344 row groups of 977 M detections: 3.5 ms for
-- a scan that takes 0.9 ms in one zone table). Readers that know the object's cell read its zone table
-- (DetectionZones); every other reader and ad-hoc SQL keeps using ztf_detection, now a view over all zones.
-- The rows of an existing store move zone by zone inside the migration's transaction.
CREATE TABLE ztf_detection_z00 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z01 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z02 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z03 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z04 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z05 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z06 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z07 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z08 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z09 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z10 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z11 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z12 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z13 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z14 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z15 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z16 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z17 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z18 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z19 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z20 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z21 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z22 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z23 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z24 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z25 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z26 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z27 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z28 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z29 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z30 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z31 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z32 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z33 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z34 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z35 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z36 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z37 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z38 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z39 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z40 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z41 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z42 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z43 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z44 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z45 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z46 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
CREATE TABLE ztf_detection_z47 (
    dr          VARCHAR NOT NULL,
    oid         BIGINT NOT NULL,
    hpx29       BIGINT NOT NULL,
    hmjd        DOUBLE NOT NULL,
    mag         REAL,
    magerr      REAL,
    clrcoeff    REAL,
    catflags    INTEGER NOT NULL,
    filefracday BIGINT
);
INSERT INTO ztf_detection_z00 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 0 AND 72057594037927935;
INSERT INTO ztf_detection_z01 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 72057594037927936 AND 144115188075855871;
INSERT INTO ztf_detection_z02 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 144115188075855872 AND 216172782113783807;
INSERT INTO ztf_detection_z03 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 216172782113783808 AND 288230376151711743;
INSERT INTO ztf_detection_z04 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 288230376151711744 AND 360287970189639679;
INSERT INTO ztf_detection_z05 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 360287970189639680 AND 432345564227567615;
INSERT INTO ztf_detection_z06 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 432345564227567616 AND 504403158265495551;
INSERT INTO ztf_detection_z07 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 504403158265495552 AND 576460752303423487;
INSERT INTO ztf_detection_z08 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 576460752303423488 AND 648518346341351423;
INSERT INTO ztf_detection_z09 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 648518346341351424 AND 720575940379279359;
INSERT INTO ztf_detection_z10 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 720575940379279360 AND 792633534417207295;
INSERT INTO ztf_detection_z11 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 792633534417207296 AND 864691128455135231;
INSERT INTO ztf_detection_z12 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 864691128455135232 AND 936748722493063167;
INSERT INTO ztf_detection_z13 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 936748722493063168 AND 1008806316530991103;
INSERT INTO ztf_detection_z14 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1008806316530991104 AND 1080863910568919039;
INSERT INTO ztf_detection_z15 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1080863910568919040 AND 1152921504606846975;
INSERT INTO ztf_detection_z16 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1152921504606846976 AND 1224979098644774911;
INSERT INTO ztf_detection_z17 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1224979098644774912 AND 1297036692682702847;
INSERT INTO ztf_detection_z18 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1297036692682702848 AND 1369094286720630783;
INSERT INTO ztf_detection_z19 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1369094286720630784 AND 1441151880758558719;
INSERT INTO ztf_detection_z20 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1441151880758558720 AND 1513209474796486655;
INSERT INTO ztf_detection_z21 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1513209474796486656 AND 1585267068834414591;
INSERT INTO ztf_detection_z22 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1585267068834414592 AND 1657324662872342527;
INSERT INTO ztf_detection_z23 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1657324662872342528 AND 1729382256910270463;
INSERT INTO ztf_detection_z24 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1729382256910270464 AND 1801439850948198399;
INSERT INTO ztf_detection_z25 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1801439850948198400 AND 1873497444986126335;
INSERT INTO ztf_detection_z26 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1873497444986126336 AND 1945555039024054271;
INSERT INTO ztf_detection_z27 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 1945555039024054272 AND 2017612633061982207;
INSERT INTO ztf_detection_z28 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2017612633061982208 AND 2089670227099910143;
INSERT INTO ztf_detection_z29 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2089670227099910144 AND 2161727821137838079;
INSERT INTO ztf_detection_z30 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2161727821137838080 AND 2233785415175766015;
INSERT INTO ztf_detection_z31 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2233785415175766016 AND 2305843009213693951;
INSERT INTO ztf_detection_z32 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2305843009213693952 AND 2377900603251621887;
INSERT INTO ztf_detection_z33 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2377900603251621888 AND 2449958197289549823;
INSERT INTO ztf_detection_z34 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2449958197289549824 AND 2522015791327477759;
INSERT INTO ztf_detection_z35 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2522015791327477760 AND 2594073385365405695;
INSERT INTO ztf_detection_z36 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2594073385365405696 AND 2666130979403333631;
INSERT INTO ztf_detection_z37 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2666130979403333632 AND 2738188573441261567;
INSERT INTO ztf_detection_z38 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2738188573441261568 AND 2810246167479189503;
INSERT INTO ztf_detection_z39 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2810246167479189504 AND 2882303761517117439;
INSERT INTO ztf_detection_z40 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2882303761517117440 AND 2954361355555045375;
INSERT INTO ztf_detection_z41 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 2954361355555045376 AND 3026418949592973311;
INSERT INTO ztf_detection_z42 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 3026418949592973312 AND 3098476543630901247;
INSERT INTO ztf_detection_z43 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 3098476543630901248 AND 3170534137668829183;
INSERT INTO ztf_detection_z44 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 3170534137668829184 AND 3242591731706757119;
INSERT INTO ztf_detection_z45 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 3242591731706757120 AND 3314649325744685055;
INSERT INTO ztf_detection_z46 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 3314649325744685056 AND 3386706919782612991;
INSERT INTO ztf_detection_z47 SELECT * FROM ztf_detection WHERE hpx29 BETWEEN 3386706919782612992 AND 3458764513820540927;

DROP TABLE ztf_detection;

CREATE VIEW ztf_detection AS
SELECT * FROM ztf_detection_z00
UNION ALL SELECT * FROM ztf_detection_z01
UNION ALL SELECT * FROM ztf_detection_z02
UNION ALL SELECT * FROM ztf_detection_z03
UNION ALL SELECT * FROM ztf_detection_z04
UNION ALL SELECT * FROM ztf_detection_z05
UNION ALL SELECT * FROM ztf_detection_z06
UNION ALL SELECT * FROM ztf_detection_z07
UNION ALL SELECT * FROM ztf_detection_z08
UNION ALL SELECT * FROM ztf_detection_z09
UNION ALL SELECT * FROM ztf_detection_z10
UNION ALL SELECT * FROM ztf_detection_z11
UNION ALL SELECT * FROM ztf_detection_z12
UNION ALL SELECT * FROM ztf_detection_z13
UNION ALL SELECT * FROM ztf_detection_z14
UNION ALL SELECT * FROM ztf_detection_z15
UNION ALL SELECT * FROM ztf_detection_z16
UNION ALL SELECT * FROM ztf_detection_z17
UNION ALL SELECT * FROM ztf_detection_z18
UNION ALL SELECT * FROM ztf_detection_z19
UNION ALL SELECT * FROM ztf_detection_z20
UNION ALL SELECT * FROM ztf_detection_z21
UNION ALL SELECT * FROM ztf_detection_z22
UNION ALL SELECT * FROM ztf_detection_z23
UNION ALL SELECT * FROM ztf_detection_z24
UNION ALL SELECT * FROM ztf_detection_z25
UNION ALL SELECT * FROM ztf_detection_z26
UNION ALL SELECT * FROM ztf_detection_z27
UNION ALL SELECT * FROM ztf_detection_z28
UNION ALL SELECT * FROM ztf_detection_z29
UNION ALL SELECT * FROM ztf_detection_z30
UNION ALL SELECT * FROM ztf_detection_z31
UNION ALL SELECT * FROM ztf_detection_z32
UNION ALL SELECT * FROM ztf_detection_z33
UNION ALL SELECT * FROM ztf_detection_z34
UNION ALL SELECT * FROM ztf_detection_z35
UNION ALL SELECT * FROM ztf_detection_z36
UNION ALL SELECT * FROM ztf_detection_z37
UNION ALL SELECT * FROM ztf_detection_z38
UNION ALL SELECT * FROM ztf_detection_z39
UNION ALL SELECT * FROM ztf_detection_z40
UNION ALL SELECT * FROM ztf_detection_z41
UNION ALL SELECT * FROM ztf_detection_z42
UNION ALL SELECT * FROM ztf_detection_z43
UNION ALL SELECT * FROM ztf_detection_z44
UNION ALL SELECT * FROM ztf_detection_z45
UNION ALL SELECT * FROM ztf_detection_z46
UNION ALL SELECT * FROM ztf_detection_z47;
