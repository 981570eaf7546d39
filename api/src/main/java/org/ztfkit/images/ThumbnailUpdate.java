package org.ztfkit.images;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of moving stored thumbnails to the current survey releases ({@link ThumbnailSurveys#update}).
 *
 * <pre>{@code
 * ThumbnailUpdate u = ThumbnailSurveys.standard().update(stored);
 * u.thumbnails();      // what to store now, in the original order
 * u.rewritten();       // {ls: ls-dr9 → ls-dr10=2}
 * u.toRefetch();       // PS1 records of an older release: fetch their lookup page again
 * }</pre>
 *
 * @param thumbnails        the thumbnails to store: current ones, rewritten ones and those to re-fetch
 * @param examined          how many stored thumbnails were looked at
 * @param rewritten         rewritten thumbnails per change ({@code "ls: ls-dr9 → ls-dr10"} → count)
 * @param alreadyCurrent    thumbnails that already pointed at the current release (duplicates counted once)
 * @param duplicatesDropped thumbnails dropped because an equal current one exists (same position, survey, release)
 * @param toRefetch         thumbnails of an older release whose URL comes from a lookup page; kept unchanged
 */
public record ThumbnailUpdate(List<Thumbnail> thumbnails, int examined, Map<String, Integer> rewritten,
                              int alreadyCurrent, int duplicatesDropped, List<Thumbnail> toRefetch) {
    public ThumbnailUpdate {
        thumbnails = List.copyOf(thumbnails);
        rewritten = Collections.unmodifiableMap(new LinkedHashMap<>(rewritten));
        toRefetch = List.copyOf(toRefetch);
    }

    /** How many thumbnails got a new URL. */
    public int rewrittenCount() {
        return rewritten.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return "ThumbnailUpdate[examined " + examined + ": rewritten " + rewrittenCount()
                + (rewritten.isEmpty() ? "" : " " + rewritten) + ", already current " + alreadyCurrent
                + ", duplicates dropped " + duplicatesDropped + ", to re-fetch " + toRefetch.size() + "]";
    }
}
