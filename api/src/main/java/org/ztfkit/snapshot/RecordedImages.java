package org.ztfkit.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ztfkit.fits.FitsBlobs;
import org.ztfkit.fits.FitsCodec;
import org.ztfkit.fits.Stamp;
import org.ztfkit.images.DayListing;
import org.ztfkit.images.FileFracDay;
import org.ztfkit.images.ScienceImage;
import org.ztfkit.remote.IrsaProductsClient;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ScienceImageSource;
import org.ztfkit.source.ScienceStamp;

/**
 * Science-image day listings and cutouts from IRSA through a {@link Snapshot}: listings are stored in
 * {@code ztf_day_listing}, cutouts in {@code ztf_image} as gzip-compressed FITS blobs, and both are read back from
 * there online and offline.
 *
 * <pre>{@code
 * ScienceImageSource images = new RecordedImages(Snapshot.inMemory(), new IrsaProductsClient());
 * }</pre>
 */
public final class RecordedImages extends RecordedSource<IrsaProductsClient> implements ScienceImageSource {
    public static final String SERVICE = "irsa-ibe";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;


    /** @param client the archive client; may be null when the snapshot is offline */
    public RecordedImages(Snapshot snapshot, IrsaProductsClient client) {
        super(snapshot, client);
    }

    @Override
    public String description() {
        return describe(client == null ? "" : "IRSA ZTF archive " + client.baseUrl());
    }

    @Override
    public DayListing dayListing(LocalDate day) {
        int yyyymmdd = Integer.parseInt(day.format(YYYYMMDD));
        CallKey key = CallKey.of(SERVICE, "day", yyyymmdd).describedAs("the science-image listing of " + day);
        snapshot.entry(key, m -> List.of(StoreQuery.of(
                "SELECT yyyymmdd, frac6 FROM ztf_day_listing WHERE yyyymmdd = ? ORDER BY frac6", yyyymmdd)), () -> {
                    DayListing listing = client.dayListing(day);
                    return Fetched.found(client.dayListingUrl(day), List.of(Integer.toString(yyyymmdd)), c -> {
                        try (PreparedStatement del = c.prepareStatement("DELETE FROM ztf_day_listing WHERE yyyymmdd = ?");
                             PreparedStatement ins = c.prepareStatement("INSERT INTO ztf_day_listing VALUES (?, ?)")) {
                            del.setInt(1, yyyymmdd);
                            del.executeUpdate();
                            for (FileFracDay e : listing.exposures()) {
                                ins.setInt(1, yyyymmdd);
                                ins.setInt(2, e.frac6());
                                ins.addBatch();
                            }
                            ins.executeBatch();
                        }
                        return null;
                    });
                });
        List<Integer> frac6s = snapshot.store().withConnection(c -> {
            List<Integer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT frac6 FROM ztf_day_listing WHERE yyyymmdd = ?")) {
                ps.setInt(1, yyyymmdd);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getInt(1));
                    }
                }
            }
            return out;
        });
        return DayListing.of(day, frac6s);
    }

    @Override
    public Optional<ScienceStamp> cutout(ScienceImage image, SkyPosition centre, int sizePx) {
        String imageId = "sci/" + image.path() + ScienceImage.cutoutQuery(centre, sizePx, false);
        CallKey key = CallKey.of(SERVICE, "cutout", imageId).describedAs("the " + sizePx + " px cutout of "
                + image.fileName() + " at " + centre);
        Entry e = snapshot.entry(key, m -> m.isEmpty() ? List.of() : List.of(StoreQuery.of(
                "SELECT image_id, kind, fieldid, filter, ccdid, qid, filefracday, center_ra, center_dec, size_px, "
                        + "archive_path, fits_gz, nx, ny FROM ztf_image WHERE image_id = ?", imageId)), () -> {
                    String url = client.cutoutUrl(image, centre, sizePx);
                    Optional<byte[]> fits = client.cutout(image, centre, sizePx);
                    if (fits.isEmpty()) {
                        return Fetched.notFound(url);
                    }
                    Stamp stamp = FitsCodec.read(fits.get());
                    byte[] blob = FitsBlobs.isGzip(fits.get()) ? fits.get() : FitsBlobs.gzip(fits.get());
                    return Fetched.found(url, List.of(imageId), c -> {
                        try (PreparedStatement del = c.prepareStatement("DELETE FROM ztf_image WHERE image_id = ?");
                             PreparedStatement ins = c.prepareStatement("INSERT INTO ztf_image VALUES "
                                     + "(?, 'sciimg_cutout', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                            del.setString(1, imageId);
                            del.executeUpdate();
                            ins.setString(1, imageId);
                            ins.setInt(2, image.fieldId());
                            ins.setString(3, image.band().ztfFilterCode());
                            ins.setInt(4, image.ccdId());
                            ins.setInt(5, image.qid());
                            ins.setLong(6, image.fileFracDay().value());
                            ins.setDouble(7, centre.ra());
                            ins.setDouble(8, centre.dec());
                            ins.setInt(9, sizePx);
                            ins.setString(10, "sci/" + image.path());
                            ins.setBytes(11, blob);
                            ins.setInt(12, stamp.width());
                            ins.setInt(13, stamp.height());
                            ins.setObject(14, OffsetDateTime.now(ZoneOffset.UTC));
                            ins.executeUpdate();
                        }
                        return null;
                    });
                });
        if (!e.found()) {
            return Optional.empty();
        }
        byte[] blob = snapshot.store().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT fits_gz FROM ztf_image WHERE image_id = ?")) {
                ps.setString(1, imageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
        return Optional.of(new ScienceStamp(image, centre, sizePx, FitsBlobs.fromBlob(blob)));
    }

}
