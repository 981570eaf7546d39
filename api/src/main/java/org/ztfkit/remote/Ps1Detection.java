package org.ztfkit.remote;

/**
 * One row of the Pan-STARRS DR2 detection table (external-services.md §5.4), in its native units and time scale.
 *
 * @param detectId      {@code detectID}
 * @param objId         {@code objID}
 * @param filterId      1–5 = g, r, i, z, y
 * @param obsTimeMjdTai {@code obsTime}: MJD, TAI, exposure midpoint
 * @param ra            of the detection, degrees
 * @param dec           of the detection, degrees
 * @param psfFluxJy     {@code psfFlux}, Jy (NaN when missing)
 * @param psfFluxErrJy  {@code psfFluxErr}, Jy
 * @param infoFlag      {@code infoFlag} (null when not sent)
 * @param infoFlag2     {@code infoFlag2}
 * @param infoFlag3     {@code infoFlag3}
 */
public record Ps1Detection(long detectId, long objId, int filterId, double obsTimeMjdTai, double ra, double dec,
                           double psfFluxJy, double psfFluxErrJy, Long infoFlag, Long infoFlag2, Long infoFlag3) {
}
