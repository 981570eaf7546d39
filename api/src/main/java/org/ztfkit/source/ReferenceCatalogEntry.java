package org.ztfkit.source;

import java.util.Locale;
import org.ztfkit.model.Oid;
import org.ztfkit.photometry.ReferenceMagnitude;

/**
 * The ZTF reference-catalog row of one DR object (external-services.md §2): what the SNAD Viewer shows as
 * {@code ref_mag}, {@code ref_magerr} and {@code ref_flags}.
 *
 * <pre>{@code
 * ReferenceCatalogEntry ref = store.referenceCatalog().references(List.of(obj.meta())).get(obj.oid());
 * ref.refMag();                                   // 20.839 for SNAD101 (−5.436 + MAGZP 26.275)
 * lc.withReference("633207400004730", ref.refMag(), ref.refMagErr());
 * }</pre>
 *
 * @param oid       the DR object
 * @param refMag    {@code mag + MAGZP}: the catalog's instrumental magnitude plus its quadrant's zero point
 * @param refMagErr {@code sigmag} (the zero-point scatter is not added)
 * @param refFlags  the row's {@code flags}
 * @param magzp     the quadrant's {@code MAGZP}
 * @param magzpRms  its {@code MAGZPRMS}
 * @param infobits  the quadrant's {@code INFOBITS}
 */
public record ReferenceCatalogEntry(Oid oid, double refMag, double refMagErr, int refFlags, double magzp,
                                    double magzpRms, int infobits) {
    /** The reference for difference photometry (seed 001 eqs. 3–4). */
    public ReferenceMagnitude magnitude() {
        return ReferenceMagnitude.of(refMag, refMagErr);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReferenceCatalogEntry[%s ref %.3f ± %.3f flags %d, MAGZP %.3f]", oid, refMag,
                refMagErr, refFlags, magzp);
    }
}
