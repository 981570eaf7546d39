package org.ztfkit.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.ztfkit.catalog.CatalogMatch;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.html.Html;
import org.ztfkit.model.Band;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.sky.GalacticPosition;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.SnadCatalogEntry;

/**
 * Everything known about an object at a glance, as the SNAD Viewer's summary block (seed 001 §3.8,
 * external-services.md §16.8): names, types, machine-learning classifications, periods, distances, extinction,
 * mean magnitudes and g−r over the object and its neighbours, coordinates and broker links. Values the data do not
 * have are left out, never shown blank. Immutable; made by {@code obj.summary()}, which recomputes it when the
 * options change.
 *
 * <ul>
 *   <li><b>Names</b>: the SNAD catalog name within 3″, then the name of each catalog's closest source.</li>
 *   <li><b>Types</b>: each catalog's closest source's type.</li>
 *   <li><b>Classifications</b>: the top class of ALeRCE's stamp and light-curve classifiers (their newest
 *       versions), Fink's μLens, KN and SN scores of the latest alert ({@link BrokerClassification#topClasses}), then
 *       Gaia DR3's quasar / galaxy / single-star probabilities, those with a probability of at least 0.5.</li>
 *   <li><b>Periods</b>: first the features' {@code period_0} with its S/N, then the catalogs' periods.</li>
 *   <li><b>Distances</b>: the catalogs' (Gaia EDR3 {@code rgeo}, SIMBAD) and the luminosity distances of their
 *       redshifts (noted {@code z=…}), parsecs.</li>
 * </ul>
 * Each catalog value carries its catalog and separation.
 *
 * <pre>{@code
 * ObjectSummary s = obj.summary();
 * s.periods().get(0);          // 0.5537 (S/N 31.2, features v0.5)
 * s.distances();               // [6100.0 (0.21″ SIMBAD)]
 * s.meanMagnitude(Band.ZTF_R); // OptionalDouble[15.80]
 * s.gMinusR();                 // OptionalDouble[0.25]
 * s.toHtml();
 * }</pre>
 */
public final class ObjectSummary {
    /** Radius within which a SNAD catalog entry names the object (the Viewer's title rule). */
    public static final double SNAD_NAME_RADIUS_ARCSEC = 3.0;
    /** Classes shown have at least this probability. */
    public static final double MIN_PROBABILITY = 0.5;
    private static final Band[] ZTF = {Band.ZTF_G, Band.ZTF_R, Band.ZTF_I};

    private final Oid oid;
    private final DataRelease release;
    private final SkyPosition position;
    private final List<SummaryValue<String>> names;
    private final List<SummaryValue<String>> types;
    private final List<Classification> classifications;
    private final List<SummaryValue<Double>> periods;
    private final List<SummaryValue<Double>> distances;
    private final Optional<Extinction> extinction;
    private final Map<Band, Double> meanMagnitudes;
    private final int averagedObjects;
    private final List<BrokerLink> brokerLinks;
    private final List<String> unavailable;

    private ObjectSummary(Builder b) {
        this.oid = b.oid;
        this.release = b.release;
        this.position = b.position;
        List<SummaryValue<String>> n = new ArrayList<>();
        List<SummaryValue<String>> t = new ArrayList<>();
        List<SummaryValue<Double>> p = new ArrayList<>();
        List<SummaryValue<Double>> d = new ArrayList<>();
        List<Classification> c = new ArrayList<>(b.classifications.stream()
                .filter(x -> x.probability() >= MIN_PROBABILITY).toList());
        b.snad.ifPresent(n::add);
        b.featurePeriod.ifPresent(p::add);
        List<String> down = new ArrayList<>();
        if (b.xmatch != null) {
            for (XmatchResult r : b.xmatch.results()) {
                if (!r.status().isAnswer()) {
                    down.add(r.catalog().title());
                }
                Optional<CatalogMatch> nearest = r.nearest();
                if (nearest.isEmpty()) {
                    continue;
                }
                CatalogRow row = nearest.get().row();
                double sep = nearest.get().separationArcsec();
                String title = r.catalog().title();
                n.add(SummaryValue.fromCatalog(row.name(), title, sep, ""));
                row.type().ifPresent(x -> t.add(SummaryValue.fromCatalog(x, title, sep, "")));
                row.periodDays().ifPresent(x -> p.add(SummaryValue.fromCatalog(x, title, sep, "")));
                row.distancePc().ifPresent(x -> d.add(SummaryValue.fromCatalog(x, title, sep, row.redshift().isPresent()
                        ? "z=" + String.format(Locale.ROOT, "%.4g", row.redshift().getAsDouble()) : "")));
                if (r.catalog() == Catalogs.GAIA_DR3) {
                    c.addAll(gaiaClasses(row));
                }
            }
        }
        this.names = List.copyOf(n);
        this.types = List.copyOf(t);
        this.periods = List.copyOf(p);
        this.distances = List.copyOf(d);
        this.classifications = List.copyOf(c);
        this.extinction = b.extinction;
        Map<Band, Double> mags = new EnumMap<>(Band.class);
        mags.putAll(b.meanMagnitudes);
        this.meanMagnitudes = java.util.Collections.unmodifiableMap(mags);
        this.averagedObjects = b.averagedObjects;
        this.brokerLinks = BrokerLink.forCone(position, BrokerLink.RADIUS_ARCSEC, oid);
        this.unavailable = List.copyOf(down);
    }

    /** Gaia DR3's discrete source classifier: quasar, galaxy and single-star probabilities of at least 0.5. */
    private static List<Classification> gaiaClasses(CatalogRow gaia) {
        List<Classification> out = new ArrayList<>();
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("PQSO", "quasar");
        classes.put("PGal", "galaxy");
        classes.put("PSS", "single star");
        classes.forEach((column, name) -> gaia.column(column).filter(v -> v instanceof Number)
                .map(v -> ((Number) v).doubleValue()).filter(v -> v >= MIN_PROBABILITY && v <= 1)
                .ifPresent(v -> out.add(new Classification("Gaia DR3 DSC", name, v))));
        return out;
    }

    /** Starts a summary of the object at {@code position}. */
    public static Builder builder(Oid oid, DataRelease release, SkyPosition position) {
        return new Builder(oid, release, position);
    }

    /** The object. */
    public Oid oid() {
        return oid;
    }

    /** Its data release. */
    public DataRelease release() {
        return release;
    }

    /** Its DR position. */
    public SkyPosition position() {
        return position;
    }

    /** The SNAD catalog name within 3″, then each catalog's closest source's name. */
    public List<SummaryValue<String>> names() {
        return names;
    }

    /** Each catalog's closest source's type. */
    public List<SummaryValue<String>> types() {
        return types;
    }

    /** Classes with a probability of at least 0.5: brokers', then Gaia DR3's. */
    public List<Classification> classifications() {
        return classifications;
    }

    /** Periods in days: the features' first (when shorter than the light curve's span), then the catalogs'. */
    public List<SummaryValue<Double>> periods() {
        return periods;
    }

    /** Distances in parsecs. */
    public List<SummaryValue<Double>> distances() {
        return distances;
    }

    /** The 2-D map's extinction, when a dust map was given. */
    public Optional<Extinction> extinction() {
        return extinction;
    }

    /** The arithmetic mean of the DR magnitudes in each ZTF passband over the object and its neighbours. */
    public Map<Band, Double> meanMagnitudes() {
        return meanMagnitudes;
    }

    /** The mean magnitude in one ZTF passband, if the object or its neighbours have it. */
    public OptionalDouble meanMagnitude(Band band) {
        Double m = meanMagnitudes.get(band);
        return m == null ? OptionalDouble.empty() : OptionalDouble.of(m);
    }

    /** How many DR objects (the object and its neighbours) the mean magnitudes average. */
    public int averagedObjects() {
        return averagedObjects;
    }

    /** Mean g minus mean r, when both exist. */
    public OptionalDouble gMinusR() {
        OptionalDouble g = meanMagnitude(Band.ZTF_G);
        OptionalDouble r = meanMagnitude(Band.ZTF_R);
        return g.isPresent() && r.isPresent() ? OptionalDouble.of(g.getAsDouble() - r.getAsDouble())
                : OptionalDouble.empty();
    }

    /** The Viewer's decimal coordinates, {@code "247.45543 24.77282"}. */
    public String decimalCoordinates() {
        return String.format(Locale.ROOT, "%.5f %.5f", position.ra(), position.dec());
    }

    /** Galactic l, b of the position. */
    public GalacticPosition galactic() {
        return position.galactic();
    }

    /** The same 3″ cone in ALeRCE, ANTARES, Fink and MARS. */
    public List<BrokerLink> brokerLinks() {
        return brokerLinks;
    }

    /** Catalogs that could not answer, whose values are therefore missing. */
    public List<String> unavailableCatalogs() {
        return unavailable;
    }

    /** The summary's lines in the Viewer's order: label → text; missing parts have no line. */
    public Map<String, String> lines() {
        Map<String, String> l = new LinkedHashMap<>();
        put(l, "Name", names.stream().map(SummaryValue::toString).collect(Collectors.joining(", ")));
        put(l, "Type", types.stream().map(SummaryValue::toString).collect(Collectors.joining(", ")));
        put(l, "ML classifications", classifications.stream().map(Classification::toString)
                .collect(Collectors.joining(", ")));
        put(l, "Period, days", periods.stream().map(v -> String.format(Locale.ROOT, "%.6g (%s)", v.value(),
                v.attribution())).collect(Collectors.joining(", ")));
        put(l, "Distance, pc", distances.stream().map(v -> String.format(Locale.ROOT, "%.4g (%s)", v.value(),
                v.attribution())).collect(Collectors.joining(", ")));
        extinction.ifPresent(e -> l.put("Extinction", String.format(Locale.ROOT,
                "%s E(B-V) = %.3f: Ag = %.3f, Ar = %.3f, Ai = %.3f", e.map().toUpperCase(Locale.ROOT), e.ebv(),
                e.a(Band.ZTF_G), e.a(Band.ZTF_R), e.a(Band.ZTF_I))));
        if (!meanMagnitudes.isEmpty()) {
            List<String> mags = new ArrayList<>();
            for (Band b : ZTF) {
                meanMagnitude(b).ifPresent(m -> mags.add(String.format(Locale.ROOT, "%s %.2f", filter(b), m)));
            }
            gMinusR().ifPresent(c -> mags.add(String.format(Locale.ROOT, "(zg–zr) %.2f", c)));
            l.put("Average mag (" + averagedObjects + (averagedObjects == 1 ? " object)" : " objects, with neighbours)"),
                    String.join(", ", mags));
        }
        GalacticPosition g = galactic();
        l.put("Coordinates", decimalCoordinates() + " = " + position.toSexagesimal()
                + String.format(Locale.ROOT, ", Galactic l b %.5f %.5f", g.l(), g.b()));
        l.put("Search in brokers", brokerLinks.stream().map(BrokerLink::broker).collect(Collectors.joining(", ")));
        put(l, "Not available", String.join(", ", unavailable));
        return l;
    }

    private static void put(Map<String, String> lines, String label, String text) {
        if (!text.isEmpty()) {
            lines.put(label, text);
        }
    }

    private static String filter(Band b) {
        return switch (b) {
            case ZTF_G -> "zg";
            case ZTF_R -> "zr";
            default -> "zi";
        };
    }

    /** A two-column table of the lines; broker names link to their cone searches. */
    public String toHtml() {
        StringBuilder out = new StringBuilder("<table class=\"ztfkit-summary\"><caption style=\"text-align:left\">"
                + "<b>Summary</b> of " + oid + " (" + release + ")</caption><tbody>");
        lines().forEach((label, text) -> {
            String cell = label.equals("Search in brokers") ? brokerLinks.stream().map(b -> Html.link(b.url(),
                    b.broker())).collect(Collectors.joining(", ")) : Html.escape(text);
            out.append("<tr><th style=\"text-align:left;vertical-align:top\">").append(Html.escape(label))
                    .append("</th><td style=\"text-align:left\">").append(cell).append("</td></tr>");
        });
        return out.append("</tbody></table>").toString();
    }

    /** The lines, one per row under a title line. */
    @Override
    public String toString() {
        return "Summary of " + oid + " (" + release + ")\n" + lines().entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** What a summary is made of; everything but the position is optional. */
    public static final class Builder {
        private final Oid oid;
        private final DataRelease release;
        private final SkyPosition position;
        private Optional<SummaryValue<String>> snad = Optional.empty();
        private Optional<SummaryValue<Double>> featurePeriod = Optional.empty();
        private XmatchReport xmatch;
        private Optional<Extinction> extinction = Optional.empty();
        private List<Classification> classifications = List.of();
        private Map<Band, Double> meanMagnitudes = Map.of();
        private int averagedObjects;

        private Builder(Oid oid, DataRelease release, SkyPosition position) {
            this.oid = oid;
            this.release = release;
            this.position = position;
        }

        /** The SNAD catalog entry naming the object; ignored beyond 3″. */
        public Builder snad(SnadCatalogEntry entry) {
            double sep = position.separationArcsec(entry.position());
            if (sep <= SNAD_NAME_RADIUS_ARCSEC) {
                snad = Optional.of(SummaryValue.fromCatalog(entry.name(), "SNAD catalog", sep,
                        entry.tns() == null ? "" : entry.tns()));
            }
            return this;
        }

        /** Every catalog's cross-match. */
        public Builder xmatch(XmatchReport report) {
            xmatch = report;
            return this;
        }

        /** The features' period with its periodogram S/N, e.g. {@code "features v0.5"}. */
        public Builder featurePeriod(double periodDays, double signalToNoise, String source) {
            if (periodDays > 0 && Double.isFinite(periodDays)) {
                featurePeriod = Optional.of(SummaryValue.ofObject(periodDays, source,
                        String.format(Locale.ROOT, "S/N %.1f", signalToNoise)));
            }
            return this;
        }

        /** The extinction of a dust map. */
    public Builder extinction(Extinction e) {
            extinction = Optional.of(e);
            return this;
        }

        /** Brokers' classifications; those below 0.5 are left out. */
        public Builder classifications(List<Classification> list) {
            classifications = List.copyOf(list);
            return this;
        }

        /** Mean magnitude per ZTF passband over {@code objects} DR objects. */
        public Builder meanMagnitudes(Map<Band, Double> means, int objects) {
            meanMagnitudes = Map.copyOf(means);
            averagedObjects = objects;
            return this;
        }

        /** The summary. */
    public ObjectSummary build() {
            return new ObjectSummary(this);
        }
    }
}
