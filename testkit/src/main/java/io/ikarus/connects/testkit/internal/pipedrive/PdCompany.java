package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.FakeRequest;
import java.time.Clock;

/** The state of one fake Pipedrive company and the handlers over it. Used under the lock. */
final class PdCompany {

  private final PdSchema schema = new PdSchema();
  private final PdRecords records;
  private final PdValues values;
  private final PdListing listing;
  private final PdSearch search;
  private final PdFieldsApi fieldsApi;
  private final PdRecents recents;

  PdCompany(Clock clock) {
    this.records = new PdRecords(clock, schema);
    this.values = new PdValues(schema);
    this.listing = new PdListing(records, clock);
    this.search = new PdSearch(records, schema);
    this.fieldsApi = new PdFieldsApi(schema);
    this.recents = new PdRecents(records);
  }

  PdSchema schema() {
    return schema;
  }

  PdRecords records() {
    return records;
  }

  PdValues values() {
    return values;
  }

  PdListing listing() {
    return listing;
  }

  PdSearch search() {
    return search;
  }

  PdFieldsApi fieldsApi() {
    return fieldsApi;
  }

  PdRecents recents() {
    return recents;
  }

  /** Refuses a write whose body is not JSON (v2 takes JSON only). */
  static void requireJson(FakeRequest request) {
    if (!request.mediaType().equals("application/json")) {
      throw new PdFailure(
          PdErrors.error(415, "Unsupported Media Type: the request body must be application/json"));
    }
  }
}
