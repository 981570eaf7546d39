package org.ztfkit.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.photometry.Cosmology;
import org.ztfkit.sky.SkyPosition;

/**
 * An external catalog as the SNAD Viewer cross-matches it (external-services.md §7.2, §16.7): where it is queried,
 * its default cone radius, the few columns shown (with units), the link to a source's full record, and how its
 * original records give the uniform values of {@link CatalogRow} (name, type, period, redshift, distance). The
 * Viewer's catalogs are the constants of {@link Catalogs}; {@link #vizier} defines any other VizieR table.
 *
 * <pre>{@code
 * Catalog vsx = Catalogs.byId("vsx");
 * vsx.defaultRadiusArcsec();                      // 10.0
 * vsx.columns();                                  // OID, Name, Period [d], Type, max [mag], …
 * CatalogRow row = vsx.row(recordFromVizier);     // uniform values plus every original column
 * Catalog iram = Catalog.vizier("B/iram/pdbi", 60.0, "Prog", "Name", "Obs");   // any VizieR table
 * }</pre>
 */
public final class Catalog {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private final String id;
    private final String title;
    private final CatalogService service;
    private final String table;
    private final double defaultRadiusArcsec;
    private final double maxRadiusArcsec;
    private final List<CatalogColumn> columns;
    private final List<String> requestedColumns;
    private final String linkTemplate;
    private final Function<CatalogRecord, String> sourceId;
    private final Function<CatalogRecord, String> name;
    private final Function<CatalogRecord, SkyPosition> position;
    private final Function<CatalogRecord, Optional<String>> type;
    private final Function<CatalogRecord, OptionalDouble> period;
    private final Function<CatalogRecord, OptionalDouble> redshift;
    private final Function<CatalogRecord, OptionalDouble> distance;
    private final Function<CatalogRecord, OptionalDouble> eventMjd;

    private Catalog(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.service = b.service;
        this.table = b.table;
        this.defaultRadiusArcsec = b.defaultRadiusArcsec;
        this.maxRadiusArcsec = b.maxRadiusArcsec;
        this.columns = List.copyOf(b.columns);
        this.requestedColumns = List.copyOf(b.requestedColumns);
        this.linkTemplate = b.linkTemplate;
        this.sourceId = b.sourceId;
        this.name = b.name;
        this.position = b.position;
        this.type = b.type;
        this.period = b.period;
        this.redshift = b.redshift;
        this.distance = b.distance;
        this.eventMjd = b.eventMjd;
    }

    /**
     * Any VizieR table, cross-matched like the Viewer's VizieR catalogs: positions from VizieR's computed
     * {@code _RAJ2000/_DEJ2000}, the first column as the source's id, a link to its VizieR record.
     *
     * @param vizierTable         the VizieR table, e.g. {@code B/iram/pdbi}
     * @param defaultRadiusArcsec the radius {@code xmatch} uses when none is given
     * @param shownColumns        the columns to request and show; the first identifies a source
     */
    public static Catalog vizier(String vizierTable, double defaultRadiusArcsec, String... shownColumns) {
        if (vizierTable == null || !vizierTable.matches("[A-Za-z]+/[\\w/.+-]+")) {
            throw InvalidInputException.of("VizieR table", "a VizieR table id such as B/vsx/vsx", vizierTable, "");
        }
        if (shownColumns.length == 0) {
            throw InvalidInputException.of("shown columns", "at least one column (the first identifies a source)",
                    "none", "e.g. Catalog.vizier(\"B/vsx/vsx\", 10.0, \"OID\", \"Name\", \"Type\")");
        }
        Builder b = builder(vizierTable, "VizieR " + vizierTable, CatalogService.VIZIER, vizierTable)
                .radius(defaultRadiusArcsec, 3600).id(shownColumns[0]).vizierLink(shownColumns[0]).request(shownColumns);
        for (String c : shownColumns) {
            b.column(c, c, "");
        }
        return b.build();
    }

    static Builder builder(String id, String title, CatalogService service, String table) {
        return new Builder(id, title, service, table);
    }

    /** Short id, e.g. {@code vsx}, {@code gaia_edr3_dist} (external-services.md §19.4). */
    public String id() {
        return id;
    }

    /** The name shown to users, e.g. {@code AAVSO VSX}. */
    public String title() {
        return title;
    }

    /** The service the catalog is queried through online. */
    public CatalogService service() {
        return service;
    }

    /** The table at the service: a VizieR id ({@code B/vsx/vsx}), a SIMBAD table, a mirror's name. */
    public String table() {
        return table;
    }

    /** Where the catalog comes from, e.g. {@code vizier:B/vsx/vsx}. */
    public String origin() {
        return service.id() + ":" + table;
    }

    /** The Viewer's default cone radius (§16.7), arcseconds. */
    public double defaultRadiusArcsec() {
        return defaultRadiusArcsec;
    }

    /** The largest radius the service accepts, arcseconds. */
    public double maxRadiusArcsec() {
        return maxRadiusArcsec;
    }

    /** The columns shown, in order, with units. */
    public List<CatalogColumn> columns() {
        return columns;
    }

    /** The columns asked from the service (VizieR {@code -out}); empty when the service sends its whole record. */
    public List<String> requestedColumns() {
        return requestedColumns;
    }

    /** The record link with {@code {column}} placeholders; empty when the catalog has no record page. */
    public String linkTemplate() {
        return linkTemplate;
    }

    /**
     * Checks a user radius against the service's limit.
     *
     * @throws InvalidInputException when the radius is not in (0, {@link #maxRadiusArcsec()}]
     */
    public double checkRadius(double radiusArcsec) {
        if (!(radiusArcsec > 0 && radiusArcsec <= maxRadiusArcsec)) {
            throw InvalidInputException.of("radiusArcsec for " + title, "in (0, " + trim(maxRadiusArcsec) + "]",
                    radiusArcsec, "the default is " + trim(defaultRadiusArcsec) + "″; " + title + " accepts up to "
                            + trim(maxRadiusArcsec) + "″");
        }
        return radiusArcsec;
    }

    /**
     * A source of this catalog from one of its original records (column name → value, as the service sends them).
     *
     * @throws IllegalArgumentException when the record lacks the source's identifier or position
     */
    public CatalogRow row(Map<String, Object> record) {
        CatalogRecord r = new CatalogRecord(record);
        String sid = sourceId.apply(r);
        OptionalDouble z = redshift.apply(r);
        OptionalDouble d = distance.apply(r);
        if (d.isEmpty() && z.isPresent() && z.getAsDouble() >= 0 && z.getAsDouble() <= 20) {
            d = OptionalDouble.of(Cosmology.VIEWER.luminosityDistancePc(z.getAsDouble()));
        }
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        record.forEach((k, v) -> {
            if (v != null && !(v instanceof Double x && x.isNaN()) && !(v instanceof String s
                    && CatalogRecord.isMissing(s.strip()))) {
                kept.put(k, v instanceof String s ? s.strip() : v);
            }
        });
        return new CatalogRow(id, sid, name.apply(r), position.apply(r), type.apply(r), period.apply(r), z, d,
                eventMjd.apply(r), link(r), kept);
    }

    private Optional<String> link(CatalogRecord r) {
        if (linkTemplate.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(linkTemplate);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> value = r.text(m.group(1));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value.get(), StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Catalog[%s: %s, %s, default radius %s″]", id, title, origin(),
                trim(defaultRadiusArcsec));
    }

    /** Builds a catalog definition; every mapping has a default (VizieR position, no type, …). */
    static final class Builder {
        private final String id;
        private final String title;
        private final CatalogService service;
        private final String table;
        private double defaultRadiusArcsec = 1;
        private double maxRadiusArcsec = 3600;
        private final List<CatalogColumn> columns = new ArrayList<>();
        private final List<String> requestedColumns = new ArrayList<>();
        private String linkTemplate = "";
        private Function<CatalogRecord, String> sourceId;
        private Function<CatalogRecord, String> name;
        private Function<CatalogRecord, SkyPosition> position = CatalogRecord::vizier;
        private Function<CatalogRecord, Optional<String>> type = r -> Optional.empty();
        private Function<CatalogRecord, OptionalDouble> period = r -> OptionalDouble.empty();
        private Function<CatalogRecord, OptionalDouble> redshift = r -> OptionalDouble.empty();
        private Function<CatalogRecord, OptionalDouble> distance = r -> OptionalDouble.empty();
        private Function<CatalogRecord, OptionalDouble> eventMjd = r -> OptionalDouble.empty();

        private Builder(String id, String title, CatalogService service, String table) {
            this.id = id;
            this.title = title;
            this.service = service;
            this.table = table;
        }

        Builder radius(double defaultArcsec, double maxArcsec) {
            this.defaultRadiusArcsec = defaultArcsec;
            this.maxRadiusArcsec = maxArcsec;
            return this;
        }

        Builder column(String column, String header, String unit) {
            columns.add(new CatalogColumn(column, header, unit));
            return this;
        }

        /** The VizieR {@code -out} columns (besides {@code _r} and {@code _RAJ,_DEJ}). */
        Builder request(String... names) {
            requestedColumns.addAll(List.of(names));
            return this;
        }

        /** The identifier column; also the name unless {@link #name} says otherwise. */
        Builder id(String column) {
            this.sourceId = r -> r.required(column);
            if (name == null) {
                this.name = sourceId;
            }
            return this;
        }

        Builder id(Function<CatalogRecord, String> f) {
            this.sourceId = f;
            if (name == null) {
                this.name = f;
            }
            return this;
        }

        Builder name(Function<CatalogRecord, String> f) {
            this.name = f;
            return this;
        }

        Builder position(Function<CatalogRecord, SkyPosition> f) {
            this.position = f;
            return this;
        }

        Builder type(String column) {
            this.type = r -> r.text(column);
            return this;
        }

        Builder type(Function<CatalogRecord, Optional<String>> f) {
            this.type = f;
            return this;
        }

        Builder period(String column) {
            this.period = r -> positive(r.number(column));
            return this;
        }

        Builder redshift(String column) {
            this.redshift = r -> r.number(column);
            return this;
        }

        Builder distance(Function<CatalogRecord, OptionalDouble> f) {
            this.distance = f;
            return this;
        }

        Builder eventMjd(String column) {
            this.eventMjd = r -> r.mjd(column);
            return this;
        }

        Builder link(String template) {
            this.linkTemplate = template;
            return this;
        }

        /** The VizieR-6 record page of a source, found by its identifier column (§7.1). */
        Builder vizierLink(String idColumn) {
            return link("https://vizier.cds.unistra.fr/viz-bin/VizieR-6?-out.form=%2bH&-source=" + table + "&"
                    + idColumn + "={" + idColumn + "}");
        }

        Catalog build() {
            if (sourceId == null) {
                throw new IllegalStateException("catalog " + id + " has no identifier column");
            }
            return new Catalog(this);
        }

        private static OptionalDouble positive(OptionalDouble v) {
            return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
        }
    }
}
