package io.ikarus.connects.internal.log;

import io.ikarus.connects.event.MdcKeys;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/** Puts a request's connector, operation and id into the SLF4J MDC and restores what was there. */
public final class LogContext {

  private LogContext() {}

  /** A new request id: 16 hex digits, random. */
  public static String newRequestId() {
    String hex = Long.toHexString(ThreadLocalRandom.current().nextLong());
    return hex.length() == 16 ? hex : "0".repeat(16 - hex.length()) + hex;
  }

  /** Runs {@code work} with the three keys set, then restores the previous values. */
  public static void run(String connector, String operation, String requestId, Runnable work) {
    String oldConnector = MDC.get(MdcKeys.CONNECTOR);
    String oldOperation = MDC.get(MdcKeys.OPERATION);
    String oldId = MDC.get(MdcKeys.REQUEST_ID);
    set(MdcKeys.CONNECTOR, connector);
    set(MdcKeys.OPERATION, operation);
    set(MdcKeys.REQUEST_ID, requestId);
    try {
      work.run();
    } finally {
      set(MdcKeys.CONNECTOR, oldConnector);
      set(MdcKeys.OPERATION, oldOperation);
      set(MdcKeys.REQUEST_ID, oldId);
    }
  }

  private static void set(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
