package org.ztfkit.remote;

import java.time.LocalDate;
import java.util.Optional;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.fits.FitsCodec;
import org.ztfkit.images.DayListing;
import org.ztfkit.images.ScienceImage;
import org.ztfkit.net.HttpResponse;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;

/**
 * IRSA's ZTF product archive (IBE, external-services.md §3): the day directory listings and science-image cutouts.
 * The base URL may point at the SNAD FITS proxy instead ({@code https://fits.ztf.snad.space/products}), which takes
 * the same paths.
 *
 * <pre>{@code
 * IrsaProductsClient irsa = new IrsaProductsClient();
 * DayListing day = irsa.dayListing(LocalDate.of(2019, 3, 14));
 * Optional<byte[]> fits = irsa.cutout(image, SkyPosition.of(247.45543, 24.77282), 63);
 * }</pre>
 */
public final class IrsaProductsClient {
    private final Endpoint endpoint;

    /** The client for the configured URL ({@link RemoteService#IRSA_PRODUCTS}). */
    public IrsaProductsClient() {
        this(RemoteService.IRSA_PRODUCTS.baseUrl(), RemoteService.IRSA_PRODUCTS.policy());
    }

    /** A client for the service at {@code baseUrl} (e.g. a mirror or a test server), with {@code policy}'s timeouts and retries. */
    public IrsaProductsClient(String baseUrl, ServicePolicy policy) {
        this.endpoint = new Endpoint(baseUrl, policy);
    }

    /** The service's base URL, without a trailing slash. */
    public String baseUrl() {
        return endpoint.baseUrl;
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String dayListingUrl(LocalDate day) {
        return endpoint.baseUrl + "/" + DayListing.path(day);
    }

    /** The day's exposures; a day without a directory (HTTP 404) has none. */
    public DayListing dayListing(LocalDate day) {
        HttpResponse r = endpoint.http.get(dayListingUrl(day));
        if (r.status() == 404) {
            return DayListing.of(day, java.util.List.of());
        }
        return DayListing.parse(day, Responses.requireOk(r, endpoint.service).text());
    }

    /** The request this client sends for the call of the same name (for the record of calls). */
    public String cutoutUrl(ScienceImage image, SkyPosition centre, int sizePx) {
        return endpoint.baseUrl + "/sci/" + image.path() + ScienceImage.cutoutQuery(centre, sizePx, false);
    }

    /**
     * The FITS bytes of a cutout; empty when the archive has no such image (HTTP 404). Anything that is not a FITS
     * image (an HTML error page, a truncated file) is reported as the service being unavailable.
     */
    public Optional<byte[]> cutout(ScienceImage image, SkyPosition centre, int sizePx) {
        String url = cutoutUrl(image, centre, sizePx);
        HttpResponse r = endpoint.http.get(url);
        if (r.status() == 404) {
            return Optional.empty();
        }
        Responses.rejectHtml(Responses.requireOk(r, endpoint.service), endpoint.service, "a FITS image");
        try {
            FitsCodec.read(r.body());
        } catch (RuntimeException e) {
            throw new ServiceUnavailableException(endpoint.service, "sent " + r.body().length + " bytes for " + url
                    + " that are not a readable FITS image (truncated or damaged)");
        }
        return Optional.of(r.body());
    }

    @Override
    public String toString() {
        return "IrsaProductsClient[" + endpoint.baseUrl + "]";
    }
}
