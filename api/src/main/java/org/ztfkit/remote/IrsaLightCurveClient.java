package org.ztfkit.remote;

import java.util.List;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.model.Oid;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.DrRecord;
import org.ztfkit.vo.Vo;
import org.ztfkit.vo.VoServiceException;
import org.ztfkit.vo.VoTable;

/**
 * IRSA's ZTF light-curve API ({@code nph_light_curves}): the latest DR's light curves with every epoch, its
 * {@code catflags} and the exposure's {@code filefracday}, read by {@link IrsaLightCurves}. An error VOTable or an
 * HTML page becomes {@link ServiceUnavailableException} with IRSA's reason.
 *
 * <pre>{@code
 * IrsaLightCurveClient irsa = new IrsaLightCurveClient();
 * List<DrRecord> one = irsa.object(Oid.of(686103400034440L));
 * List<DrRecord> near = irsa.cone(SkyPosition.of(298.0025, 29.8715), 2.0);
 * }</pre>
 */
public final class IrsaLightCurveClient {
    private final String baseUrl;
    private final ServicePolicy policy;

    /** The client for the configured URL ({@link RemoteService#IRSA_LIGHT_CURVES}). */
    public IrsaLightCurveClient() {
        this(RemoteService.IRSA_LIGHT_CURVES.baseUrl(), RemoteService.IRSA_LIGHT_CURVES.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public IrsaLightCurveClient(String baseUrl, ServicePolicy policy) {
        this.baseUrl = baseUrl;
        this.policy = policy;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String objectUrl(Oid oid) {
        return baseUrl + "?ID=" + oid.value() + "&FORMAT=VOTABLE";
    }

    /** The object's light curve; empty when IRSA does not know the OID. */
    public List<DrRecord> object(Oid oid) {
        return fetch(objectUrl(oid));
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String coneUrl(SkyPosition center, double radiusArcsec) {
        return baseUrl + "?POS=CIRCLE%20" + Responses.decimal(center.ra()) + "%20" + Responses.decimal(center.dec())
                + "%20" + Responses.decimal(radiusArcsec / 3600.0) + "&FORMAT=VOTABLE";
    }

    /**
     * Every object within the radius.
     *
     * @param radiusArcsec in (0, 600]
     */
    public List<DrRecord> cone(SkyPosition center, double radiusArcsec) {
        if (!(radiusArcsec > 0 && radiusArcsec <= 600)) {
            throw InvalidInputException.of("radiusArcsec", "in (0, 600]", radiusArcsec,
                    "IRSA's light-curve service is meant for small cones");
        }
        return fetch(coneUrl(center, radiusArcsec));
    }

    private List<DrRecord> fetch(String url) {
        List<VoTable> tables;
        try {
            tables = Vo.fetchVotables(url, policy);
        } catch (VoServiceException e) {
            throw new ServiceUnavailableException(policy.service(), "reported an error: " + e.serverMessage());
        }
        if (tables.isEmpty()) {
            throw new ServiceUnavailableException(policy.service(), "answered " + url + " with a VOTable without a table");
        }
        try {
            return IrsaLightCurves.records(tables.get(0), url);
        } catch (InvalidInputException e) {
            throw new ServiceUnavailableException(policy.service(), "sent a light-curve table that cannot be read: "
                    + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "IrsaLightCurveClient[%s]", baseUrl);
    }
}
