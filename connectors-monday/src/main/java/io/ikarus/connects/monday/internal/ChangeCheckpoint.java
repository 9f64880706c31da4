package io.ikarus.connects.monday.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The position of a monday change feed: the {@link ChangeWindow} of items handed out (the newest
 * {@code updated_at} and the items handed out within the lookback before it, with a fingerprint of
 * their fields), and the last activity-log entry seen (in monday's 100 ns ticks). Serialised as
 * {@code v2|<base64url JSON window>|ticks}; the older {@code v1|seconds|id:print,...|ticks} form is
 * still read (its items at the boundary second may be handed out once more).
 *
 * @param window the items handed out; its {@code high} is null before the first item
 * @param logTicks the created_at of the newest activity-log entry seen, -1 when none
 */
public record ChangeCheckpoint(ChangeWindow window, long logTicks) {

  /** Reads a checkpoint; the initial one starts before everything. */
  public static ChangeCheckpoint parse(Checkpoint checkpoint, Duration lookback) {
    if (checkpoint.isInitial()) {
      return new ChangeCheckpoint(ChangeWindow.start(lookback), -1);
    }
    String[] parts = checkpoint.asString().split("\\|", -1);
    try {
      if (parts.length == 3 && parts[0].equals("v2")) {
        byte[] json = Base64.getUrlDecoder().decode(parts[1]);
        Map<String, Object> m = Json.parseObject(new String(json, StandardCharsets.UTF_8));
        return new ChangeCheckpoint(ChangeWindow.fromJson(m, lookback), Long.parseLong(parts[2]));
      }
      if (parts.length == 4 && parts[0].equals("v1")) {
        long second = Long.parseLong(parts[1]);
        Set<String> ids = new LinkedHashSet<>();
        for (String entry : parts[2].split(",")) {
          if (!entry.isEmpty()) {
            ids.add(entry.split(":", 2)[0]);
          }
        }
        Instant high = second < 0 ? null : Instant.ofEpochSecond(second);
        return new ChangeCheckpoint(
            ChangeWindow.continuing(high, ids, lookback), Long.parseLong(parts[3]));
      }
    } catch (RuntimeException e) {
      throw notMonday(checkpoint, e);
    }
    throw notMonday(checkpoint, null);
  }

  private static IllegalArgumentException notMonday(Checkpoint checkpoint, Exception cause) {
    return new IllegalArgumentException("not a monday checkpoint: " + checkpoint.asString(), cause);
  }

  /** True before the first item was handed out. */
  public boolean initial() {
    return window.high() == null;
  }

  /** Serialises. */
  public Checkpoint toCheckpoint() {
    byte[] json = Json.write(window.toJson()).getBytes(StandardCharsets.UTF_8);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    return Checkpoint.parse("v2|" + text + "|" + logTicks);
  }
}
