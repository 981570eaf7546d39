package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.SurveyTimes;
import org.ztfkit.time.TimeScales;

/**
 * Pan-STARRS DR2 for the simulated sky ({@code ps1_object}, {@code ps1_detection}; external-services.md §5, §19.3),
 * from each source's true brightness in the PS1 bands.
 *
 * <ul>
 *   <li>Footprint: dec > −30° (the 3π survey). A source gets an object row when its stack or its epochs detect it.</li>
 *   <li>Epochs: in each of g, r, i, z, y, two to six visits between 2010-05-13 and 2014-03-11 (MJD 55330–56730) on
 *       nights when the source is up, each a pair of exposures 15–25 minutes apart near its meridian passage at
 *       Haleakala. The native time is {@code obsTime}: MJD in TAI at mid-exposure. Its HMJD (UTC, heliocentric) is
 *       derived once, when the row is written ({@link SurveyTimes#hmjdFromPs1ObsTimeMjdTai}), and the true
 *       magnitude is taken at that HMJD.</li>
 *   <li>Fluxes in Jy: the true flux plus Gaussian noise of a 5σ single-epoch depth of 22.0, 21.8, 21.5, 20.9, 19.7
 *       (g … y) and a 1% calibration floor; only measurements with S/N ≥ 5 are detections, as in DR2's detection
 *       table. {@code filterID} 1–5 = g, r, i, z, y; magnitudes derived by seed 001 eqs. 8–9.</li>
 *   <li>Stack magnitudes: the source's mean magnitude in the band with the noise of the stack's 5σ depth (23.3,
 *       23.2, 23.1, 22.3, 21.4); empty for bands where it is fainter than that. Aperture magnitudes equal PSF
 *       magnitudes for stars and are 0.3 mag brighter for galaxies (supernova hosts, AGN).</li>
 *   <li>Identifiers as PS1 makes them: {@code objID} from the position (PS1's {@code CreatePSPSObjectID}),
 *       {@code objName} {@code PSO J}{ra}{dec} truncated to 4 decimals; real objects keep their real name
 *       (SNAD158 is {@code PSO J253.1577+25.8226}).</li>
 * </ul>
 */
final class Ps1Layer implements SkyLayer {
    static final double MIN_DEC = -30.0;
    static final double FIRST_MJD = 55330.0;
    static final double LAST_MJD = 56730.0;
    /** UTC fraction of the day at Haleakala's local midnight (longitude −156.17°). */
    private static final double LOCAL_MIDNIGHT = 0.434;
    private static final Band[] BANDS = {Band.PS1_G, Band.PS1_R, Band.PS1_I, Band.PS1_Z, Band.PS1_Y};
    private static final double[] EPOCH_DEPTH = {22.0, 21.8, 21.5, 20.9, 19.7};
    private static final double[] STACK_DEPTH = {23.3, 23.2, 23.1, 22.3, 21.4};
    private static final double CALIBRATION_FLOOR = 0.01;

    @Override
    public void write(DuckDBConnection connection, List<SkyGenerator.SimSource> sources, SkyGenerator.Config config,
                      SplittableRandom rng) throws SQLException {
        SourceWriter.writeAll(new Writer(connection), sources, rng);
    }

    /** PS1's objID of a position: {@code CreatePSPSObjectID} of the PS1 documentation ("PS1 Object Identifiers"). */
    static long objId(double ra, double dec) {
        double zh = 0.0083333;
        double zid = (dec + 90.0) / zh;
        long izone = (long) Math.floor(zid);
        double zresid = zid - (float) izone;
        return izone * 10_000_000_000_000L + ((long) (ra * 1_000_000.0)) * 10_000L + (long) (zresid * 10000.0);
    }

    /** {@code PSO J}RRR.rrrr±DD.dddd, each truncated to four decimals. */
    static String objName(double ra, double dec) {
        double r = Math.floor(ra * 1e4) / 1e4;
        double d = Math.signum(dec) * Math.floor(Math.abs(dec) * 1e4) / 1e4;
        return String.format(Locale.ROOT, "PSO J%08.4f%s%07.4f", r, dec < 0 ? "-" : "+", Math.abs(d));
    }

    private static boolean isGalaxy(SourceModel model) {
        return model instanceof SourceModel.Agn || model instanceof SourceModel.Supernova;
    }

    /** Appends objects and detections source by source, each batch sorted by {@code hpx29}. */
    static final class Writer implements SourceWriter {
        private final DuckDBAppender objects;
        private final DuckDBAppender detections;
        private final List<ObjectRows> pending = new ArrayList<>();
        private long nextDetectId = 160_000_000_000_000_000L;

        private record Detection(int band, double obsTimeTai, double ra, double dec, double flux, double fluxErr) {
        }

        private record ObjectRows(long objId, String name, double ra, double dec, long hpx29, double[] psf,
                                  double[] psfErr, double[] ap, double[] apErr, int stackRows,
                                  List<Detection> detections) {
        }

        Writer(DuckDBConnection connection) throws SQLException {
            this.objects = connection.createAppender("main", "ps1_object");
            this.detections = connection.createAppender("main", "ps1_detection");
        }

        @Override
        public void add(SkyGenerator.SimSource s, SplittableRandom rng) throws SQLException {
            if (s.dec() <= MIN_DEC) {
                return;
            }
            double dec = Precision.decimals(s.dec() + 0.03 / 3600 * rng.nextGaussian(), 7);
            double ra = Precision.decimals(
                    (s.ra() + 0.03 / 3600 * rng.nextGaussian() / Math.cos(Math.toRadians(s.dec())) + 360) % 360, 7);
            SkyPosition position = SkyPosition.of(ra, dec);
            List<Detection> found = new ArrayList<>();
            double[] psf = new double[5];
            double[] psfErr = new double[5];
            double[] ap = new double[5];
            double[] apErr = new double[5];
            boolean stackDetected = false;
            for (int b = 0; b < 5; b++) {
                Band band = BANDS[b];
                double mean = s.model().baseline(band);
                double stackSigma = noise(Photometry.fluxJy(mean), STACK_DEPTH[b], 0.005);
                double stackFlux = Photometry.fluxJy(mean) + stackSigma * rng.nextGaussian();
                if (stackFlux >= 5 * stackSigma) {
                    stackDetected = true;
                    psf[b] = Photometry.mag(stackFlux);
                    psfErr[b] = Photometry.magErr(stackFlux, stackSigma);
                    ap[b] = psf[b] - (isGalaxy(s.model()) ? 0.3 : 0.0) + 0.02 * rng.nextGaussian();
                    apErr[b] = psfErr[b] * 1.2;
                } else {
                    psf[b] = Double.NaN;
                }
                int visits = 2 + rng.nextInt(5);
                for (int v = 0; v < visits; v++) {
                    double midnight = observableMidnight(position, rng);
                    double hours = Math.max(-4, Math.min(4, hourAngleAtMidnightDeg(position, midnight) / -15.0));
                    double mjdUtc = midnight + LOCAL_MIDNIGHT + (hours + 0.3 * rng.nextGaussian()) / 24.0;
                    for (int pair = 0; pair < 2; pair++) {
                        double obsTimeTai = Math.rint(TimeScales.mjdTaiFromUtc(mjdUtc) * 1e8) / 1e8;
                        double hmjd = SurveyTimes.hmjdFromPs1ObsTimeMjdTai(obsTimeTai, position);
                        double truth = Photometry.fluxJy(s.model().magnitude(hmjd, band));
                        double sigma = noise(truth, EPOCH_DEPTH[b], CALIBRATION_FLOOR);
                        double flux = truth + sigma * rng.nextGaussian();
                        double scatter = (0.02 + 0.1 * sigma / Math.max(flux, sigma)) / 3600;
                        double dra = scatter * rng.nextGaussian() / Math.cos(Math.toRadians(dec));
                        double ddec = scatter * rng.nextGaussian();
                        if (flux >= 5 * sigma) {
                            found.add(new Detection(b + 1, obsTimeTai, Precision.decimals(position.ra() + dra, 7),
                                    Precision.decimals(dec + ddec, 7), Precision.significant(flux, 6),
                                    Precision.significant(sigma, 6)));
                        }
                        mjdUtc += (15 + 10 * rng.nextDouble()) / 1440.0;
                    }
                }
            }
            if (!stackDetected && found.isEmpty()) {
                return;
            }
            found.sort(Comparator.comparingDouble(Detection::obsTimeTai));
            String name = RealObjects.named(s.name()).flatMap(r -> r.aliases().stream()
                            .map(RealObjects.Alias::alias).filter(a -> a.startsWith("PSO J")).findFirst())
                    .orElse(objName(ra, dec));
            pending.add(new ObjectRows(objId(ra, dec), name, ra, dec, SkyIndex.hpx29(position), psf,
                    psfErr, ap, apErr, rng.nextDouble() < 0.2 ? 2 : 1, found));
            if (pending.size() >= 20_000) {
                flush();
            }
        }

        /** The flux error: a 5σ limit at {@code depth} and a relative floor. */
        private static double noise(double fluxJy, double depth, double floor) {
            return Math.hypot(Photometry.fluxJy(depth) / 5, floor * fluxJy);
        }

        /** A random night (its UTC midnight MJD) in the PS1 span when the source is up at local midnight. */
        private static double observableMidnight(SkyPosition p, SplittableRandom rng) {
            while (true) {
                double night = Math.floor(FIRST_MJD + (LAST_MJD - FIRST_MJD) * rng.nextDouble());
                if (Math.abs(hourAngleAtMidnightDeg(p, night)) < 75) {
                    return night;
                }
            }
        }

        private static double hourAngleAtMidnightDeg(SkyPosition p, double night) {
            double antiSunRa = 180.0 + 360.0 * (night - 55276.7) / 365.2422; // March equinox 2010
            double h = (antiSunRa - p.ra()) % 360.0;
            return h > 180 ? h - 360 : h < -180 ? h + 360 : h;
        }

        private void flush() throws SQLException {
            pending.sort(Comparator.comparingLong(ObjectRows::hpx29));
            for (ObjectRows o : pending) {
                objects.beginRow().append(o.objId()).append(o.name()).append(o.ra()).append(o.dec()).append(o.hpx29());
                for (int b = 0; b < 5; b++) {
                    if (Double.isNaN(o.psf()[b])) {
                        objects.appendNull().appendNull().appendNull().appendNull();
                    } else {
                        objects.append((float) o.psf()[b]).append((float) o.psfErr()[b]).append((float) o.ap()[b])
                                .append((float) o.apErr()[b]);
                    }
                }
                objects.append((short) o.stackRows()).appendNull().endRow();
                for (Detection d : o.detections()) {
                    SkyPosition at = SkyPosition.of((d.ra() + 360) % 360, d.dec());
                    double hmjd = Precision.decimals(SurveyTimes.hmjdFromPs1ObsTimeMjdTai(d.obsTimeTai(), at), 8);
                    detections.beginRow().append(nextDetectId++).append(o.objId()).append(o.hpx29())
                            .append((byte) d.band()).append("ps_" + BANDS[d.band() - 1].id().substring(4))
                            .append(d.obsTimeTai()).append(at.ra()).append(at.dec()).append(d.flux()).append(d.fluxErr())
                            .append(0L).append(0L).append(0L).append(hmjd)
                            .append((float) Photometry.mag(d.flux()))
                            .append((float) Photometry.magErr(d.flux(), d.fluxErr())).endRow();
                }
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
            objects.close();
            detections.close();
        }
    }
}
