package org.ztfkit.source;

import java.util.Locale;
import org.ztfkit.fits.Stamp;
import org.ztfkit.images.ScienceImage;
import org.ztfkit.sky.SkyPosition;

/**
 * A cutout of a ZTF science image around a position: the pixels and header as IRSA served them, and which image
 * (exposure, field, band, quadrant) they come from.
 *
 * <pre>{@code
 * ScienceStamp s = Ztf.online().object(633207400004730L).stamp(58250.31);
 * s.image().path();   // 2018/0512/305811/ztf_20180512305811_000633_zr_c07_o_q4_sciimg.fits
 * s.stamp().width();  // 63
 * }</pre>
 *
 * @param image  the science image
 * @param centre the cutout centre
 * @param sizePx the requested size, pixels
 * @param stamp  the pixels with their FITS header (and WCS)
 */
public record ScienceStamp(ScienceImage image, SkyPosition centre, int sizePx, Stamp stamp) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ScienceStamp[%s %dx%d px at %s]", image.fileName(), stamp.width(),
                stamp.height(), centre);
    }
}
