package org.ztfkit.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;

/**
 * A ZTF public data release ({@code dr2} … {@code dr24}) and its "short" range: the dates of the ZTF private
 * high-cadence survey included in that release (SNAD Viewer, seed 001 §3.4; the Viewer's hard-coded ranges).
 * The short range of dr23 and dr24 is unbounded ({@link MjdRange#ALL}), as in the Viewer; releases the Viewer does
 * not list (dr5, dr6, …) have none.
 *
 * <pre>{@code
 * DataRelease dr8 = DataRelease.of("dr8");
 * dr8.shortRange();   // Optional[HMJD 58194–58972]
 * }</pre>
 *
 * @param name lower-case release name, e.g. {@code dr13}
 */
public record DataRelease(String name) implements Comparable<DataRelease> {
    private static final Map<String, MjdRange> SHORT = new LinkedHashMap<>();

    static {
        SHORT.put("dr2", MjdRange.of(58194.0, 58299.0));
        SHORT.put("dr3", MjdRange.of(58194.0, 58483.0));
        SHORT.put("dr4", MjdRange.of(58194.0, 58664.0));
        SHORT.put("dr7", MjdRange.of(58194.0, 58908.0));
        SHORT.put("dr8", MjdRange.of(58194.0, 58972.0));
        SHORT.put("dr13", MjdRange.of(58194.0, 59280.0));
        SHORT.put("dr17", MjdRange.of(58194.0, 59524.0));
        SHORT.put("dr23", MjdRange.ALL);
        SHORT.put("dr24", MjdRange.ALL);
    }

    /** Every release the SNAD Viewer knows (dr7 only for its short range). */
    public static final List<String> KNOWN = List.copyOf(SHORT.keySet());

    public DataRelease {
        if (name == null || !name.matches("dr\\d{1,2}")) {
            throw InvalidInputException.of("data release", "a name like dr8 or dr13 (one of " + String.join(", ", KNOWN) + ")",
                    name, "");
        }
    }

    /** Parses {@code dr13}, {@code DR13} or {@code 13}. Unknown numbers are accepted (a store may hold any DR). */
    public static DataRelease of(String name) {
        if (name == null) {
            throw InvalidInputException.of("data release", "a name like dr13", "null", "");
        }
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        if (normalized.matches("\\d{1,2}")) {
            normalized = "dr" + normalized;
        }
        return new DataRelease(normalized);
    }

    /** The release number, e.g. 13. */
    public int number() {
        return Integer.parseInt(name.substring(2));
    }

    /** The private-survey ("short") window of this release; empty when the Viewer defines none for it. */
    public Optional<MjdRange> shortRange() {
        return Optional.ofNullable(SHORT.get(name));
    }

    @Override
    public int compareTo(DataRelease other) {
        return Integer.compare(number(), other.number());
    }

    @Override
    public String toString() {
        return name;
    }
}
