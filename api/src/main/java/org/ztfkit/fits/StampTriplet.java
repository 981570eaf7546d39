package org.ztfkit.fits;

/**
 * The three images of a difference-imaging detection, shown side by side: the new science image, the reference
 * (template) it was compared with, and their difference.
 *
 * <pre>{@code
 * StampTriplet t = packet.cutouts();
 * t.science().pixelOf(packet.candidate().position());   // Optional[(31.000, 31.000) px]
 * }</pre>
 *
 * @param science    the new image
 * @param reference  the reference (template) image
 * @param difference science − reference, PSF-matched
 */
public record StampTriplet(Stamp science, Stamp reference, Stamp difference) {
    @Override
    public String toString() {
        return "StampTriplet[science " + science + " | reference " + reference + " | difference " + difference + "]";
    }
}
