package org.ztfkit.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.sky.SkyPosition;

/** The thumbnail links of a position: §15's URLs in the current releases, shown side by side. */
class ThumbnailLinksTest {
    static final SkyPosition P = SkyPosition.of(47.1080664, -8.0839276);

    @Test
    void eachSurveyInItsCurrentRelease() {
        ThumbnailLinks links = ThumbnailLinks.of(P, ThumbnailSurveys.standard());
        assertEquals(List.of(ThumbnailType.SDSS, ThumbnailType.LS, ThumbnailType.PS1),
                links.releases().stream().map(SurveyRelease::type).toList());
        assertEquals("https://www.legacysurvey.org/viewer/jpeg-cutout?ra=47.1080664&dec=-8.0839276&size=200"
                + "&layer=ls-dr10&pixscale=0.3&bands=griz", links.imageUrl(ThumbnailType.LS));
        assertEquals("https://ps1images.stsci.edu/cgi-bin/ps1cutouts?pos=47.1080664+-8.0839276&filter=color"
                + "&filter=g&filter=r&filter=i&filetypes=stack&size=240", links.imageUrl(ThumbnailType.PS1));
        ThumbnailLinks dr9 = ThumbnailLinks.of(P, ThumbnailSurveys.standard().withCurrent(ThumbnailSurveys.LS_DR9));
        assertTrue(dr9.imageUrl(ThumbnailType.LS).contains("layer=ls-dr9"), dr9.imageUrl(ThumbnailType.LS));
    }

    @Test
    void directSurveysAreImagesAndPanStarrsIsItsCutoutPage() {
        String html = ThumbnailLinks.of(P, ThumbnailSurveys.standard()).toHtml();
        assertEquals(2, html.split("<img ", -1).length - 1, "SDSS and Legacy Survey images");
        assertTrue(html.contains("<img src=\"https://www.legacysurvey.org/viewer/jpeg-cutout?ra=47.1080664&amp;"
                + "dec=-8.0839276&amp;size=200"), html);
        assertTrue(html.contains("href=\"https://ps1images.stsci.edu/cgi-bin/ps1cutouts?pos=47.1080664+-8.0839276"),
                html);
        assertTrue(html.contains(">LEGACY SURVEY DR10<"), html);
    }
}
