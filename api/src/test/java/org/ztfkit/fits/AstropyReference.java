package org.ztfkit.fits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ztfkit.RealData;

/**
 * The astropy values of {@code reference/stamps_astropy.json}, made by {@code reference/stamps_astropy.py} (astropy
 * 5.2.1, Debian) from the real files of ../shared/realdata.
 */
final class AstropyReference {
    static final JsonNode ROOT = load();

    private AstropyReference() {
    }

    private static JsonNode load() {
        try (InputStream in = AstropyReference.class.getResourceAsStream("/reference/stamps_astropy.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every described real image: the three alert cutouts, then the two images with a WCS. */
    static List<JsonNode> allImages() {
        List<JsonNode> all = new ArrayList<>();
        ROOT.get("cutouts").forEach(all::add);
        ROOT.get("images").forEach(all::add);
        return all;
    }

    static JsonNode image(String relativePath) {
        return allImages().stream().filter(n -> n.get("file").asText().equals(relativePath)).findFirst()
                .orElseThrow();
    }

    static Stamp read(JsonNode image) {
        return FitsCodec.read(RealData.file(image.get("file").asText()));
    }
}
