package org.ztfkit.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of a CSV under {@code src/test/resources/reference/}, written by {@code make_time_reference.py} (astropy). */
record ReferenceCsv(List<Map<String, String>> rows) {
    static ReferenceCsv read(String name) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + name + " is missing; run make_time_reference.py");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return new ReferenceCsv(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, String>> where(String column, String value) {
        List<Map<String, String>> selected = rows.stream().filter(r -> r.get(column).equals(value)).toList();
        if (selected.isEmpty()) {
            throw new IllegalStateException("no reference rows with " + column + " = " + value);
        }
        return selected;
    }

    static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
