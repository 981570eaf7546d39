package org.ztfkit.images;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/**
 * One ZTF science image (one CCD quadrant of one exposure) in IRSA's archive, and the links the SNAD Viewer builds
 * for it (external-services.md §3): the archive path, the full-file URL at IRSA and through the SNAD proxy, an IBE
 * cutout around a position, the product directory and a JS9 viewer link. Pure string building; fetching is the
 * caller's.
 *
 * <pre>{@code
 * ScienceImage img = ScienceImage.of(FileFracDay.parse("20190314432616"), 633, Band.ZTF_R, 27);
 * img.path();     // 2019/0314/432616/ztf_20190314432616_000633_zr_c07_o_q4_sciimg.fits
 * img.cutoutUrl(SkyPosition.of(247.45543, 24.77282), 64, true);
 * ScienceImage.fromFileName(candidate.pdiffimfilename().orElseThrow());   // the exposure of an alert
 * }</pre>
 *
 * @param fileFracDay the exposure start
 * @param fieldId     ZTF field, 1–1895
 * @param band        {@code ztf_g}, {@code ztf_r} or {@code ztf_i}
 * @param ccdId       CCD, 1–16
 * @param qid         quadrant, 1–4
 */
public record ScienceImage(FileFracDay fileFracDay, int fieldId, Band band, int ccdId, int qid) {
    private static final Pattern FILE_NAME =
            Pattern.compile("ztf_(\\d{14})_(\\d{6})_(z[gri])_c(\\d{2})_o_q(\\d)_");

    public ScienceImage {
        if (!band.isZtf()) {
            throw InvalidInputException.of("band", "ztf_g, ztf_r or ztf_i", band.id(), "");
        }
        if (fieldId < 1 || fieldId > Oid.MAX_FIELD) {
            throw InvalidInputException.of("fieldId", "in [1, " + Oid.MAX_FIELD + "]", fieldId, "");
        }
        if (ccdId < 1 || ccdId > 16 || qid < 1 || qid > 4) {
            throw InvalidInputException.of("CCD/quadrant", "CCD 1–16 and quadrant 1–4", ccdId + "/" + qid, "");
        }
    }

    /** The image of an exposure, field, band and read-out channel ({@code ccdid = ⌊rcid/4⌋ + 1}, {@code qid = rcid mod 4 + 1}). */
    public static ScienceImage of(FileFracDay fileFracDay, int fieldId, Band band, int rcid) {
        return new ScienceImage(fileFracDay, fieldId, band, Oid.ccdOfRcid(rcid), Oid.qidOfRcid(rcid));
    }

    /** The image of a DR object's field, band and quadrant at one exposure. */
    public static ScienceImage of(FileFracDay fileFracDay, Oid oid) {
        return new ScienceImage(fileFracDay, oid.fieldId(), oid.band(), oid.ccdId(), oid.qid());
    }

    /**
     * The image named in any ZTF product file name or path of the same exposure and quadrant, e.g. an alert's
     * {@code pdiffimfilename} {@code ztf_20231012433727_000505_zg_c01_o_q4_scimrefdiffimg.fits}.
     */
    public static ScienceImage fromFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!m.find()) {
            throw InvalidInputException.of("ZTF product file name", "ztf_{filefracday}_{field:06d}_{zg|zr|zi}"
                    + "_c{ccd:02d}_o_q{qid}_…", fileName, "");
        }
        return new ScienceImage(FileFracDay.parse(m.group(1)), Integer.parseInt(m.group(2)), Band.of(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    /** Read-out channel 0–63. */
    public int rcid() {
        return Oid.rcid(ccdId, qid);
    }

    /** {@code ztf_20190314432616_000633_zr_c07_o_q4_sciimg.fits}. */
    public String fileName() {
        return String.format(Locale.ROOT, "ztf_%s_%06d_%s_c%02d_o_q%d_sciimg.fits", fileFracDay, fieldId,
                band.ztfFilterCode(), ccdId, qid);
    }

    /** The path below {@code products/sci/}: {@code 2019/0314/432616/ztf_…_sciimg.fits}. */
    public String path() {
        return directory() + fileName();
    }

    private String directory() {
        String f = fileFracDay.toString();
        return f.substring(0, 4) + "/" + f.substring(4, 8) + "/" + f.substring(8) + "/";
    }

    /** The whole file at IRSA (about 38 MB). */
    public String url() {
        return ZtfProducts.IRSA + "sci/" + path();
    }

    /** The whole file through the SNAD FITS proxy. */
    public String proxyUrl() {
        return ZtfProducts.SNAD_PROXY + "sci/" + path();
    }

    /**
     * An IRSA IBE cutout of {@code sizePx}×{@code sizePx} pixels around {@code centre} (the Viewer asks for 449 px,
     * {@code gzip=false}, for its JS9 panel).
     */
    public String cutoutUrl(SkyPosition centre, int sizePx, boolean gzip) {
        return url() + cutoutQuery(centre, sizePx, gzip);
    }

    /** The IBE cutout parameters, {@code ?size=…pix&gzip=…&center=ra,dec}, to append to the file's URL at any mirror. */
    public static String cutoutQuery(SkyPosition centre, int sizePx, boolean gzip) {
        if (sizePx < 1 || sizePx > 3072) {
            throw InvalidInputException.of("sizePx", "in [1, 3072] (a quadrant is 3072×3080 px)", sizePx, "");
        }
        return "?size=" + sizePx + "pix&gzip=" + gzip + "&center=" + ZtfProducts.decimal(centre.ra()) + ","
                + ZtfProducts.decimal(centre.dec());
    }

    /** The exposure's product directory at the SNAD proxy (all products of the quadrant and its siblings). */
    public String productDirectoryUrl() {
        return ZtfProducts.SNAD_PROXY + "sci/" + directory();
    }

    /** The JS9 web viewer on the full file (through the proxy, which adds CORS), panned to {@code target}. */
    public String js9Url(SkyPosition target) {
        return "https://www.js9.org/js9.html?url=" + proxyUrl() + "&zoom=10&ra=" + ZtfProducts.decimal(target.ra())
                + "&dec=" + ZtfProducts.decimal(target.dec()) + "&scale=histeq&flip=y";
    }

    @Override
    public String toString() {
        return "ScienceImage[" + fileName() + "]";
    }
}
