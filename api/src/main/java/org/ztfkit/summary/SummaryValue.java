package org.ztfkit.summary;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One value of the summary with where it comes from: a catalog's closest source (with its separation), the light
 * curve's features, the SNAD catalog.
 *
 * <pre>{@code
 * SummaryValue<Double> p = obj.summary().periods().get(0);
 * p.value();             // 0.55371 (days)
 * p.source();            // "features v0.5"
 * p.note();              // "S/N 31.2"
 * }</pre>
 *
 * @param value            the value (a name, a type, days, parsecs)
 * @param source           where it comes from: a catalog title, {@code features v0.5}, {@code SNAD catalog}
 * @param separationArcsec how far the catalog source is from the object; empty for values of the object itself
 * @param note             more about the value ({@code S/N 31.2}, {@code z=0.074}); empty when there is nothing
 * @param <T>              the value's type
 */
public record SummaryValue<T>(T value, String source, OptionalDouble separationArcsec, String note) {
    public SummaryValue {
        note = note == null ? "" : note;
    }

    /** A value of a catalog source at this separation. */
    public static <T> SummaryValue<T> fromCatalog(T value, String catalog, double separationArcsec, String note) {
        return new SummaryValue<>(value, catalog, OptionalDouble.of(separationArcsec), note);
    }

    /** A value of the object itself (its features). */
    public static <T> SummaryValue<T> ofObject(T value, String source, String note) {
        return new SummaryValue<>(value, source, OptionalDouble.empty(), note);
    }

    /** {@code (z=0.074, 0.21″ TNS)}: the note, separation and source in the Viewer's way. */
    String attribution() {
        StringBuilder s = new StringBuilder();
        if (!note.isEmpty()) {
            s.append(note).append(", ");
        }
        separationArcsec.ifPresent(d -> s.append(String.format(Locale.ROOT, "%.2f″ ", d)));
        return s.append(source).toString();
    }

    @Override
    public String toString() {
        return value + " (" + attribution() + ")";
    }
}
