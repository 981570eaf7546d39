package org.ztfkit.model;

import org.ztfkit.errors.InvalidInputException;

/**
 * A ZTF data-release object identifier (OID), e.g. {@code 633207400004730}.
 *
 * <p>The decimal digits encode, most significant first, {@code {fieldid}{filterid:1}{ccdid:2}{qid:1}{sourceid:8}}.
 * The last twelve digits are fixed width and the field has three or four digits, so an OID has 15 or 16 digits.
 * One sky source has many OIDs: one per field, CCD quadrant and passband. Alert names ({@code ZTF18abqkqdm}) are a
 * different naming with no arithmetic link to OIDs.
 *
 * <pre>{@code
 * Oid oid = Oid.of(633207400004730L);
 * oid.fieldId();   // 633
 * oid.band();      // Band.ZTF_R
 * oid.ccdId();     // 7
 * oid.qid();       // 4
 * oid.rcid();      // 27 = 4·(ccdid−1) + (qid−1)
 * oid.sourceId();  // 4730
 * }</pre>
 *
 * @param value the 15–16 digit identifier
 */
public record Oid(long value) implements Comparable<Oid> {
    public static final long MIN = 100_000_000_000_000L;
    public static final long MAX = 9_999_999_999_999_999L;
    /** The highest ZTF field number (the secondary grid ends at 1895). */
    public static final int MAX_FIELD = 1895;

    private static final String FORM = "a 15–16 digit ZTF DR object id {fieldid}{filterid:1}{ccdid:2}{qid:1}{sourceid:8}"
            + " with field 100–" + MAX_FIELD + ", filter 1–3 (g, r, i), CCD 01–16 and quadrant 1–4, e.g. 633207400004730";

    public Oid {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidInputException("OID " + value + " is not valid: " + problem + "; expected " + FORM);
        }
    }

    /** The OID for a number, validated. */
    public static Oid of(long value) {
        return new Oid(value);
    }

    /**
     * Parses an OID from text: digits only, surrounding spaces ignored.
     *
     * @throws InvalidInputException naming what is wrong, e.g. "has 14 digits"
     */
    public static Oid parse(String text) {
        if (text == null) {
            throw InvalidInputException.of("OID", FORM, "null", "");
        }
        String trimmed = text.strip();
        if (!trimmed.matches("\\d+")) {
            throw InvalidInputException.of("OID", FORM, text,
                    "an OID has digits only; for alert names (ZTF18…) or catalog names (SNAD101) use ztf.cone(name, r)"
                            + " or ztf.object(name)");
        }
        if (trimmed.length() < 15 || trimmed.length() > 16) {
            throw new InvalidInputException("OID '" + trimmed + "' has " + trimmed.length() + " digits; expected " + FORM);
        }
        return new Oid(Long.parseLong(trimmed));
    }

    /** True when {@code value} is a well-formed OID. */
    public static boolean isValid(long value) {
        return problem(value) == null;
    }

    /** Assembles an OID from its parts (each validated). */
    public static Oid compose(int fieldId, int filterId, int ccdId, int qid, long sourceId) {
        if (sourceId < 0 || sourceId >= 100_000_000L) {
            throw InvalidInputException.of("sourceid", "in [0, 99999999]", sourceId, "");
        }
        long value = fieldId * 1_000_000_000_000L + filterId * 100_000_000_000L + ccdId * 1_000_000_000L
                + qid * 100_000_000L + sourceId;
        return new Oid(value);
    }

    private static String problem(long value) {
        if (value < MIN || value > MAX) {
            int digits = String.valueOf(Math.abs(value)).length();
            return value < 0 ? "it is negative" : "it has " + digits + " digits";
        }
        long field = value / 1_000_000_000_000L;
        long filter = (value / 100_000_000_000L) % 10;
        long ccd = (value / 1_000_000_000L) % 100;
        long qid = (value / 100_000_000L) % 10;
        if (field > MAX_FIELD) {
            return "field " + field + " is above " + MAX_FIELD;
        }
        if (filter < 1 || filter > 3) {
            return "filter digit " + filter + " is not 1 (g), 2 (r) or 3 (i)";
        }
        if (ccd < 1 || ccd > 16) {
            return "CCD " + ccd + " is not in 01–16";
        }
        if (qid < 1 || qid > 4) {
            return "quadrant " + qid + " is not in 1–4";
        }
        return null;
    }

    public int fieldId() {
        return (int) (value / 1_000_000_000_000L);
    }

    /** 1 = g, 2 = r, 3 = i. */
    public int filterId() {
        return (int) ((value / 100_000_000_000L) % 10);
    }

    /** The ZTF passband this OID was measured in. */
    public Band band() {
        return Band.ztf(filterId());
    }

    /** The DR filter code: {@code zg}, {@code zr} or {@code zi}. */
    public String filterCode() {
        return band().ztfFilterCode();
    }

    public int ccdId() {
        return (int) ((value / 1_000_000_000L) % 100);
    }

    public int qid() {
        return (int) ((value / 100_000_000L) % 10);
    }

    /** The read-out channel, 0–63: {@code 4·(ccdid − 1) + (qid − 1)}. */
    public int rcid() {
        return rcid(ccdId(), qid());
    }

    /** The source number within the field, filter and quadrant: {@code oid mod 10^8}. */
    public long sourceId() {
        return value % 100_000_000L;
    }

    /** {@code 4·(ccdid − 1) + (qid − 1)}. */
    public static int rcid(int ccdId, int qid) {
        return 4 * (ccdId - 1) + (qid - 1);
    }

    /** CCD of a read-out channel: {@code ⌊rcid/4⌋ + 1} (seed 001, eq. 12). */
    public static int ccdOfRcid(int rcid) {
        checkRcid(rcid);
        return rcid / 4 + 1;
    }

    /** Quadrant of a read-out channel: {@code rcid mod 4 + 1} (seed 001, eq. 13). */
    public static int qidOfRcid(int rcid) {
        checkRcid(rcid);
        return rcid % 4 + 1;
    }

    private static void checkRcid(int rcid) {
        if (rcid < 0 || rcid > 63) {
            throw InvalidInputException.of("rcid", "in [0, 63]", rcid, "");
        }
    }

    @Override
    public int compareTo(Oid other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
