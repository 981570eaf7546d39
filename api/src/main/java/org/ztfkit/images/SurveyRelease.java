package org.ztfkit.images;

import org.ztfkit.sky.SkyPosition;

/**
 * One data release of a thumbnail survey, as data: the URL templates with {@code {ra}} and {@code {dec}}
 * placeholders (decimal degrees). For a type that {@linkplain ThumbnailType#needsLookup() needs a lookup} the
 * image template is the lookup page's.
 *
 * <pre>{@code
 * SurveyRelease dr11 = new SurveyRelease(ThumbnailType.LS, "ls-dr11",
 *         "https://www.legacysurvey.org/viewer/jpeg-cutout?ra={ra}&dec={dec}&size=200&layer=ls-dr11&pixscale=0.3&bands=griz",
 *         "https://www.legacysurvey.org/viewer?ra={ra}&dec={dec}&layer=ls-dr11&zoom=16&mark={ra},{dec}",
 *         "LEGACY SURVEY DR11");
 * }</pre>
 *
 * @param type          the survey
 * @param release       the release name stored with each thumbnail, e.g. {@code ls-dr10}
 * @param imageTemplate the image (or lookup-page) URL template
 * @param linkTemplate  the human-facing page for the position
 * @param header        the caption SkyPortal shows, e.g. {@code LEGACY SURVEY DR10}
 */
public record SurveyRelease(ThumbnailType type, String release, String imageTemplate, String linkTemplate,
                            String header) {
    /** The image URL (or, for PS1, the lookup-page URL) at a position. */
    public String imageUrl(SkyPosition position) {
        return fill(imageTemplate, position);
    }

    /** The survey's own page for a position. */
    public String linkUrl(SkyPosition position) {
        return fill(linkTemplate, position);
    }

    private static String fill(String template, SkyPosition p) {
        return template.replace("{ra}", ZtfProducts.decimal(p.ra())).replace("{dec}", ZtfProducts.decimal(p.dec()));
    }

    @Override
    public String toString() {
        return "SurveyRelease[" + type + " " + release + "]";
    }
}
