package org.ztfkit.images;

import java.util.List;
import java.util.stream.Collectors;
import org.ztfkit.html.Html;
import org.ztfkit.sky.SkyPosition;

/**
 * The survey thumbnails of a position in the surveys' current releases, as the Viewer shows them beside an object:
 * SDSS and Legacy Survey JPEG cutouts (URLs built directly) and the Pan-STARRS1 cutout page (its image link is on that
 * page: {@link ThumbnailSurveys#fromLookupPage}), each with a link to the survey's own page. Rendered in a notebook
 * as the images side by side; the browser loads them.
 *
 * <pre>{@code
 * ThumbnailLinks links = ztf.object(633207400004730L).thumbnails();
 * links.imageUrl(ThumbnailType.LS);   // https://www.legacysurvey.org/viewer/jpeg-cutout?ra=247.45543…&layer=ls-dr10…
 * }</pre>
 *
 * @param position where the thumbnails are centred
 * @param releases the current release of each survey, in display order
 */
public record ThumbnailLinks(SkyPosition position, List<SurveyRelease> releases) {
    public ThumbnailLinks {
        releases = List.copyOf(releases);
    }

    /** The current releases of {@code surveys} at {@code position}: SDSS, Legacy Survey, then Pan-STARRS1. */
    public static ThumbnailLinks of(SkyPosition position, ThumbnailSurveys surveys) {
        return new ThumbnailLinks(position, List.of(surveys.current(ThumbnailType.SDSS),
                surveys.current(ThumbnailType.LS), surveys.current(ThumbnailType.PS1)));
    }

    /** The release shown for a survey. */
    public SurveyRelease release(ThumbnailType type) {
        return releases.stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }

    /** The image URL of a survey; for Pan-STARRS1 the lookup page that holds the image link. */
    public String imageUrl(ThumbnailType type) {
        return release(type).imageUrl(position);
    }

    /** The survey's own page for the position. */
    public String pageUrl(ThumbnailType type) {
        return release(type).linkUrl(position);
    }

    /** The images side by side, captioned with their releases; Pan-STARRS1 as a link to its cutout page. */
    public String toHtml() {
        String cells = releases.stream().map(r -> {
            String image = r.type().needsLookup()
                    ? Html.link(r.imageUrl(position), "cutout page")
                    : "<img src=\"" + Html.escape(r.imageUrl(position)) + "\" width=\"200\" height=\"200\" alt=\""
                            + Html.escape(r.header()) + "\"/>";
            return "<td style=\"text-align:center;vertical-align:top;padding:0 8px 0 0\">" + image + "<br/>"
                    + Html.link(r.linkUrl(position), r.header()) + "</td>";
        }).collect(Collectors.joining());
        return "<table class=\"ztfkit-thumbnails\"><tr>" + cells + "</tr></table>";
    }

    @Override
    public String toString() {
        return "Thumbnails at " + position + ": " + releases.stream().map(r -> r.header() + " " + r.imageUrl(position))
                .collect(Collectors.joining(", "));
    }
}
