package org.ztfkit.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ztfkit.html.Html;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One catalog's cross-match of one position: the catalog, the cone, the status (sources, none, or unavailable with
 * the reason) and the sources sorted by separation. Immutable; {@link #table()} returns a new Tablesaw table each
 * call.
 *
 * <pre>{@code
 * XmatchResult vsx = obj.xmatch("vsx", 10.0);
 * vsx.status();          // ok (1 row)
 * vsx.nearest();         // Optional[vsx V0453 Cyg at … (0.21″)]
 * vsx.table();           // name, separation_arcsec, OID, Name, Period, Type, max, n_max, min, n_min, link
 * vsx.toHtml();          // an HTML table with links, or one line saying nothing was found / why it is unavailable
 * }</pre>
 */
public final class XmatchResult {
    private final Catalog catalog;
    private final SkyPosition center;
    private final double radiusArcsec;
    private final XmatchStatus status;
    private final List<CatalogMatch> matches;
    private final String note;

    private XmatchResult(Catalog catalog, SkyPosition center, double radiusArcsec, XmatchStatus status,
                         List<CatalogMatch> matches, String note) {
        this.catalog = catalog;
        this.center = center;
        this.radiusArcsec = radiusArcsec;
        this.status = status;
        this.matches = List.copyOf(matches);
        this.note = note;
    }

    /**
     * The answer of a catalog: the rows it returned for the cone of {@code radiusArcsec} around {@code center},
     * sorted nearest first (ties by source id); status ok, or empty when there are none.
     */
    public static XmatchResult of(Catalog catalog, SkyPosition center, double radiusArcsec, List<CatalogRow> rows) {
        return of(catalog, center, radiusArcsec, rows, "");
    }

    /** As {@link #of(Catalog, SkyPosition, double, List)} with a note shown beside the cone (e.g. an epoch). */
    public static XmatchResult of(Catalog catalog, SkyPosition center, double radiusArcsec, List<CatalogRow> rows,
                                  String note) {
        List<CatalogMatch> matches = new ArrayList<>();
        for (CatalogRow r : rows) {
            matches.add(new CatalogMatch(r, r.separationArcsec(center)));
        }
        matches.sort(Comparator.comparingDouble(CatalogMatch::separationArcsec)
                .thenComparing(m -> m.row().sourceId()));
        XmatchStatus status = matches.isEmpty() ? XmatchStatus.empty() : XmatchStatus.ok(matches.size());
        return new XmatchResult(catalog, center, radiusArcsec, status, matches, note);
    }

    /** A catalog that could not answer, and why. */
    public static XmatchResult unavailable(Catalog catalog, SkyPosition center, double radiusArcsec, String reason) {
        return new XmatchResult(catalog, center, radiusArcsec, XmatchStatus.unavailable(reason), List.of(), "");
    }

    /** The catalog that was asked. */
    public Catalog catalog() {
        return catalog;
    }

    /** The cone's centre. */
    public SkyPosition center() {
        return center;
    }

    /** The cone's radius, arcseconds. */
    public double radiusArcsec() {
        return radiusArcsec;
    }

    /** Ok (rows), empty, or unavailable (reason). */
    public XmatchStatus status() {
        return status;
    }

    /** A note on the query beside the cone (e.g. SkyBoT's epoch); empty when there is none. */
    public String note() {
        return note;
    }

    /** The sources with their separations, nearest first; empty unless the status is ok. */
    public List<CatalogMatch> matches() {
        return matches;
    }

    /** The sources, nearest first. */
    public List<CatalogRow> rows() {
        return matches.stream().map(CatalogMatch::row).toList();
    }

    /** The nearest source; empty when none was found or the catalog was unavailable. */
    public Optional<CatalogMatch> nearest() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** True when there are no sources (nothing found, or the catalog unavailable). */
    public boolean isEmpty() {
        return matches.isEmpty();
    }

    /**
     * The sources as a new Tablesaw table, nearest first: {@code name}, {@code separation_arcsec}, the catalog's
     * shown columns under their original names (units in {@link Catalog#columns()}), and {@code link} (empty text
     * when a source has no record page). The table's name says the catalog and cone.
     */
    public Table table() {
        Table t = Table.create(catalog.title() + " within " + Catalog.trim(radiusArcsec) + "″ of " + center);
        StringColumn name = StringColumn.create("name");
        DoubleColumn sep = DoubleColumn.create("separation_arcsec");
        StringColumn link = StringColumn.create("link");
        for (CatalogMatch m : matches) {
            name.append(m.row().name());
            sep.append(m.separationArcsec());
            link.append(m.row().url().orElse(""));
        }
        t.addColumns(name, sep);
        for (CatalogColumn c : catalog.columns()) {
            if (!c.column().equalsIgnoreCase("name") && !c.column().equalsIgnoreCase("link")) {
                t.addColumns(column(c.column()));
            }
        }
        return t.addColumns(link);
    }

    /** One typed column from the rows' values: numbers, whole numbers, booleans, else text; missing cells stay missing. */
    private Column<?> column(String key) {
        List<Object> values = matches.stream().map(m -> m.row().columns().get(key)).toList();
        boolean allLong = values.stream().allMatch(v -> v == null || v instanceof Long || v instanceof Integer);
        boolean allNumber = values.stream().allMatch(v -> v == null || v instanceof Number);
        boolean allBoolean = values.stream().allMatch(v -> v == null || v instanceof Boolean);
        boolean any = values.stream().anyMatch(v -> v != null);
        if (any && allLong) {
            LongColumn c = LongColumn.create(key);
            values.forEach(v -> {
                if (v == null) {
                    c.appendMissing();
                } else {
                    c.append(((Number) v).longValue());
                }
            });
            return c;
        }
        if (any && allNumber) {
            DoubleColumn c = DoubleColumn.create(key);
            values.forEach(v -> c.append(v == null ? Double.NaN : ((Number) v).doubleValue()));
            return c;
        }
        if (any && allBoolean) {
            BooleanColumn c = BooleanColumn.create(key);
            values.forEach(v -> {
                if (v == null) {
                    c.appendMissing();
                } else {
                    c.append((Boolean) v);
                }
            });
            return c;
        }
        StringColumn c = StringColumn.create(key);
        values.forEach(v -> c.append(v == null ? "" : CatalogText.format(v)));
        return c;
    }

    /** The cone in words: {@code VSX within 10″ of 295.26855 +30.65906}. */
    String cone() {
        return catalog.title() + " within " + Catalog.trim(radiusArcsec) + "″ of " + center + (note.isEmpty() ? ""
                : " " + note);
    }

    /**
     * HTML: a caption with the catalog and cone, then a table (name linked to the full record, separation, the
     * shown columns with units), or one line saying that nothing was found, or that the catalog is unavailable and
     * why.
     */
    public String toHtml() {
        String caption = "<b>" + Html.escape(catalog.title()) + "</b> within "
                + Catalog.trim(radiusArcsec) + "″ of " + Html.escape(center.toString())
                + (note.isEmpty() ? "" : " " + Html.escape(note));
        if (status instanceof XmatchStatus.Unavailable u) {
            return "<p class=\"ztfkit-xmatch\">" + caption + ": <i>catalog data are temporarily unavailable ("
                    + Html.escape(u.reason()) + ")</i></p>";
        }
        if (matches.isEmpty()) {
            return "<p class=\"ztfkit-xmatch\">" + caption + ": no sources</p>";
        }
        List<String> headers = new ArrayList<>(List.of("name", "separation, ″"));
        catalog.columns().forEach(c -> headers.add(c.headerWithUnit()));
        List<List<String>> rows = new ArrayList<>();
        for (CatalogMatch m : matches) {
            List<String> cells = new ArrayList<>();
            cells.add(m.row().url().map(u -> Html.link(u, m.row().name()))
                    .orElse(Html.escape(m.row().name())));
            cells.add(String.format(Locale.ROOT, "%.2f", m.separationArcsec()));
            for (CatalogColumn c : catalog.columns()) {
                cells.add(m.row().column(c.column()).map(v -> Html.escape(CatalogText.format(v))).orElse(""));
            }
            rows.add(cells);
        }
        return Html.table("ztfkit-xmatch", caption, headers, rows);
    }

    /** One line: {@code AAVSO VSX within 10″ of …: 1 source, nearest V0453 Cyg at 0.21″ (RRAB, P=0.5537 d)}. */
    @Override
    public String toString() {
        if (status instanceof XmatchStatus.Unavailable u) {
            return cone() + ": unavailable (" + u.reason() + ")";
        }
        if (matches.isEmpty()) {
            return cone() + ": no sources";
        }
        CatalogMatch n = matches.get(0);
        StringBuilder s = new StringBuilder(cone()).append(": ").append(matches.size())
                .append(matches.size() == 1 ? " source" : " sources").append(", nearest ").append(n.row().name())
                .append(String.format(Locale.ROOT, " at %.2f″", n.separationArcsec()));
        List<String> facts = new ArrayList<>();
        n.row().type().ifPresent(facts::add);
        n.row().periodDays().ifPresent(p -> facts.add("P=" + CatalogText.format(p) + " d"));
        n.row().redshift().ifPresent(z -> facts.add("z=" + CatalogText.format(z)));
        if (!facts.isEmpty()) {
            s.append(" (").append(String.join(", ", facts)).append(')');
        }
        return s.toString();
    }
}
