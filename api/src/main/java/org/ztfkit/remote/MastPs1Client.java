package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Pan-STARRS DR2 through the MAST catalogs API (external-services.md §5): stack cone searches (with the Viewer's
 * duplicate merge) and the detections of one object. Requests are POSTs of JSON bodies; answers use MAST's envelope
 * ({@link MastTables}), with the string {@code "None"} for missing numbers and {@code objID} sometimes as a string.
 *
 * <pre>{@code
 * MastPs1Client ps1 = new MastPs1Client();
 * List<Ps1StackObject> near = ps1.stackCone(SkyPosition.of(247.45543, 24.77282), 5.0);
 * List<Ps1Detection> lc = ps1.detections(near.get(0).objId());
 * }</pre>
 */
public final class MastPs1Client {
    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#MAST_PS1}). */
    public MastPs1Client() {
        this(RemoteService.MAST_PS1.baseUrl(), RemoteService.MAST_PS1.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public MastPs1Client(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    /** The service's base URL, without a trailing slash. */
    public String baseUrl() {
        return endpoint.baseUrl;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String stackUrl() {
        return endpoint.baseUrl + "/dr2/stack.json";
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String detectionUrl() {
        return endpoint.baseUrl + "/dr2/detection.json";
    }

    /** The JSON body of a stack cone search (radius in degrees, as MAST wants it). */
    public static String stackConeBody(SkyPosition center, double radiusArcsec) {
        return "{\"ra\": " + Responses.decimal(center.ra()) + ", \"dec\": " + Responses.decimal(center.dec())
                + ", \"radius\": " + Responses.decimal(radiusArcsec / 3600.0) + "}";
    }

    /** The JSON body of a detection query. */
    public static String detectionBody(long objId) {
        return "{\"objID\": " + objId + "}";
    }

    /**
     * Stack objects within the radius, duplicates merged, in order of first appearance.
     *
     * @param radiusArcsec in (0, 1800] (MAST's 0.5° limit)
     */
    public List<Ps1StackObject> stackCone(SkyPosition center, double radiusArcsec) {
        if (!(radiusArcsec > 0 && radiusArcsec <= 1800)) {
            throw InvalidInputException.of("radiusArcsec", "in (0, 1800]", radiusArcsec, "MAST cones are at most 0.5°");
        }
        Table rows = MastTables.parse(endpoint.postJson(stackUrl(), stackConeBody(center, radiusArcsec)), endpoint.service);
        return mergeStack(rows, endpoint.service);
    }

    /** Every detection of one object, in the service's order. */
    public List<Ps1Detection> detections(long objId) {
        return detections(MastTables.parse(endpoint.postJson(detectionUrl(), detectionBody(objId)),
                endpoint.service), endpoint.service);
    }

    /** The rows of a detection table ({@code detectID}, {@code objID}, {@code filterID}, {@code obsTime}, …). */
    public static List<Ps1Detection> detections(Table t, String service) {
        require(t, List.of("detectID", "objID", "filterID", "obsTime", "ra", "dec", "psfFlux", "psfFluxErr"), service);
        List<Ps1Detection> out = new ArrayList<>(t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            out.add(new Ps1Detection(longAt(t, "detectID", i, service), longAt(t, "objID", i, service),
                    (int) longAt(t, "filterID", i, service), t.doubleColumn("obsTime").getDouble(i),
                    t.doubleColumn("ra").getDouble(i), t.doubleColumn("dec").getDouble(i),
                    t.doubleColumn("psfFlux").getDouble(i), t.doubleColumn("psfFluxErr").getDouble(i),
                    optionalLong(t, "infoFlag", i), optionalLong(t, "infoFlag2", i), optionalLong(t, "infoFlag3", i)));
        }
        return out;
    }

    /**
     * The Viewer's merge of stack rows (§5.3): primary rows only ({@code primaryDetection == 1}); per objID, band
     * and photometry type, over rows with mag ≥ 0 and err > 0, weights w = 1/err², merged mag = Σw·mag/Σw, merged
     * err = 1/√(mean w) (the mean, not the sum, as the Viewer does); a band with no valid row is NaN. (The Viewer
     * admits err = 0, whose infinite weight makes the merge NaN; such rows are left out here.)
     */
    public static List<Ps1StackObject> mergeStack(Table rows, String service) {
        List<String> needed = new ArrayList<>(List.of("objID", "objName", "raMean", "decMean", "primaryDetection"));
        for (String b : Ps1StackObject.BAND_NAMES) {
            needed.addAll(List.of(b + "PSFMag", b + "PSFMagErr", b + "ApMag", b + "ApMagErr"));
        }
        require(rows, needed, service);
        Map<Long, List<Integer>> byObject = new LinkedHashMap<>();
        LongColumn primary = rows.longColumn("primaryDetection");
        for (int i = 0; i < rows.rowCount(); i++) {
            if (!primary.isMissing(i) && primary.getLong(i) == 1) {
                byObject.computeIfAbsent(longAt(rows, "objID", i, service), k -> new ArrayList<>()).add(i);
            }
        }
        List<Ps1StackObject> out = new ArrayList<>(byObject.size());
        for (Map.Entry<Long, List<Integer>> e : byObject.entrySet()) {
            List<Integer> idx = e.getValue();
            int first = idx.get(0);
            List<Ps1StackObject.Magnitudes> bands = new ArrayList<>();
            for (String b : Ps1StackObject.BAND_NAMES) {
                double[] psf = merge(rows.doubleColumn(b + "PSFMag"), rows.doubleColumn(b + "PSFMagErr"), idx);
                double[] ap = merge(rows.doubleColumn(b + "ApMag"), rows.doubleColumn(b + "ApMagErr"), idx);
                bands.add(new Ps1StackObject.Magnitudes(psf[0], psf[1], ap[0], ap[1]));
            }
            out.add(new Ps1StackObject(e.getKey(), rows.stringColumn("objName").get(first),
                    SkyPosition.wrapped(rows.doubleColumn("raMean").getDouble(first),
                            rows.doubleColumn("decMean").getDouble(first)), idx.size(), bands));
        }
        return out;
    }

    private static double[] merge(DoubleColumn mag, DoubleColumn err, List<Integer> rows) {
        double sumW = 0;
        double sumWm = 0;
        int n = 0;
        for (int i : rows) {
            double m = mag.getDouble(i);
            double s = err.getDouble(i);
            if (m >= 0 && s > 0) {
                double w = 1.0 / (s * s);
                sumW += w;
                sumWm += w * m;
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {sumWm / sumW, 1.0 / Math.sqrt(sumW / n)};
    }

    private static void require(Table t, List<String> columns, String service) {
        List<String> missing = columns.stream().filter(c -> !t.columnNames().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw JsonPayloads.bad(service, "sent a table without the columns " + missing);
        }
    }

    private static long longAt(Table t, String column, int row, String service) {
        LongColumn c = t.longColumn(column);
        if (c.isMissing(row)) {
            throw JsonPayloads.bad(service, "sent no value for '" + column + "' in row " + (row + 1));
        }
        return c.getLong(row);
    }

    private static Long optionalLong(Table t, String column, int row) {
        if (!t.columnNames().contains(column) || t.longColumn(column).isMissing(row)) {
            return null;
        }
        return t.longColumn(column).getLong(row);
    }

    @Override
    public String toString() {
        return "MastPs1Client[" + endpoint.baseUrl + "]";
    }
}
