package org.ztfkit.images;

import java.util.Optional;
import org.ztfkit.sky.SkyPosition;

/**
 * A stored survey thumbnail of a position (the {@code thumbnail} table of external-services.md §19.5): the image URL
 * of one survey release, or a placeholder when the survey has no image there ({@code outside_survey}) or could not
 * be asked ({@code unavailable}); a placeholder keeps the lookup-page URL so it can be retried.
 *
 * @param position    where the thumbnail is centred
 * @param type        the survey
 * @param release     the survey release the URL points to, e.g. {@code ls-dr10}
 * @param url         the image URL (the lookup-page URL for a placeholder)
 * @param placeholder {@code outside_survey} or {@code unavailable}; empty for a real image
 */
public record Thumbnail(SkyPosition position, ThumbnailType type, String release, String url,
                        Optional<String> placeholder) {
    public static final String OUTSIDE_SURVEY = "outside_survey";
    public static final String UNAVAILABLE = "unavailable";

    /** A real image. */
    public static Thumbnail of(SkyPosition position, SurveyRelease release, String url) {
        return new Thumbnail(position, release.type(), release.release(), url, Optional.empty());
    }

    /** True when this is a real image, not a placeholder. */
    public boolean hasImage() {
        return placeholder.isEmpty();
    }

    @Override
    public String toString() {
        return "Thumbnail[" + type + " " + release + " at " + position + ": " + placeholder.orElse(url) + "]";
    }
}
