package org.ztfkit.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.Table;

/** MAST's Pan-STARRS envelope: the real files (MANIFEST §4) and recorded stack and detection answers (§5). */
class MastPs1Test {
    static Table parseReal(String file) throws Exception {
        byte[] body = Files.readAllBytes(RealData.file(file));
        return MastTables.parse(JsonPayloads.parse(new HttpResponse("file:" + file, 200, "application/json", body),
                "mast-ps1"), "mast-ps1");
    }

    @Test
    void theRealMeanConeParsesWithExactStringObjIds() throws Exception {
        Table t = parseReal("catalogs/panstarrs/ps1_dr2_mean_cone.json");
        assertEquals(35, t.rowCount(), "MANIFEST: 35 rows");
        assertEquals(List.of("objname", "objID", "lambda", "beta", "iMeanApMag", "surveyID"), t.columnNames());
        String text = Files.readString(RealData.file("catalogs/panstarrs/ps1_dr2_mean_cone.json"));
        Matcher ids = Pattern.compile("\"(\\d{17,18})\"").matcher(text);
        int i = 0;
        while (ids.find()) {
            assertEquals(Long.parseLong(ids.group(1)), t.longColumn("objID").getLong(i++), "64-bit ids stay exact");
        }
        assertEquals(35, i);
        assertEquals(68960059717834079L, t.longColumn("objID").getLong(0));
        assertEquals("PSO J002353.230-323148.612", t.stringColumn("objname").get(0));
    }

    @Test
    void everyDeclaredTypeOfTheRealMetadataIsUnderstood() throws Exception {
        JsonNode columns = new ObjectMapper().readTree(RealData.file("catalogs/panstarrs/ps1_dr2_mean_metadata.json")
                .toFile());
        assertEquals(124, columns.size(), "MANIFEST: 124 column descriptors");
        for (JsonNode c : columns) {
            MastTables.kindOf(c.get("type").asText());
        }
        assertEquals(MastTables.Kind.INTEGER, MastTables.kindOf("long"));
        assertEquals(MastTables.Kind.REAL, MastTables.kindOf("float"));
        assertEquals(MastTables.Kind.TEXT, MastTables.kindOf("char"));
        assertEquals(MastTables.Kind.INTEGER, MastTables.kindOf("unsignedByte"));
    }

    @Test
    void stackRowsAreMergedAsTheViewerMergesThem() {
        try (RecordedServices services = RecordedServices.start()) {
            MastPs1Client ps1 = new MastPs1Client(services.baseUrl(RemoteService.MAST_PS1), ServicePolicy.defaults("mast-ps1"));
            List<Ps1StackObject> objects = ps1.stackCone(SkyPosition.of(247.4554247, 24.7728226), 5);
            assertEquals(2, objects.size());
            Ps1StackObject o = objects.get(0);
            assertEquals(137732474554134521L, o.objId());
            assertEquals(2, o.stackRows(), "the non-primary row is left out");
            // hand-worked: w = 1/err^2; mag = sum(w m)/sum(w); err = 1/sqrt(mean w)
            assertEquals(21.428, o.band("g").psfMag(), 1e-9);
            assertEquals(1 / Math.sqrt((156.25 + 39.0625) / 2), o.band("g").psfMagErr(), 1e-9);
            assertEquals(21.38, o.band("g").apMag(), 1e-9, "\"None\" rows do not count");
            assertEquals(0.09, o.band("g").apMagErr(), 1e-9);
            assertEquals(20.06, o.band("r").psfMag(), 1e-9);
            assertEquals(1 / Math.sqrt(62.5), o.band("r").psfMagErr(), 1e-9);
            assertEquals(20.61, o.band("i").psfMag(), 1e-9, "negative magnitudes mean missing");
            assertEquals(20.4, o.band("z").psfMag(), 1e-9);
            assertTrue(Double.isNaN(o.band("z").apMag()), "null everywhere: NaN");
            assertTrue(Double.isNaN(o.band("y").psfMag()));
            assertEquals(22.1, objects.get(1).band("r").psfMag(), 1e-9);
            String body = services.fake.requests().get(0);
            assertTrue(body.startsWith("POST /mast-ps1/dr2/stack.json"), body);
        }
    }

    @Test
    void detectionsKeepNativeUnitsAndMaskNone() {
        try (RecordedServices services = RecordedServices.start()) {
            MastPs1Client ps1 = new MastPs1Client(services.baseUrl(RemoteService.MAST_PS1), ServicePolicy.defaults("mast-ps1"));
            List<Ps1Detection> d = ps1.detections(137732474554134521L);
            assertEquals(7, d.size());
            assertEquals(137732474554134521L, d.get(0).objId());
            assertEquals(55280.54112, d.get(0).obsTimeMjdTai(), 0.0);
            assertEquals(3.631e-5, d.get(0).psfFluxJy(), 1e-15);
            assertTrue(Double.isNaN(d.get(3).psfFluxJy()), "\"None\" flux");
            assertEquals(102760448L, d.get(0).infoFlag());
        }
    }

    @Test
    void rowsThatDoNotFitTheirTypesAreABadPayload() {
        String bad = "{\"info\": [{\"name\": \"objID\", \"type\": \"long\"}], \"data\": [[\"PSO J1\"]]}";
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> MastTables.parse(
                JsonPayloads.parse(new HttpResponse("u", 200, "application/json", bad.getBytes()), "mast-ps1"),
                "mast-ps1"));
        assertTrue(e.getMessage().contains("'objID' should be an integer"), e.getMessage());
    }
}
