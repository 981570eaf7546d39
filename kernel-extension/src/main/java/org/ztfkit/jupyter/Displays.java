package org.ztfkit.jupyter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ztfkit.ZtfObject;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.features.Features;
import org.ztfkit.fits.Stamp;
import org.ztfkit.fits.StampTriplet;
import org.ztfkit.images.ThumbnailLinks;
import org.ztfkit.kb.History;
import org.ztfkit.kb.ObjectRecord;
import org.ztfkit.kb.TagList;
import org.ztfkit.lightcurve.FoldedLightCurve;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.period.Periodogram;
import org.ztfkit.plot.Plot;
import org.ztfkit.progress.ProgressState;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.summary.ObjectSummary;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.Table;

/**
 * The registry of notebook displays: which ztfkit type becomes which {@link MimeBundle}. Every kernel binding
 * (rapaio, JJava, IJava) registers exactly these, so all kernels show the same thing. A new type plugs in with one
 * line in {@link #standard()}.
 *
 * <pre>{@code
 * Displays.standard().bundle(obj);            // Optional<MimeBundle>: the object card
 * Displays.standard().types();                // the types the bindings register
 * }</pre>
 */
public final class Displays {
    private static final Displays STANDARD = new Displays(new LinkedHashMap<>())
            .with(ZtfObject.class, ObjectCard::bundle)
            .with(ObjectMeta.class, ObjectCard::bundle)
            .with(LightCurve.class, LightCurveView::bundle)
            .with(FoldedLightCurve.class, LightCurveView::bundle)
            .with(Plot.class, PlotView::bundle)
            .with(Table.class, TableView::bundle)
            .with(VoTable.class, TableView::bundle)
            .with(ProgressState.class, ProgressView::bundle)
            .with(Periodogram.class, PlotView::bundle)
            .with(Features.class, FeaturesView::bundle)
            .with(Stamp.class, PlotView::bundle)
            .with(StampTriplet.class, PlotView::bundle)
            .with(ObjectRecord.class, r -> MimeBundle.text(r).withHtml(r.toHtml()))
            .with(History.class, h -> MimeBundle.text(h).withHtml(h.toHtml()))
            .with(TagList.class, t -> MimeBundle.text(t).withHtml(t.toHtml()))
            .with(ObjectSummary.class, s -> MimeBundle.text(s).withHtml(s.toHtml()))
            .with(XmatchReport.class, r -> MimeBundle.text(r).withHtml(r.toHtml()))
            .with(XmatchResult.class, r -> MimeBundle.text(r).withHtml(r.toHtml()))
            .with(ThumbnailLinks.class, t -> MimeBundle.text(t).withHtml(t.toHtml()));

    private final Map<Class<?>, Function<Object, MimeBundle>> renderers;
    private final List<Class<?>> types;

    private Displays(Map<Class<?>, Function<Object, MimeBundle>> renderers) {
        this.renderers = renderers;
        this.types = subtypesFirst(renderers.keySet());
    }

    /** Every ztfkit type with a rich display. */
    public static Displays standard() {
        return STANDARD;
    }

    /** A copy with one more type (replacing an earlier display of the same type). */
    public <T> Displays with(Class<T> type, Function<? super T, MimeBundle> display) {
        Map<Class<?>, Function<Object, MimeBundle>> more = new LinkedHashMap<>(renderers);
        more.put(type, value -> display.apply(type.cast(value)));
        return new Displays(more);
    }

    /** The registered types, each before its supertypes (the order kernels that match by subtype need). */
    public List<Class<?>> types() {
        return types;
    }

    private static List<Class<?>> subtypesFirst(Collection<Class<?>> registered) {
        List<Class<?>> ordered = new ArrayList<>();
        for (Class<?> type : registered) {
            int at = ordered.size();
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).isAssignableFrom(type)) {
                    at = i;
                    break;
                }
            }
            ordered.add(at, type);
        }
        return List.copyOf(ordered);
    }

    /**
     * The display of a value: that of the most specific registered type it is an instance of; empty for values
     * ztfkit does not display (the kernel then shows them its own way).
     */
    public Optional<MimeBundle> bundle(Object value) {
        for (Class<?> type : types) {
            if (type.isInstance(value)) {
                return Optional.of(renderers.get(type).apply(value));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Displays" + renderers.keySet().stream().map(Class::getSimpleName).toList();
    }
}
