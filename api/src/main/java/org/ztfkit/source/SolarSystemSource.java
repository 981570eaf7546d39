package org.ztfkit.source;

import java.util.List;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.sky.SkyPosition;

/**
 * Known solar-system objects near a position at one epoch (IMCCE SkyBoT, external-services.md §11). Online the
 * ephemerides are computed by the service; offline only recorded answers exist.
 */
public interface SolarSystemSource {
    /**
     * Every known solar-system object SkyBoT places within {@code radiusArcsec} of {@code center} at the observer
     * time {@code epochJdUtc} seen from the ZTF site (MPC code I41), rows of {@link org.ztfkit.catalog.Catalogs#SKYBOT}.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when the service fails, or offline when the answer was
     *                                                       never recorded
     */
    List<CatalogRow> solarSystemObjects(SkyPosition center, double epochJdUtc, double radiusArcsec);
}
