package org.ztfkit.datasets.sky;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.util.FitsOutputStream;

/**
 * Simulated alert cutouts: a science, template and difference stamp of 63×63 float32 pixels, each a gzip-compressed
 * FITS file without WCS, as ZTF alert packets carry them (external-services.md §4).
 *
 * <p>Each stamp is a flat background of 150 DN, the object as a circular Gaussian PSF (FWHM 1.6–2.6″ at 1.012″ per
 * pixel, centred within a third of a pixel of pixel (31, 31)) and Gaussian pixel noise; values are rounded to whole
 * DN. The science stamp holds the object's true flux at the exposure, the template its reference (baseline) flux with
 * half the noise of a single exposure (a co-add), and the difference stamp is science − template, pixel by pixel.
 * The pixel noise is 1 DN and the stamps' zero point ({@code MAGZP} in the header, AB) is chosen so that a point
 * source at the exposure's {@code diffmaglim} has S/N 5 in the science stamp: the signal-to-noise is the exposure's,
 * but the DN scale is not ZTF's (whose noise of 10–15 DN would make the stamps three times larger than these
 * 2–3 kB each once gzipped).
 */
final class AlertCutouts {
    static final int SIZE = 63;
    static final double BACKGROUND_DN = 150.0;
    static final double NOISE_DN = 1.0;
    static final double ARCSEC_PER_PIXEL = 1.012;

    private AlertCutouts() {
    }

    /**
     * The three stamps, gzipped FITS: science, template, difference.
     *
     * @param scienceMag   the object's true AB magnitude at the exposure (+∞ for no flux)
     * @param referenceMag its reference (baseline) magnitude
     * @param diffmaglim   the exposure's 5σ limit
     */
    static byte[][] triplet(double scienceMag, double referenceMag, double diffmaglim, SplittableRandom rng) {
        double sigmaPsf = (1.6 + rng.nextDouble()) / ARCSEC_PER_PIXEL / (2 * Math.sqrt(2 * Math.log(2)));
        double zeroPoint = diffmaglim + 2.5 * Math.log10(5 * NOISE_DN * Math.sqrt(4 * Math.PI) * sigmaPsf);
        double cx = 31 + 0.3 * rng.nextGaussian();
        double cy = 31 + 0.3 * rng.nextGaussian();
        double scienceDn = Math.pow(10, -0.4 * (scienceMag - zeroPoint));
        double templateDn = Math.pow(10, -0.4 * (referenceMag - zeroPoint));
        float[][] science = new float[SIZE][SIZE];
        float[][] template = new float[SIZE][SIZE];
        float[][] difference = new float[SIZE][SIZE];
        double norm = 1 / (2 * Math.PI * sigmaPsf * sigmaPsf);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                double psf = norm * Math.exp(-r2 / (2 * sigmaPsf * sigmaPsf));
                science[y][x] = (float) Math.rint(BACKGROUND_DN + scienceDn * psf + NOISE_DN * rng.nextGaussian());
                template[y][x] = (float) Math.rint(BACKGROUND_DN + templateDn * psf + NOISE_DN / 2 * rng.nextGaussian());
                difference[y][x] = science[y][x] - template[y][x];
            }
        }
        return new byte[][] {gzippedFits(science, zeroPoint), gzippedFits(template, zeroPoint),
            gzippedFits(difference, zeroPoint)};
    }

    private static byte[] gzippedFits(float[][] pixels, double zeroPoint) {
        try {
            BasicHDU<?> hdu = Fits.makeHDU(pixels);
            hdu.getHeader().addValue("BUNIT", "DN", "simulated");
            hdu.getHeader().addValue("MAGZP", Math.rint(zeroPoint * 1e4) / 1e4, "AB zero point of the stamp");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }; FitsOutputStream out = new FitsOutputStream(gzip)) {
                try (Fits fits = new Fits()) {
                    fits.addHDU(hdu);
                    fits.write(out);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FitsException e) {
            throw new IllegalStateException("cannot write a simulated cutout: " + e.getMessage(), e);
        }
    }
}
