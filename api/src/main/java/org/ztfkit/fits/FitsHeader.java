package org.ztfkit.fits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The header of a FITS image: its cards in file order, and an ordered keyword → value map of the valued cards.
 *
 * <pre>{@code
 * FitsHeader h = stamp.header();
 * h.string("BUNIT");            // Optional[DN]
 * h.number("NAXIS1");           // OptionalDouble[63.0]
 * h.asMap().keySet();           // [SIMPLE, BITPIX, NAXIS, NAXIS1, NAXIS2, BUNIT]
 * }</pre>
 */
public final class FitsHeader {
    private final List<FitsCard> cards;
    private final Map<String, Object> values;

    private FitsHeader(List<FitsCard> cards) {
        this.cards = List.copyOf(cards);
        Map<String, Object> map = new LinkedHashMap<>();
        for (FitsCard card : this.cards) {
            if (!card.isCommentary()) {
                map.putIfAbsent(card.keyword(), card.value());
            }
        }
        this.values = Collections.unmodifiableMap(map);
    }

    /** A header from its cards, in order. */
    public static FitsHeader of(List<FitsCard> cards) {
        return new FitsHeader(cards);
    }

    /** Every card in file order, commentary included. */
    public List<FitsCard> cards() {
        return cards;
    }

    /** Keyword → value of the valued cards, in file order (the first card wins if a keyword repeats). */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean contains(String keyword) {
        return values.containsKey(keyword);
    }

    /** A numeric value (integer or real); empty if absent or not a number. */
    public OptionalDouble number(String keyword) {
        return values.get(keyword) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    /** A string value; empty if absent or not a string. */
    public Optional<String> string(String keyword) {
        return values.get(keyword) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public String toString() {
        List<String> keys = List.copyOf(values.keySet());
        String shown = String.join(" ", keys.subList(0, Math.min(8, keys.size())));
        return "FitsHeader[" + cards.size() + " cards: " + shown + (keys.size() > 8 ? " …" : "") + "]";
    }
}
