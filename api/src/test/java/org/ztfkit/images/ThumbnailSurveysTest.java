package org.ztfkit.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/** SkyPortal's thumbnail builders (external-services.md §15) and the LS DR9 → DR10 update of seed 000. */
class ThumbnailSurveysTest {
    static final SkyPosition P = SkyPosition.of(47.1080664, -8.0839276);
    static final SkyPosition Q = SkyPosition.of(201.623564, 36.008657);
    static final ThumbnailSurveys SURVEYS = ThumbnailSurveys.standard();

    @Test
    void directUrlsFollowSection15() {
        assertEquals("https://skyserver.sdss.org/dr18/SkyServerWS/ImgCutout/getjpeg?TaskName=SkyServer.Chart.List"
                + "&ra=47.1080664&dec=-8.0839276&scale=0.3&width=200&height=200&opt=G&query=&Grid=on",
                SURVEYS.thumbnail(P, ThumbnailType.SDSS).url());
        Thumbnail ls = SURVEYS.thumbnail(P, ThumbnailType.LS);
        assertEquals("https://www.legacysurvey.org/viewer/jpeg-cutout?ra=47.1080664&dec=-8.0839276&size=200"
                + "&layer=ls-dr10&pixscale=0.3&bands=griz", ls.url());
        assertEquals("ls-dr10", ls.release());
        assertEquals("https://www.legacysurvey.org/viewer?ra=47.1080664&dec=-8.0839276&layer=ls-dr10&photoz-dr9"
                + "&zoom=16&mark=47.1080664,-8.0839276", SURVEYS.current(ThumbnailType.LS).linkUrl(P));
        assertEquals("LEGACY SURVEY DR10", SURVEYS.current(ThumbnailType.LS).header());
        assertEquals("https://ps1images.stsci.edu/cgi-bin/ps1cutouts?pos=47.1080664+-8.0839276&filter=color"
                + "&filter=g&filter=r&filter=i&filetypes=stack&size=240",
                SURVEYS.current(ThumbnailType.PS1).imageUrl(P));
    }

    @Test
    void ps1IsTwoStep() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SURVEYS.thumbnail(P, ThumbnailType.PS1));
        assertTrue(e.getMessage().contains("fromLookupPage"), e.getMessage());
    }

    @Test
    void ps1ImageIsTheFirstStampLinkOfThePage() {
        String html = "<html><td><img src=\"/images/logo.png\"></td>"
                + "<td><img src=\"//ps1images.stsci.edu/cgi-bin/fitscut.cgi?red=/rings.v3.skycell/1.fits&amp;"
                + "green=/rings.v3.skycell/2.fits&amp;size=240\" width=240></td>"
                + "<td><img src=\"//ps1images.stsci.edu/cgi-bin/fitscut.cgi?second\"></td></html>";
        Thumbnail t = SURVEYS.fromLookupPage(P, html);
        assertEquals("https://ps1images.stsci.edu/cgi-bin/fitscut.cgi?red=/rings.v3.skycell/1.fits&"
                + "green=/rings.v3.skycell/2.fits&size=240", t.url());
        assertTrue(t.hasImage());
        assertEquals("ps1-3pi", t.release());
    }

    @Test
    void ps1PlaceholdersKeepTheLookupPageForRetry() {
        Thumbnail outside = SURVEYS.fromLookupPage(P, "<p>No PS1 3PI images were found at position</p>");
        assertEquals(Optional.of("outside_survey"), outside.placeholder());
        assertEquals(SURVEYS.current(ThumbnailType.PS1).imageUrl(P), outside.url());
        assertEquals(Optional.of("unavailable"), SURVEYS.fromLookupPage(P, "<html>Service Unavailable</html>")
                .placeholder());
        assertEquals(Optional.of("unavailable"), SURVEYS.unavailable(P).placeholder());
    }

    @Test
    void storedDr9ThumbnailsMoveToDr10() {
        SurveyRelease dr9 = ThumbnailSurveys.LS_DR9;
        Thumbnail oldP = Thumbnail.of(P, dr9, dr9.imageUrl(P));
        Thumbnail oldQ = Thumbnail.of(Q, dr9, dr9.imageUrl(Q));
        Thumbnail newQ = SURVEYS.thumbnail(Q, ThumbnailType.LS);
        Thumbnail sdss = SURVEYS.thumbnail(P, ThumbnailType.SDSS);
        Thumbnail ps1 = SURVEYS.fromLookupPage(P, "<img src=\"//ps1images.stsci.edu/x.jpg\">");
        assertTrue(oldP.url().contains("layer=ls-dr9") && oldP.url().endsWith("bands=grz"), oldP.url());

        ThumbnailUpdate u = SURVEYS.update(List.of(oldP, sdss, oldQ, newQ, ps1));
        assertEquals(5, u.examined());
        assertEquals(Map.of("ls: ls-dr9 → ls-dr10", 1), u.rewritten());
        assertEquals(3, u.alreadyCurrent());
        assertEquals(1, u.duplicatesDropped(), "Q already had a DR10 thumbnail");
        assertEquals(List.of(), u.toRefetch());
        assertEquals(List.of(SURVEYS.thumbnail(P, ThumbnailType.LS), sdss, newQ, ps1), u.thumbnails());
        assertEquals("https://www.legacysurvey.org/viewer/jpeg-cutout?ra=47.1080664&dec=-8.0839276&size=200"
                + "&layer=ls-dr10&pixscale=0.3&bands=griz", u.thumbnails().get(0).url());
    }

    @Test
    void aNewReleaseRegisteredAsDataMovesEverythingAgain() {
        SurveyRelease dr11 = new SurveyRelease(ThumbnailType.LS, "ls-dr11",
                "https://www.legacysurvey.org/viewer/jpeg-cutout?ra={ra}&dec={dec}&size=200&layer=ls-dr11"
                        + "&pixscale=0.3&bands=griz",
                "https://www.legacysurvey.org/viewer?ra={ra}&dec={dec}&layer=ls-dr11&zoom=16", "LEGACY SURVEY DR11");
        ThumbnailSurveys next = SURVEYS.withCurrent(dr11);
        ThumbnailUpdate u = next.update(List.of(SURVEYS.thumbnail(P, ThumbnailType.LS),
                Thumbnail.of(Q, ThumbnailSurveys.LS_DR9, ThumbnailSurveys.LS_DR9.imageUrl(Q))));
        assertEquals(Map.of("ls: ls-dr10 → ls-dr11", 1, "ls: ls-dr9 → ls-dr11", 1), u.rewritten());
        assertEquals(2, u.rewrittenCount());
        assertTrue(u.thumbnails().stream().allMatch(t -> t.release().equals("ls-dr11") && t.url().contains("ls-dr11")));
        assertEquals("ls-dr10", SURVEYS.current(ThumbnailType.LS).release(), "the standard registry is unchanged");
    }

    @Test
    void aNewPs1ReleaseListsLookupsToRefetch() {
        SurveyRelease dr3 = new SurveyRelease(ThumbnailType.PS1, "ps1-dr3", "https://example.org/ps1?pos={ra}+{dec}",
                "https://example.org/ps1?pos={ra}+{dec}", "PANSTARRS DR3");
        Thumbnail stored = SURVEYS.fromLookupPage(P, "<img src=\"//ps1images.stsci.edu/x.jpg\">");
        ThumbnailUpdate u = SURVEYS.withCurrent(dr3).update(List.of(stored));
        assertEquals(List.of(stored), u.toRefetch());
        assertEquals(List.of(stored), u.thumbnails());
        assertEquals(0, u.rewrittenCount());
    }
}
