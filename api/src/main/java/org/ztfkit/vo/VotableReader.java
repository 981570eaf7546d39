package org.ztfkit.vo;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.votable.TableElement;
import uk.ac.starlink.votable.VOElement;
import uk.ac.starlink.votable.VOElementFactory;
import uk.ac.starlink.votable.VOStarTable;

/** VOTable document → {@link VoTable}s, through STIL's DOM reader (so INFOs after a TABLE are seen too). */
final class VotableReader {
    /**
     * STIL logs notes about harmless quirks (e.g. a char PARAM without arraysize) at INFO and WARNING; keep
     * notebooks quiet unless the user configured this logger.
     */
    private static final Logger STIL_LOG = Logger.getLogger("uk.ac.starlink");

    static {
        if (STIL_LOG.getLevel() == null) {
            STIL_LOG.setLevel(Level.SEVERE);
        }
    }

    private VotableReader() {
    }

    /**
     * Every TABLE of the document, in document order.
     *
     * @param origin       what is being read, for messages: a file name or a service
     * @param fallbackName table name when the TABLE has neither name nor ID
     * @throws InvalidInputException when the bytes are not a VOTable
     * @throws VoServiceException    when the document is an error document
     */
    static List<VoTable> readAll(InputStream in, String origin, String fallbackName) {
        VOElement top = parse(in, origin);
        List<VOElement> infos = elements(top, "INFO");
        NodeList tableNodes = top.getElementsByVOTagName("TABLE");
        checkForError(infos, elements(top, "PARAM"), tableNodes.getLength() > 0, origin);
        boolean overflow = infos.stream().anyMatch(i -> isQueryStatus(i, "OVERFLOW"));
        List<VoTable> tables = new ArrayList<>();
        for (int i = 0; i < tableNodes.getLength(); i++) {
            try {
                tables.add(convert((TableElement) tableNodes.item(i), overflow, fallbackName));
            } catch (IOException e) {
                throw new InvalidInputException(origin + " has a TABLE whose data cannot be read ("
                        + e.getMessage() + "): check that the document is complete");
            }
        }
        return tables;
    }

    /** The first TABLE of the document; an error when there is none. */
    static VoTable readFirst(InputStream in, String origin, String fallbackName) {
        List<VoTable> all = readAll(in, origin, fallbackName);
        if (all.isEmpty()) {
            throw new InvalidInputException(origin + " is a VOTable without any TABLE element: nothing to read");
        }
        return all.get(0);
    }

    private static VOElement parse(InputStream in, String origin) {
        VOElement top;
        try {
            VOElementFactory factory = new VOElementFactory(StoragePolicy.PREFER_MEMORY);
            // Lenient: a char FIELD without arraysize is a string (sloppy services), not a single character.
            factory.setStrict(false);
            top = factory.makeVOElement(in, null);
        } catch (SAXException | IOException | RuntimeException e) {
            throw new InvalidInputException(origin + " is not a readable VOTable (" + e.getMessage()
                    + "): expected an XML document with a VOTABLE root element");
        }
        if (!"VOTABLE".equals(top.getVOTagName())) {
            throw new InvalidInputException(origin + " is XML but not a VOTable: its root element is <"
                    + top.getTagName() + ">, expected <VOTABLE>");
        }
        return top;
    }

    private static void checkForError(List<VOElement> infos, List<VOElement> params, boolean hasTable,
                                      String origin) {
        List<String> messages = new ArrayList<>();
        for (VOElement info : infos) {
            if (isQueryStatus(info, "ERROR")) {
                messages.add(text(info));
            }
        }
        // Simple Cone Search 1.03 signals errors with an INFO or PARAM named "Error" and no TABLE.
        if (messages.isEmpty() && !hasTable) {
            List<VOElement> both = new ArrayList<>(infos);
            both.addAll(params);
            for (VOElement e : both) {
                if ("Error".equalsIgnoreCase(e.getAttribute("name")) || "Error".equalsIgnoreCase(e.getID())) {
                    messages.add(e.getAttribute("value").isBlank() ? text(e) : e.getAttribute("value").strip());
                }
            }
        }
        if (!messages.isEmpty()) {
            String joined = String.join("; ", messages.stream().filter(m -> !m.isEmpty()).toList());
            throw new VoServiceException(origin, joined.isEmpty() ? "an error status without a message" : joined);
        }
    }

    private static boolean isQueryStatus(VOElement info, String value) {
        return "QUERY_STATUS".equalsIgnoreCase(info.getAttribute("name"))
                && value.equalsIgnoreCase(info.getAttribute("value").strip());
    }

    private static String text(VOElement e) {
        return e.getTextContent() == null ? "" : e.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static List<VOElement> elements(VOElement top, String tag) {
        NodeList nodes = top.getElementsByVOTagName(tag);
        List<VOElement> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((VOElement) nodes.item(i));
        }
        return out;
    }

    private static VoTable convert(TableElement element, boolean overflow, String fallbackName) throws IOException {
        VOStarTable star = new VOStarTable(element);
        int n = star.getColumnCount();
        List<ColumnMeta> metas = new ArrayList<>(n);
        List<Column<?>> columns = new ArrayList<>(n);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            ColumnInfo info = star.getColumnInfo(i);
            ColumnMeta meta = meta(info, unique(info.getName(), i, used));
            metas.add(meta);
            columns.add(emptyColumn(info, meta.name()));
        }
        try (RowSequence rows = star.getRowSequence()) {
            while (rows.next()) {
                Object[] row = rows.getRow();
                for (int i = 0; i < n; i++) {
                    append(columns.get(i), row[i]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (isTimestamp(metas.get(i)) && columns.get(i) instanceof StringColumn text) {
                columns.set(i, timestampColumn(text));
            }
        }
        String name = firstNonBlank(element.getName(), element.getID(), fallbackName);
        Table table = Table.create(name, columns);
        return new VoTable(table, metas, params(star), overflow);
    }

    private static ColumnMeta meta(ColumnInfo info, String name) {
        String datatype = info.getAuxDatumValue(VOStarTable.DATATYPE_INFO, String.class);
        String id = info.getAuxDatumValue(VOStarTable.ID_INFO, String.class);
        return new ColumnMeta(name, id, datatype, info.isArray() ? arraysize(info.getShape()) : "",
                info.getUnitString(), info.getUCD(), info.getUtype(), info.getXtype(), info.getDescription());
    }

    private static String arraysize(int[] shape) {
        StringJoiner s = new StringJoiner("x");
        for (int dim : shape) {
            s.add(dim < 0 ? "*" : Integer.toString(dim));
        }
        return s.toString();
    }

    private static String unique(String name, int index, Set<String> used) {
        String base = name == null || name.isBlank() ? "col" + (index + 1) : name.strip();
        String candidate = base;
        for (int k = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
            candidate = base + "_" + k;
        }
        return candidate;
    }

    private static Column<?> emptyColumn(ColumnInfo info, String name) {
        Class<?> type = info.getContentClass();
        if (info.isArray()) {
            return StringColumn.create(name);
        } else if (type == Boolean.class) {
            return BooleanColumn.create(name);
        } else if (type == Byte.class || type == Short.class) {
            return ShortColumn.create(name);
        } else if (type == Integer.class) {
            return IntColumn.create(name);
        } else if (type == Long.class) {
            return LongColumn.create(name);
        } else if (type == Float.class) {
            return FloatColumn.create(name);
        } else if (type == Double.class) {
            return DoubleColumn.create(name);
        }
        return StringColumn.create(name);
    }

    private static void append(Column<?> column, Object value) {
        if (value == null) {
            column.appendMissing();
        } else if (column instanceof ShortColumn c) {
            c.append(((Number) value).shortValue());
        } else if (column instanceof IntColumn c) {
            c.append(((Number) value).intValue());
        } else if (column instanceof LongColumn c) {
            c.append(((Number) value).longValue());
        } else if (column instanceof FloatColumn c) {
            c.append(((Number) value).floatValue());
        } else if (column instanceof DoubleColumn c) {
            c.append(((Number) value).doubleValue());
        } else if (column instanceof BooleanColumn c) {
            c.append((Boolean) value);
        } else {
            ((StringColumn) column).append(value.getClass().isArray() ? arrayText(value) : value.toString());
        }
    }

    /** Array elements separated by single spaces, as in TABLEDATA; NaN for missing floating-point elements. */
    private static String arrayText(Object array) {
        StringJoiner s = new StringJoiner(" ");
        for (int i = 0; i < Array.getLength(array); i++) {
            s.add(String.valueOf(Array.get(array, i)));
        }
        return s.toString();
    }

    private static boolean isTimestamp(ColumnMeta meta) {
        return meta.xtype().equalsIgnoreCase("timestamp") || meta.xtype().equalsIgnoreCase("adql:TIMESTAMP");
    }

    /**
     * DALI timestamps ({@code YYYY-MM-DD['T'hh:mm:ss[.SSS]]}, optional {@code Z}) as a date column when every value
     * is a bare date, else a date-time column; the text column unchanged when any value is something else.
     */
    private static Column<?> timestampColumn(StringColumn text) {
        boolean allDates = true;
        List<String> values = new ArrayList<>(text.size());
        for (int r = 0; r < text.size(); r++) {
            String v = text.isMissing(r) ? "" : text.get(r).strip();
            if (v.endsWith("Z")) {
                v = v.substring(0, v.length() - 1);
            }
            allDates &= v.isEmpty() || v.length() == 10;
            values.add(v);
        }
        try {
            if (allDates) {
                DateColumn dates = DateColumn.create(text.name());
                values.forEach(v -> dates.append(v.isEmpty() ? null : LocalDate.parse(v)));
                return dates;
            }
            DateTimeColumn times = DateTimeColumn.create(text.name());
            values.forEach(v -> times.append(v.isEmpty() ? null
                    : v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v)));
            return times;
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static List<VoParam> params(VOStarTable star) {
        List<VoParam> out = new ArrayList<>();
        for (DescribedValue p : star.getParameters()) {
            Object value = p.getValue();
            boolean simple = value == null || value instanceof CharSequence || value instanceof Number
                    || value instanceof Boolean || value instanceof Character
                    || (value.getClass().isArray() && value.getClass().getComponentType().isPrimitive());
            if (simple) {
                String text = value == null ? "" : value.getClass().isArray() ? arrayText(value) : value.toString();
                out.add(new VoParam(p.getInfo().getName(), text, p.getInfo().getUnitString(), p.getInfo().getUCD(),
                        p.getInfo().getDescription()));
            }
        }
        return out;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "votable";
    }
}
