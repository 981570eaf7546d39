package org.ztfkit.summary;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/**
 * A machine-learning classification: a broker's classifier (ALeRCE stamp or light-curve classifier, Fink's
 * modules) or Gaia DR3's discrete source classifier, with the probability of its class.
 *
 * <pre>{@code
 * new Classification("Gaia DR3 DSC", "quasar", 0.93);   // "93% quasar (Gaia DR3 DSC)"
 * }</pre>
 *
 * @param source      the classifier, e.g. {@code ALeRCE stamp}, {@code ALeRCE light curve}, {@code Fink}, {@code Gaia DR3 DSC}
 * @param className   the class
 * @param probability in [0, 1]
 */
public record Classification(String source, String className, double probability) {
    public Classification {
        if (!(probability >= 0 && probability <= 1)) {
            throw InvalidInputException.of("probability", "in [0, 1]", probability, "");
        }
    }

    /** The Viewer's form: {@code 93% quasar}. */
    public String percent() {
        return String.format(Locale.ROOT, "%.0f%% %s", 100 * probability, className);
    }

    @Override
    public String toString() {
        return percent() + " (" + source + ")";
    }
}
