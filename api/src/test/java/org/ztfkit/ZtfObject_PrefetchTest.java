package org.ztfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.remote.FakeServices;
import org.ztfkit.remote.RecordedServices;

class ZtfObject_PrefetchTest {
    static final long TARGET = 633207400004730L;

    @Test
    void afterAPrefetchTheObjectsSourcesAreReadWithoutCalls() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            ZtfObject obj = ztf.object(TARGET);
            obj.prefetch(1.5);
            List<String> after = services.fake.requests();
            assertEquals(1, after.stream().filter(r -> r.contains("/circle/")).count(), after.toString());
            assertEquals(1, after.stream().filter(r -> r.contains("/csfd")).count(), after.toString());
            obj.neighbours(1.5);
            for (long oid : obj.neighbours(1.5).longColumn("oid")) {
                ztf.object(oid).lightCurve();
            }
            obj.extinction();
            assertEquals(after, services.fake.requests(), "everything came from the snapshot");
        }
    }

    @Test
    void aFailedSourceIsRememberedAndReportedByTheCallThatNeedsIt() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            services.fake.routeFirst(r -> r.getPath().contains("/csfd"), FakeServices.status(503, "maps not loaded"));
            ZtfObject obj = ztf.object(TARGET);
            obj.prefetch(1.5);
            long tries = services.fake.count("/csfd");
            assertEquals(3, tries, "three attempts with backoff");
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, obj::extinction);
            assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
            assertEquals(tries, services.fake.count("/csfd"), "remembered: no new call within 5 minutes");
            ServiceUnavailableException again = assertThrows(ServiceUnavailableException.class, obj::extinction);
            assertSame(e, again);
            obj.neighbours(1.5);
        }
    }
}
