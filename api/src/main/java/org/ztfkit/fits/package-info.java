/**
 * FITS images as immutable {@link org.ztfkit.fits.Stamp}s: eager reading and writing (the only nom-tam-fits user,
 * {@link org.ztfkit.fits.FitsCodec}), gzip blobs for the store, TAN/TAN-SIP world coordinates
 * ({@link org.ztfkit.fits.Wcs}), sky anchors for WCS-less alert cutouts, and display scaling (zscale, asinh).
 */
package org.ztfkit.fits;
