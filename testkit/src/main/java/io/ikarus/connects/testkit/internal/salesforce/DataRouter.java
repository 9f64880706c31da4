package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;

/** Routes {@code /services/data/vXX.X/<resource>/...} to the resource handlers. */
final class DataRouter {

  private final SfOrg org;
  private final SObjectsRouter sobjects;
  private final QueryResource query;
  private final CollectionsResource collections;
  private final BulkIngestResource ingest;
  private final BulkQueryResource bulkQuery;

  DataRouter(SfOrg org) {
    this.org = org;
    this.sobjects = new SObjectsRouter(org);
    this.query = new QueryResource(org);
    this.collections = new CollectionsResource(org);
    this.ingest = new BulkIngestResource(org);
    this.bulkQuery = new BulkQueryResource(org);
  }

  FakeResponse route(SfCall call) {
    if (call.path().isEmpty()) {
      return resources(call);
    }
    return switch (call.segment(0)) {
      case "sobjects" -> sobjects.route(call.skip(1));
      case "query" -> query.route(call.skip(1), false);
      case "queryAll" -> query.route(call.skip(1), true);
      case "composite" -> collections.route(call.skip(1));
      case "jobs" -> jobs(call.skip(1));
      case "limits" -> limits(call);
      default -> SfError.notFound();
    };
  }

  private FakeResponse jobs(SfCall call) {
    if (call.path().isEmpty()) {
      return SfError.notFound();
    }
    return switch (call.segment(0)) {
      case "ingest" -> ingest.route(call.skip(1));
      case "query" -> bulkQuery.route(call.skip(1));
      default -> SfError.notFound();
    };
  }

  private static FakeResponse resources(SfCall call) {
    ObjectNode body = Json.object();
    for (String name :
        new String[] {"sobjects", "query", "queryAll", "composite", "jobs", "limits"}) {
      body.put(name, call.base() + "/" + name);
    }
    return FakeResponse.json(200, body);
  }

  private FakeResponse limits(SfCall call) {
    if (!call.method().equals("GET")) {
      return SfError.methodNotAllowed(call.method(), "GET,HEAD");
    }
    ObjectNode body = Json.object();
    body.putObject("DailyApiRequests")
        .put("Max", org.apiUsage.max())
        .put("Remaining", Math.max(0, org.apiUsage.max() - org.apiUsage.used()));
    return FakeResponse.json(200, body);
  }
}
