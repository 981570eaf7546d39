package org.ztfkit.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.Ztf;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ObjectNotFoundException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.fits.FitsBlobs;
import org.ztfkit.remote.FakeServices;
import org.ztfkit.remote.RecordedServices;
import org.ztfkit.source.ScienceStamp;
import org.ztfkit.store.EmbeddedStore;

/** Science-image cutouts of DR points, online against recorded IRSA answers and offline from the snapshot. */
class ScienceStampTest {
    static final long TARGET = 633207400004730L;

    @TempDir
    Path dir;

    static JsonNode reference() throws IOException {
        return new ObjectMapper().readTree(ScienceStampTest.class.getResourceAsStream(
                "/reference/science_image_reference.json"));
    }

    /** The cutout fixture's pixels as astropy wrote them: 1000·exp(−r²/8) + 100 around (31, 31). */
    static float expectedPixel(int x, int y) {
        return (float) (1000.0 * Math.exp(-((x - 31) * (x - 31) + (y - 31) * (y - 31)) / 8.0) + 100.0);
    }

    @Test
    void theImageOfAPointIsFoundAsTheViewerFindsItAndKeptForOffline() throws IOException {
        JsonNode ref = reference();
        double hmjd = ref.get("hmjd").asDouble();
        Path file = dir.resolve("stamps.duckdb");
        ScienceStamp online;
        try (RecordedServices services = RecordedServices.start().useForZtfOnline();
             Ztf ztf = Ztf.online().snapshot(file)) {
            online = ztf.object(TARGET).stamp(hmjd);
            String wanted = "/irsa-ibe/sci/" + ref.get("path").asText() + "?size=63pix&gzip=false&center=247.4554247,"
                    + "24.7728226";
            assertTrue(services.fake.requests().contains("GET " + wanted), "astropy's exposure: "
                    + services.fake.requests());
        }
        assertEquals(ref.get("filefracday").asLong(), online.image().fileFracDay().value());
        assertEquals(63, online.stamp().width());
        assertEquals(expectedPixel(31, 31), online.stamp().pixel(31, 31), 1e-3);
        assertEquals(expectedPixel(0, 5), online.stamp().pixel(0, 5), 1e-3);
        assertTrue(online.stamp().wcs().isPresent());
        try (Ztf ztf = Ztf.offline(file)) {
            ScienceStamp offline = ztf.object(TARGET).stamp(hmjd);
            assertEquals(online.image(), offline.image());
            assertArrayEquals(online.stamp().pixels(), offline.stamp().pixels());
        }
        try (EmbeddedStore store = EmbeddedStore.openReadOnly(file)) {
            store.withConnection(c -> {
                ResultSet rs = c.createStatement().executeQuery("SELECT fits_gz, nx, ny, kind FROM ztf_image");
                rs.next();
                assertTrue(FitsBlobs.isGzip(rs.getBytes(1)), "images are stored as compressed blobs");
                assertTrue(rs.getBytes(1).length < FakeServices.read("irsa-ibe/cutout_63.fits").length);
                assertEquals(63, rs.getInt(2));
                assertEquals("sciimg_cutout", rs.getString(4));
                return null;
            });
        }
    }

    @Test
    void stampsAreTheBrightestAndFaintestEpochs() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            List<ScienceStamp> stamps = ztf.object(TARGET).stamps();
            assertEquals(2, stamps.size());
            assertTrue(stamps.get(0).image().fileFracDay().compareTo(stamps.get(1).image().fileFracDay()) != 0);
        }
    }

    @Test
    void aTimeThatIsNotAnEpochIsRefusedWithTheNearestOne() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ztf.object(TARGET).stamp(58250.5));
            assertTrue(e.getMessage().contains("58250.31"), e.getMessage());
        }
    }

    @Test
    void missingImagesAndBadPayloadsAreToldApart() {
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            services.fake.routeFirst(r -> r.getPath().contains("_sciimg.fits?"), FakeServices.status(404, "not found"));
            assertThrows(ObjectNotFoundException.class, () -> ztf.object(TARGET).stamp(58250.31));
        }
        try (RecordedServices services = RecordedServices.start().useForZtfOnline(); Ztf ztf = Ztf.online()) {
            services.fake.routeFirst(r -> r.getPath().contains("_sciimg.fits?"),
                    FakeServices.text("SIMPLE  =  T but then nothing", "image/fits"));
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> ztf.object(TARGET).stamp(58250.31));
            assertEquals("irsa-ibe", e.service());
            assertTrue(e.getMessage().contains("not a readable FITS image"), e.getMessage());
        }
    }

    @Test
    void embeddedDataHaveNoScienceImages() {
        try (Ztf ztf = Ztf.of(EmbeddedStore.inMemory())) {
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, ztf::images);
            assertTrue(e.getMessage().contains("Ztf.online()"), e.getMessage());
        }
    }
}
