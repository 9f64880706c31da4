package io.ikarus.connects.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link StreamChild} in its own JVM with a given heap and a time limit, and collects its
 * {@code result} line, or, when it is stopped at the limit, its last {@code progress} line.
 */
final class ChildJvm {

  private final List<String> tail = new ArrayList<>();
  private volatile Map<String, String> result;
  private volatile Map<String, String> progress = Map.of("rows", "0");

  private ChildJvm() {}

  /**
   * Runs the child with {@code args}; returns its result fields, with {@code timedOut=true} and the
   * last progress when it was stopped after {@code limit}.
   */
  static Map<String, String> run(String heap, Duration limit, String... args) {
    return run(StreamChild.class, heap, limit, args);
  }

  /**
   * Runs the main class {@code main} the same way (see {@link #run(String, Duration, String...)}).
   */
  static Map<String, String> run(Class<?> main, String heap, Duration limit, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      ChildJvm child = new ChildJvm();
      Thread reader = new Thread(() -> child.read(process), "stream-child-output");
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        Map<String, String> stopped = new HashMap<>(child.progress);
        stopped.put("timedOut", "true");
        return stopped;
      }
      reader.join(5_000);
      return child.resultOrFail();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the stream child JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the stream child JVM ran", e);
    }
  }

  private void read(Process process) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("result ")) {
          result = fields(line.substring(7));
        } else if (line.startsWith("progress ")) {
          progress = fields(line.substring(9));
        } else {
          System.err.println("child: " + line);
          synchronized (tail) {
            tail.add(line);
          }
        }
      }
    } catch (IOException e) {
      synchronized (tail) {
        tail.add("reading the child's output failed: " + e);
      }
    }
  }

  private Map<String, String> resultOrFail() {
    if (result == null) {
      synchronized (tail) {
        int from = Math.max(0, tail.size() - 20);
        throw new IllegalStateException(
            "the stream child JVM printed no result:\n"
                + String.join("\n", tail.subList(from, tail.size())));
      }
    }
    return result;
  }

  private static Map<String, String> fields(String text) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : text.split(" ")) {
      int eq = pair.indexOf('=');
      fields.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return fields;
  }
}
