package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.astrogrid.samp.Message;
import org.astrogrid.samp.SampUtils;
import org.astrogrid.samp.client.AbstractMessageHandler;
import org.astrogrid.samp.client.ClientProfile;
import org.astrogrid.samp.client.HubConnection;
import org.astrogrid.samp.client.HubConnector;
import org.astrogrid.samp.hub.Hub;
import org.astrogrid.samp.hub.HubProfile;
import org.astrogrid.samp.hub.HubServiceMode;
import org.astrogrid.samp.xmlrpc.LockInfo;
import org.astrogrid.samp.xmlrpc.StandardClientProfile;
import org.astrogrid.samp.xmlrpc.StandardHubProfile;
import org.astrogrid.samp.xmlrpc.XmlRpcKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.errors.ZtfException;
import tech.tablesaw.api.Table;

/**
 * SAMP against a JSAMP hub started by the test, with its lockfile in a temporary folder, and a second JSAMP client
 * that subscribes to the MTypes and records what it receives. The user's {@code ~/.samp} is never read or written.
 */
class SampTest {
    static final Path USER_LOCKFILE = Path.of(System.getProperty("user.home"), ".samp");
    static FileTime userLockfileBefore;

    @TempDir
    Path dir;
    Path lockfile;
    Hub hub;
    HubConnector receiver;
    final BlockingQueue<Message> received = new LinkedBlockingQueue<>();

    @BeforeAll
    static void noteUserLockfile() throws IOException {
        userLockfileBefore = Files.exists(USER_LOCKFILE) ? Files.getLastModifiedTime(USER_LOCKFILE) : null;
    }

    @AfterAll
    static void userLockfileIsUntouched() throws IOException {
        assertEquals(userLockfileBefore, Files.exists(USER_LOCKFILE) ? Files.getLastModifiedTime(USER_LOCKFILE) : null,
                "~/.samp must be neither created nor changed by the tests");
    }

    @BeforeEach
    void startHubAndReceiver() throws IOException {
        lockfile = dir.resolve("test-hub.samp");
        XmlRpcKit kit = XmlRpcKit.INTERNAL;
        HubProfile profile = new StandardHubProfile(kit.getClientFactory(), kit.getServerFactory(), lockfile.toFile(),
                StandardHubProfile.createSecret());
        hub = Hub.runHub(HubServiceMode.NO_GUI, new HubProfile[] {profile}, new HubProfile[0]);
        assertTrue(Files.exists(lockfile), "the hub wrote its lockfile in the test folder");

        receiver = new HubConnector(lockfileProfile(lockfile));
        receiver.declareMetadata(Map.of("samp.name", "test-receiver"));
        receiver.addMessageHandler(new AbstractMessageHandler(new String[] {Samp.TABLE_LOAD_VOTABLE,
                Samp.COORD_POINT_AT_SKY}) {
            @Override
            public Map<?, ?> processCall(HubConnection connection, String senderId, Message message) {
                received.add(message);
                return null;
            }
        });
        receiver.declareSubscriptions(receiver.computeSubscriptions());
        receiver.setActive(true);
        assertTrue(receiver.isConnected(), "the receiving client registered with the test hub");
    }

    @AfterEach
    void stopHub() {
        receiver.setActive(false);
        hub.shutdown();
    }

    @Test
    void sendsATableThatReadsBackTheSame() throws Exception {
        Table table = VotableRoundTripTest.syntheticTable();
        VoTable withUnits = VoTable.of(table).withColumn(ColumnMeta.of("ra", "").withUnit("deg"));
        try (Samp samp = Samp.connect(lockfile)) {
            assertTrue(samp.clients().contains("test-receiver"), samp.clients().toString());

            SampDelivery delivery = samp.send(withUnits);

            assertEquals(List.of("test-receiver"), delivery.recipients());
            assertEquals("sent table.load.votable to test-receiver", delivery.toString());
            Message message = received.poll(30, TimeUnit.SECONDS);
            assertNotNull(message, "the receiver got a message");
            assertEquals(Samp.TABLE_LOAD_VOTABLE, message.getMType());
            assertEquals("synthetic", message.getParam("name"));
            assertTrue(message.getParam("table-id").toString().startsWith("ztfkit-"));
            Path sent = SampUtils.urlToFile(new URL(message.getParam("url").toString())).toPath();
            VoTable back = Vo.readVotable(sent);
            VotableRoundTripTest.assertSameCells(table, back.toTable(), "sent over SAMP");
            assertEquals("deg", back.column("ra").unit());
        }
    }

    @Test
    void pointsAtASkyPosition() throws Exception {
        try (Samp samp = Samp.connect(lockfile)) {
            SampDelivery delivery = samp.pointAt(247.45543, -24.77282);
            assertEquals(List.of("test-receiver"), delivery.recipients());
            Message message = received.poll(30, TimeUnit.SECONDS);
            assertNotNull(message, "the receiver got a message");
            assertEquals(Samp.COORD_POINT_AT_SKY, message.getMType());
            assertEquals(247.45543, Double.parseDouble(message.getParam("ra").toString()), 0);
            assertEquals(-24.77282, Double.parseDouble(message.getParam("dec").toString()), 0);
        }
    }

    @Test
    void aMessageNobodyListensForIsReportedUndelivered() {
        receiver.setActive(false);
        try (Samp samp = Samp.connect(lockfile)) {
            SampDelivery delivery = samp.pointAt(10, 20);
            assertFalse(delivery.isDelivered());
            assertTrue(delivery.toString().contains("open TOPCAT or Aladin"), delivery.toString());
        }
    }

    @Test
    void withoutAHubTheErrorSaysHowToStartOne() {
        Path none = dir.resolve("no-hub.samp");
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> Samp.connect(none));
        assertTrue(e.getMessage().contains("no SAMP hub is running") && e.getMessage().contains("no-hub.samp")
                && e.getMessage().contains("start TOPCAT or Aladin"), e.getMessage());
    }

    @Test
    void aLockfileLeftByAStoppedHubIsExplained() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path stale = dir.resolve("stale.samp");
        Files.writeString(stale, "samp.secret=abc\nsamp.hub.xmlrpc.url=http://127.0.0.1:" + closedPort
                + "/xmlrpc\nsamp.profile.version=1.3\n");
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> Samp.connect(stale));
        assertTrue(e.getMessage().contains("does not answer") && e.getMessage().contains("left over"),
                e.getMessage());
    }

    @Test
    void aClosedConnectionRefusesToSendAndBadPositionsAreRejected() {
        Samp samp = Samp.connect(lockfile);
        assertThrows(InvalidInputException.class, () -> samp.pointAt(400, 0));
        samp.close();
        samp.close();
        ZtfException e = assertThrows(ZtfException.class, () -> samp.pointAt(10, 20));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void theLockfileComesFromSampHubOrTheHomeFolder() {
        Path home = dir.resolve("home");
        assertEquals(home.resolve(".samp").toAbsolutePath(), path(Samp.defaultLockUrl(Map.of(), home)));
        assertEquals(Path.of("/tmp/hub.lock"),
                path(Samp.defaultLockUrl(Map.of("SAMP_HUB", "std-lockurl:file:///tmp/hub.lock"), home)));
        assertEquals(home.resolve(".samp").toAbsolutePath(),
                path(Samp.defaultLockUrl(Map.of("SAMP_HUB", "jsamp-class:some.Profile"), home)));
    }

    private static Path path(URL url) {
        return SampUtils.urlToFile(url).toPath();
    }

    /** The receiver's own way to the test hub: JSAMP's Standard Profile reading the test lockfile. */
    private static ClientProfile lockfileProfile(Path lockfile) {
        return new StandardClientProfile(XmlRpcKit.INTERNAL) {
            @Override
            public LockInfo getLockInfo() throws IOException {
                return LockInfo.readLockFile(lockfile.toUri().toURL());
            }
        };
    }
}
