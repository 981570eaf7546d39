package org.ztfkit.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/**
 * Every catalog's cross-match of one position, each labelled with its status: sources, none, or unavailable with the
 * reason. One catalog that could not answer never hides the others.
 *
 * <pre>{@code
 * XmatchReport all = obj.xmatch();
 * all.get("vsx").nearest();        // the closest VSX source, if any
 * all.unavailable();               // the catalogs that could not answer
 * all.toHtml();                    // one block per catalog
 * }</pre>
 */
public final class XmatchReport {
    private final SkyPosition center;
    private final List<XmatchResult> results;

    /** The results of every catalog around {@code center}, in the order asked. */
    public XmatchReport(SkyPosition center, List<XmatchResult> results) {
        this.center = center;
        this.results = List.copyOf(results);
    }

    /** The cross-matched position. */
    public SkyPosition center() {
        return center;
    }

    /** Each catalog's result, in the order asked. */
    public List<XmatchResult> results() {
        return results;
    }

    /**
     * The result of one catalog.
     *
     * @throws InvalidInputException when the report has no such catalog; the message lists those it has
     */
    public XmatchResult get(String catalogId) {
        return find(catalogId).orElseThrow(() -> InvalidInputException.of("catalog id", "one of " + results.stream()
                .map(r -> r.catalog().id()).toList(), catalogId, ""));
    }

    /** The result of one catalog, if the report has it. */
    public Optional<XmatchResult> find(String catalogId) {
        return results.stream().filter(r -> r.catalog().id().equalsIgnoreCase(catalogId == null ? "" : catalogId.strip()))
                .findFirst();
    }

    /** The results with sources. */
    public List<XmatchResult> found() {
        return results.stream().filter(r -> !r.isEmpty()).toList();
    }

    /** The results of catalogs that could not answer. */
    public List<XmatchResult> unavailable() {
        return results.stream().filter(r -> !r.status().isAnswer()).toList();
    }

    /** One block per catalog: a table of sources, or a line saying none were found or why the catalog is unavailable. */
    public String toHtml() {
        return "<div class=\"ztfkit-xmatch-report\">" + results.stream().map(XmatchResult::toHtml)
                .collect(Collectors.joining()) + "</div>";
    }

    /** One line per catalog. */
    @Override
    public String toString() {
        return "XmatchReport[" + center + ": " + found().size() + " of " + results.size() + " catalogs with sources, "
                + unavailable().size() + " unavailable]\n" + results.stream().map(r -> "  " + r)
                .collect(Collectors.joining("\n"));
    }
}
