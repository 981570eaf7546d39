package org.ztfkit.source;

import java.util.Optional;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/**
 * A name resolved to a sky position.
 *
 * @param name     the name as the resolver knows it (e.g. {@code "Her X-1"})
 * @param position ICRS position
 * @param kind     what kind of name it is: {@code snad}, {@code tns}, {@code ztf_alert}, {@code simbad}, {@code common}
 * @param oid      the ZTF DR object the name denotes, when it denotes one
 * @param resolver which resolver answered
 */
public record ResolvedName(String name, SkyPosition position, String kind, Optional<Oid> oid, String resolver) {
    @Override
    public String toString() {
        return name + " → " + position + " (" + kind + ", " + resolver + oid.map(o -> ", oid " + o).orElse("") + ")";
    }
}
