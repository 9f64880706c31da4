package io.ikarus.connects.testkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs fakes as a standalone process, seeded with sample data, for tools in other languages and
 * manual {@code curl} sessions:
 *
 * <pre>{@code
 * java -cp connects-testkit.jar:... io.ikarus.connects.testkit.FakeServers salesforce:8081
 * }</pre>
 *
 * <p>Each argument is {@code <vendor>:<port>} (port 0 picks a free one). Known vendors: {@code
 * salesforce}, {@code monday}, {@code hubspot}, {@code dynamics}, {@code pipedrive}. The URLs and
 * credentials are printed on standard output; the process runs until killed.
 */
public final class FakeServers implements AutoCloseable {

  private final List<AutoCloseable> fakes = new ArrayList<>();
  private final StringBuilder banner = new StringBuilder();

  private FakeServers() {}

  /**
   * Starts the fakes named in {@code specs}.
   *
   * @throws IllegalArgumentException for an unknown vendor or a malformed spec, naming it
   */
  public static FakeServers start(String... specs) {
    FakeServers servers = new FakeServers();
    try {
      for (String spec : specs) {
        servers.startOne(spec);
      }
    } catch (RuntimeException e) {
      servers.close();
      throw e;
    }
    return servers;
  }

  /** The printed description: one block per fake with its URL and credentials. */
  public String banner() {
    return banner.toString();
  }

  /** Stops every fake. */
  @Override
  public void close() {
    for (AutoCloseable fake : fakes) {
      try {
        fake.close();
      } catch (Exception e) {
        banner.append("failed to stop a fake: ").append(e).append('\n');
      }
    }
    fakes.clear();
  }

  private void startOne(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("expected <vendor>:<port>, got '" + spec + "'");
    }
    String vendor = spec.substring(0, colon).toLowerCase(Locale.ROOT);
    int port = parsePort(spec.substring(colon + 1), spec);
    AbstractFake fake =
        switch (vendor) {
          case "salesforce" -> FakeSalesforce.builder().port(port).sampleData(true).start();
          case "monday" -> FakeMonday.builder().port(port).start();
          case "hubspot" -> FakeHubSpot.builder().port(port).sampleData(true).start();
          case "dynamics" -> FakeDynamics.builder().port(port).sampleData(true).start();
          case "pipedrive" -> FakePipedrive.builder().port(port).sampleData(true).start();
          default ->
              throw new IllegalArgumentException(
                  "unknown fake '"
                      + vendor
                      + "' in '"
                      + spec
                      + "'; known: salesforce, monday, hubspot, dynamics, pipedrive");
        };
    fakes.add(fake);
    banner.append(fake.describe());
  }

  private static int parsePort(String text, String spec) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range in '" + spec + "'");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number in '" + spec + "'", e);
    }
  }

  /** Starts the fakes named on the command line and waits until the process is killed. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      out.println(
          "usage: FakeServers <vendor>:<port> ...   (vendors: salesforce, monday, hubspot, dynamics,"
              + " pipedrive)");
      return;
    }
    FakeServers servers = start(args);
    Runtime.getRuntime().addShutdownHook(new Thread(servers::close));
    out.print(servers.banner());
    out.println("running; stop with Ctrl-C");
    Thread.currentThread().join();
  }
}
