package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Bulk API 2.0 query job over a bound SOQL scan; results are read page by page. */
final class BulkQueryJob extends BulkJob {

  final SfScan scan;
  private long rows;

  BulkQueryJob(SfOrg org, SfCall call, SfScan scan, String operation, JsonNode body) {
    super(org, call, scan.plan().schema().name(), operation, body);
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
