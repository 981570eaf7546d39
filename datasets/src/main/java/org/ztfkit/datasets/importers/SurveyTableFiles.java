package org.ztfkit.datasets.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.remote.GaiaEpoch;
import org.ztfkit.remote.GaiaEpochPhotometry;
import org.ztfkit.remote.GaiaSource;
import org.ztfkit.remote.GaiaSources;
import org.ztfkit.remote.MastPs1Client;
import org.ztfkit.remote.MastTables;
import org.ztfkit.remote.Ps1Detection;
import org.ztfkit.remote.Ps1StackObject;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.snapshot.ExternalTables;
import org.ztfkit.store.EmbeddedStore;
import org.ztfkit.vo.Vo;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.Table;

/**
 * Pan-STARRS (MAST JSON) and Gaia (VOTable) files, read with the online clients' parsers and written with the
 * snapshot's writers: object tables (PS1 stack rows, merged; Gaia sources) and their epochs (PS1 detections, Gaia
 * epoch photometry). Epochs need their object's position, so an epoch file is imported after the object tables
 * (those of the same import, or of earlier ones).
 */
final class SurveyTableFiles {
    /** What a file holds. */
    enum Content { OBJECTS, EPOCHS }

    /** The rows written: objects, epochs. */
    record Written(long objects, long epochs) {
    }

    private SurveyTableFiles() {
    }

    static Content content(ImportKind kind, Path file) {
        if (kind == ImportKind.PS1_JSON) {
            return ps1Table(file).columnNames().contains("detectID") ? Content.EPOCHS : Content.OBJECTS;
        }
        List<String> columns = Vo.readVotable(file).columnNames();
        return columns.contains("band") || columns.contains("g_transit_time") ? Content.EPOCHS : Content.OBJECTS;
    }

    static Written write(EmbeddedStore store, ImportKind kind, Path file) {
        return kind == ImportKind.PS1_JSON ? ps1(store, file) : gaia(store, file);
    }

    private static Written ps1(EmbeddedStore store, Path file) {
        Table t = ps1Table(file);
        String name = file.getFileName().toString();
        if (!t.columnNames().contains("detectID")) {
            if (!t.columnNames().contains("primaryDetection")) {
                throw InvalidInputException.of("Pan-STARRS file " + name, "a MAST stack table (objID, raMean, decMean, "
                        + "primaryDetection, gPSFMag, …) or detection table (detectID, objID, filterID, obsTime, "
                        + "psfFlux, …)", "columns " + t.columnNames(), "export the dr2/stack or dr2/detection table");
            }
            List<Ps1StackObject> objects = MastPs1Client.mergeStack(t, name);
            store.inTransaction(c -> {
                ExternalTables.writePs1Objects(c, objects);
                return null;
            });
            return new Written(objects.size(), 0);
        }
        List<Ps1Detection> all = MastPs1Client.detections(t, name);
        Map<Long, List<Ps1Detection>> byObject = new LinkedHashMap<>();
        all.forEach(d -> byObject.computeIfAbsent(d.objId(), k -> new ArrayList<>()).add(d));
        store.inTransaction(c -> {
            for (Map.Entry<Long, List<Ps1Detection>> e : byObject.entrySet()) {
                SkyPosition at = position(store, c, "SELECT ra_mean, dec_mean FROM ps1_object WHERE objid = ?", e.getKey(),
                        "Pan-STARRS object", name, "its stack table");
                ExternalTables.writePs1Detections(c, e.getKey(), at, e.getValue());
            }
            return null;
        });
        return new Written(byObject.size(), all.size());
    }

    private static Written gaia(EmbeddedStore store, Path file) {
        String name = file.getFileName().toString();
        VoTable v = Vo.readVotable(file);
        if (!(v.columnNames().contains("band") || v.columnNames().contains("g_transit_time"))) {
            List<GaiaSource> sources = GaiaSources.of(v.toTable(), name);
            store.inTransaction(c -> {
                ExternalTables.writeGaiaSources(c, sources);
                return null;
            });
            return new Written(sources.size(), 0);
        }
        List<GaiaEpoch> all = GaiaEpochPhotometry.epochs(v, name);
        Map<Long, List<GaiaEpoch>> bySource = new LinkedHashMap<>();
        all.forEach(e -> bySource.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e));
        store.inTransaction(c -> {
            for (Map.Entry<Long, List<GaiaEpoch>> e : bySource.entrySet()) {
                SkyPosition at = position(store, c, "SELECT ra, dec FROM gaia_source WHERE source_id = ?", e.getKey(),
                        "Gaia source", name, "its source table (gaia_source or VizieR I/355/gaiadr3)");
                ExternalTables.writeGaiaEpochs(c, e.getKey(), at, e.getValue());
            }
            return null;
        });
        return new Written(bySource.size(), all.size());
    }

    private static SkyPosition position(EmbeddedStore store, java.sql.Connection c, String sql, long id, String what,
                                        String file, String table) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return SkyPosition.of(rs.getDouble(1), rs.getDouble(2));
                }
            }
        }
        throw new InvalidInputException(file + " has epochs of " + what + " " + id + ", whose position is not in "
                + store.location() + ": import " + table + " first (in the same import or an earlier one)");
    }

    private static Table ps1Table(Path file) {
        String name = file.getFileName().toString();
        try {
            return MastTables.read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            throw new InvalidInputException(name + " is not a MAST catalogs answer: " + e.reason(), e);
        }
    }
}
