package org.ztfkit.kb;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes a response in two parts; with
 * Nagle's algorithm the second waits for the client's delayed ACK, 40 ms per request, which made these tests slow.
 */
final class NoDelayServerSockets extends ServerSocketFactory {
    private static ServerSocket create() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket socket = new Socket();
                implAccept(socket);
                socket.setTcpNoDelay(true);
                return socket;
            }
        };
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return create();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = create();
        s.bind(new InetSocketAddress(port));
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket s = create();
        s.bind(new InetSocketAddress(port), backlog);
        return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket s = create();
        s.bind(new InetSocketAddress(address, port), backlog);
        return s;
    }
}
