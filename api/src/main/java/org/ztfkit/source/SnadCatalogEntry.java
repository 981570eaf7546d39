package org.ztfkit.source;

import java.time.LocalDateTime;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/**
 * A row of the SNAD catalog of ZTF DR objects (external-services.md §8.3): candidates found by the SNAD team.
 * Numbers the catalog leaves empty are null.
 *
 * @param name             e.g. {@code SNAD101}
 * @param position         ICRS position, degrees
 * @param oid              the ZTF DR object
 * @param discoveryDateUt  discovery date (UT)
 * @param mag              magnitude at discovery
 * @param errDown          lower error of {@code mag}
 * @param errUp            upper error of {@code mag}
 * @param ref              reference magnitude
 * @param errRef           its error
 * @param tns              TNS name, e.g. {@code AT 2018lwh}
 * @param type             the SNAD type, e.g. {@code PSN}, {@code AGN}
 * @param comments         free text, often a ZTF alert name
 */
public record SnadCatalogEntry(
        String name,
        SkyPosition position,
        Oid oid,
        LocalDateTime discoveryDateUt,
        Double mag,
        Double errDown,
        Double errUp,
        Double ref,
        Double errRef,
        String tns,
        String type,
        String comments) {

    @Override
    public String toString() {
        return name + " (" + (tns == null ? "" : tns + ", ") + (type == null ? "" : type + ", ") + "OID " + oid + ", "
                + position + ")";
    }
}
