package org.ztfkit.remote.catalog;

import okhttp3.HttpUrl;
import org.ztfkit.net.Http;
import org.ztfkit.net.ServicePolicy;

/**
 * One service a client talks to: its base URL, the {@link Http} with its policy, and its name for messages.
 *
 * @param base    the base URL
 * @param http    requests with the service's timeouts, retries and limits
 * @param service the policy's service name
 */
record Endpoint(HttpUrl base, Http http, String service) {
    static Endpoint of(String baseUrl, ServicePolicy policy) {
        return new Endpoint(HttpUrl.get(baseUrl), new Http(policy), policy.service());
    }
}
