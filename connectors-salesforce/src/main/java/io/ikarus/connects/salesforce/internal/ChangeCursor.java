package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a Salesforce change checkpoint: the feed's {@link ChangeWindow} (newest {@code
 * SystemModstamp} handed out, and the rows handed out within the lookback before it, by id and
 * content fingerprint) and, while a change scan is under way, the {@code nextRecordsUrl} to
 * continue it. Serialised as {@code sf2.<base64url JSON>} so that callers store it as an opaque
 * string; the older {@code sf1.} form (last stamp and the ids handed out at it) is still read.
 *
 * @param window what was handed out
 * @param next the next page of the scan under way, or null
 */
public record ChangeCursor(ChangeWindow window, String next) {

  private static final String PREFIX = "sf2.";
  private static final String OLD_PREFIX = "sf1.";

  /** Reads a checkpoint this connector wrote; {@code lookback} is the feed's window. */
  public static ChangeCursor of(Checkpoint checkpoint, Duration lookback) {
    if (checkpoint.isInitial()) {
      return new ChangeCursor(ChangeWindow.start(lookback), null);
    }
    String text = checkpoint.asString();
    try {
      boolean old = text.startsWith(OLD_PREFIX);
      if (!old && !text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("unknown prefix");
      }
      byte[] json = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
      Map<String, Object> m = Json.parseObject(new String(json, StandardCharsets.UTF_8));
      return new ChangeCursor(old ? oldWindow(m, lookback) : window(m, lookback), next(m));
    } catch (RuntimeException e) {
      String message = "not a Salesforce checkpoint (" + e.getMessage() + ")";
      throw new ValidationException(
          message, ErrorContext.of(SalesforceNames.CONNECTOR, "changesSince"), List.of());
    }
  }

  @SuppressWarnings("unchecked")
  private static ChangeWindow window(Map<String, Object> m, Duration lookback) {
    return ChangeWindow.fromJson((Map<String, Object>) m.get("window"), lookback);
  }

  private static ChangeWindow oldWindow(Map<String, Object> m, Duration lookback) {
    Object stamp = m.get("stamp");
    List<String> ids = new ArrayList<>();
    ((List<?>) m.getOrDefault("ids", List.of())).forEach(id -> ids.add((String) id));
    Instant at = stamp == null ? null : Instant.parse(stamp.toString());
    return ChangeWindow.continuing(at, ids, lookback);
  }

  private static String next(Map<String, Object> m) {
    return (String) m.get("next");
  }

  /** Writes this cursor as a checkpoint. */
  public Checkpoint checkpoint() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("window", window.toJson());
    m.put("next", next);
    String json = Json.write(m);
    return Checkpoint.parse(
        PREFIX
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8)));
  }
}
