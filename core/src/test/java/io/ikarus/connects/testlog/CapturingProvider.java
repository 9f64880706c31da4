package io.ikarus.connects.testlog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for core's tests, named by the {@code slf4j.provider} system property in the
 * surefire configuration: it keeps a real MDC and hands lines to {@link LogCapture}, and prints
 * what {@code simplelogger.properties} would print (DEBUG for the SDK, INFO otherwise).
 */
public final class CapturingProvider implements SLF4JServiceProvider {

  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory =
      name -> loggers.computeIfAbsent(name, CapturingLogger::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CapturingLogger extends LegacyAbstractLogger {

    CapturingLogger(String name) {
      this.name = name;
    }

    /**
     * Printed to System.err (looked up per call, so a test can swap it): as
     * simplelogger.properties.
     */
    private boolean printed(Level level) {
      Level threshold = name.startsWith("io.ikarus.connects") ? Level.DEBUG : Level.INFO;
      return level.toInt() >= threshold.toInt();
    }

    private boolean on(Level level) {
      return LogCapture.capturing(level) || printed(level);
    }

    @Override
    public boolean isTraceEnabled() {
      return on(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return on(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return on(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] args, Throwable thrown) {
      String message = MessageFormatter.basicArrayFormat(pattern, args);
      Map<String, String> context = MDC.getCopyOfContextMap();
      LogCapture.record(
          new LogCapture.Line(
              level, name, message, context == null ? Map.of() : Map.copyOf(context)));
      if (printed(level)) {
        System.err.println(
            "[" + Thread.currentThread().getName() + "] " + level + " " + name + " - " + message);
        if (thrown != null) {
          thrown.printStackTrace();
        }
      }
    }
  }
}
