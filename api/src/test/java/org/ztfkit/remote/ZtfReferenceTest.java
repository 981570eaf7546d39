package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.Oid;
import org.ztfkit.net.ServicePolicy;

/** The SNAD reference service (external-services.md §2.4), with the regression values of §2.2 for SNAD101's OID. */
class ZtfReferenceTest {
    static ZtfReferenceClient client(RecordedServices s) {
        return new ZtfReferenceClient(s.baseUrl(RemoteService.SNAD_ZTF_REF), ServicePolicy.defaults("snad-ztf-ref"));
    }

    @Test
    void theReferenceMagnitudeIsTheInstrumentalOnePlusTheZeroPoint() {
        try (RecordedServices s = RecordedServices.start()) {
            ReferenceSourceRow row = client(s).object(Oid.of(633207400004730L)).orElseThrow();
            assertEquals(20.839, row.refMag(), 1e-9, "§2.3: -5.436 + 26.275");
            assertEquals(0.061, row.sigmag(), 1e-12, "the zero-point scatter is not added");
            assertEquals(0.0257, row.magzpRms(), 1e-12);
            assertEquals(0, row.flags());
            assertTrue(Double.isNaN(row.sharp()), "null floats are NaN");
        }
    }

    @Test
    void anOidWithoutReferenceRowIsEmptyAndAWrongRowIsABadPayload() {
        try (RecordedServices s = RecordedServices.start()) {
            s.fake.route(r -> r.getPath().contains("oid=633207400004731"), FakeServices.status(404, "{\"detail\": \"not found\"}"));
            s.fake.route(r -> r.getPath().contains("oid=633207400004732"),
                    FakeServices.json("snad-ztf-ref/object_633207400004730.json"));
            assertEquals(Optional.empty(), client(s).object(Oid.of(633207400004731L)));
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> client(s).object(Oid.of(633207400004732L)));
            assertTrue(e.getMessage().contains("source 4730"), e.getMessage());
        }
    }
}
