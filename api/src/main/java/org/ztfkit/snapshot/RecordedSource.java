package org.ztfkit.snapshot;

/**
 * What every recorded source has: the snapshot its answers go into and come from, and the remote client that makes
 * the calls (none offline).
 *
 * @param <C> the client type
 */
abstract class RecordedSource<C> {
    final Snapshot snapshot;
    final C client;

    RecordedSource(Snapshot snapshot, C client) {
        if (client == null && !snapshot.isOffline()) {
            throw new IllegalArgumentException("an online snapshot needs a client");
        }
        this.snapshot = snapshot;
        this.client = client;
    }

    /** For messages: the snapshot offline, else the service and the snapshot it records into. */
    String describe(String service) {
        return snapshot.isOffline() ? "snapshot " + snapshot.name() + " (offline)"
                : service + ", recorded in " + snapshot.name();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + describe(String.valueOf(client)) + "]";
    }
}
