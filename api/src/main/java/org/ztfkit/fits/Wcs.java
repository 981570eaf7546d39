package org.ztfkit.fits;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/**
 * A celestial world coordinate system of the gnomonic (TAN) projection, optionally with SIP distortion (TAN-SIP):
 * the two solutions survey cutouts and astrometry.net use. It maps zero-based pixel coordinates (astropy's
 * {@code origin=0}) to RA/Dec in degrees and back, following Calabretta &amp; Greisen (2002) and Shupe et al. (2005)
 * as wcslib does:
 * <ul>
 *   <li>linear part: {@code CDi_j}; or {@code PCi_j} (default identity) scaled by {@code CDELTi} (default 1), which
 *       takes precedence over {@code CD} when both are present, as in wcslib; or {@code CDELTi} with the AIPS
 *       rotation {@code CROTA2};</li>
 *   <li>{@code LONPOLE} as given, else 180° (0° when the reference point is the north pole);</li>
 *   <li>SIP forward polynomials {@code A}/{@code B}; the sky → pixel direction inverts them exactly (Newton, to
 *       1e-11 px), starting from {@code AP}/{@code BP} when present.</li>
 * </ul>
 * Coordinates are in the header's frame ({@code RADESYS}); no frame conversion is applied.
 *
 * <pre>{@code
 * Wcs wcs = stamp.wcs().orElseThrow();
 * SkyPosition p = wcs.pixelToSky(PixelPosition.of(50, 50));
 * PixelPosition back = wcs.skyToPixel(p);            // (50, 50) again
 * wcs.pixelScaleArcsec();                            // 0.187 for the CFHT MegaPrime cutout
 * }</pre>
 */
public final class Wcs {
    private final double crpix1;
    private final double crpix2;
    private final double crval1;
    private final double crval2;
    private final double[][] cd;
    private final double[][] cdInverse;
    private final double lonpole;
    private final SipDistortion sip;

    private Wcs(double crpix1, double crpix2, double crval1, double crval2, double[][] cd, double lonpole,
                SipDistortion sip) {
        this.crpix1 = crpix1;
        this.crpix2 = crpix2;
        this.crval1 = crval1;
        this.crval2 = crval2;
        this.cd = cd;
        double det = cd[0][0] * cd[1][1] - cd[0][1] * cd[1][0];
        if (det == 0 || !Double.isFinite(det)) {
            throw new InvalidInputException("the WCS matrix (CD, or PC×CDELT) is singular: " + matrix(cd)
                    + "; the header's WCS is damaged");
        }
        this.cdInverse = new double[][] {{cd[1][1] / det, -cd[0][1] / det}, {-cd[1][0] / det, cd[0][0] / det}};
        this.lonpole = lonpole;
        this.sip = sip;
    }

    /**
     * The WCS of a header; empty when the header has no celestial WCS at all ({@code CTYPE1}/{@code CTYPE2} absent).
     *
     * @throws InvalidInputException when the header has a WCS this class cannot evaluate (another projection,
     *                               non-equatorial axes, units other than degrees), naming what it found
     */
    public static Optional<Wcs> fromHeader(FitsHeader header) {
        Optional<String> ctype1 = header.string("CTYPE1");
        Optional<String> ctype2 = header.string("CTYPE2");
        if (ctype1.isEmpty() && ctype2.isEmpty()) {
            return Optional.empty();
        }
        String c1 = ctype1.orElse("").strip();
        String c2 = ctype2.orElse("").strip();
        boolean sip = c1.equals("RA---TAN-SIP") && c2.equals("DEC--TAN-SIP");
        if (!sip && !(c1.equals("RA---TAN") && c2.equals("DEC--TAN"))) {
            throw InvalidInputException.of("CTYPE1/CTYPE2", "RA---TAN/DEC--TAN or RA---TAN-SIP/DEC--TAN-SIP", c1 + "/"
                    + c2, "ztfkit evaluates gnomonic (TAN, TAN-SIP) equatorial solutions only; reproject the image"
                    + " (e.g. with astropy reproject) or read its WCS with astropy");
        }
        for (String unit : new String[] {"CUNIT1", "CUNIT2"}) {
            String u = header.string(unit).orElse("deg").strip();
            if (!u.isEmpty() && !u.equals("deg")) {
                throw InvalidInputException.of(unit, "'deg'", u, "the celestial axes must be in degrees");
            }
        }
        double crval2 = required(header, "CRVAL2");
        double lonpole = header.number("LONPOLE").orElse(crval2 >= 90 ? 0.0 : 180.0);
        return Optional.of(new Wcs(required(header, "CRPIX1"), required(header, "CRPIX2"), required(header, "CRVAL1"),
                crval2, linearMatrix(header), lonpole, sip ? SipDistortion.fromHeader(header) : null));
    }

    /**
     * The WCS of a header, which must have one.
     *
     * @throws InvalidInputException naming what the header has instead (nothing, or a DSS plate solution) and what
     *                               to do
     */
    public static Wcs require(FitsHeader header) {
        return fromHeader(header).orElseThrow(() -> new InvalidInputException(missingWcsMessage(header)));
    }

    static String missingWcsMessage(FitsHeader header) {
        if (header.contains("PLTRAH") && header.contains("AMDX1")) {
            return "the image has no standard celestial WCS (no CTYPE1/CTYPE2): it carries a Digitized Sky Survey"
                    + " plate solution (PLTRAH…, AMDX1…, AMDY1…), which ztfkit does not evaluate; convert it to a"
                    + " TAN WCS first (astropy's WCS(header) reads DSS solutions), or use an image with a TAN WCS";
        }
        return "the image has no celestial WCS (no CTYPE1/CTYPE2, CRVAL, CRPIX keywords); ZTF alert cutouts have"
                + " none: place them with the alert position instead (Stamp.centredOn(candidate.position()))";
    }

    private static double required(FitsHeader header, String keyword) {
        OptionalDouble v = header.number(keyword);
        if (v.isEmpty()) {
            throw InvalidInputException.of(keyword, "present in a header with CTYPE1/CTYPE2", "missing",
                    "the header's WCS is incomplete");
        }
        return v.getAsDouble();
    }

    private static double[][] linearMatrix(FitsHeader header) {
        double cdelt1 = header.number("CDELT1").orElse(1.0);
        double cdelt2 = header.number("CDELT2").orElse(1.0);
        if (hasAny(header, "PC")) {
            return new double[][] {
                {cdelt1 * header.number("PC1_1").orElse(1.0), cdelt1 * header.number("PC1_2").orElse(0.0)},
                {cdelt2 * header.number("PC2_1").orElse(0.0), cdelt2 * header.number("PC2_2").orElse(1.0)}};
        }
        if (hasAny(header, "CD")) {
            return new double[][] {
                {header.number("CD1_1").orElse(0.0), header.number("CD1_2").orElse(0.0)},
                {header.number("CD2_1").orElse(0.0), header.number("CD2_2").orElse(0.0)}};
        }
        double rho = Math.toRadians(header.number("CROTA2").orElse(0.0));
        return new double[][] {
            {cdelt1 * Math.cos(rho), -cdelt2 * Math.sin(rho)},
            {cdelt1 * Math.sin(rho), cdelt2 * Math.cos(rho)}};
    }

    private static boolean hasAny(FitsHeader header, String prefix) {
        return header.contains(prefix + "1_1") || header.contains(prefix + "1_2") || header.contains(prefix + "2_1")
                || header.contains(prefix + "2_2");
    }

    /** {@code TAN} or {@code TAN-SIP}. */
    public String projection() {
        return sip == null ? "TAN" : "TAN-SIP";
    }

    /** The order of the SIP polynomials; empty for plain TAN. */
    public OptionalInt sipOrder() {
        return sip == null ? OptionalInt.empty() : OptionalInt.of(sip.order());
    }

    /** The sky position of a pixel (zero-based coordinates). */
    public SkyPosition pixelToSky(PixelPosition pixel) {
        double u = pixel.x() + 1 - crpix1;
        double v = pixel.y() + 1 - crpix2;
        if (sip != null) {
            double[] d = sip.apply(u, v);
            u = d[0];
            v = d[1];
        }
        // intermediate world coordinates → native spherical (θ, φ) as direction cosines, without inverse trig
        double xi = Math.toRadians(cd[0][0] * u + cd[0][1] * v);
        double eta = Math.toRadians(cd[1][0] * u + cd[1][1] * v);
        double norm = Math.sqrt(1.0 + xi * xi + eta * eta);
        double sinTheta = 1.0 / norm;
        double cosThetaSinPhi = xi / norm;
        double cosThetaCosPhi = -eta / norm;
        double phiP = Math.toRadians(lonpole);
        double sinDphi = cosThetaSinPhi * Math.cos(phiP) - cosThetaCosPhi * Math.sin(phiP);
        double cosDphi = cosThetaCosPhi * Math.cos(phiP) + cosThetaSinPhi * Math.sin(phiP);
        double deltaP = Math.toRadians(crval2);
        double east = -sinDphi;
        double north = sinTheta * Math.cos(deltaP) - cosDphi * Math.sin(deltaP);
        double up = sinTheta * Math.sin(deltaP) + cosDphi * Math.cos(deltaP);
        double alpha = Math.toRadians(crval1) + Math.atan2(east, north);
        double delta = Math.atan2(up, Math.hypot(east, north));
        return SkyPosition.wrapped(Math.toDegrees(alpha), Math.toDegrees(delta));
    }

    /**
     * The pixel (zero-based coordinates) of a sky position; it may lie outside the image.
     *
     * @throws InvalidInputException if the position is 90° or more from the reference point, where the gnomonic
     *                               projection is undefined
     */
    public PixelPosition skyToPixel(SkyPosition position) {
        double alpha = Math.toRadians(position.ra());
        double delta = Math.toRadians(position.dec());
        double deltaP = Math.toRadians(crval2);
        double dalpha = alpha - Math.toRadians(crval1);
        double sinTheta = Math.sin(delta) * Math.sin(deltaP) + Math.cos(delta) * Math.cos(deltaP) * Math.cos(dalpha);
        if (sinTheta <= 0) {
            throw InvalidInputException.of("position", "less than 90° from the WCS reference point (" + crval1 + ", "
                    + crval2 + ")", position.toString(), "a gnomonic projection cannot show it");
        }
        // celestial → native as direction cosines: cos θ·sin(φ − φp) and cos θ·cos(φ − φp), then rotate by φp
        double sinDphi = -Math.cos(delta) * Math.sin(dalpha);
        double cosDphi = Math.sin(delta) * Math.cos(deltaP) - Math.cos(delta) * Math.sin(deltaP) * Math.cos(dalpha);
        double phiP = Math.toRadians(lonpole);
        double cosThetaSinPhi = sinDphi * Math.cos(phiP) + cosDphi * Math.sin(phiP);
        double cosThetaCosPhi = cosDphi * Math.cos(phiP) - sinDphi * Math.sin(phiP);
        double x = Math.toDegrees(cosThetaSinPhi / sinTheta);
        double y = -Math.toDegrees(cosThetaCosPhi / sinTheta);
        double u = cdInverse[0][0] * x + cdInverse[0][1] * y;
        double v = cdInverse[1][0] * x + cdInverse[1][1] * y;
        if (sip != null) {
            double[] d = sip.invert(u, v);
            u = d[0];
            v = d[1];
        }
        return PixelPosition.of(u + crpix1 - 1, v + crpix2 - 1);
    }

    /** The pixel scale at the reference point, arcsec per pixel: {@code sqrt(|det CD|)}. */
    public double pixelScaleArcsec() {
        return Math.sqrt(Math.abs(cd[0][0] * cd[1][1] - cd[0][1] * cd[1][0])) * 3600.0;
    }

    /** The reference point (CRVAL1, CRVAL2). */
    public SkyPosition reference() {
        return SkyPosition.wrapped(crval1, crval2);
    }

    private static String matrix(double[][] m) {
        return String.format(Locale.ROOT, "[[%g, %g], [%g, %g]]", m[0][0], m[0][1], m[1][0], m[1][1]);
    }

    @Override
    public String toString() {
        String projection = sip == null ? "TAN" : "TAN-SIP order " + sip.order();
        return String.format(Locale.ROOT, "Wcs[%s ref=(%.6f, %+.6f) at pixel (%.2f, %.2f) %.4f″/px]", projection,
                crval1, crval2, crpix1 - 1, crpix2 - 1, pixelScaleArcsec());
    }
}
