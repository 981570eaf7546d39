package org.ztfkit.features;

import java.util.ArrayList;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;

/** Outputs of a plugged-in {@link ModelFit}: {@code <prefix>_<parameter>…}, {@code <prefix>_reduced_chi2}. */
final class ModelFitFeature extends Feature {
    private final ModelFit.Model model;
    private final ModelFit fitter;
    private final List<String> names;

    ModelFitFeature(ModelFit.Model model, ModelFit fitter) {
        this.model = model;
        this.fitter = java.util.Objects.requireNonNull(fitter, "fitter");
        List<String> n = new ArrayList<>();
        for (String p : model.parameters()) {
            n.add(model.prefix() + "_" + p);
        }
        n.add(model.prefix() + "_reduced_chi2");
        this.names = List.copyOf(n);
    }

    /** A placeholder that fails with a message saying how to plug a fitter in. */
    static ModelFitFeature unplugged(ModelFit.Model model) {
        return new ModelFitFeature(model, (t, f, w) -> {
            throw new InvalidInputException("feature " + model.prefix() + " needs a model fitter: use "
                    + "featureSet.withModelFit(ModelFit.Model." + model + ", fitter), e.g. with org.ztfkit.fit");
        });
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public int minimumPoints() {
        return model.minimumPoints();
    }

    @Override
    boolean requiresVariability() {
        return false;
    }

    @Override
    void evaluate(Sample s, double[] out, int offset) {
        double[] result = fitter.fit(s.t.clone(), s.m.clone(), s.w.clone());
        if (result.length != names.size()) {
            throw new IllegalStateException("the " + model + " fitter returned " + result.length + " values, expected "
                    + names.size() + " " + names);
        }
        System.arraycopy(result, 0, out, offset, result.length);
    }
}
