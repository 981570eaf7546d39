package org.ztfkit.fits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The FITS standard's fixed format for the mandatory primary-header cards ({@code SIMPLE}, {@code BITPIX},
 * {@code NAXIS}, {@code NAXISn}; FITS 4.0 §4.4.1): {@code "= "} in columns 9–10 and the value right-justified to
 * column 30. ZTF alert cutouts write {@code SIMPLE  =  T} (T in column 12), which astropy warns about and a strict
 * reader rejects. ztfkit rewrites such cards in a copy of the bytes before parsing, so reading never depends on a
 * FITS library's JVM-wide leniency settings.
 */
final class FixedFormat {
    private static final int CARD = 80;

    private FixedFormat() {
    }

    /** The mandatory cards of the primary header that break the fixed format, as 80-character card images. */
    static List<String> violations(byte[] fits) {
        List<String> bad = new ArrayList<>();
        forEachMandatoryCard(fits, (offset, card) -> {
            if (!isFixedFormat(card)) {
                bad.add(card);
            }
        });
        return bad;
    }

    /** {@code fits} itself if every mandatory card is in fixed format, else a copy with those cards rewritten. */
    static byte[] repaired(byte[] fits) {
        byte[][] result = {fits};
        forEachMandatoryCard(fits, (offset, card) -> {
            if (!isFixedFormat(card)) {
                if (result[0] == fits) {
                    result[0] = fits.clone();
                }
                System.arraycopy(fixed(card).getBytes(StandardCharsets.US_ASCII), 0, result[0], offset, CARD);
            }
        });
        return result[0];
    }

    private interface CardVisitor {
        void visit(int offset, String card);
    }

    private static void forEachMandatoryCard(byte[] fits, CardVisitor visitor) {
        for (int offset = 0; offset + CARD <= fits.length; offset += CARD) {
            String card = new String(fits, offset, CARD, StandardCharsets.US_ASCII);
            String keyword = card.substring(0, 8).strip();
            if (keyword.equals("END")) {
                return;
            }
            if (isMandatory(keyword)) {
                visitor.visit(offset, card);
            }
        }
    }

    private static boolean isMandatory(String keyword) {
        return keyword.equals("SIMPLE") || keyword.equals("BITPIX") || keyword.matches("NAXIS\\d{0,3}");
    }

    private static boolean isFixedFormat(String card) {
        if (!card.startsWith("= ", 8) || card.charAt(29) == ' ') {
            return false;
        }
        String value = card.substring(10, 30).strip();
        String rest = card.substring(30).strip();
        return !value.isEmpty() && value.indexOf(' ') < 0 && (rest.isEmpty() || rest.startsWith("/"));
    }

    /** The card rewritten in fixed format, its comment kept. */
    private static String fixed(String card) {
        String keyword = card.substring(0, 8).strip();
        String body = card.indexOf('=') >= 0 ? card.substring(card.indexOf('=') + 1) : card.substring(8);
        int slash = body.indexOf('/');
        String value = (slash >= 0 ? body.substring(0, slash) : body).strip();
        String comment = slash >= 0 ? body.substring(slash + 1).strip() : "";
        String fixed = String.format("%-8s= %20s", keyword, value) + (comment.isEmpty() ? "" : " / " + comment);
        return String.format("%-80.80s", fixed);
    }
}
