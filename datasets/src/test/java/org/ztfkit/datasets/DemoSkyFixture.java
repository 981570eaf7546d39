package org.ztfkit.datasets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ztfkit.Ztf;

/** Tests on the packaged demo sky: one {@code Ztf} per test class, opened before and closed after. */
public abstract class DemoSkyFixture {
    protected static Ztf ztf;

    @BeforeAll
    public static void open() {
        ztf = Ztf.embedded();
    }

    @AfterAll
    public static void close() {
        ztf.close();
    }
}
