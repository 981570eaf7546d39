package org.ztfkit.images;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;

/**
 * The IRSA reference PSF-fit catalog of one field, band and CCD quadrant, where a DR object's reference magnitude
 * lives ({@code ref_mag = mag + MAGZP}; external-services.md §2.1). The archive root is {@code 000} for fields below
 * 1000 and {@code 001} above.
 *
 * <pre>{@code
 * ReferenceCatalogFile.of(Oid.of(633207400004730L)).path();
 * // ref/000/field000633/zr/ccd07/q4/ztf_000633_zr_c07_q4_refpsfcat.fits
 * }</pre>
 *
 * @param fieldId ZTF field
 * @param band    ZTF band
 * @param ccdId   CCD 1–16
 * @param qid     quadrant 1–4
 */
public record ReferenceCatalogFile(int fieldId, Band band, int ccdId, int qid) {
    public ReferenceCatalogFile {
        if (!band.isZtf()) {
            throw InvalidInputException.of("band", "ztf_g, ztf_r or ztf_i", band.id(), "");
        }
    }

    /** The catalog holding a DR object: its field, band and quadrant. */
    public static ReferenceCatalogFile of(Oid oid) {
        return new ReferenceCatalogFile(oid.fieldId(), oid.band(), oid.ccdId(), oid.qid());
    }

    /** The path below {@code products/}. */
    public String path() {
        String filter = band.ztfFilterCode();
        return String.format(Locale.ROOT, "ref/%s/field%06d/%s/ccd%02d/q%d/ztf_%06d_%s_c%02d_q%d_refpsfcat.fits",
                fieldId < 1000 ? "000" : "001", fieldId, filter, ccdId, qid, fieldId, filter, ccdId, qid);
    }

    /** The file at IRSA. */
    public String url() {
        return ZtfProducts.IRSA + path();
    }

    /** The file through the SNAD FITS proxy (the Viewer's source). */
    public String proxyUrl() {
        return ZtfProducts.SNAD_PROXY + path();
    }

    @Override
    public String toString() {
        return "ReferenceCatalogFile[" + path() + "]";
    }
}
