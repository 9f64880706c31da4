package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /sobjects/{Obj}/deleted/?start=&end=} and {@code /updated/}: data replication. Seconds
 * are ignored (times are truncated to the minute) and deletions older than 15 days are purged, as
 * on the real API.
 */
final class SObjectReplication {

  private static final Duration RECYCLE_BIN = Duration.ofDays(15);

  private SObjectReplication() {}

  static FakeResponse deleted(SfCall call, SfObject object, Instant now) {
    Instant[] range = range(call);
    Instant earliest = now.minus(RECYCLE_BIN).truncatedTo(ChronoUnit.MINUTES);
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("deletedRecords");
    for (StoredRecord r : object.extent().stored()) {
      Instant at = r.deletedAt();
      if (at != null && !at.isBefore(earliest) && inRange(at, range)) {
        list.addObject().put("id", r.id()).put("deletedDate", SfValues.REST_DATETIME.format(at));
      }
    }
    body.put("earliestDateAvailable", SfValues.REST_DATETIME.format(earliest));
    body.put("latestDateCovered", SfValues.REST_DATETIME.format(range[1]));
    return FakeResponse.json(200, body).records(list.size());
  }

  static FakeResponse updated(SfCall call, SfObject object) {
    Instant[] range = range(call);
    ObjectNode body = Json.object();
    ArrayNode ids = body.putArray("ids");
    for (StoredRecord r : object.extent().stored()) {
      if (!r.isDeleted() && inRange(r.modifiedAt(), range)) {
        ids.add(r.id());
      }
    }
    body.put("latestDateCovered", SfValues.REST_DATETIME.format(range[1]));
    return FakeResponse.json(200, body).records(ids.size());
  }

  private static boolean inRange(Instant at, Instant[] range) {
    return !at.isBefore(range[0]) && at.isBefore(range[1]);
  }

  private static Instant[] range(SfCall call) {
    String start = call.request().param("start");
    String end = call.request().param("end");
    if (start == null || end == null) {
      throw SfFailure.badRequest("MISSING_ARGUMENT", "start and end parameters are required");
    }
    try {
      Instant from = SfValues.parseDateTime(start).truncatedTo(ChronoUnit.MINUTES);
      Instant to = SfValues.parseDateTime(end).truncatedTo(ChronoUnit.MINUTES);
      if (!from.isBefore(to)) {
        throw SfFailure.badRequest(
            "INVALID_REPLICATION_DATE", "startDate must chronologically precede endDate");
      }
      return new Instant[] {from, to};
    } catch (DateTimeParseException e) {
      throw SfFailure.badRequest(
          "INVALID_REPLICATION_DATE", "invalid date: " + e.getParsedString());
    }
  }
}
