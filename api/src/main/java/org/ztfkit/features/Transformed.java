package org.ztfkit.features;

import java.util.List;
import org.ztfkit.errors.InvalidInputException;

/** A feature whose outputs pass through a {@link Transformer} (the crate's {@code Transformed}). */
final class Transformed extends Feature {
    private final Feature feature;
    private final Transformer transformer;
    private final List<String> names;

    Transformed(Feature feature, Transformer transformer) {
        if (!transformer.accepts(feature.size())) {
            throw InvalidInputException.of("transformer " + transformer, "one that takes " + feature.size()
                    + " outputs", feature.names(), "use Transformer.composed with one transformer per output");
        }
        this.feature = feature;
        this.transformer = transformer;
        this.names = List.copyOf(transformer.names(feature.names()));
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public int minimumPoints() {
        return feature.minimumPoints();
    }

    @Override
    boolean requiresVariability() {
        return feature.requiresVariability();
    }

    @Override
    boolean requiresTimeOrder() {
        return feature.requiresTimeOrder();
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        double[] raw = new double[feature.size()];
        feature.evaluate(s, raw, 0);
        transformer.apply(raw, 0, raw.length, out, offset);
    }
}
