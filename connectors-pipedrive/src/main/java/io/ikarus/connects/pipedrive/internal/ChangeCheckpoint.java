package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Where a change feed stands: the window {@code [since, until)} of the run (since null: from the
 * beginning; until null: a new run starts at the next call), the phase within the run (0 = the
 * updated records, then the entity's deletion listings), the page token within the phase, and the
 * {@link ChangeWindow} of changes handed out within the lookback. Text form: {@code
 * pd2|<phase>|<since epoch s or ->|<until epoch s or ->|<token or ->|<base64url JSON window>}; the
 * older {@code pd1} form (no window) is still read.
 *
 * @param phase the phase index
 * @param since the window start (inclusive), or null
 * @param until the window end (exclusive), or null between runs
 * @param token the next page's cursor or start, or null for the phase's first page
 * @param window the changes handed out within the lookback
 */
public record ChangeCheckpoint(
    int phase, Instant since, Instant until, String token, ChangeWindow window) {

  private static final String PREFIX = "pd2";

  /** Parses a checkpoint; the initial one starts from the beginning. */
  public static ChangeCheckpoint parse(
      Checkpoint checkpoint, Duration lookback, ErrorContext context) {
    if (checkpoint.isInitial()) {
      return new ChangeCheckpoint(0, null, null, null, ChangeWindow.start(lookback));
    }
    String[] p = checkpoint.asString().split("\\|", -1);
    try {
      ChangeWindow window;
      if (p.length == 6 && p[0].equals(PREFIX)) {
        byte[] json = Base64.getUrlDecoder().decode(p[5]);
        Map<String, Object> m = Json.parseObject(new String(json, StandardCharsets.UTF_8));
        window = ChangeWindow.fromJson(m, lookback);
      } else if (p.length == 5 && p[0].equals("pd1")) {
        window = ChangeWindow.start(lookback);
      } else {
        throw new IllegalArgumentException(checkpoint.asString());
      }
      return new ChangeCheckpoint(
          Integer.parseInt(p[1]), instant(p[2]), instant(p[3]), text(p[4]), window);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "not a Pipedrive checkpoint: '" + checkpoint.asString() + "'", context, List.of());
    }
  }

  /** This checkpoint at another phase, page and window bounds, with the same change window. */
  ChangeCheckpoint at(int phase, Instant since, Instant until, String token) {
    return new ChangeCheckpoint(phase, since, until, token, window);
  }

  /** The checkpoint as the SDK stores it. */
  public Checkpoint toCheckpoint() {
    byte[] json = Json.write(window.toJson()).getBytes(StandardCharsets.UTF_8);
    return Checkpoint.parse(
        String.join(
            "|",
            PREFIX,
            Integer.toString(phase),
            since == null ? "-" : Long.toString(since.getEpochSecond()),
            until == null ? "-" : Long.toString(until.getEpochSecond()),
            token == null ? "-" : token,
            Base64.getUrlEncoder().withoutPadding().encodeToString(json)));
  }

  private static Instant instant(String text) {
    return text.equals("-") ? null : Instant.ofEpochSecond(Long.parseLong(text));
  }

  private static String text(String text) {
    return text.equals("-") ? null : text;
  }
}
