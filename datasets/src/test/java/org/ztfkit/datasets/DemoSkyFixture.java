package org.ztfkit.datasets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ztfkit.Ztf;

/** Tests on the packaged demo sky: one {@code Ztf} per test class, opened before and closed after. */
abstract class DemoSkyFixture {
    static Ztf ztf;

    @BeforeAll
    static void open() {
        ztf = Ztf.embedded();
    }

    @AfterAll
    static void close() {
        ztf.close();
    }
}
