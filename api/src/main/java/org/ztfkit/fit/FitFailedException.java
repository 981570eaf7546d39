package org.ztfkit.fit;

import java.util.OptionalInt;
import org.ztfkit.errors.ZtfException;

/**
 * A fit that produced no trustworthy result. Every fit in {@code org.ztfkit.fit} either returns a converged
 * {@link FitResult} or throws this exception; there is no "failed" result to forget to check. The message names the
 * model, the {@link Reason}, the details and what to try, e.g.
 * {@code bazin fit failed (too few points): 4 usable points (2 with a non-finite time, value or error dropped); its 5
 * parameters need at least 6: fit a longer stretch of the light curve, or a model with fewer parameters (bazin has 5,
 * linexp 4)}.
 *
 * <pre>{@code
 * try {
 *     FitResult r = Models.bazin().fit(t, flux, fluxErr);
 * } catch (FitFailedException e) {
 *     if (e.reason() == FitFailedException.Reason.TOO_FEW_POINTS) { ... e.minimumPoints().getAsInt() ... }
 * }
 * }</pre>
 */
public class FitFailedException extends ZtfException {
    /** Why a fit failed. */
    public enum Reason {
        /** Fewer usable points than the model needs (parameters + 1, and per band for multiband models). */
        TOO_FEW_POINTS("too few points"),
        /** The optimiser reached its iteration (or evaluation) limit before converging. */
        MAX_ITERATIONS("did not converge"),
        /** The parameters cannot all be determined from the data: the normal matrix is singular. */
        SINGULAR_MATRIX("singular matrix"),
        /** The model, its derivatives or χ² are not finite (overflow, or non-finite parameters). */
        NON_FINITE("non-finite values");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** A few words for messages, e.g. {@code singular matrix}. */
        public String label() {
            return label;
        }
    }

    private final String model;
    private final Reason reason;
    private final int minimumPoints;

    FitFailedException(String model, Reason reason, String detail, String advice) {
        this(model, reason, detail, advice, 0);
    }

    FitFailedException(String model, Reason reason, String detail, String advice, int minimumPoints) {
        super(model + " fit failed (" + reason.label() + "): " + detail + ": " + advice);
        this.model = model;
        this.reason = reason;
        this.minimumPoints = minimumPoints;
    }

    /** The model's name, e.g. {@code bazin}. */
    public String model() {
        return model;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#TOO_FEW_POINTS}: the number of points the model needs (in the band named by the message). */
    public OptionalInt minimumPoints() {
        return reason == Reason.TOO_FEW_POINTS ? OptionalInt.of(minimumPoints) : OptionalInt.empty();
    }
}
