package org.ztfkit.fits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.ImageData;
import nom.tam.fits.ImageHDU;
import nom.tam.util.Cursor;
import nom.tam.util.FitsOutputStream;
import org.ztfkit.errors.InvalidInputException;

/**
 * FITS image bytes ↔ {@link Stamp}: the only place ztfkit uses nom-tam-fits. Reads are eager (the whole image is in
 * the stamp before the stream closes), accept gzip, and repair the non-standard {@code SIMPLE  =  T} card of ZTF
 * alert cutouts in a copy of the bytes ({@link #nonStandardCards(byte[])}); nom-tam-fits' JVM-wide
 * {@code FitsFactory} settings are never touched. The first HDU with a 2-D image is read (the primary HDU, or the
 * first image extension when the primary has no data).
 *
 * <pre>{@code
 * Stamp s = FitsCodec.read(Path.of("cutoutScience.fits.gz"));
 * byte[] fits = FitsCodec.write(s);        // 32-bit float FITS with s's header cards
 * FitsCodec.read(fits);                    // the same pixels and cards
 * }</pre>
 */
public final class FitsCodec {
    /** Structure keywords that {@link #write(Stamp)} sets itself rather than copying from the stamp's header. */
    private static final Set<String> STRUCTURAL = Set.of("SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "EXTEND",
            "BZERO", "BSCALE", "BLANK", "PCOUNT", "GCOUNT", "XTENSION", "END");

    private FitsCodec() {
    }

    /**
     * Reads an image from FITS bytes, gzipped or not.
     *
     * @throws InvalidInputException if the bytes are not a FITS file with a 2-D image, naming what is wrong
     */
    public static Stamp read(byte[] fitsOrGzip) {
        byte[] fits = FixedFormat.repaired(FitsBlobs.isGzip(fitsOrGzip) ? FitsBlobs.gunzip(fitsOrGzip) : fitsOrGzip);
        String start = new String(fits, 0, Math.min(fits.length, 40), StandardCharsets.US_ASCII);
        if (!start.startsWith("SIMPLE")) {
            throw InvalidInputException.of("FITS bytes", "a FITS file (it starts with the SIMPLE card)",
                    start.replaceAll("[^\\x20-\\x7e]", "?").strip() + "…",
                    "the source may have answered with an error page instead of the image");
        }
        try (Fits file = new Fits(new ByteArrayInputStream(fits))) {
            for (BasicHDU<?> hdu = file.readHDU(); hdu != null; hdu = file.readHDU()) {
                if (hdu instanceof ImageHDU image && image.getAxes() != null && image.getAxes().length > 0) {
                    return toStamp(image);
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("the bytes are not a readable FITS image (" + e.getMessage() + "): check"
                    + " that the file is complete and is FITS or gzipped FITS", e);
        }
        throw new InvalidInputException("the FITS file holds no image HDU: ztfkit reads 2-D images (tables and"
                + " tile-compressed .fz images are not stamps; decompress .fz files with funpack first)");
    }

    /** Reads an image from a FITS or gzipped FITS file. */
    public static Stamp read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidInputException("FITS file " + file + " cannot be read (" + e.getMessage() + "): check the"
                    + " path", e);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The primary-header cards of {@code fits} (plain bytes, not gzip) that break the FITS fixed format a strict
     * reader requires, e.g. {@code SIMPLE  =  T} of ZTF alert cutouts; empty for a standard file. {@link #read}
     * repairs them.
     */
    public static List<String> nonStandardCards(byte[] fits) {
        return FixedFormat.violations(fits);
    }

    /**
     * The stamp as a FITS file: 32-bit float pixels, NaN where the stamp has NaN, then the stamp's header cards
     * except the structural ones ({@code BITPIX}, {@code NAXIS*}, {@code BZERO}, {@code BSCALE}, {@code BLANK}, …).
     */
    public static byte[] write(Stamp stamp) {
        try {
            ImageData data = ImageHDU.encapsulate(stamp.pixels());
            Header header = ImageHDU.manufactureHeader(data);
            for (FitsCard card : stamp.header().cards()) {
                if (card.isCommentary()) {
                    header.insertCommentStyle(card.keyword(), (String) card.value());
                } else if (!STRUCTURAL.contains(card.keyword())) {
                    addValue(header, card);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Fits file = new Fits(); FitsOutputStream stream = new FitsOutputStream(out)) {
                file.addHDU(new ImageHDU(header, data));
                file.write(stream);
            }
            return out.toByteArray();
        } catch (FitsException | IOException e) {
            throw new InvalidInputException("the stamp cannot be written as FITS (" + e.getMessage() + "): a header"
                    + " card may be invalid; keywords are at most 8 characters of A–Z, 0–9, '-' and '_'", e);
        }
    }

    private static void addValue(Header header, FitsCard card) throws FitsException {
        Object value = card.value();
        if (value instanceof Boolean b) {
            header.addValue(card.keyword(), b, card.comment());
        } else if (value instanceof Number n) {
            header.addValue(card.keyword(), n, card.comment());
        } else {
            header.addValue(card.keyword(), (String) value, card.comment());
        }
    }

    private static Stamp toStamp(ImageHDU hdu) throws FitsException {
        int[] axes = hdu.getAxes();
        if (axes.length != 2) {
            throw new InvalidInputException("the FITS image has " + axes.length + " axes; ztfkit stamps are 2-D images"
                    + " (NAXIS = 2): take one plane with astropy first");
        }
        Header header = hdu.getHeader();
        double bzero = header.getDoubleValue("BZERO", 0.0);
        double bscale = header.getDoubleValue("BSCALE", 1.0);
        Long blank = header.containsKey("BLANK") ? header.getLongValue("BLANK") : null;
        return Stamp.of(physical(hdu.getKernel(), axes[0], axes[1], bzero, bscale, blank), headerOf(header));
    }

    private static float[][] physical(Object kernel, int height, int width, double bzero, double bscale, Long blank) {
        float[][] out = new float[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y][x] = (float) value(kernel, y, x, bzero, bscale, blank);
            }
        }
        return out;
    }

    private static double value(Object kernel, int y, int x, double bzero, double bscale, Long blank) {
        long raw;
        if (kernel instanceof float[][] f) {
            return bzero + bscale * f[y][x];
        } else if (kernel instanceof double[][] d) {
            return bzero + bscale * d[y][x];
        } else if (kernel instanceof byte[][] b) {
            raw = b[y][x] & 0xFF;
        } else if (kernel instanceof short[][] s) {
            raw = s[y][x];
        } else if (kernel instanceof int[][] i) {
            raw = i[y][x];
        } else if (kernel instanceof long[][] l) {
            raw = l[y][x];
        } else {
            throw new InvalidInputException("unsupported FITS pixel type " + kernel.getClass().getSimpleName());
        }
        return blank != null && raw == blank ? Double.NaN : bzero + bscale * raw;
    }

    private static FitsHeader headerOf(Header header) {
        List<FitsCard> cards = new ArrayList<>();
        for (Cursor<String, HeaderCard> it = header.iterator(); it.hasNext(); ) {
            HeaderCard card = it.next();
            String key = card.getKey() == null ? "" : card.getKey();
            if (key.equals("END")) {
                continue;
            }
            if (card.isCommentStyleCard()) {
                String text = card.getComment() == null ? "" : card.getComment();
                cards.add(new FitsCard(key, text, ""));
            } else {
                cards.add(new FitsCard(key, typedValue(card), card.getComment()));
            }
        }
        return FitsHeader.of(cards);
    }

    private static Object typedValue(HeaderCard card) {
        String text = card.getValue() == null ? "" : card.getValue();
        if (card.isStringValue()) {
            return text.stripTrailing();
        }
        Class<?> type = card.valueType();
        if (type == Boolean.class) {
            return card.getValue(Boolean.class, false);
        }
        if (card.isIntegerType()) {
            BigInteger big = card.getValue(BigInteger.class, null);
            return big != null && big.bitLength() < 64 ? (Object) big.longValue() : text;
        }
        if (card.isDecimalType()) {
            return card.getValue(Double.class, Double.NaN);
        }
        return text;
    }
}
