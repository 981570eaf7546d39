package org.ztfkit.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.features.Features;
import org.ztfkit.fits.Stamp;
import org.ztfkit.fits.StampTriplet;
import org.ztfkit.images.ThumbnailLinks;
import org.ztfkit.kb.History;
import org.ztfkit.kb.KnowledgeBase;
import org.ztfkit.kb.ObjectRecord;
import org.ztfkit.kb.TagList;
import org.ztfkit.lightcurve.FoldedLightCurve;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.period.Periodogram;
import org.ztfkit.plot.Plot;
import org.ztfkit.progress.ProgressState;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.summary.ObjectSummary;
import org.ztfkit.vo.ColumnMeta;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The kernel-independent MIME bundles of every ztfkit type, on the demo sky's SNAD101 (633207400004730). */
class DisplaysTest {
    static Ztf ztf;
    static ZtfObject obj;

    @BeforeAll
    static void open() {
        ztf = Ztf.embedded();
        obj = ztf.object(633207400004730L);
    }

    @AfterAll
    static void close() {
        ztf.close();
    }

    static MimeBundle bundle(Object value) {
        return Displays.standard().bundle(value).orElseThrow(() -> new AssertionError("no display for " + value));
    }

    @Test
    void everyTypeHasItsToStringAsPlainText() {
        LightCurve lc = obj.lightCurve();
        List<Object> values = List.of(obj, obj.meta(), lc, lc.fold(0.5), lc.plot(), obj.neighbours(1.5),
                VoTable.of(obj.neighbours(1.5)), new ProgressState("t", 1, 2, "", Duration.ZERO, false));
        for (Object v : values) {
            assertEquals(v.toString(), bundle(v).get(MimeBundle.TEXT).orElseThrow(), v.getClass().getSimpleName());
        }
        assertEquals(List.of(ZtfObject.class, ObjectMeta.class, LightCurve.class, FoldedLightCurve.class, Plot.class,
                Table.class, VoTable.class, ProgressState.class, Periodogram.class, Features.class, Stamp.class,
                StampTriplet.class, ObjectRecord.class, History.class, TagList.class, ObjectSummary.class, XmatchReport.class,
                XmatchResult.class, ThumbnailLinks.class), Displays.standard().types());
    }

    @Test
    void theObjectCardShowsTheFactsThePlotAndTheViewerLink() throws IOException {
        String html = bundle(obj).get(MimeBundle.HTML).orElseThrow();
        assertTrue(html.contains("ZTF 633207400004730"), "header");
        assertTrue(html.contains("href=\"https://ztf.snad.space/dr13/view/633207400004730\""), "Viewer link");
        assertTrue(html.contains(">" + obj.meta().ngoodobs() + " good of " + obj.meta().nobs() + ", over "),
                "the epoch counts from the metadata");
        assertTrue(html.contains(">247.455430°, +24.772820°<"), "RA and Dec in degrees");
        assertTrue(html.contains(">16:29:49.303 +24:46:22.15<"), "and sexagesimal");
        assertTrue(html.contains(">l, b<"), "galactic position added");
        BufferedImage plot = firstPng(html);
        assertEquals(ObjectCard.PLOT_WIDTH_PX, plot.getWidth());
        assertEquals(ObjectCard.PLOT_HEIGHT_PX, plot.getHeight());
        assertTrue(html.contains(">ztf_r</td><td style=\"" + Html.CELL_STYLE + "\">" + obj.lightCurve().size() + "<"),
                "the per-band summary counts the light curve's epochs");
        assertTrue(html.contains(obj.summary().toHtml()), "the object summary under the plot");
    }

    @Test
    void summariesAndCrossMatchesAreTheirOwnHtml() {
        ObjectSummary summary = obj.summary();
        assertEquals(summary.toHtml(), bundle(summary).get(MimeBundle.HTML).orElseThrow());
        assertTrue(summary.toHtml().contains("Summary</b> of 633207400004730"), summary.toHtml());
        XmatchReport report = obj.xmatch();
        assertEquals(report.toHtml(), bundle(report).get(MimeBundle.HTML).orElseThrow());
        XmatchResult vsx = obj.xmatch("vsx");
        assertEquals(vsx.toHtml(), bundle(vsx).get(MimeBundle.HTML).orElseThrow());
        assertEquals(summary.toString(), bundle(summary).get(MimeBundle.TEXT).orElseThrow());
        ThumbnailLinks thumbnails = obj.thumbnails();
        assertEquals(thumbnails.toHtml(), bundle(thumbnails).get(MimeBundle.HTML).orElseThrow());
    }

    static BufferedImage firstPng(String html) throws IOException {
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(m.find(), "an inline PNG");
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
    }

    @Test
    void plotsArePngsAndLightCurvesArePlotsWithASummary() throws IOException {
        Plot plot = obj.lightCurve().plot().size(400, 300);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                bundle(plot).get(MimeBundle.PNG).orElseThrow())));
        assertEquals(400, png.getWidth());
        String folded = bundle(obj.lightCurve().fold(0.5)).get(MimeBundle.HTML).orElseThrow();
        assertEquals(LightCurveView.PLOT_WIDTH_PX, firstPng(folded).getWidth());
        assertTrue(folded.contains("P = 0.5 days"), "the fold's title names the period");
        assertTrue(bundle(LightCurve.empty()).get(MimeBundle.HTML).orElseThrow().contains("no epochs"));
    }

    @Test
    void periodogramsAndStampsArePngsFeaturesAndKnowledgeBaseRecordsAreHtml() throws IOException {
        LightCurve lc = obj.lightCurve();
        Periodogram pg = lc.periodogram();
        assertEquals(Plot.DEFAULT_WIDTH_PX, png(bundle(pg)).getWidth());
        float[][] pixels = new float[20][20];
        pixels[10][10] = 5;
        assertTrue(png(bundle(Stamp.of(pixels))).getWidth() >= 20, "zoomed stamp");
        Features f = lc.features();
        String html = bundle(f).get(MimeBundle.HTML).orElseThrow();
        assertTrue(html.contains(">" + f.names().get(0) + "</span> " + Html.number(f.values()[0]) + "<"), html);
        try (KnowledgeBase kb = KnowledgeBase.inMemory().as("alice")) {
            kb.defineTag("SN", "supernova");
            kb.annotate(633207400004730L).tags("SN").description("SNAD101").save();
            ObjectRecord record = kb.object(633207400004730L).orElseThrow();
            assertEquals(record.toHtml(), bundle(record).get(MimeBundle.HTML).orElseThrow());
            assertEquals(kb.tags().toHtml(), bundle(kb.tags()).get(MimeBundle.HTML).orElseThrow());
        }
    }

    static BufferedImage png(MimeBundle b) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b.get(MimeBundle.PNG).orElseThrow())));
    }

    @Test
    void tablesShowTwentyRowsAndCountTheRest() {
        StringColumn name = StringColumn.create("name");
        DoubleColumn ra = DoubleColumn.create("ra");
        for (int i = 0; i < 25; i++) {
            name.append(i == 0 ? "<b>&" : "row " + i);
            ra.append(247.455437730972 + i);
        }
        Table t = Table.create("cone", name, ra);
        String html = bundle(t).get(MimeBundle.HTML).orElseThrow();
        assertEquals(TableView.ROW_LIMIT, count(html, "<tr>") - 1, "header row + 20 rows");
        assertTrue(html.contains("… 5 more rows"));
        assertTrue(html.contains("&lt;b&gt;&amp;"), "cells are escaped");
        assertTrue(html.contains(">247.45544<"), "eight significant digits");
        assertTrue(html.contains(">double</span>"), "column types under the names");
        assertTrue(html.contains("25 rows × 2 columns"));
        assertFalse(bundle(t.first(3)).get(MimeBundle.HTML).orElseThrow().contains("more row"));
    }

    @Test
    void voTablesShowUnitsAndUcdsInTheHeaders() {
        Table t = Table.create("gaia", DoubleColumn.create("ra", 247.45543), DoubleColumn.create("phot_g_mean_mag",
                17.2));
        VoTable vo = VoTable.of(t).withColumn(ColumnMeta.of("ra", "double").withUnit("deg").withUcd("pos.eq.ra")
                .withDescription("Right ascension"));
        String html = bundle(vo).get(MimeBundle.HTML).orElseThrow();
        assertTrue(html.contains("title=\"pos.eq.ra — Right ascension\">ra<br/><span style=\"font-weight:normal;"
                + "color:#666\">[deg]</span>"), html);
        assertTrue(html.contains(">phot_g_mean_mag</th>"), "no unit, no subheading");
    }

    @Test
    void progressBarsAreHtmlProgressElements() {
        String known = bundle(new ProgressState("features", 40, 100, "", Duration.ofSeconds(3), false))
                .get(MimeBundle.HTML).orElseThrow();
        assertTrue(known.contains("<progress value=\"0.4000\" max=\"1\""), known);
        assertTrue(known.contains("features 40/100 (40%), 3.0 s"), known);
        String unknown = bundle(new ProgressState("Gaia query", 0, 0, "EXECUTING", Duration.ofSeconds(2), false))
                .get(MimeBundle.HTML).orElseThrow();
        assertTrue(unknown.contains("<progress style="), "indeterminate: no value");
        assertTrue(unknown.contains("Gaia query EXECUTING, 2.0 s"), unknown);
    }

    @Test
    void aValueGetsTheDisplayOfItsNearestRegisteredType() {
        Displays d = Displays.standard().with(CharSequence.class, s -> MimeBundle.text(s).withHtml("<i>" + s + "</i>"))
                .with(Object.class, o -> MimeBundle.text("anything"));
        assertEquals("<i>abc</i>", d.bundle("abc").orElseThrow().get(MimeBundle.HTML).orElseThrow());
        assertEquals("anything", d.bundle(42).orElseThrow().get(MimeBundle.TEXT).orElseThrow());
        assertEquals(Object.class, d.types().get(d.types().size() - 1), "supertypes after their subtypes");
        assertTrue(Displays.standard().bundle(42).isEmpty(), "other values are left to the kernel");
    }

    @Test
    void notebookProgressShowsOneDisplayAndUpdatesIt() {
        List<String> calls = new ArrayList<>();
        var display = new NotebookProgressDisplay(new NotebookOutput() {
            @Override
            public String display(Object value) {
                calls.add("display " + value);
                return "id-1";
            }

            @Override
            public void update(String displayId, Object value) {
                calls.add("update " + displayId + " " + ((ProgressState) value).done());
            }
        });
        var view = display.show(new ProgressState("t", 0, 2, "", Duration.ZERO, false));
        view.update(new ProgressState("t", 2, 2, "", Duration.ZERO, true));
        assertEquals(List.of("display t 0/2 (0%), 0.0 s", "update id-1 2"), calls);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
