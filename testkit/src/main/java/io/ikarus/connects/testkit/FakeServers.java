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
    if (vendor.equals("monday")) {
      startMonday(port);
      return;
    }
    if (vendor.equals("hubspot")) {
      startHubSpot(port);
      return;
    }
    if (vendor.equals("pipedrive")) {
      FakePipedrive pipedrive = FakePipedrive.builder().port(port).sampleData(true).start();
      fakes.add(pipedrive);
      banner.append(pipedrive.describe());
      return;
    }
    if (vendor.equals("dynamics")) {
      FakeDynamics d365 = FakeDynamics.builder().port(port).sampleData(true).start();
      fakes.add(d365);
      banner.append(d365.describe());
      return;
    }
    if (!vendor.equals("salesforce")) {
      throw new IllegalArgumentException(
          "unknown fake '"
              + vendor
              + "' in '"
              + spec
              + "'; known: salesforce, monday, hubspot, dynamics, pipedrive");
    }
    FakeSalesforce sf = FakeSalesforce.builder().port(port).sampleData(true).start();
    fakes.add(sf);
    banner
        .append("salesforce  ")
        .append(sf.url())
        .append("\n  token URL      ")
        .append(sf.tokenUrl())
        .append("\n  REST base      ")
        .append(sf.url())
        .append(sf.dataPath())
        .append("\n  username       ")
        .append(sf.username())
        .append("\n  password       ")
        .append(sf.password())
        .append("\n  security token ")
        .append(sf.securityToken())
        .append("\n  client id      ")
        .append(sf.clientId())
        .append("\n  client secret  ")
        .append(sf.clientSecret())
        .append("\n  refresh token  ")
        .append(sf.refreshToken())
        .append('\n');
  }

  private void startMonday(int port) {
    FakeMonday monday = FakeMonday.builder().port(port).start();
    fakes.add(monday);
    banner
        .append("monday      ")
        .append(monday.url())
        .append("/v2")
        .append("\n  API token      ")
        .append(monday.apiToken())
        .append("\n  board id       ")
        .append(monday.sampleBoardId())
        .append("\n  API-Version    2025-10 (any YYYY-01/04/07/10 from 2024)\n");
  }

  private void startHubSpot(int port) {
    FakeHubSpot hubspot = FakeHubSpot.builder().port(port).sampleData(true).start();
    fakes.add(hubspot);
    banner
        .append("hubspot     ")
        .append(hubspot.url())
        .append("/crm/v3")
        .append("\n  private-app token ")
        .append(hubspot.privateAppToken())
        .append("\n  token URL      ")
        .append(hubspot.tokenUrl())
        .append("\n  forms host     ")
        .append(hubspot.url())
        .append('\n');
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
