package org.ztfkit.summary;

import java.util.Objects;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.features.FeatureSet;

/**
 * What the object summary is computed from: each catalog's cone radius, the feature set whose periodogram gives
 * the period, and the radius of the neighbours whose magnitudes are averaged. Defaults: the Viewer's radii,
 * {@link FeatureSet#latest()}, 1″. Immutable.
 *
 * <pre>{@code
 * SummaryOptions o = SummaryOptions.builder().radius("vsx", 20.0).featureSet(FeatureSet.version("v0.2"))
 *         .neighbourRadiusArcsec(1.5).build();
 * obj.summary(o);
 * }</pre>
 */
public final class SummaryOptions {
    private static final SummaryOptions DEFAULTS = builder().build();
    private final CatalogRadii radii;
    private final FeatureSet featureSet;
    private final double neighbourRadiusArcsec;

    private SummaryOptions(Builder b) {
        this.radii = b.radii;
        this.featureSet = b.featureSet;
        this.neighbourRadiusArcsec = b.neighbourRadiusArcsec;
    }

    /** The Viewer's radii, the latest feature set, neighbours within 1″. */
    public static SummaryOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.radii = radii;
        b.featureSet = featureSet;
        b.neighbourRadiusArcsec = neighbourRadiusArcsec;
        return b;
    }

    /** Each catalog's cone radius. */
    public CatalogRadii radii() {
        return radii;
    }

    /** The feature set of the period. */
    public FeatureSet featureSet() {
        return featureSet;
    }

    /** Radius of the neighbours averaged, arcseconds. */
    public double neighbourRadiusArcsec() {
        return neighbourRadiusArcsec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryOptions s && radii.equals(s.radii) && featureSet.name().equals(s.featureSet.name())
                && featureSet.version().equals(s.featureSet.version())
                && neighbourRadiusArcsec == s.neighbourRadiusArcsec;
    }

    @Override
    public int hashCode() {
        return Objects.hash(radii, featureSet.name(), featureSet.version(), neighbourRadiusArcsec);
    }

    @Override
    public String toString() {
        return "SummaryOptions[" + radii + ", features " + featureSet.name() + " " + featureSet.version()
                + ", neighbours within " + neighbourRadiusArcsec + "″]";
    }

    /** Options, each with its default until set. */
    public static final class Builder {
        private CatalogRadii radii = CatalogRadii.defaults();
        private FeatureSet featureSet = FeatureSet.latest();
        private double neighbourRadiusArcsec = 1.0;

        private Builder() {
        }

        /** One catalog's cone radius (the others keep theirs). */
        public Builder radius(String catalogId, double radiusArcsec) {
            radii = radii.with(catalogId, radiusArcsec);
            return this;
        }

        /** Every catalog's radius at once. */
    public Builder radii(CatalogRadii catalogRadii) {
            radii = Objects.requireNonNull(catalogRadii, "catalogRadii");
            return this;
        }

        /** The feature set whose {@code period_0} and {@code period_s_to_n_0} give the summary's first period. */
        public Builder featureSet(FeatureSet set) {
            featureSet = Objects.requireNonNull(set, "featureSet");
            return this;
        }

        /** Neighbours within this radius (0 to 60″; 0 = the object alone) are averaged with the object. */
        public Builder neighbourRadiusArcsec(double radiusArcsec) {
            if (!(radiusArcsec >= 0 && radiusArcsec <= 60)) {
                throw InvalidInputException.of("neighbourRadiusArcsec", "in [0, 60]", radiusArcsec,
                        "the Viewer's neighbour radius is 1″");
            }
            neighbourRadiusArcsec = radiusArcsec;
            return this;
        }

        /** The options. */
    public SummaryOptions build() {
            return new SummaryOptions(this);
        }
    }
}
