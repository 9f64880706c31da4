package io.ikarus.connects.testkit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections send at once ({@code TCP_NODELAY}), as a vendor's front
 * end does, and close when they wait too long for their next request, as its load balancer does.
 *
 * <p>Without {@code TCP_NODELAY}, Nagle's algorithm on the fake meets delayed ACKs on the client
 * and each small response waits ~40 ms on loopback: a latency no real API adds and that made every
 * suite on the fakes many times slower than its work.
 */
final class NoDelaySockets extends ServerSocketFactory {

  private final Supplier<Duration> idleTimeout;
  private final Set<IdleAwareSocket> open = ConcurrentHashMap.newKeySet();

  /** Sockets that close a connection idle longer than {@code idleTimeout} (zero: never). */
  NoDelaySockets(Supplier<Duration> idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  /** Closes every accepted connection that is waiting for its next request. */
  void closeIdle() {
    for (IdleAwareSocket socket : open) {
      socket.closeIfIdle();
    }
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        if (isClosed()) {
          throw new SocketException("Socket is closed");
        }
        IdleAwareSocket socket = new IdleAwareSocket(idleTimeout, open::remove);
        implAccept(socket);
        socket.setTcpNoDelay(true);
        open.add(socket);
        socket.accepted();
        return socket;
      }
    };
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return createServerSocket(port, 50, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return createServerSocket(port, backlog, null);
  }

  /** A socket bound to {@code address} (null: any) and {@code port}, as {@link ServerSocket}'s. */
  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }
}
