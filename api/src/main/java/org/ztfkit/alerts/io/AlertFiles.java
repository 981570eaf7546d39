package org.ztfkit.alerts.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.ztfkit.alerts.AlertCandidate;
import org.ztfkit.alerts.AlertCutout;
import org.ztfkit.alerts.AlertPacket;
import org.ztfkit.alerts.CutoutKind;
import org.ztfkit.alerts.ForcedPhotometry;
import org.ztfkit.alerts.UpperLimit;
import org.ztfkit.errors.InvalidInputException;

/**
 * Reads ZTF alert packets from Avro Object Container Files, decoding each file with the writer schema embedded in
 * it (Apache Avro's {@code GenericDatumReader}), so every schema version from 3.2 to 4.02 reads without a schema
 * of ours. A file may hold several packets (brokers export many per file). Fields a broker adds at the top level
 * (Fink's {@code cdsxmatch}, classifier scores, {@code lc_features_*}, …) are ignored; every field of each
 * candidate, history entry and forced-photometry epoch is kept in its {@code raw()} map.
 *
 * <p>The {@code raw()} maps hold the values as Avro delivers them (strings as {@link String}, {@code float} fields as
 * {@link Float}); typed accessors turn a float into the shortest decimal that round-trips it ({@code 16.628078f}
 * reads {@code 16.628078}, not {@code 16.628077697753906}), which is what the producer wrote.
 *
 * <pre>{@code
 * List<AlertPacket> one = AlertFiles.read(Path.of("2475433850315015009.avro"));
 * List<AlertPacket> all = AlertFiles.readDirectory(Path.of("alerts/"));    // every *.avro below, by path
 * }</pre>
 */
public final class AlertFiles {
    private static final int SYNC_SIZE = 16;

    private AlertFiles() {
    }

    /**
     * Every packet of one container file, in file order.
     *
     * @throws InvalidInputException if the file cannot be read or is not an Avro container of ZTF alerts
     */
    public static List<AlertPacket> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("alert file " + file + " cannot be read (" + e.getMessage() + "): check"
                    + " the path", e);
        }
        return read(bytes, file.toString());
    }

    /** Every packet of a container held in memory (e.g. a broker's HTTP answer or a stored blob). */
    public static List<AlertPacket> read(byte[] container) {
        return read(container, "the Avro bytes");
    }

    /** Every packet of every {@code *.avro} file below {@code directory} (recursively), files ordered by path. */
    public static List<AlertPacket> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw InvalidInputException.of("alert directory", "an existing directory", directory.toString(),
                    "for a single file use AlertFiles.read(path)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".avro") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + directory, e);
        }
        List<AlertPacket> packets = new ArrayList<>();
        for (Path f : files) {
            packets.addAll(read(f));
        }
        return packets;
    }

    private static List<AlertPacket> read(byte[] container, String what) {
        List<AlertPacket> packets = new ArrayList<>();
        try (DataFileStream<GenericRecord> stream = new DataFileStream<>(new ByteArrayInputStream(container),
                new GenericDatumReader<>())) {
            requireComplete(container);
            GenericRecord record = null;
            while (stream.hasNext()) {
                record = stream.next(record);
                packets.add(decode(record));
            }
        } catch (IOException | AvroRuntimeException e) {
            throw new InvalidInputException(what + " is not an Avro container of ZTF alerts (" + e.getMessage()
                    + "): alert files are Avro Object Container Files as ZTF and the brokers publish them", e);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(what + ": " + e.getMessage(), e);
        }
        return packets;
    }

    /**
     * Fails if the container does not end with its sync marker, as every complete container does. Avro's reader
     * stops silently at a truncated block, which would drop packets without a word.
     */
    private static void requireComplete(byte[] container) throws IOException {
        BinaryDecoder header = DecoderFactory.get().binaryDecoder(container, null);
        header.skipFixed(4);
        for (long n = header.readMapStart(); n != 0; n = header.mapNext()) {
            for (long i = 0; i < n; i++) {
                header.skipString();
                header.skipBytes();
            }
        }
        byte[] sync = new byte[SYNC_SIZE];
        header.readFixed(sync);
        if (!Arrays.equals(sync, Arrays.copyOfRange(container, container.length - SYNC_SIZE, container.length))) {
            throw new InvalidInputException("the Avro container is truncated (it does not end with its sync"
                    + " marker), so its last packets are lost: download or copy the file again");
        }
    }

    /** One packet from a record of any ZTF alert schema version. */
    static AlertPacket decode(GenericRecord alert) {
        List<AlertCandidate> previous = new ArrayList<>();
        List<UpperLimit> limits = new ArrayList<>();
        for (Object entry : list(alert, "prv_candidates")) {
            Map<String, Object> fields = fields((GenericRecord) entry);
            if (fields.get("candid") == null) {
                limits.add(UpperLimit.of(fields));
            } else {
                previous.add(AlertCandidate.of(fields));
            }
        }
        List<ForcedPhotometry> forced = new ArrayList<>();
        for (Object epoch : list(alert, "fp_hists")) {
            forced.add(ForcedPhotometry.of(fields((GenericRecord) epoch)));
        }
        List<AlertCutout> cutouts = new ArrayList<>(3);
        for (CutoutKind kind : CutoutKind.values()) {
            if (get(alert, kind.field()) instanceof GenericRecord cutout
                    && cutout.get("stampData") instanceof ByteBuffer data) {
                byte[] bytes = new byte[data.remaining()];
                data.duplicate().get(bytes);
                Object name = cutout.get("fileName");
                cutouts.add(AlertCutout.of(kind, name == null ? "" : name.toString(), bytes));
            }
        }
        Object candidate = get(alert, "candidate");
        if (!(candidate instanceof GenericRecord candidateRecord)) {
            throw InvalidInputException.of("candidate", "a record", candidate, "the packet is damaged");
        }
        return AlertPacket.of(text(alert, "objectId"), text(alert, "schemavsn"), text(alert, "publisher"),
                AlertCandidate.of(fields(candidateRecord)), previous, limits, forced, cutouts);
    }

    private static Object get(GenericRecord record, String field) {
        Schema.Field f = record.getSchema().getField(field);
        return f == null ? null : record.get(f.pos());
    }

    private static String text(GenericRecord record, String field) {
        Object v = get(record, field);
        return v == null ? "" : v.toString();
    }

    private static List<?> list(GenericRecord record, String field) {
        return get(record, field) instanceof List<?> list ? list : List.of();
    }

    /** A record's non-null fields in schema order, as Java values (String, Long, Integer, Float, Double, Boolean). */
    private static Map<String, Object> fields(GenericRecord record) {
        List<Schema.Field> schemaFields = record.getSchema().getFields();
        Map<String, Object> out = new LinkedHashMap<>(schemaFields.size() * 2);
        for (Schema.Field f : schemaFields) {
            Object v = record.get(f.pos());
            if (v != null) {
                out.put(f.name(), javaValue(v));
            }
        }
        return out;
    }

    private static Object javaValue(Object v) {
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof ByteBuffer b) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return bytes;
        }
        return v;
    }
}
