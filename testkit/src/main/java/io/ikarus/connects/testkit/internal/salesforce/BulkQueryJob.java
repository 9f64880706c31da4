package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A Bulk API 2.0 query job over a bound SOQL scan; results are read page by page. */
final class BulkQueryJob extends BulkJob {

  final SfScan scan;
  private long rows;

  BulkQueryJob(String id, SfScan scan, String operation, JsonNode body, int version, Instant at) {
    super(id, scan.plan().schema().name(), operation, body, version, at);
    this.scan = scan;
    this.state = "UploadComplete";
  }

  @Override
  void process() {
    rows = scan.count();
  }

  @Override
  ObjectNode info() {
    return info("V2Query").put("numberRecordsProcessed", rows);
  }
}
