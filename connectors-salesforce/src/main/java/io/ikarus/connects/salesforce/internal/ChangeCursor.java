package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a Salesforce change checkpoint: the {@code SystemModstamp} of the last row handed
 * out with the ids of every row handed out at that very stamp, and while a change scan is under way
 * the {@code nextRecordsUrl} to continue it. Serialised as {@code sf1.<base64url JSON>} so that
 * callers store it as an opaque string.
 *
 * @param stamp the last row's modification stamp; null before the first change
 * @param ids the ids handed out at {@code stamp} (rows sharing a stamp are told apart by id)
 * @param next the next page of the scan under way, or null
 */
public record ChangeCursor(Instant stamp, List<String> ids, String next) {

  private static final String PREFIX = "sf1.";

  /** The cursor of {@link Checkpoint#initial()}: from the beginning. */
  public static final ChangeCursor START = new ChangeCursor(null, List.of(), null);

  /** Copies. */
  public ChangeCursor {
    ids = List.copyOf(ids);
  }

  /** Reads a checkpoint this connector wrote. */
  public static ChangeCursor of(Checkpoint checkpoint) {
    if (checkpoint.isInitial()) {
      return START;
    }
    String text = checkpoint.asString();
    try {
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("unknown prefix");
      }
      byte[] json = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
      Map<String, Object> m = Json.parseObject(new String(json, StandardCharsets.UTF_8));
      Object stamp = m.get("stamp");
      List<String> ids = new ArrayList<>();
      ((List<?>) m.getOrDefault("ids", List.of())).forEach(id -> ids.add((String) id));
      return new ChangeCursor(
          stamp == null ? null : Instant.parse(stamp.toString()), ids, (String) m.get("next"));
    } catch (RuntimeException e) {
      String message = "not a Salesforce checkpoint (" + e.getMessage() + ")";
      throw new ValidationException(
          message, ErrorContext.of(SalesforceNames.CONNECTOR, "changesSince"), List.of());
    }
  }

  /** Writes this cursor as a checkpoint. */
  public Checkpoint checkpoint() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stamp", stamp == null ? null : stamp.toString());
    m.put("ids", ids);
    m.put("next", next);
    String json = Json.write(m);
    return Checkpoint.parse(
        PREFIX
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8)));
  }
}
