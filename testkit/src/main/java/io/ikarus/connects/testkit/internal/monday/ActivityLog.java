package io.ikarus.connects.testkit.internal.monday;

import java.time.Instant;

/**
 * One board activity log entry. {@code created_at} is rendered like monday's: a decimal string of
 * the epoch in units of 100 ns (17 digits).
 *
 * @param id the entry id
 * @param boardId the board
 * @param event the event name ({@code create_pulse}, {@code update_column_value}, {@code
 *     delete_pulse}, {@code archive_pulse})
 * @param data the event data, a JSON document as a string
 * @param createdAt when it happened
 */
public record ActivityLog(String id, String boardId, String event, String data, Instant createdAt) {

  /** The {@code created_at} field as monday renders it. */
  public String createdAtTicks() {
    long ticks = createdAt.getEpochSecond() * 10_000_000L + createdAt.getNano() / 100;
    return Long.toString(ticks);
  }
}
