package org.ztfkit.period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.RealData;

/** Reads the astropy reference values and their inputs from {@code src/test/resources/reference}. */
final class ReferenceValues {
    private final Map<String, Map<Integer, Double>> values = new HashMap<>();

    private ReferenceValues() {
    }

    /** Rows of {@code reference/<file>} for one case, keyed by quantity then index. */
    static ReferenceValues load(String file, String caseName) {
        ReferenceValues r = new ReferenceValues();
        for (String[] row : csv(resource(file))) {
            if (row[0].equals(caseName)) {
                r.values.computeIfAbsent(row[1], k -> new HashMap<>()).put(Integer.parseInt(row[2]),
                        Double.parseDouble(row[3]));
            }
        }
        if (r.values.isEmpty()) {
            throw new IllegalStateException("no reference rows for case " + caseName + " in " + file);
        }
        return r;
    }

    double get(String quantity, int index) {
        Double v = values.getOrDefault(quantity, Map.of()).get(index);
        if (v == null) {
            throw new IllegalStateException("no reference value " + quantity + "[" + index + "]");
        }
        return v;
    }

    double get(String quantity) {
        return get(quantity, 0);
    }

    /** The values of one quantity in index order, and their indices. */
    Map<Integer, Double> all(String quantity) {
        return new java.util.TreeMap<>(values.getOrDefault(quantity, Map.of()));
    }

    static Path resource(String file) {
        try {
            return Path.of(ReferenceValues.class.getResource("/reference/" + file).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource reference/" + file, e);
        }
    }

    /** Columns of a CSV file with a header line, as numbers. */
    static double[][] columns(Path file, String... names) {
        List<String[]> rows = csv(file);
        String[] header = rows.get(0);
        double[][] out = new double[names.length][rows.size() - 1];
        for (int c = 0; c < names.length; c++) {
            int col = List.of(header).indexOf(names[c]);
            if (col < 0) {
                throw new IllegalStateException("no column " + names[c] + " in " + file);
            }
            for (int r = 1; r < rows.size(); r++) {
                out[c][r - 1] = Double.parseDouble(rows.get(r)[col]);
            }
        }
        return out;
    }

    /** t, y, dy of a named input: {@code synthetic} (resource) or {@code real640202200001881} (realdata). */
    static double[][] input(String caseName) {
        if (caseName.equals("synthetic")) {
            return columns(resource("lombscargle_input_synthetic.csv"), "t", "y", "dy");
        }
        return columns(RealData.file("lightcurves/ztf_dr/640202200001881.csv"), "time", "mag", "magerr");
    }

    private static List<String[]> csv(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
