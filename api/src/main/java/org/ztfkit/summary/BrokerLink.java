package org.ztfkit.summary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.math.BigDecimal;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/**
 * A link to the same cone search in an alert broker's portal (external-services.md §4): ALeRCE, ANTARES, Fink and
 * MARS, as the Viewer's summary builds them (3″).
 *
 * <pre>{@code
 * BrokerLink.forCone(obj.position(), 3.0, obj.oid());   // ALeRCE, ANTARES, Fink, MARS
 * }</pre>
 *
 * @param broker the broker's name
 * @param url    its portal's cone search
 */
public record BrokerLink(String broker, String url) {
    /** The Viewer's radius for broker links, arcseconds. */
    public static final double RADIUS_ARCSEC = 3.0;

    /**
     * The four brokers' cone searches around {@code center}; ANTARES labels its search with the OID. Numbers are
     * written as the Viewer (Python) writes them, so the links are the Viewer's own.
     */
    public static List<BrokerLink> forCone(SkyPosition center, double radiusArcsec, Oid oid) {
        String ra = python(center.ra());
        String dec = python(center.dec());
        String r = radiusArcsec == Math.rint(radiusArcsec) ? Long.toString((long) radiusArcsec) : python(radiusArcsec);
        String deg = python(radiusArcsec / 3600);
        // json.dumps of the Viewer's query: ", " and ": " separators, non-ASCII escaped
        String antares = "{\"filters\": [{\"type\": \"sky_distance\", \"field\": {\"distance\": \"" + deg
                + " degree\", \"htm16\": {\"center\": \"" + ra + " " + dec + "\"}}, \"text\": \"Cone Search for ZTF DR "
                + oid.value() + " " + r + "\\u2033\"}]}";
        return List.of(
                new BrokerLink("ALeRCE", "https://alerce.online/?ra=" + ra + "&dec=" + dec + "&radius=" + r + "&page=1"),
                new BrokerLink("ANTARES", "https://antares.noirlab.edu/loci?query=" + encode(antares)),
                new BrokerLink("Fink", "https://ztf.fink-portal.org/?action=conesearch&ra=" + ra + "&dec=" + dec
                        + "&radius=" + r),
                new BrokerLink("MARS", "https://mars.lco.global/?cone=" + encode(ra + "," + dec + "," + deg)));
    }

    /** A number as Python's {@code str(float)} writes it: shortest round-trip digits, no exponent below 1e16. */
    static String python(double v) {
        String plain = BigDecimal.valueOf(v).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return broker + ": " + url;
    }
}
