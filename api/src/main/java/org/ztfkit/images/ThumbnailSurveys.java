package org.ztfkit.images;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/**
 * SkyPortal's survey thumbnails with the survey releases as data (external-services.md §15): which release of each
 * survey is current, its URL templates, and how stored thumbnails move to a new release. Immutable; a new release is
 * registered with {@link #withCurrent}, as SkyPortal moved from Legacy Survey DR9 to DR10 on 2025-05-03.
 *
 * <pre>{@code
 * ThumbnailSurveys surveys = ThumbnailSurveys.standard();
 * surveys.thumbnail(position, ThumbnailType.LS);            // ls-dr10 JPEG cutout URL
 * String page = surveys.current(ThumbnailType.PS1).imageUrl(position);   // fetch it, then:
 * surveys.fromLookupPage(position, html);                   // the PS1 image, or a placeholder
 * ThumbnailUpdate u = surveys.update(stored);               // DR9 records rewritten to DR10, with counts
 * }</pre>
 */
public final class ThumbnailSurveys {
    /** SkyPortal: the first image link of the PS1 cutout page, protocol-relative. */
    private static final Pattern PS1_IMAGE = Pattern.compile("src=\"(//ps1images\\.stsci\\.edu.*?)\"");
    private static final String PS1_NOTHING = "No PS1 3PI images were found";

    /** SDSS DR18 JPEG, 0.3″/px × 200 px with grid overlay. */
    public static final SurveyRelease SDSS_DR18 = new SurveyRelease(ThumbnailType.SDSS, "dr18",
            "https://skyserver.sdss.org/dr18/SkyServerWS/ImgCutout/getjpeg?TaskName=SkyServer.Chart.List"
                    + "&ra={ra}&dec={dec}&scale=0.3&width=200&height=200&opt=G&query=&Grid=on",
            "https://skyserver.sdss.org/dr16/en/tools/chart/navi.aspx?opt=G&ra={ra}&dec={dec}&scale=0.25",
            "SDSS DR18");
    /** Legacy Survey DR9, g r z: SkyPortal's release until 2025-05-03. */
    public static final SurveyRelease LS_DR9 = new SurveyRelease(ThumbnailType.LS, "ls-dr9",
            "https://www.legacysurvey.org/viewer/jpeg-cutout?ra={ra}&dec={dec}&size=200&layer=ls-dr9&pixscale=0.3"
                    + "&bands=grz",
            "https://www.legacysurvey.org/viewer?ra={ra}&dec={dec}&layer=ls-dr9&zoom=16&mark={ra},{dec}",
            "LEGACY SURVEY DR9");
    /** Legacy Survey DR10, g r i z, 0.3″/px × 200 px. */
    public static final SurveyRelease LS_DR10 = new SurveyRelease(ThumbnailType.LS, "ls-dr10",
            "https://www.legacysurvey.org/viewer/jpeg-cutout?ra={ra}&dec={dec}&size=200&layer=ls-dr10&pixscale=0.3"
                    + "&bands=griz",
            "https://www.legacysurvey.org/viewer?ra={ra}&dec={dec}&layer=ls-dr10&photoz-dr9&zoom=16&mark={ra},{dec}",
            "LEGACY SURVEY DR10");
    /** Pan-STARRS1 3π stacks: the lookup page (g/r/i colour, 0.25″/px × 240 px); the image link is read from it. */
    public static final SurveyRelease PS1_3PI = new SurveyRelease(ThumbnailType.PS1, "ps1-3pi",
            "https://ps1images.stsci.edu/cgi-bin/ps1cutouts?pos={ra}+{dec}&filter=color&filter=g&filter=r&filter=i"
                    + "&filetypes=stack&size=240",
            "https://ps1images.stsci.edu/cgi-bin/ps1cutouts?pos={ra}+{dec}&filter=color&filter=g&filter=r&filter=i"
                    + "&filter=z&filter=y&filetypes=stack&auxiliary=data&size=240&output_size=0&verbose=0"
                    + "&autoscale=99.500000&catlist=",
            "PANSTARRS DR2");

    private final Map<ThumbnailType, SurveyRelease> current;

    private ThumbnailSurveys(Map<ThumbnailType, SurveyRelease> current) {
        this.current = current;
    }

    /** SDSS DR18, Legacy Survey DR10 and Pan-STARRS1 3π, as SkyPortal builds them today. */
    public static ThumbnailSurveys standard() {
        Map<ThumbnailType, SurveyRelease> map = new EnumMap<>(ThumbnailType.class);
        for (SurveyRelease r : List.of(SDSS_DR18, LS_DR10, PS1_3PI)) {
            map.put(r.type(), r);
        }
        return new ThumbnailSurveys(map);
    }

    /** A copy in which {@code release} is its survey's current release. */
    public ThumbnailSurveys withCurrent(SurveyRelease release) {
        Map<ThumbnailType, SurveyRelease> map = new EnumMap<>(current);
        map.put(release.type(), release);
        return new ThumbnailSurveys(map);
    }

    /** The current release of a survey. */
    public SurveyRelease current(ThumbnailType type) {
        return current.get(type);
    }

    /**
     * The thumbnail of a survey whose URL is built directly (SDSS, Legacy Survey).
     *
     * @throws InvalidInputException for PS1, whose image link must be read from its lookup page
     */
    public Thumbnail thumbnail(SkyPosition position, ThumbnailType type) {
        if (type.needsLookup()) {
            throw InvalidInputException.of("thumbnail type", "sdss or ls (built directly)", type.id(),
                    "ps1 needs two steps: fetch current(PS1).imageUrl(position), then fromLookupPage(position, html)");
        }
        SurveyRelease release = current(type);
        return Thumbnail.of(position, release, release.imageUrl(position));
    }

    /**
     * The PS1 thumbnail read from its lookup page, as SkyPortal reads it: the first {@code src="//ps1images…"} link
     * with {@code https:} in front ({@code &amp;} decoded); else the {@code outside_survey} placeholder if the page
     * says no 3π image covers the position; else {@code unavailable}.
     */
    public Thumbnail fromLookupPage(SkyPosition position, String html) {
        SurveyRelease release = current(ThumbnailType.PS1);
        Matcher m = PS1_IMAGE.matcher(html);
        if (m.find()) {
            return Thumbnail.of(position, release, "https:" + m.group(1).replace("&amp;", "&"));
        }
        return placeholder(position, html.contains(PS1_NOTHING) ? Thumbnail.OUTSIDE_SURVEY : Thumbnail.UNAVAILABLE);
    }

    /** The PS1 placeholder for a lookup that failed (timeout, HTTP error): to be retried later. */
    public Thumbnail unavailable(SkyPosition position) {
        return placeholder(position, Thumbnail.UNAVAILABLE);
    }

    private Thumbnail placeholder(SkyPosition position, String kind) {
        SurveyRelease release = current(ThumbnailType.PS1);
        return new Thumbnail(position, ThumbnailType.PS1, release.release(), release.imageUrl(position),
                Optional.of(kind));
    }

    /**
     * Moves stored thumbnails to the current releases (SkyPortal's {@code ls_dr9_to_dr10.py}, generalised).
     * Thumbnails already current are kept; those of an older release of a directly built survey get the current
     * release's URL for their position (their stored image is then stale); a rewritten thumbnail that duplicates one
     * already current is dropped; those of a survey that needs a lookup are kept unchanged and listed for
     * re-fetching. Order is kept.
     */
    public ThumbnailUpdate update(Collection<Thumbnail> stored) {
        Map<List<Object>, Thumbnail> kept = new LinkedHashMap<>();
        for (Thumbnail t : stored) {
            if (t.release().equals(current(t.type()).release())) {
                kept.putIfAbsent(key(t), t);
            }
        }
        int alreadyCurrent = kept.size();
        List<Thumbnail> result = new ArrayList<>();
        List<Thumbnail> toRefetch = new ArrayList<>();
        Map<String, Integer> rewritten = new LinkedHashMap<>();
        int dropped = 0;
        for (Thumbnail t : stored) {
            SurveyRelease release = current(t.type());
            if (t.release().equals(release.release())) {
                if (kept.get(key(t)) == t) {
                    result.add(t);
                } else {
                    dropped++;
                }
            } else if (t.type().needsLookup()) {
                toRefetch.add(t);
                result.add(t);
            } else {
                Thumbnail moved = Thumbnail.of(t.position(), release, release.imageUrl(t.position()));
                if (kept.putIfAbsent(key(moved), moved) == null) {
                    result.add(moved);
                    rewritten.merge(t.type() + ": " + t.release() + " → " + release.release(), 1, Integer::sum);
                } else {
                    dropped++;
                }
            }
        }
        return new ThumbnailUpdate(result, stored.size(), rewritten, alreadyCurrent, dropped, toRefetch);
    }

    private static List<Object> key(Thumbnail t) {
        return List.of(t.position(), t.type(), t.release());
    }

    @Override
    public String toString() {
        return "ThumbnailSurveys[" + current.values().stream().map(r -> r.type() + " " + r.release())
                .collect(Collectors.joining(", ")) + "]";
    }
}
