package org.ztfkit.summary;

import java.util.Objects;
import org.ztfkit.NeighbourOptions;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.features.FeatureSet;

/**
 * What the object summary is computed from: each catalog's cone radius, the feature set whose periodogram gives
 * the period, and the neighbours whose magnitudes are averaged with the object's (chosen as
 * {@code obj.withNeighbours(…)} chooses them). Defaults: the Viewer's radii, {@link FeatureSet#latest()},
 * neighbours within 1″. Immutable.
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
    private final NeighbourOptions neighbours;

    private SummaryOptions(Builder b) {
        this.radii = b.radii;
        this.featureSet = b.featureSet;
        this.neighbours = b.neighbours;
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
        b.neighbours = neighbours;
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

    /** The neighbours averaged with the object. */
    public NeighbourOptions neighbours() {
        return neighbours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryOptions s && radii.equals(s.radii) && featureSet.name().equals(s.featureSet.name())
                && featureSet.version().equals(s.featureSet.version())
                && neighbours.equals(s.neighbours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(radii, featureSet.name(), featureSet.version(), neighbours);
    }

    @Override
    public String toString() {
        return "SummaryOptions[" + radii + ", features " + featureSet.name() + " " + featureSet.version()
                + ", neighbours " + neighbours + "]";
    }

    /** Options, each with its default until set. */
    public static final class Builder {
        private CatalogRadii radii = CatalogRadii.defaults();
        private FeatureSet featureSet = FeatureSet.latest();
        private NeighbourOptions neighbours = NeighbourOptions.within(1.0);

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
            return neighbours(NeighbourOptions.within(radiusArcsec));
        }

        /** The neighbours averaged with the object, chosen as {@code obj.withNeighbours(options)} chooses them. */
        public Builder neighbours(NeighbourOptions options) {
            neighbours = Objects.requireNonNull(options, "neighbours");
            return this;
        }

        /** The options. */
    public SummaryOptions build() {
            return new SummaryOptions(this);
        }
    }
}
