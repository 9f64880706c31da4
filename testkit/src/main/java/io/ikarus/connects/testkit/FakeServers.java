package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.WholeNumber;
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

  private static final String VENDORS = "salesforce, monday, hubspot, dynamics, pipedrive";

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
    int port =
        WholeNumber.parse(
            spec.substring(colon + 1),
            0,
            0,
            65_535,
            () ->
                new IllegalArgumentException(
                    "port is not a number from 0 to 65535 in '" + spec + "'"));
    AbstractFake fake =
        switch (vendor) {
          case "salesforce" -> FakeSalesforce.builder().port(port).sampleData(true).start();
          case "monday" -> FakeMonday.builder().port(port).sampleData(true).start();
          case "hubspot" -> FakeHubSpot.builder().port(port).sampleData(true).start();
          case "dynamics" -> FakeDynamics.builder().port(port).sampleData(true).start();
          case "pipedrive" -> FakePipedrive.builder().port(port).sampleData(true).start();
          default ->
              throw new IllegalArgumentException(
                  "unknown fake '" + vendor + "' in '" + spec + "'; known: " + VENDORS);
        };
    fakes.add(fake);
    banner.append(fake.describe());
  }

  /** Starts the fakes named on the command line and waits until the process is killed. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      out.println("usage: FakeServers <vendor>:<port> ...   (vendors: " + VENDORS + ")");
      return;
    }
    FakeServers servers = start(args);
    Runtime.getRuntime().addShutdownHook(new Thread(servers::close));
    out.print(servers.banner());
    out.println("running; stop with Ctrl-C");
    Thread.currentThread().join();
  }
}
