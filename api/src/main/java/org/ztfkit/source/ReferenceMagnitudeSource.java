package org.ztfkit.source;

import java.util.Collection;
import java.util.Map;
import org.ztfkit.model.Oid;

/**
 * ZTF reference magnitudes per DR object (external-services.md §2). The embedded store and the online client (the
 * SNAD reference service or the IRSA catalog files) implement it.
 *
 * <pre>{@code
 * Map<Oid, ReferenceCatalogEntry> refs = store.referenceCatalog().references(List.of(obj.meta()));
 * }</pre>
 */
public interface ReferenceMagnitudeSource {
    /** What this source is, for messages. */
    String description();

    /** The catalog rows of these objects; objects without one (too faint for the reference image) are absent. */
    Map<Oid, ReferenceCatalogEntry> references(Collection<ObjectMeta> objects);
}
