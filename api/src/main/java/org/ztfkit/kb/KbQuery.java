package org.ztfkit.kb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.JoinType;

/**
 * A search of the knowledge base, like the filters of the SNAD Viewer's knowledge-base table. Conditions combine
 * with "and"; without any, every record matches. Started by {@link KnowledgeBase#find()}.
 *
 * <pre>{@code
 * kb.find().tag("AGN").descriptionContains("SNAD1").table();           // AGN candidates from the SNAD catalog
 * kb.find().anyTag("EA", "EB", "EW").author("alice").records();
 * kb.find().between("2021-01-01", "2021-07-01").allVersions().table(); // every save in the first half of 2021
 * kb.find().tag("SN").joinObjects(EmbeddedStore.demoSky()).table();    // + dr, ra, dec, ngoodobs of each OID
 * }</pre>
 *
 * <p>The knowledge base is small (tens of thousands of records, seed 001 §6.5), so a query reads the current
 * records once and filters them in memory, the same way for every backend.
 */
public final class KbQuery {
    private final KnowledgeBase kb;
    private final List<Predicate<ObjectRecord>> conditions = new ArrayList<>();
    private final List<String> described = new ArrayList<>();
    private boolean allVersions;
    private EmbeddedStore objects;

    KbQuery(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Records carrying this tag (call again to require several tags). */
    public KbQuery tag(String name) {
        String checked = kb.requireTag(name).name();
        conditions.add(r -> r.hasTag(checked));
        described.add("tag " + checked);
        return this;
    }

    /** Records carrying at least one of these tags. */
    public KbQuery anyTag(String... names) {
        if (names.length == 0) {
            throw InvalidInputException.of("anyTag", "one or more tag names", "nothing", "e.g. anyTag(\"EA\", \"EB\")");
        }
        List<String> checked = new ArrayList<>();
        for (String name : names) {
            checked.add(kb.requireTag(name).name());
        }
        conditions.add(r -> checked.stream().anyMatch(r::hasTag));
        described.add("any tag of " + String.join(" ", checked));
        return this;
    }

    /** Records saved by this author (exact, case-sensitive). */
    public KbQuery author(String name) {
        KbInput.author(name);
        conditions.add(r -> r.author().equals(name));
        described.add("author " + name);
        return this;
    }

    /** Records whose description contains this text, ignoring case. */
    public KbQuery descriptionContains(String text) {
        KbInput.description("descriptionContains", text);
        String needle = text.toLowerCase(Locale.ROOT);
        conditions.add(r -> r.description().toLowerCase(Locale.ROOT).contains(needle));
        described.add("description contains '" + text + "'");
        return this;
    }

    /** Records saved at or after {@code from} and before {@code toExclusive}. */
    public KbQuery between(Instant from, Instant toExclusive) {
        if (!from.isBefore(toExclusive)) {
            throw InvalidInputException.of("time range", "from before to", from + " … " + toExclusive, "");
        }
        conditions.add(r -> !r.changedAt().isBefore(from) && r.changedAt().isBefore(toExclusive));
        described.add("saved in [" + from + ", " + toExclusive + ")");
        return this;
    }

    /**
     * Records saved in a time range given as text: dates ({@code "2021-03-01"}, midnight UTC) or instants
     * ({@code "2021-03-01T12:00:00Z"}); {@code from} included, {@code toExclusive} not.
     */
    public KbQuery between(String from, String toExclusive) {
        return between(instant("from", from), instant("toExclusive", toExclusive));
    }

    private static Instant instant(String what, String text) {
        try {
            return text != null && text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(what, "a date like 2021-03-01 or a UTC instant like 2021-03-01T12:00:00Z",
                    String.valueOf(text), "");
        }
    }

    /**
     * Searches every saved version instead of the current records (e.g. everything alice ever saved). On the SNAD
     * REST API this reads the history of every object, one request each.
     */
    public KbQuery allVersions() {
        allVersions = true;
        described.add("all versions");
        return this;
    }

    /**
     * Adds the objects' positions from an embedded sky store to {@link #table()}: columns {@code dr, ra, dec,
     * ngoodobs} of table {@code ztf_object}, one row per data release holding the OID (empty when none does).
     */
    public KbQuery joinObjects(EmbeddedStore store) {
        this.objects = store;
        described.add("joined with " + store.description());
        return this;
    }

    /** The matching records, by OID then version. */
    public List<ObjectRecord> records() {
        Predicate<ObjectRecord> all = conditions.stream().reduce(r -> true, Predicate::and);
        return (allVersions ? kb.allVersions() : kb.currentRecords()).stream().filter(all).toList();
    }

    /** The number of matching records. */
    public int count() {
        return records().size();
    }

    /**
     * A new Tablesaw table of the matching records: {@code oid, version, tags} (space-separated, display order),
     * {@code description, simbadid, author, changed_at}; plus {@code dr, ra, dec, ngoodobs} after
     * {@link #joinObjects}. Version is missing where the source does not number versions; {@code changed_at} is
     * kept to the millisecond (Tablesaw's instant column), {@link #records()} have it to the microsecond.
     */
    public Table table() {
        Table records = table("knowledge base: " + this, records());
        return objects == null ? records : withObjects(records);
    }

    static Table table(String name, List<ObjectRecord> records) {
        IntColumn version = IntColumn.create("version");
        records.forEach(r -> {
            if (r.version() == ObjectRecord.UNNUMBERED) {
                version.appendMissing();
            } else {
                version.append(r.version());
            }
        });
        return Table.create(name,
                LongColumn.create("oid", records.stream().mapToLong(r -> r.oid().value()).toArray()),
                version,
                StringColumn.create("tags", records.stream().map(r -> KbText.tags(r.tags())).toList()),
                StringColumn.create("description", records.stream().map(ObjectRecord::description).toList()),
                StringColumn.create("simbadid", records.stream().map(ObjectRecord::simbadId).toList()),
                StringColumn.create("author", records.stream().map(ObjectRecord::author).toList()),
                InstantColumn.create("changed_at", records.stream().map(ObjectRecord::changedAt).toList()));
    }

    private Table withObjects(Table records) {
        List<Long> oids = records.longColumn("oid").asList().stream().distinct().toList();
        Table positions = Table.create("ztf_object", LongColumn.create("oid"), StringColumn.create("dr"),
                DoubleColumn.create("ra"), DoubleColumn.create("dec"), IntColumn.create("ngoodobs"));
        int chunk = 1000;
        for (int i = 0; i < oids.size(); i += chunk) {
            List<Long> part = oids.subList(i, Math.min(oids.size(), i + chunk));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            positions.append(objects.query("ztf_object", "SELECT oid, dr, ra, dec, ngoodobs FROM ztf_object WHERE oid IN ("
                    + marks + ") ORDER BY oid, dr", part.toArray()));
        }
        return records.joinOn("oid").type(JoinType.LEFT_OUTER).with(positions).join().setName(records.name());
    }

    /** e.g. {@code tag AGN, description contains 'SNAD1'}. */
    @Override
    public String toString() {
        return described.isEmpty() ? "all records" : described.stream().collect(Collectors.joining(", "));
    }
}
