package org.ztfkit.fits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ztfkit.errors.InvalidInputException;

/**
 * Images stored as compressed blobs (design.md §3, seed 003): a stamp or FITS file ↔ the gzip bytes a database
 * {@code BLOB} column holds ({@code ztf_image.fits_gz}, {@code alert_cutout.data}). ZTF alert cutouts already
 * arrive gzipped and are stored as they are.
 *
 * <pre>{@code
 * byte[] blob = FitsBlobs.toBlob(stamp);      // gzip(FITS)
 * Stamp back = FitsBlobs.fromBlob(blob);       // same pixels and header cards
 * }</pre>
 */
public final class FitsBlobs {
    private FitsBlobs() {
    }

    /** The stamp as gzipped FITS. */
    public static byte[] toBlob(Stamp stamp) {
        return gzip(FitsCodec.write(stamp));
    }

    /** The stamp in a blob of gzipped (or plain) FITS. */
    public static Stamp fromBlob(byte[] blob) {
        return FitsCodec.read(blob);
    }

    /** True when {@code bytes} start with the gzip magic number {@code 1f 8b}. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /** gzip-compresses {@code bytes}. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Decompresses gzip bytes.
     *
     * @throws InvalidInputException if {@code gzipped} is not complete gzip data
     */
    public static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException("the blob is not complete gzip data (" + e.getMessage() + "): it may be"
                    + " truncated; fetch or store it again", e);
        }
    }
}
