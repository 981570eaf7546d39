package org.ztfkit.vo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.HttpUrl;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.ZtfException;
import org.ztfkit.net.Http;
import org.ztfkit.net.ServicePolicy;
import tech.tablesaw.api.Table;

/**
 * Virtual Observatory access: VOTable in and out, TAP (ADQL) services, Simple Cone Search. SAMP messaging to TOPCAT
 * and Aladin lives in {@link Samp}.
 *
 * <pre>{@code
 * VoTable m1 = Vo.tap("https://simbad.cds.unistra.fr/simbad/sim-tap")
 *         .query("SELECT main_id, ra, dec FROM basic WHERE main_id = 'M   1'");
 * VoTable vsx = Vo.coneSearch("https://vizier.cds.unistra.fr/viz-bin/conesearch/B/vsx/vsx", 298.0025, 29.8715, 0.01);
 * Vo.writeVotable(m1.toTable(), Path.of("m1.vot"));
 * VoTable back = Vo.readVotable(Path.of("m1.vot"));
 * }</pre>
 */
public final class Vo {
    private Vo() {
    }

    /** The first TABLE of a VOTable file, typed, with its metadata. */
    public static VoTable readVotable(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return VotableReader.readFirst(in, file.toString(), baseName(file));
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** The first TABLE of a VOTable document held in memory (e.g. an HTTP response body). */
    public static VoTable readVotable(byte[] document) {
        return readVotable(new ByteArrayInputStream(document));
    }

    /** The first TABLE of a VOTable document read from a stream (read to its end). */
    public static VoTable readVotable(InputStream document) {
        return VotableReader.readFirst(document, "VOTable document", "votable");
    }

    /** Every TABLE of a VOTable file, in document order (e.g. a VizieR answer covering several catalogues). */
    public static List<VoTable> readVotables(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return VotableReader.readAll(in, file.toString(), baseName(file));
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** Every TABLE of a VOTable document held in memory, in document order; empty when it has none. */
    public static List<VoTable> readVotables(byte[] document) {
        return VotableReader.readAll(new ByteArrayInputStream(document), "VOTable document", "votable");
    }

    /** Writes any Tablesaw table as a TABLEDATA VOTable (datatypes from the column types, no units). */
    public static void writeVotable(Table table, Path file) {
        writeVotable(VoTable.of(table), file, VotableFormat.TABLEDATA);
    }

    /** Writes a table with its metadata (units, UCDs, descriptions, IDs, parameters) in the given format. */
    public static void writeVotable(VoTable table, Path file, VotableFormat format) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeVotable(table, out, format);
        } catch (IOException e) {
            throw new ZtfException("cannot write VOTable " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a table with its metadata to a stream (left open). */
    public static void writeVotable(VoTable table, OutputStream out, VotableFormat format) {
        try {
            VotableWriter.write(table, out, format);
        } catch (IOException e) {
            throw new ZtfException("cannot write VOTable '" + table.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Every TABLE of the VOTable a URL answers with (e.g. a VizieR ASU query {@code …/viz-bin/votable?-source=…},
     * a DataLink document), with the reliability rules of {@code policy}. An error document becomes a
     * {@link VoServiceException}, an HTML page or other non-VOTable a {@link ServiceUnavailableException}.
     *
     * <pre>{@code
     * List<VoTable> gcvs = Vo.fetchVotables("https://vizier.cds.unistra.fr/viz-bin/votable?-source=B/gcvs/gcvs_cat"
     *         + "&-c=298.0025%2029.8715&-c.rs=10",
     *         ServicePolicy.defaults("vizier").withReadTimeout(Duration.ofSeconds(10)));
     * }</pre>
     */
    public static List<VoTable> fetchVotables(String url, ServicePolicy policy) {
        if (url == null || HttpUrl.parse(url.strip()) == null) {
            throw InvalidInputException.of("VOTable URL", "an http(s) URL", url, "");
        }
        return VoResponses.votables(new Http(policy).get(url.strip()), policy.service());
    }

    /**
     * A TAP service by its base URL (the one that has {@code /sync}, {@code /async} and {@code /tables} below it).
     * Nothing is sent until a query.
     */
    public static TapService tap(String baseUrl) {
        return TapService.at(baseUrl);
    }

    /**
     * One Simple Cone Search request ({@code RA}, {@code DEC}, {@code SR} in degrees, ICRS) → the matching rows.
     *
     * @param url       the service URL, which may already carry query parameters (VizieR's do)
     * @param raDeg     right ascension in [0, 360)
     * @param decDeg    declination in [−90, 90]
     * @param radiusDeg search radius in (0, 180]
     */
    public static VoTable coneSearch(String url, double raDeg, double decDeg, double radiusDeg) {
        return coneSearch(url).search(raDeg, decDeg, radiusDeg);
    }

    /** A Simple Cone Search service to configure (verbosity, timeouts) and query several times. */
    public static ConeSearch coneSearch(String url) {
        return ConeSearch.at(url);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static RuntimeException cannotRead(Path file, IOException e) {
        if (!Files.exists(file)) {
            return InvalidInputException.of("VOTable file", "an existing file", file.toString(),
                    "check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")");
        }
        return new ZtfException("cannot read VOTable " + file + ": " + e.getMessage(), e);
    }
}
