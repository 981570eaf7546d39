package org.ztfkit.vo;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.astrogrid.samp.Message;
import org.astrogrid.samp.Metadata;
import org.astrogrid.samp.SampUtils;
import org.astrogrid.samp.client.HubConnection;
import org.astrogrid.samp.client.SampException;
import org.astrogrid.samp.xmlrpc.LockInfo;
import org.astrogrid.samp.xmlrpc.StandardClientProfile;
import org.astrogrid.samp.xmlrpc.XmlRpcKit;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.ZtfException;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.Table;

/**
 * A connection to the local SAMP hub (the one TOPCAT or Aladin runs), to send tables and sky positions from the
 * notebook to those applications. Connects through the hub's lockfile (SAMP Standard Profile): the one named by
 * the {@code SAMP_HUB} environment variable ({@code std-lockurl:…}), else {@code ~/.samp}. Close it when done.
 *
 * <pre>{@code
 * try (Samp samp = Samp.connect()) {
 *     samp.send(obj.lightCurve().table());          // TOPCAT opens the table
 *     samp.pointAt(247.45543, 24.77282);            // Aladin centres on the object
 * }
 * }</pre>
 */
public final class Samp implements AutoCloseable {
    /** MType asking applications to load a VOTable from a URL. */
    public static final String TABLE_LOAD_VOTABLE = "table.load.votable";
    /** MType asking applications to point at a sky position (ICRS degrees). */
    public static final String COORD_POINT_AT_SKY = "coord.pointAt.sky";

    private static final String SERVICE = "SAMP hub";
    private static final String HOW_TO_START = "start TOPCAT or Aladin (each runs a SAMP hub), or a bare hub with "
            + "`java -cp jsamp-1.3.9.jar org.astrogrid.samp.JSamp hub`, then call Samp.connect() again";
    private static final AtomicInteger TABLES_SENT = new AtomicInteger();
    /** JSAMP reports every connection step at INFO; a notebook shows only its warnings unless configured. */
    private static final Logger JSAMP_LOG = Logger.getLogger("org.astrogrid.samp");

    static {
        if (JSAMP_LOG.getLevel() == null) {
            JSAMP_LOG.setLevel(Level.WARNING);
        }
    }

    private final HubConnection connection;
    private final URL lockUrl;
    private volatile boolean closed;

    private Samp(HubConnection connection, URL lockUrl) {
        this.connection = connection;
        this.lockUrl = lockUrl;
    }

    /** Connects to the hub that {@code SAMP_HUB} or {@code ~/.samp} names. */
    public static Samp connect() {
        return connect(defaultLockUrl(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** Connects to the hub described by this lockfile (e.g. a hub started for one session). */
    public static Samp connect(Path lockfile) {
        return connect(fileUrl(lockfile));
    }

    private static Samp connect(URL lockUrl) {
        LockInfo lock;
        try {
            lock = LockInfo.readLockFile(lockUrl);
        } catch (IOException e) {
            lock = null;
        }
        if (lock == null) {
            throw new ServiceUnavailableException(SERVICE, "no SAMP hub is running (no lockfile at " + lockUrl
                    + "): " + HOW_TO_START);
        }
        try {
            HubConnection connection = new LockfileProfile(lock).register();
            Metadata meta = new Metadata();
            meta.setName("ztfkit");
            meta.setDescriptionText("ztfkit: ZTF objects, light curves and catalogs from a Java notebook");
            connection.declareMetadata(meta);
            return new Samp(connection, lockUrl);
        } catch (SampException | RuntimeException e) {
            throw new ServiceUnavailableException(SERVICE, "the hub named by " + lockUrl + " does not answer ("
                    + e.getMessage() + "); its lockfile may be left over from a hub that stopped: " + HOW_TO_START, e);
        }
    }

    /** Sends a table: it is written to a temporary VOTable file and offered to every application that loads tables. */
    public SampDelivery send(Table table) {
        return send(VoTable.of(table));
    }

    /** Sends a table with its metadata (units, UCDs), written to a temporary VOTable file. */
    public SampDelivery send(VoTable table) {
        Path file;
        try {
            file = Files.createTempFile("ztfkit-samp-", ".vot");
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new ZtfException("cannot write a temporary VOTable for SAMP: " + e.getMessage(), e);
        }
        Vo.writeVotable(table, file, VotableFormat.TABLEDATA);
        Message message = new Message(TABLE_LOAD_VOTABLE)
                .addParam("url", fileUrl(file).toString())
                .addParam("table-id", "ztfkit-" + ProcessHandle.current().pid() + "-" + TABLES_SENT.incrementAndGet())
                .addParam("name", table.name());
        return notifyAll(message);
    }

    /** Asks applications to centre on a sky position (ICRS degrees). */
    public SampDelivery pointAt(double raDeg, double decDeg) {
        SkyPosition position = SkyPosition.of(raDeg, decDeg);
        return notifyAll(new Message(COORD_POINT_AT_SKY)
                .addParam("ra", SampUtils.encodeFloat(position.ra()))
                .addParam("dec", SampUtils.encodeFloat(position.dec())));
    }

    /** Names of the other applications registered with the hub. */
    public List<String> clients() {
        checkOpen();
        try {
            List<String> names = new ArrayList<>();
            for (String id : connection.getRegisteredClients()) {
                names.add(name(id));
            }
            return names;
        } catch (SampException e) {
            throw lost(e);
        }
    }

    /** Unregisters from the hub. Safe to call twice. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                connection.unregister();
            } catch (SampException e) {
                // The hub is gone already: nothing left to release.
            }
        }
    }

    @Override
    public String toString() {
        return "Samp[" + (closed ? "closed" : "connected") + " via " + lockUrl + "]";
    }

    /** The lockfile URL of the SAMP Standard Profile: {@code SAMP_HUB=std-lockurl:<url>}, else {@code ~/.samp}. */
    static URL defaultLockUrl(Map<String, String> environment, Path home) {
        String hub = environment.get("SAMP_HUB");
        String prefix = "std-lockurl:";
        if (hub != null && hub.startsWith(prefix)) {
            try {
                return new URL(hub.substring(prefix.length()).strip());
            } catch (MalformedURLException e) {
                throw new ServiceUnavailableException(SERVICE, "SAMP_HUB='" + hub + "' does not hold a valid URL ("
                        + e.getMessage() + "); unset it or set it to std-lockurl:file:///path/to/lockfile");
            }
        }
        return fileUrl(home.resolve(".samp"));
    }

    private SampDelivery notifyAll(Message message) {
        checkOpen();
        try {
            List<String> names = new ArrayList<>();
            for (Object id : connection.notifyAll(message)) {
                names.add(name(id.toString()));
            }
            return new SampDelivery(message.getMType(), names);
        } catch (SampException e) {
            throw lost(e);
        }
    }

    private String name(String clientId) throws SampException {
        Metadata meta = connection.getMetadata(clientId);
        return meta == null || meta.getName() == null ? clientId : meta.getName();
    }

    private void checkOpen() {
        if (closed) {
            throw new ZtfException("this SAMP connection is closed: call Samp.connect() again");
        }
    }

    private static ServiceUnavailableException lost(SampException e) {
        return new ServiceUnavailableException(SERVICE, "the hub stopped answering (" + e.getMessage() + "); "
                + HOW_TO_START, e);
    }

    /** The Standard Profile with a lockfile already read, instead of JSAMP's own lookup. */
    private static final class LockfileProfile extends StandardClientProfile {
        private final LockInfo lock;

        LockfileProfile(LockInfo lock) {
            super(XmlRpcKit.getInstance());
            this.lock = lock;
        }

        @Override
        public LockInfo getLockInfo() {
            return lock;
        }
    }

    private static URL fileUrl(Path path) {
        return SampUtils.fileToUrl(path.toAbsolutePath().toFile());
    }
}
