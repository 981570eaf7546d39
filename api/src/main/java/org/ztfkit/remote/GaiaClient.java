package org.ztfkit.remote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.Http;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.vo.Vo;
import org.ztfkit.vo.VoServiceException;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Gaia for one object (external-services.md §6): DR3 epoch photometry through the archive's DataLink data server
 * (a VOTable, possibly inside a zip), and from VizieR the DR3 sources ({@code I/355/gaiadr3}) and EDR3 distances
 * ({@code I/352/gedr3dis}) of a cone, nearest first.
 *
 * <pre>{@code
 * GaiaClient gaia = new GaiaClient();
 * List<GaiaSource> near = gaia.sources(SkyPosition.of(247.45543, 24.77282), 5.0);
 * List<GaiaEpoch> epochs = gaia.epochPhotometry(near.get(0).sourceId());
 * gaia.distances(SkyPosition.of(247.45543, 24.77282), 1.0);
 * }</pre>
 */
public final class GaiaClient {
    private final String dataUrl;
    private final String vizierUrl;
    private final Http data;
    private final ServicePolicy dataPolicy;
    private final ServicePolicy vizierPolicy;

    /** The client for the configured URLs ({@link RemoteService#GAIA_DATALINK}, {@link RemoteService#VIZIER}). */
    public GaiaClient() {
        this(RemoteService.GAIA_DATALINK.baseUrl(), RemoteService.GAIA_DATALINK.policy(),
                RemoteService.VIZIER.baseUrl(), RemoteService.VIZIER.policy());
    }

    /** A client for the Gaia data server at {@code dataUrl} and VizieR at {@code vizierUrl}, each with its policy. */
    public GaiaClient(String dataUrl, ServicePolicy dataPolicy, String vizierUrl, ServicePolicy vizierPolicy) {
        this.dataUrl = dataUrl.endsWith("/") ? dataUrl.substring(0, dataUrl.length() - 1) : dataUrl;
        this.vizierUrl = vizierUrl;
        this.data = new Http(dataPolicy);
        this.dataPolicy = dataPolicy;
        this.vizierPolicy = vizierPolicy;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String epochPhotometryUrl(long sourceId) {
        return dataUrl + "/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=Gaia+DR3+" + sourceId
                + "&DATA_STRUCTURE=INDIVIDUAL&RELEASE=Gaia+DR3&FORMAT=votable";
    }

    /** The source's epoch photometry, every band of every transit; empty when it has none. */
    public List<GaiaEpoch> epochPhotometry(long sourceId) {
        String url = epochPhotometryUrl(sourceId);
        HttpResponse r = data.get(url);
        if (r.status() == 404 || (r.isSuccessful() && r.body().length == 0)) {
            return List.of();
        }
        Responses.rejectHtml(Responses.requireOk(r, dataPolicy.service()), dataPolicy.service(), "a VOTable");
        byte[] votable = isZip(r.body()) ? firstVotableInZip(r.body(), url) : r.body();
        try {
            List<VoTable> tables = Vo.readVotables(votable);
            return tables.isEmpty() ? List.of() : GaiaEpochPhotometry.epochs(tables.get(0), url);
        } catch (VoServiceException e) {
            throw new ServiceUnavailableException(dataPolicy.service(), "reported an error: " + e.serverMessage());
        } catch (InvalidInputException e) {
            throw new ServiceUnavailableException(dataPolicy.service(), "sent something that is not Gaia epoch "
                    + "photometry for " + url + ": " + e.getMessage());
        }
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String sourcesUrl(SkyPosition center, double radiusArcsec) {
        return vizier("I/355/gaiadr3", center, radiusArcsec, "Source,RA_ICRS,DE_ICRS,Gmag,BPmag,RPmag,Plx,e_Plx,pmRA,"
                + "e_pmRA,pmDE,e_pmDE,Teff,b_Teff,B_Teff,logg,b_logg,B_logg,[Fe/H],b_[Fe/H],B_[Fe/H],A0,b_A0,B_A0,PQSO,"
                + "PGal,PSS,EpochPh");
    }

    /** Gaia DR3 sources within the radius, nearest first. */
    public List<GaiaSource> sources(SkyPosition center, double radiusArcsec) {
        String url = sourcesUrl(center, radiusArcsec);
        return GaiaSources.of(vizierTable(url), url);
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String distancesUrl(SkyPosition center, double radiusArcsec) {
        return vizier("I/352/gedr3dis", center, radiusArcsec,
                "Source,RA_ICRS,DE_ICRS,rgeo,b_rgeo,B_rgeo,rpgeo,b_rpgeo,B_rpgeo,Flag");
    }

    /** Bailer-Jones EDR3 distances of the sources within the radius, nearest first. */
    public List<GaiaDistance> distances(SkyPosition center, double radiusArcsec) {
        Table t = vizierTable(distancesUrl(center, radiusArcsec));
        List<GaiaDistance> out = new ArrayList<>(t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            out.add(new GaiaDistance(id(t, i), SkyPosition.wrapped(num(t, "RA_ICRS", i), num(t, "DE_ICRS", i)),
                    num(t, "rgeo", i), num(t, "b_rgeo", i), num(t, "B_rgeo", i), num(t, "rpgeo", i),
                    num(t, "b_rpgeo", i), num(t, "B_rpgeo", i),
                    t.columnNames().contains("Flag") && !t.column("Flag").isMissing(i) ? t.column("Flag").getString(i)
                            : null));
        }
        return out;
    }

    private String vizier(String catalog, SkyPosition center, double radiusArcsec, String columns) {
        if (!(radiusArcsec > 0 && radiusArcsec <= 3600)) {
            throw InvalidInputException.of("radiusArcsec", "in (0, 3600]", radiusArcsec, "");
        }
        return vizierUrl + "?-source=" + catalog + "&-c=" + Responses.decimal(center.ra()) + "%20"
                + Responses.decimal(center.dec()) + "&-c.rs=" + Responses.decimal(radiusArcsec) + "&-out="
                + Responses.encode(columns) + "&-out.add=_r,_RAJ2000,_DEJ2000&-sort=_r&-out.max=1000";
    }

    private Table vizierTable(String url) {
        try {
            List<VoTable> tables = Vo.fetchVotables(url, vizierPolicy);
            if (tables.isEmpty()) {
                return Table.create("empty");
            }
            Table t = tables.get(0).toTable();
            if (!t.columnNames().contains("Source")) {
                throw new ServiceUnavailableException(vizierPolicy.service(), "sent a table without 'Source' for " + url);
            }
            return t;
        } catch (VoServiceException e) {
            throw new ServiceUnavailableException(vizierPolicy.service(), "reported an error: " + e.serverMessage());
        }
    }

    private static long id(Table t, int row) {
        return ((Number) t.column("Source").get(row)).longValue();
    }

    private static double num(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) {
            return Double.NaN;
        }
        Column<?> c = t.column(column);
        return c.isMissing(row) ? Double.NaN : ((Number) c.get(row)).doubleValue();
    }

    private static boolean isZip(byte[] body) {
        return body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    private byte[] firstVotableInZip(byte[] zip, String url) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String n = e.getName().toLowerCase();
                if (n.endsWith(".xml") || n.endsWith(".vot") || n.endsWith(".votable")) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new ServiceUnavailableException(dataPolicy.service(), "sent a damaged zip for " + url + ": "
                    + e.getMessage());
        }
        throw new ServiceUnavailableException(dataPolicy.service(), "sent a zip without a VOTable for " + url);
    }

    @Override
    public String toString() {
        return "GaiaClient[" + dataUrl + ", " + vizierUrl + "]";
    }
}
