package io.ikarus.connects.generic;

import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.Faults;
import io.ikarus.connects.testkit.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Test configurations from resources, and the contract server over a testkit fake. */
final class Configs {

  private Configs() {}

  /** The text of {@code configs/<name>.json}. */
  static String load(String name) {
    try (InputStream in = Configs.class.getResourceAsStream("/configs/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A contract server over a fake's journal and faults. */
  static ContractServer server(Journal journal, Faults faults) {
    return new ContractServer() {
      @Override
      public int requestCount() {
        return journal.count();
      }

      @Override
      public void failNext(int count, int status, Duration retryAfter) {
        if (retryAfter == null) {
          faults.failNext(count, status);
        } else {
          faults.failNextWithRetryAfter(count, status, retryAfter);
        }
      }
    };
  }
}
