package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import java.time.Instant;
import java.util.List;

/**
 * Where a change feed stands: the window {@code [since, until)} of the run (since null: from the
 * beginning; until null: a new run starts at the next call), the phase within the run (0 = the
 * updated records, then the entity's deletion listings) and the page token within the phase. Text
 * form: {@code pd1|<phase>|<since epoch s or ->|<until epoch s or ->|<token or ->}.
 *
 * @param phase the phase index
 * @param since the window start (inclusive), or null
 * @param until the window end (exclusive), or null between runs
 * @param token the next page's cursor or start, or null for the phase's first page
 */
public record ChangeCheckpoint(int phase, Instant since, Instant until, String token) {

  private static final String PREFIX = "pd1";

  /** Parses a checkpoint; the initial one starts from the beginning. */
  public static ChangeCheckpoint parse(Checkpoint checkpoint, ErrorContext context) {
    if (checkpoint.isInitial()) {
      return new ChangeCheckpoint(0, null, null, null);
    }
    String[] p = checkpoint.asString().split("\\|", -1);
    try {
      if (p.length != 5 || !p[0].equals(PREFIX)) {
        throw new IllegalArgumentException(checkpoint.asString());
      }
      return new ChangeCheckpoint(Integer.parseInt(p[1]), instant(p[2]), instant(p[3]), text(p[4]));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "not a Pipedrive checkpoint: '" + checkpoint.asString() + "'", context, List.of());
    }
  }

  /** The checkpoint as the SDK stores it. */
  public Checkpoint toCheckpoint() {
    return Checkpoint.parse(
        String.join(
            "|",
            PREFIX,
            Integer.toString(phase),
            since == null ? "-" : Long.toString(since.getEpochSecond()),
            until == null ? "-" : Long.toString(until.getEpochSecond()),
            token == null ? "-" : token));
  }

  private static Instant instant(String text) {
    return text.equals("-") ? null : Instant.ofEpochSecond(Long.parseLong(text));
  }

  private static String text(String text) {
    return text.equals("-") ? null : text;
  }
}
