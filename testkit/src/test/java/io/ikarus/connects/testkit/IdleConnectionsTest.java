package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every fake closes a keep-alive connection that waits too long for its next request, as vendors'
 * load balancers do, and can close its idle connections on demand; asserted on a raw socket.
 */
class IdleConnectionsTest extends SalesforceTestSupport {

  @Test
  void idleConnectionsAreClosedByDefaultAfterAVendorLikeTime() {
    assertThat(sf.faults().idleTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aKeepAliveConnectionIdleLongerThanTheTimeoutIsClosed() throws IOException {
    sf.faults().idleTimeout(Duration.ofMillis(150));
    try (Socket socket = connect()) {
      assertThat(exchange(socket)).startsWith("HTTP/1.1 ");

      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void aConnectionWaitingForItsAnswerIsNotIdle() throws IOException {
    sf.faults().idleTimeout(Duration.ofMillis(100)).delayNext(1, Duration.ofMillis(400));
    try (Socket socket = connect()) {
      assertThat(exchange(socket)).startsWith("HTTP/1.1 ");
    }
  }

  @Test
  void closeIdleConnectionsClosesPooledConnectionsAtOnce() throws IOException {
    try (Socket socket = connect()) {
      assertThat(exchange(socket)).startsWith("HTTP/1.1 ");

      sf.faults().closeIdleConnections();

      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void aConnectionKeptBusyIsReusedAcrossRequests() throws IOException {
    sf.faults().idleTimeout(Duration.ofSeconds(30));
    try (Socket socket = connect()) {
      exchange(socket);
      assertThat(exchange(socket)).startsWith("HTTP/1.1 ");
    }
  }

  private Socket connect() throws IOException {
    URI uri = URI.create(sf.url());
    Socket socket = new Socket(uri.getHost(), uri.getPort());
    socket.setSoTimeout(5_000);
    return socket;
  }

  /** Sends one keep-alive GET and reads its whole answer; returns the status line and headers. */
  private String exchange(Socket socket) throws IOException {
    String request = "GET " + sf.dataPath() + "/sobjects/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the answer's headers");
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    in.readNBytes(contentLength(headers));
    return headers;
  }

  private static int contentLength(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }
}
