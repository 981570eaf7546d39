package org.ztfkit.datasets.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.store.DrRecord;
import org.ztfkit.store.DrTables;
import org.ztfkit.store.EmbeddedAlerts;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.store.ImportProgress;
import org.ztfkit.store.ImportStep;

/**
 * Which files to import, and how; {@link #into(Path)} runs it. Immutable: every method returns a changed copy. Made
 * by {@link Importers}.
 *
 * <pre>{@code
 * ImportReport r = Importers.ztfDrParquet(Path.of("irsa/field250"))
 *         .irsaLightCurves(Path.of("TimeSeriesZTF.xml")).release("dr23")
 *         .progress(ImportProgress.printing(System.out))
 *         .into(Path.of("my-field.duckdb"));
 * Ztf.open(Path.of("my-field.duckdb")).cone("41.66716 -26.22982", 5);
 * }</pre>
 */
public final class ImportPlan {
    private static final Pattern RELEASE_IN_NAME = Pattern.compile("(?i)(?:^|[_\\-.])(dr\\d{1,2})(?=[_\\-.])");
    /** Objects written per transaction (a quadrant file usually fits in one batch, so needs no re-sort). */
    private static final int BATCH_OBJECTS = 20_000;

    private record Source(ImportKind kind, Path path) {
    }

    private final List<Source> sources;
    private final DataRelease release;
    private final ImportProgress progress;

    ImportPlan(List<Source> sources, DataRelease release, ImportProgress progress) {
        this.sources = List.copyOf(sources);
        this.release = release;
        this.progress = progress;
    }

    static ImportPlan of(ImportKind kind, Path fileOrDirectory) {
        return new ImportPlan(List.of(), null, ImportProgress.NONE).with(kind, fileOrDirectory);
    }

    private ImportPlan with(ImportKind kind, Path path) {
        if (path == null || !Files.exists(path)) {
            throw InvalidInputException.of(kind + " source", "an existing file or directory", String.valueOf(path),
                    "check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")");
        }
        List<Source> more = new ArrayList<>(sources);
        more.add(new Source(kind, path));
        return new ImportPlan(more, release, progress);
    }

    /** Also imports IRSA ZTF DR Parquet files: one file, or every {@code .parquet} file of a directory. */
    public ImportPlan ztfDrParquet(Path fileOrDirectory) {
        return with(ImportKind.ZTF_DR_PARQUET, fileOrDirectory);
    }

    /** Also imports VOTables of IRSA's light-curve API: one file, or every {@code .xml}/{@code .vot} of a directory. */
    public ImportPlan irsaLightCurves(Path fileOrDirectory) {
        return with(ImportKind.IRSA_LC_VOTABLE, fileOrDirectory);
    }

    /** Also imports ZTF alert packets: one Avro file, or every {@code .avro} file below a directory. */
    public ImportPlan alerts(Path fileOrDirectory) {
        return with(ImportKind.ALERT_AVRO, fileOrDirectory);
    }

    /**
     * Also imports Pan-STARRS DR2 tables saved from MAST's catalogs API (JSON): stack tables (merged per
     * {@code objID} as the Viewer merges them) and detection tables of objects whose stack rows are imported too.
     */
    public ImportPlan ps1(Path fileOrDirectory) {
        return with(ImportKind.PS1_JSON, fileOrDirectory);
    }

    /**
     * Also imports Gaia DR3 VOTables: source tables (VizieR {@code I/355/gaiadr3} or the archive's
     * {@code gaia_source}) and epoch-photometry tables of sources imported too.
     */
    public ImportPlan gaia(Path fileOrDirectory) {
        return with(ImportKind.GAIA_VOTABLE, fileOrDirectory);
    }

    /**
     * The data release the DR files belong to, for files whose name does not say it ({@code …_dr5.parquet} does).
     * A release in a file name wins over this one.
     */
    public ImportPlan release(String dr) {
        return new ImportPlan(sources, DataRelease.of(dr), progress);
    }

    /** Where progress goes (after every batch of objects). */
    public ImportPlan progress(ImportProgress listener) {
        return new ImportPlan(sources, release, listener == null ? ImportProgress.NONE : listener);
    }

    /**
     * Imports every file into the embedded database {@code duckdbFile} (created if missing), which then opens with
     * {@code Ztf.open(duckdbFile)} like the demo sky. A file whose content was imported before adds nothing.
     * Objects already stored in the release are replaced. Tables end sorted by {@code hpx29}.
     */
    public ImportReport into(Path duckdbFile) {
        long start = System.nanoTime();
        List<Source> files = expand();
        List<ImportReport.FileResult> results = new ArrayList<>();
        Set<DataRelease> touched = new LinkedHashSet<>();
        try (EmbeddedStore store = EmbeddedStore.open(duckdbFile)) {
            boolean hadObjects = store.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM ztf_object")) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            });
            int batches = 0;
            for (int i = 0; i < files.size(); i++) {
                Source f = files.get(i);
                ImportReport.FileResult r = importFile(store, f, i + 1, files.size());
                results.add(r);
                if (!r.alreadyImported() && r.dr() != null) {
                    touched.add(DataRelease.of(r.dr()));
                    batches += (int) Math.max(1, (r.objects() + BATCH_OBJECTS - 1) / BATCH_OBJECTS);
                }
            }
            boolean sort = hadObjects || batches > 1; // one batch is written sorted already
            if (!touched.isEmpty()) {
                store.inTransaction(c -> {
                    if (sort) {
                        DrTables.sortByHpx29(c);
                    }
                    for (DataRelease dr : touched) {
                        DrTables.updateReleaseSpan(c, dr);
                    }
                    return null;
                });
            }
        }
        return new ImportReport(duckdbFile, results, Duration.ofNanos(System.nanoTime() - start));
    }

    private ImportReport.FileResult importFile(EmbeddedStore store, Source f, int number, int count) {
        Path file = f.path();
        String sha = sha256(file);
        DataRelease dr = f.kind().isDataRelease() ? releaseOf(file) : null;
        String drName = dr == null ? null : dr.name();
        boolean seen = store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM import_file WHERE sha256 = ?")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (seen) {
            progress.update(new ImportStep(file.getFileName() + " (already imported)", number, count, 0, 0, "objects"));
            return new ImportReport.FileResult(file, f.kind(), drName, true, 0, 0, 0);
        }
        ImportReport.FileResult result;
        if (dr != null) {
            result = importDr(store, f, dr, number, count);
        } else {
            progress.update(new ImportStep(file.getFileName().toString(), number, count, 0, 1, "files"));
            if (f.kind() == ImportKind.ALERT_AVRO) {
                EmbeddedAlerts.LoadSummary s = store.alerts().load(file);
                result = new ImportReport.FileResult(file, f.kind(), null, false, s.objects(),
                        s.newDetections() + s.newUpperLimits(), 0);
            } else {
                SurveyTableFiles.Written w = SurveyTableFiles.write(store, f.kind(), file);
                result = new ImportReport.FileResult(file, f.kind(), null, false, w.objects(), w.epochs(), 0);
            }
            progress.update(new ImportStep(file.getFileName().toString(), number, count, 1, 1, "files"));
        }
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_file VALUES (?, ?, ?, ?, ?, now())")) {
                ps.setString(1, sha);
                ps.setString(2, file.getFileName().toString());
                ps.setString(3, f.kind().id());
                ps.setString(4, drName);
                ps.setLong(5, result.epochs());
                ps.executeUpdate();
            }
            return null;
        });
        return result;
    }

    private ImportReport.FileResult importDr(EmbeddedStore store, Source f, DataRelease dr, int number, int count) {
        Path file = f.path();
        DrFileReader reader = reader(f.kind());
        long total = reader.objectCount(file);
        long[] counts = new long[3];
        store.inTransaction(c -> {
            DrTables.ensureRelease(c, dr, f.kind() == ImportKind.ZTF_DR_PARQUET ? "irsa-bulk" : "irsa-lc-api",
                    "ZTF " + dr + " imported from " + f.kind() + " files");
            return null;
        });
        progress.update(new ImportStep(file.getFileName().toString(), number, count, 0, total, "objects"));
        reader.read(file, BATCH_OBJECTS, batch -> {
            long epochs = store.inTransaction(c -> DrTables.write(c, dr, batch));
            counts[0] += batch.size();
            counts[1] += epochs;
            counts[2] += batch.stream().filter(r -> r.epochs().stream().noneMatch(DrRecord.Epoch::isGood)).count();
            progress.update(new ImportStep(file.getFileName().toString(), number, count, counts[0], total, "objects"));
        }, read -> progress.update(new ImportStep(file.getFileName().toString(), number, count, read, total,
                "objects read")));
        return new ImportReport.FileResult(file, f.kind(), dr.name(), false, counts[0], counts[1], counts[2]);
    }

    private static DrFileReader reader(ImportKind kind) {
        return kind == ImportKind.ZTF_DR_PARQUET ? new ZtfDrParquetReader() : new IrsaVotableReader();
    }

    private DataRelease releaseOf(Path file) {
        Matcher m = RELEASE_IN_NAME.matcher(file.getFileName().toString());
        if (m.find()) {
            return DataRelease.of(m.group(1));
        }
        if (release != null) {
            return release;
        }
        throw InvalidInputException.of("data release of " + file.getFileName(), "in the file name (…_dr5.parquet) or "
                + "given with .release(\"dr…\")", file.getFileName().toString(),
                "add .release(\"dr23\") (the release the file comes from) before .into(…)");
    }

    /** The files of every source, directories expanded (sorted by name), each file once. */
    private List<Source> expand() {
        if (sources.isEmpty()) {
            throw new InvalidInputException("nothing to import: start from Importers.ztfDrParquet(path), "
                    + "irsaLightCurves(path), alerts(path), ps1(path) or gaia(path)");
        }
        List<Source> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Source s : sources) {
            if (Files.isDirectory(s.path())) {
                try (Stream<Path> list = Files.walk(s.path())) {
                    List<Path> files = list.filter(Files::isRegularFile)
                            .filter(p -> s.kind().accepts(p.getFileName().toString())).sorted().toList();
                    if (files.isEmpty()) {
                        throw InvalidInputException.of(s.kind() + " directory " + s.path(), "a directory with "
                                + s.kind() + " files", s.path().toString(), "it has none with the expected ending");
                    }
                    files.forEach(p -> {
                        if (seen.add(p.toAbsolutePath().normalize())) {
                            out.add(new Source(s.kind(), p));
                        }
                    });
                } catch (IOException e) {
                    throw new StoreException("cannot list " + s.path() + ": " + e.getMessage(), e);
                }
            } else if (seen.add(s.path().toAbsolutePath().normalize())) {
                out.add(s);
            }
        }
        return ordered(out);
    }

    /**
     * The order files are imported in: DR files, then alerts, then object tables before the epoch tables that need
     * their positions (Pan-STARRS, then Gaia); within each, as given.
     */
    private static List<Source> ordered(List<Source> files) {
        List<Source> out = new ArrayList<>();
        for (ImportKind kind : ImportKind.values()) {
            List<Source> ofKind = files.stream().filter(f -> f.kind() == kind).toList();
            if (kind == ImportKind.PS1_JSON || kind == ImportKind.GAIA_VOTABLE) {
                for (SurveyTableFiles.Content content : SurveyTableFiles.Content.values()) {
                    ofKind.stream().filter(f -> SurveyTableFiles.content(kind, f.path()) == content).forEach(out::add);
                }
            } else {
                out.addAll(ofKind);
            }
        }
        return out;
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ImportPlan[" + sources.stream().map(s -> s.kind() + " " + s.path()).toList()
                + (release == null ? "" : ", release " + release) + "]";
    }
}
