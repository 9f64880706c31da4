package io.ikarus.connects.testlog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;

/**
 * Records every log line (all levels, with the MDC at the time) while a capture is open; core's
 * tests run with {@link CapturingProvider} as SLF4J's provider. While a capture is open every level
 * at or above its threshold is enabled for every logger.
 */
public final class LogCapture implements AutoCloseable {

  /** One recorded line. */
  public record Line(Level level, String logger, String message, Map<String, String> mdc) {}

  private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();

  private final List<Line> lines = new CopyOnWriteArrayList<>();
  private final Level threshold;

  private LogCapture(Level threshold) {
    this.threshold = threshold;
  }

  /** Starts recording every level; close to stop. */
  public static LogCapture open() {
    return open(Level.TRACE);
  }

  /** Starts recording, with levels below {@code threshold} disabled; close to stop. */
  public static LogCapture open(Level threshold) {
    LogCapture c = new LogCapture(threshold);
    OPEN.add(c);
    return c;
  }

  /** The lines recorded so far. */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The lines of loggers whose name ends with {@code simpleName}. */
  public List<Line> from(String simpleName) {
    return lines.stream().filter(l -> l.logger().endsWith("." + simpleName)).toList();
  }

  static boolean capturing(Level level) {
    return OPEN.stream().anyMatch(c -> level.toInt() >= c.threshold.toInt());
  }

  static void record(Line line) {
    OPEN.stream()
        .filter(c -> line.level().toInt() >= c.threshold.toInt())
        .forEach(c -> c.lines.add(line));
  }

  @Override
  public void close() {
    OPEN.remove(this);
  }
}
