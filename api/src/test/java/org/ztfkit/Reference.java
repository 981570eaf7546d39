package org.ztfkit;

import java.io.IOException;
import java.io.InputStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reference values computed by independent tools (astropy), under {@code src/test/resources/reference/}. */
public final class Reference {
    private Reference() {
    }

    /** A CSV of reference values; every column but those named {@code text} is read as double. */
    public static Table csv(String name) {
        try (InputStream in = Reference.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + name + " is missing from src/test/resources/reference");
            }
            return Table.read().usingOptions(CsvReadOptions.builder(in).tableName(name).sample(false)
                    .columnTypesPartial(c -> c.equals("text") ? java.util.Optional.of(tech.tablesaw.api.ColumnType.STRING)
                            : java.util.Optional.of(tech.tablesaw.api.ColumnType.DOUBLE)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
