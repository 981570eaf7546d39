package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.time.SurveyTimes;

/**
 * Gaia DR3 for the simulated sky ({@code gaia_source}, {@code gaia_epoch}, {@code gaia_distance_edr3};
 * external-services.md §6, §19.3), from each source's true brightness in G, BP and RP.
 *
 * <ul>
 *   <li>Sources with a mean G (AB, {@link SourceModel#baseline}) brighter than 20.5 get a {@code gaia_source} row.
 *       Its {@code source_id} is built as Gaia's are: the HEALPix level-12 nested cell times 2^35 plus a number;
 *       the RR Lyrae star of seed 001 Fig. 6 keeps its real id, 2032894199774736256.</li>
 *   <li>Astrometry: stars at the distance their class's absolute magnitude implies (RR Lyrae M_G 0.6, Cepheids −3,
 *       long-period variables −1, cataclysmic variables 8, others 3–8), tangential velocities of about 30 km/s,
 *       errors growing from 0.02 mas at G 15 to 0.4 mas at G 20; galaxies and AGN at zero parallax and proper
 *       motion. GSP-Phot parameters for stars brighter than G 19; DSC probabilities by class.</li>
 *   <li>Epoch photometry for variables brighter than G 19 ({@code has_epoch_phot}; DR3 published it for variable
 *       sources): visits every 20–80 days from 2014-07-25 to 2017-05-28, each two field-of-view transits 106.5 min
 *       apart and sometimes a second pair 6 h later. The native time is BJD(TCB) − 2455197.5 days; BP and RP are
 *       observed 40 and 45 s after G. Fluxes in e⁻/s through the EDR3 AB zero points (seed 001 eq. 10) with noise
 *       of 0.0015–0.012 mag (G) and 0.004–0.05 mag (BP, RP) at G 15–19; 2% of transits are
 *       {@code rejected_by_photometry}, 3% {@code rejected_by_variability}, 3% of band measurements carry the
 *       band's variability reject flag, and 3% of BP/RP measurements have no flux. The derived columns (UTC MJD by
 *       {@link SurveyTimes#mjdUtcFromGaiaTimeDaysTcb}, AB magnitude and error by eqs. 10–11) are computed when the
 *       row is written; the true magnitude is taken at that MJD (barycentric, treated as heliocentric as the Viewer
 *       does).</li>
 *   <li>EDR3 distances (Bailer-Jones et al. 2021) for stars whose parallax is measured to better than 20%.</li>
 * </ul>
 */
final class GaiaLayer implements SkyLayer {
    static final double SOURCE_LIMIT_G = 20.5;
    static final double EPOCH_LIMIT_G = 19.0;
    /** DR3 epoch span in Gaia time (TCB days since 2010-01-01): 2014-07-25 to 2017-05-28. */
    static final double FIRST_TIME_TCB_D = 57228.5 - 55197.0;
    static final double LAST_TIME_TCB_D = 57901.5 - 55197.0;
    /** Gaia's two fields of view are 106.5 minutes apart along the scan. */
    static final double FOV_SEPARATION_D = 106.5 / 1440.0;
    private static final Band[] BANDS = {Band.GAIA_G, Band.GAIA_BP, Band.GAIA_RP};
    private static final String[] BAND_NAMES = {"G", "BP", "RP"};
    private static final double[] BAND_DELAY_D = {0.0, 40.0 / 86400, 45.0 / 86400};
    /** Gaia DR3 Vega zero points (Riello et al. 2021): Vega magnitude = this − 2.5 lg(flux). */
    private static final double[] VEGA_ZERO_POINT = {25.6874, 25.3385, 24.7479};
    private static final long SOURCES_PER_CELL = 1L << 35;

    @Override
    public void write(DuckDBConnection connection, List<SkyGenerator.SimSource> sources, SkyGenerator.Config config,
                      SplittableRandom rng) throws SQLException {
        SourceWriter.writeAll(new Writer(connection), sources, rng);
    }

    static boolean hasEpochPhotometry(SourceModel model) {
        return !(model instanceof SourceModel.Constant) && !(model instanceof SourceModel.Supernova)
                && model.baseline(Band.GAIA_G) < EPOCH_LIMIT_G;
    }

    /** Absolute G magnitude of a star of this class, or NaN for galaxies. */
    private static double absoluteG(SourceModel model, SplittableRandom rng) {
        return switch (model.className()) {
            case "rr_lyrae" -> 0.6;
            case "cepheid" -> -3.0;
            case "lpv" -> -1.0;
            case "cv" -> 8.0;
            case "agn", "sn_ia", "sn_ii", "sn_ibc" -> Double.NaN;
            default -> 3.0 + 5.0 * rng.nextDouble();
        };
    }

    /** Appends sources, epochs and distances source by source, each batch sorted by {@code hpx29}. */
    static final class Writer implements SourceWriter {
        private final DuckDBAppender sources;
        private final DuckDBAppender epochs;
        private final DuckDBAppender distances;
        @FunctionalInterface
        private interface Append {
            void run() throws SQLException;
        }

        private record Pending(long hpx29, List<Append> appends) {
        }

        private final List<Pending> batch = new ArrayList<>();

        Writer(DuckDBConnection connection) throws SQLException {
            this.sources = connection.createAppender("main", "gaia_source");
            this.epochs = connection.createAppender("main", "gaia_epoch");
            this.distances = connection.createAppender("main", "gaia_distance_edr3");
        }

        @Override
        public void add(SkyGenerator.SimSource s, SplittableRandom rng) throws SQLException {
            SourceModel model = s.model();
            double g = model.baseline(Band.GAIA_G);
            if (!(g < SOURCE_LIMIT_G)) {
                return;
            }
            double absolute = absoluteG(model, rng);
            boolean star = !Double.isNaN(absolute);
            double distancePc = star ? Math.pow(10, (g - absolute + 5) / 5) : Double.POSITIVE_INFINITY;
            double ePlx = 0.02 * Math.pow(10, 0.26 * Math.max(0, g - 15));
            double plx = (star ? 1000 / distancePc : 0) + ePlx * rng.nextGaussian();
            double speed = star ? 30.0 / (4.74 * distancePc / 1000) : 0; // mas/yr
            double angle = 2 * Math.PI * rng.nextDouble();
            double pmra = speed * Math.cos(angle) + 1.1 * ePlx * rng.nextGaussian();
            double pmdec = speed * Math.sin(angle) + 1.1 * ePlx * rng.nextGaussian();
            double cosDec = Math.cos(Math.toRadians(s.dec()));
            double ra2016 = s.ra() + 0.01 / 3600 * rng.nextGaussian() / cosDec;
            double dec2016 = s.dec() + 0.01 / 3600 * rng.nextGaussian();
            double ra = ((ra2016 - 16 * pmra / 3.6e6 / cosDec) % 360 + 360) % 360;
            double dec = dec2016 - 16 * pmdec / 3.6e6;
            long hpx29 = SkyIndex.hpx29(ra, dec);
            long sourceId = RealObjects.named(s.name()).flatMap(r -> r.alias("gaia"))
                    .map(a -> Long.parseLong(a.substring(a.lastIndexOf(' ') + 1)))
                    .orElse((SkyIndex.hpx29(ra2016, dec2016) >>> 34) * SOURCES_PER_CELL
                            + (s.id() * 0x9E3779B1L & (SOURCES_PER_CELL - 1)));
            boolean epochPhot = hasEpochPhotometry(model);
            List<Append> appends = new ArrayList<>();
            double[] mean = {g, model.baseline(Band.GAIA_BP), model.baseline(Band.GAIA_RP)};
            double[] dsc = classProbabilities(model, rng);
            boolean gspPhot = star && g < EPOCH_LIMIT_G;
            double[] teff = gspPhot ? interval(teff(model, rng), 150, rng) : null;
            double[] logg = gspPhot ? interval(logg(model, rng), 0.15, rng) : null;
            double[] feh = gspPhot ? interval(model.className().equals("rr_lyrae") ? -1.5 : -0.2 + 0.3 * rng.nextGaussian(),
                    0.2, rng) : null;
            double[] a0 = gspPhot ? interval(0.05 + 0.5 * rng.nextDouble(), 0.05, rng) : null;
            appends.add(() -> {
                sources.beginRow().append(sourceId).append(ra).append(dec).append(ra2016).append(dec2016).append(hpx29);
                for (int b = 0; b < 3; b++) {
                    sources.append((float) (mean[b] - Photometry.gaiaZeroPointAb(BANDS[b]) + VEGA_ZERO_POINT[b]));
                }
                sources.append((float) plx).append((float) ePlx).append((float) pmra).append((float) (1.1 * ePlx))
                        .append((float) pmdec).append((float) (1.1 * ePlx));
                for (double[] p : new double[][] {teff, logg, feh, a0}) {
                    if (p == null) {
                        sources.appendNull().appendNull().appendNull();
                    } else {
                        sources.append((float) p[0]).append((float) p[1]).append((float) p[2]);
                    }
                }
                sources.append((float) dsc[0]).append((float) dsc[1]).append((float) dsc[2]).append(epochPhot).endRow();
            });
            if (epochPhot) {
                appends.addAll(epochRows(sourceId, hpx29, model, mean, rng));
            }
            if (star && plx > 5 * ePlx) {
                double rgeo = 1000 / plx * (1 + 0.01 * rng.nextGaussian());
                double rel = ePlx / plx;
                double rpgeo = rgeo * (1 + 0.5 * rel * rng.nextGaussian());
                appends.add(() -> distances.beginRow().append(sourceId).append(ra).append(dec).append(hpx29)
                        .append(rgeo).append(rgeo * (1 - rel)).append(rgeo * (1 + rel))
                        .append(rpgeo).append(rpgeo * (1 - 0.8 * rel)).append(rpgeo * (1 + 0.8 * rel))
                        .append("10033").endRow());
            }
            batch.add(new Pending(hpx29, appends));
            if (batch.size() >= 20_000) {
                flush();
            }
        }

        private List<Append> epochRows(long sourceId, long hpx29, SourceModel model, double[] mean,
                                       SplittableRandom rng) {
            List<Append> rows = new ArrayList<>();
            double t = FIRST_TIME_TCB_D + 30 * rng.nextDouble();
            while (t < LAST_TIME_TCB_D) {
                List<Double> transits = new ArrayList<>(List.of(t, t + FOV_SEPARATION_D));
                if (rng.nextDouble() < 0.3) {
                    transits.add(t + 0.25);
                    transits.add(t + 0.25 + FOV_SEPARATION_D);
                }
                for (double transit : transits) {
                    long transitId = Math.round(transit * 86400 * 1e4);
                    boolean rejectedByPhotometry = rng.nextDouble() < 0.02;
                    boolean rejectedByVariability = rng.nextDouble() < 0.03;
                    for (int b = 0; b < 3; b++) {
                        double time = Math.rint((transit + BAND_DELAY_D[b]) * 1e9) / 1e9;
                        double mjdUtc = Precision.decimals(SurveyTimes.mjdUtcFromGaiaTimeDaysTcb(time), 8);
                        Band band = BANDS[b];
                        double truth = Math.pow(10, -0.4 * (model.magnitude(mjdUtc, band) - Photometry.gaiaZeroPointAb(band)));
                        double sigmaMag = b == 0
                                ? Math.hypot(0.0015, 0.012 * Math.pow(10, 0.4 * (mean[0] - EPOCH_LIMIT_G)))
                                : Math.hypot(0.004, 0.05 * Math.pow(10, 0.4 * (mean[b] - EPOCH_LIMIT_G)));
                        double fluxError = Precision.significant(Photometry.FLUX_ERROR_FACTOR * truth * sigmaMag, 6);
                        double flux = Precision.significant(truth + fluxError * rng.nextGaussian(), 7);
                        boolean measured = b == 0 || rng.nextDouble() >= 0.03;
                        boolean bandReject = rng.nextDouble() < 0.03;
                        int bandIndex = b;
                        rows.add(() -> {
                            epochs.beginRow().append(sourceId).append(hpx29).append(transitId).append(BAND_NAMES[bandIndex])
                                    .append(band.id()).append(time);
                            if (measured) {
                                epochs.append(flux).append(fluxError).append((float) (flux / fluxError))
                                        .append((float) (VEGA_ZERO_POINT[bandIndex] - 2.5 * Math.log10(flux)));
                            } else {
                                epochs.appendNull().appendNull().appendNull().appendNull();
                            }
                            epochs.append(rejectedByPhotometry).append(rejectedByVariability).append(bandReject).append(mjdUtc);
                            if (measured) {
                                epochs.append((float) Photometry.gaiaMagAb(band, flux))
                                        .append((float) Photometry.gaiaMagErrAb(band, flux / fluxError));
                            } else {
                                epochs.appendNull().appendNull();
                            }
                            epochs.endRow();
                        });
                    }
                }
                t += 20 + 60 * rng.nextDouble();
            }
            return rows;
        }

        /** {@code [value, lower, upper]} with a 16th–84th percentile half-width of about {@code width}. */
        private static double[] interval(double value, double width, SplittableRandom rng) {
            double lo = width * (0.7 + 0.6 * rng.nextDouble());
            double hi = width * (0.7 + 0.6 * rng.nextDouble());
            return new double[] {value, value - lo, value + hi};
        }

        private static double teff(SourceModel model, SplittableRandom rng) {
            return switch (model.className()) {
                case "rr_lyrae" -> 6500 + 300 * rng.nextGaussian();
                case "cepheid" -> 5600 + 300 * rng.nextGaussian();
                case "lpv" -> 3300 + 150 * rng.nextGaussian();
                default -> 4000 + 3000 * rng.nextDouble();
            };
        }

        private static double logg(SourceModel model, SplittableRandom rng) {
            return switch (model.className()) {
                case "rr_lyrae" -> 2.8 + 0.2 * rng.nextGaussian();
                case "cepheid" -> 1.5 + 0.3 * rng.nextGaussian();
                case "lpv" -> 0.6 + 0.3 * rng.nextGaussian();
                default -> 4.3 + 0.2 * rng.nextGaussian();
            };
        }

        /** DSC probabilities {@code pqso, pgal, pss}. */
        private static double[] classProbabilities(SourceModel model, SplittableRandom rng) {
            double main = 0.85 + 0.15 * rng.nextDouble();
            double rest = 1 - main;
            double split = rng.nextDouble();
            return switch (model.className()) {
                case "agn" -> new double[] {main, rest * split, rest * (1 - split)};
                case "sn_ia", "sn_ii", "sn_ibc" -> new double[] {rest * split, main, rest * (1 - split)};
                default -> new double[] {rest * split, rest * (1 - split), main};
            };
        }

        private void flush() throws SQLException {
            batch.sort(Comparator.comparingLong(Pending::hpx29));
            for (Pending p : batch) {
                for (Append a : p.appends()) {
                    a.run();
                }
            }
            batch.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
            sources.close();
            epochs.close();
            distances.close();
        }
    }
}
