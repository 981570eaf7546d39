package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.time.LightTravelTime;
import org.ztfkit.time.Mjd;
import org.ztfkit.time.SurveyTimes;

/**
 * The public ZTF alert stream of the simulated sky ({@code alert_object}, {@code alert_photometry},
 * {@code alert_packet}, {@code alert_cutout}, {@code alert_classification}; external-services.md §4, §19.2), from
 * the same exposures as the data releases and each source's truth.
 *
 * <ul>
 *   <li>The stream runs from HMJD 58270 (June 2018) to 120 days after the last release's end, on the exposures of
 *       {@link Survey#exposuresUntil} (the DR's, then the survey's continuation). Only the public survey alerts, which
 *       observed the primary field grid in g and r: exposures of primary fields in g and r, each public with probability 0.4 before Phase II (HMJD 59184) and 0.5 after (ZTF's public
 *       share of the time); the alert {@code jd} is the exposure start (JD, UTC, rounded to 10⁻⁷ d as ZTF writes
 *       it) and {@code hmjd_mid} is derived from it when the row is written, rounded to 10⁻⁸ d.</li>
 *   <li>Difference photometry against the reference image, which holds the source's baseline flux
 *       ({@link SourceModel#baseline}): the difference flux {@code f(t) − f_ref} plus noise
 *       {@code σ = hypot(σ_bg, 0.0155 f(t))}, where {@code σ_bg} is the single-exposure error at the exposure's depth
 *       ({@link Survey}: 0.2 mag there) and 0.0155 the survey's calibration floor. {@code diffmaglim} is the 5σ_bg
 *       limit. A measurement with |S/N| ≥ 5 is a detection: {@code magpsf = 8.9 − 2.5 lg|Δf|},
 *       {@code sigmapsf = 1.0857 σ/|Δf|}, {@code isdiffpos} its sign; on an exposure flagged as a bad image it is a
 *       {@code bad_quality} candidate and raises no alert. Anything else is an upper limit at {@code diffmaglim}.</li>
 *   <li>Each detection is an alert packet; like a real packet's {@code prv_candidates}, the stored history holds the
 *       non-detections and bad-quality candidates of the 30 days before some packet (older ones are in no packet and
 *       are not kept). Constant sources never alert, so they get nothing.</li>
 *   <li>{@code magnr}/{@code sigmagnr} are the reference catalog's row of the source's DR object in the exposure's
 *       field and band ({@link ReferenceCatalogLayer#entry}) and {@code distnr} the distance to it in pixels;
 *       without such a row they are empty. Real-bogus scores are drawn from 0.55–1 ({@code rb}) and 0.7–1
 *       ({@code drb}) for detections, 0.05–0.5 for bad-quality candidates.</li>
 *   <li>Identifiers as ZTF makes them: {@code candid = pid·10⁶ + (source number mod 10⁶)} with
 *       {@code pid = nid·10⁹ + ⌊frac(mjd)·10⁵⌋·10⁴ + rcid·100 + 15} (ZTF's own layout, read from real candids) and
 *       {@code nid = ⌊mjd⌋ − 57754}. Alert names: the real objects keep their real names (SNAD101 is ZTF18abqkqdm,
 *       SNAD183 ZTF18acewtzj, the cataclysmic variable ZTF18abvtemh); simulated objects are named
 *       {@code ZTF{yy}zz{5 letters}} with {@code yy} the year of the first detection. Real names have never reached
 *       {@code zz} in their third and fourth letters (a year's objects are named in order from
 *       {@code aaaaaaa}, and no year has had the 26⁵·25·26 objects that would take), so simulated names can never
 *       be mistaken for real ones.</li>
 *   <li>The brokers' classifications of every alert object, simulated from its truth class
 *       ({@link SimulatedClassifications}).</li>
 *   <li>Cutouts ({@link AlertCutouts}) for the latest packet of every alert object and every packet of the real
 *       transients (the two SNAD supernovae and the cataclysmic variable): keeping all would multiply the database
 *       several times.</li>
 * </ul>
 */
final class AlertLayer implements SkyLayer {
    static final double STREAM_START_MJD = 58270.0;
    static final double STREAM_AFTER_LAST_RELEASE_DAYS = 120.0;
    /** The public survey's share of the exposures: 40% in Phase I, 50% from Phase II (HMJD 59184). */
    static double publicFraction(double mjd) {
        return mjd < Survey.PHASE_II_START ? 0.4 : 0.5;
    }
    static final double DETECTION_SNR = 5.0;
    static final double HISTORY_DAYS = 30.0;
    static final String BROKER = "simulated";
    static final String SCHEMA_VERSION = "3.3";
    static final String PUBLISHER = "ztfkit simulated alert stream";
    private static final Band[] PUBLIC_BANDS = {Band.ZTF_G, Band.ZTF_R};
    /** ZTF's night number: {@code nid = ⌊mjd⌋ − this}. */
    private static final long NID_ORIGIN_MJD = 57754;
    private static final String[] CUTOUT_KINDS = {"science", "template", "difference"};
    private static final String[] CUTOUT_FILE_SUFFIX = {"_targ_sci.fits.gz", "_ref.fits.gz", "_targ_scimref.fits.gz"};

    @Override
    public void write(DuckDBConnection connection, List<SkyGenerator.SimSource> sources, SkyGenerator.Config config,
                      SplittableRandom rng) throws SQLException {
        Survey survey = new Survey(config.seed(), config.lastHmjd());
        SourceWriter.writeAll(new Writer(connection, survey, config.lastHmjd() + STREAM_AFTER_LAST_RELEASE_DAYS,
                config.seed(), true), sources, rng);
    }

    /** The name of a simulated alert object: {@code ZTF{yy}zz} and five letters from the source number. */
    static String simulatedName(double firstDetectionMjd, int sourceNumber) {
        int year = Mjd.toDateUtc(firstDetectionMjd).getYear() % 100;
        long n = Math.floorMod(sourceNumber * 7_777_777L + 1_234_567L, 11_881_376L); // 26^5
        char[] letters = new char[5];
        for (int i = 4; i >= 0; i--) {
            letters[i] = (char) ('a' + n % 26);
            n /= 26;
        }
        return String.format(Locale.ROOT, "ZTF%02dzz%s", year, new String(letters));
    }

    /** ZTF's processing id of a quadrant image: night, time of night, read-out channel. */
    static long pid(double mjdStart, int rcid) {
        long nid = (long) Math.floor(mjdStart) - NID_ORIGIN_MJD;
        long fraction = (long) Math.floor((mjdStart - Math.floor(mjdStart)) * 1e5);
        return nid * 1_000_000_000L + fraction * 10_000L + rcid * 100L + 15;
    }

    /** Appends alert objects with their rows source by source, each batch sorted by {@code hpx29}. */
    static final class Writer implements SourceWriter {
        private final Survey survey;
        private final double streamEndMjd;
        private final long seed;
        private final boolean withCutouts;
        private final DuckDBAppender objects;
        private final DuckDBAppender photometry;
        private final DuckDBAppender packets;
        private final DuckDBAppender cutouts;
        private final DuckDBAppender classificationRows;
        private final SimulatedClassifications classifications;
        private final List<AlertObject> pending = new ArrayList<>();

        /**
         * One epoch at the source; NaN where a value is absent.
         *
         * @param scienceMag   truth at the exposure (for the cutouts)
         * @param referenceMag the reference image's flux as a magnitude (for the cutouts)
         */
        private record Epoch(String kind, double jd, int fid, int field, int rcid, long candid, double magpsf,
                             double sigmapsf, double diffmaglim, int isdiffpos, double ra, double dec, double magnr,
                             double sigmagnr, double distnr, double rb, double drb, double scienceMag,
                             double referenceMag, byte[][] cutouts) {
            boolean isDetection() {
                return kind.equals("detection");
            }
        }

        private record AlertObject(String name, SkyPosition position, long hpx29, List<Epoch> epochs, int sourceNumber,
                                   String truthClass) {
        }

        Writer(DuckDBConnection connection, Survey survey, double streamEndMjd, long seed, boolean withCutouts)
                throws SQLException {
            this.survey = survey;
            this.streamEndMjd = streamEndMjd;
            this.seed = seed;
            this.withCutouts = withCutouts;
            this.objects = connection.createAppender("main", "alert_object");
            this.photometry = connection.createAppender("main", "alert_photometry");
            this.packets = connection.createAppender("main", "alert_packet");
            this.cutouts = connection.createAppender("main", "alert_cutout");
            this.classificationRows = connection.createAppender("main", "alert_classification");
            this.classifications = new SimulatedClassifications(classificationRows, seed);
        }

        @Override
        public void add(SkyGenerator.SimSource s, SplittableRandom rng) throws SQLException {
            if (s.model() instanceof SourceModel.Constant) {
                return;
            }
            SkyPosition position = SkyPosition.of(s.ra(), s.dec());
            List<Epoch> epochs = new ArrayList<>();
            for (FieldGrid.Placement p : s.placements()) {
                if (p.field().id() >= FieldGrid.FIRST_SECONDARY_FIELD) {
                    continue;
                }
                for (Band band : PUBLIC_BANDS) {
                    epochs.addAll(epochs(s, position, p, band, rng));
                }
            }
            epochs.sort(Comparator.comparingDouble(Epoch::jd));
            double[] detectionJds = epochs.stream().filter(Epoch::isDetection).mapToDouble(Epoch::jd).toArray();
            if (detectionJds.length == 0) {
                return;
            }
            List<Epoch> kept = epochs.stream().filter(e -> e.isDetection() || inHistory(e.jd(), detectionJds)).toList();
            Optional<RealObjects.RealObject> real = RealObjects.named(s.name());
            boolean realTransient = real.isPresent()
                    && (s.model() instanceof SourceModel.Supernova || s.model() instanceof SourceModel.DwarfNova);
            if (withCutouts) {
                Epoch latest = kept.stream().filter(Epoch::isDetection).reduce((a, b) -> b).orElseThrow();
                kept = kept.stream().map(e -> e.isDetection() && (realTransient || e == latest)
                        ? withCutouts(e, rng) : e).toList();
            }
            SkyPosition mean = meanPosition(kept, position);
            String name = real.flatMap(r -> r.alias("ztf_alert"))
                    .orElse(simulatedName(Mjd.fromJd(detectionJds[0]), s.id()));
            pending.add(new AlertObject(name, mean, SkyIndex.hpx29(mean), kept, s.id(), s.model().className()));
            if (pending.size() >= 2_000) {
                flush();
            }
        }

        private List<Epoch> epochs(SkyGenerator.SimSource s, SkyPosition position, FieldGrid.Placement p, Band band,
                                   SplittableRandom rng) {
            FieldGrid.Field field = p.field();
            Survey.Exposures ex = survey.exposuresUntil(field.id(), field.ra(), field.dec(), band, streamEndMjd);
            Optional<SkyGenerator.SimObject> counterpart = s.objects().stream()
                    .filter(o -> o.oid().fieldId() == field.id() && o.oid().band() == band).findFirst();
            Optional<ReferenceCatalogLayer.Entry> reference = counterpart.flatMap(o -> ReferenceCatalogLayer.entry(seed, o.oid(), s));
            double referenceMag = s.model().baseline(band);
            double referenceFlux = Photometry.fluxJy(referenceMag);
            List<Epoch> out = new ArrayList<>();
            int first = Arrays.binarySearch(ex.mjdStart(), STREAM_START_MJD);
            for (int e = first >= 0 ? first : -first - 1; e < ex.size(); e++) {
                double start = ex.mjdStart()[e];
                if (!isPublic(field.id(), band, start)) {
                    continue;
                }
                double noise = rng.nextGaussian();
                double rb = rng.nextDouble();
                double drb = rng.nextDouble();
                double dx = rng.nextGaussian();
                double dy = rng.nextGaussian();
                double hmjd = start + Survey.EXPOSURE_DAYS / 2
                        + LightTravelTime.heliocentricSeconds(ex.observer()[e], position) / 86400.0;
                double scienceMag = s.model().magnitude(hmjd, band);
                double scienceFlux = Double.isFinite(scienceMag) ? Photometry.fluxJy(scienceMag) : 0.0;
                double sigmaBackground = Photometry.fluxErrJy(Photometry.fluxJy(ex.depth()[e]), 0.2);
                double sigma = Math.hypot(sigmaBackground, Survey.ERROR_FLOOR * scienceFlux);
                double measured = scienceFlux - referenceFlux + sigma * noise;
                double diffmaglim = Precision.decimals(Photometry.mag(5 * sigmaBackground), 3);
                double jd = Math.rint(Mjd.toJd(start) * 1e7) / 1e7;
                int rcid = p.rcid();
                if (Math.abs(measured) < DETECTION_SNR * sigma) {
                    out.add(new Epoch("upper_limit", jd, band.surveyFilterId(), field.id(), rcid, 0, Double.NaN,
                            Double.NaN, diffmaglim, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, scienceMag, referenceMag, null));
                    continue;
                }
                boolean bad = ex.badImage()[e];
                double scatterDeg = (0.05 + 0.5 * Photometry.MAG_ERROR_FACTOR * sigma / Math.abs(measured)) / 3600;
                double ra = (position.ra() + scatterDeg * dx / Math.cos(Math.toRadians(position.dec())) + 360) % 360;
                double dec = position.dec() + scatterDeg * dy;
                double distnr = counterpart.map(o -> SkyPosition.separationDeg(ra, dec, o.ra(), o.dec()) * 3600
                        / AlertCutouts.ARCSEC_PER_PIXEL).orElse(Double.NaN);
                long candid = pid(start, rcid) * 1_000_000L + s.id() % 1_000_000;
                out.add(new Epoch(bad ? "bad_quality" : "detection", jd, band.surveyFilterId(), field.id(), rcid, candid,
                        Precision.decimals(Photometry.mag(Math.abs(measured)), 3),
                        Precision.decimals(Photometry.magErr(Math.abs(measured), sigma), 3), diffmaglim, measured > 0 ? 1 : -1,
                        Precision.decimals(ra, 7), Precision.decimals(dec, 7),
                        reference.map(ReferenceCatalogLayer.Entry::refMag).orElse(Double.NaN),
                        reference.map(ReferenceCatalogLayer.Entry::sigmag).orElse(Double.NaN),
                        Precision.decimals(distnr, 3), Precision.decimals(bad ? 0.05 + 0.45 * rb : 1 - 0.45 * rb * rb, 3),
                        Precision.decimals(bad ? 0.05 + 0.45 * drb : 1 - 0.3 * drb * drb * drb, 3), scienceMag, referenceMag, null));
            }
            return out;
        }

        private Epoch withCutouts(Epoch e, SplittableRandom rng) {
            return new Epoch(e.kind(), e.jd(), e.fid(), e.field(), e.rcid(), e.candid(), e.magpsf(), e.sigmapsf(),
                    e.diffmaglim(), e.isdiffpos(), e.ra(), e.dec(), e.magnr(), e.sigmagnr(), e.distnr(), e.rb(), e.drb(),
                    e.scienceMag(), e.referenceMag(),
                    AlertCutouts.triplet(e.scienceMag(), e.referenceMag(), e.diffmaglim(), rng));
        }

        /** Whether a non-detection at {@code jd} is within the 30 days before some detection (sorted jds). */
        private static boolean inHistory(double jd, double[] detectionJds) {
            int i = Arrays.binarySearch(detectionJds, Math.nextUp(jd));
            int next = i >= 0 ? i : -i - 1;
            return next < detectionJds.length && detectionJds[next] - jd <= HISTORY_DAYS;
        }

        /** Mean position of the detections (as offsets from the source, so it works across RA 0). */
        private static SkyPosition meanPosition(List<Epoch> epochs, SkyPosition source) {
            double dra = 0;
            double ddec = 0;
            int n = 0;
            for (Epoch e : epochs) {
                if (e.isDetection()) {
                    double d = e.ra() - source.ra();
                    dra += d > 180 ? d - 360 : d < -180 ? d + 360 : d;
                    ddec += e.dec() - source.dec();
                    n++;
                }
            }
            return SkyPosition.of(((source.ra() + dra / n) % 360 + 360) % 360, source.dec() + ddec / n);
        }

        private boolean isPublic(int fieldId, Band band, double mjdStart) {
            long key = seed ^ fieldId * 0x9E3779B97F4A7C15L ^ band.ordinal() * 0xBF58476D1CE4E5B9L
                    ^ Double.doubleToLongBits(mjdStart);
            return new SplittableRandom(key).nextDouble() < publicFraction(mjdStart);
        }

        private void flush() throws SQLException {
            pending.sort(Comparator.comparingLong(AlertObject::hpx29));
            for (AlertObject o : pending) {
                List<Epoch> detections = o.epochs().stream().filter(Epoch::isDetection).toList();
                objects.beginRow().append(BROKER).append(o.name()).append(o.name()).append(o.position().ra())
                        .append(o.position().dec()).append(o.hpx29()).append(Mjd.fromJd(detections.get(0).jd()))
                        .append(Mjd.fromJd(detections.get(detections.size() - 1).jd())).append(detections.size())
                        .appendNull().endRow();
                classifications.write(o.name(), o.sourceNumber(), o.truthClass(),
                        detections.stream().mapToDouble(Epoch::jd).toArray());
                // Grouped by band (then time), so that the per-band columns (magnr, …) compress to runs.
                List<Epoch> byBand = o.epochs().stream()
                        .sorted(Comparator.comparingInt(Epoch::fid).thenComparingDouble(Epoch::jd)).toList();
                for (Epoch e : byBand) {
                    appendPhotometry(o, e);
                }
                for (Epoch e : o.epochs()) {
                    if (e.isDetection()) {
                        packets.beginRow().append(e.candid()).append(BROKER).append(o.name()).append(o.name())
                                .append(o.hpx29()).append(e.jd()).append(SCHEMA_VERSION).append(PUBLISHER).endRow();
                    }
                    if (e.cutouts() != null) {
                        long pid = e.candid() / 1_000_000L;
                        for (int k = 0; k < 3; k++) {
                            String file = "candid" + e.candid() + (k == 1 ? "" : "_pid" + pid) + CUTOUT_FILE_SUFFIX[k];
                            cutouts.beginRow().append(e.candid()).append(CUTOUT_KINDS[k]).append("fits.gz")
                                    .append(o.name()).append(BROKER).append(file).append(e.cutouts()[k])
                                    .append(AlertCutouts.SIZE).append(AlertCutouts.SIZE).endRow();
                        }
                    }
                }
            }
            pending.clear();
        }

        private void appendPhotometry(AlertObject o, Epoch e) throws SQLException {
            Band band = Band.ztf(e.fid());
            photometry.beginRow().append(BROKER).append(o.name()).append(o.name()).append(o.hpx29());
            if (e.kind().equals("upper_limit")) {
                photometry.appendNull();
            } else {
                photometry.append(e.candid());
            }
            photometry.append(e.kind()).append(e.jd()).append(Precision.decimals(SurveyTimes.hmjdFromZtfAlertJd(e.jd(), o.position()), 8))
                    .append((byte) e.fid()).append(band.ztfFilterCode()).appendNull();
            real(e.magpsf());
            real(e.sigmapsf());
            real(e.diffmaglim());
            if (e.isdiffpos() == 0) {
                photometry.appendNull();
            } else {
                photometry.append((byte) e.isdiffpos());
            }
            if (Double.isNaN(e.ra())) {
                photometry.appendNull().appendNull();
            } else {
                photometry.append(e.ra()).append(e.dec());
            }
            real(e.magnr());
            real(e.sigmagnr());
            real(e.distnr());
            real(e.rb());
            real(e.drb());
            photometry.appendNull().appendNull().appendNull().append(e.field()).append(e.rcid()).append(1).appendNull()
                    .endRow();
        }

        private void real(double v) throws SQLException {
            if (Double.isNaN(v)) {
                photometry.appendNull();
            } else {
                photometry.append((float) v);
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            objects.close();
            photometry.close();
            packets.close();
            cutouts.close();
            classificationRows.close();
        }
    }
}
