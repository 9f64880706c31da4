package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * sObject Collections ({@code /composite/sobjects}): create, update, upsert by external id and
 * delete of up to 200 records. A well-formed request always answers 200 with one result per input
 * in input order ({@code statusCode} keys in errors); with {@code allOrNone} one failure rolls all
 * back and the others report {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}.
 */
final class CollectionsResource {

  static final int MAX_RECORDS = 200;
  private static final SfError ROLLED_BACK =
      new SfError(
          "ALL_OR_NONE_OPERATION_ROLLED_BACK",
          "Record rolled back because not all records were valid and the request was using"
              + " AllOrNone header",
          List.of());

  private final SfOrg org;

  CollectionsResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    CollectionOps ops = new CollectionOps(org);
    if (call.path().isEmpty() || !call.segment(0).equals("sobjects")) {
      return SfError.notFound();
    }
    if (call.path().size() == 3) {
      if (!call.method().equals("PATCH")) {
        return SfError.methodNotAllowed(call.method(), "PATCH");
      }
      SfObject object = org.objectOrNotFound(call.segment(1));
      String field = call.segment(2);
      return withBody(call, ops, r -> ops.upsert(object, field, r));
    }
    if (call.path().size() != 1) {
      return SfError.notFound();
    }
    return switch (call.method()) {
      case "POST" -> withBody(call, ops, ops::create);
      case "PATCH" -> withBody(call, ops, ops::update);
      case "DELETE" -> delete(call, ops);
      default -> SfError.methodNotAllowed(call.method(), "POST,PATCH,DELETE");
    };
  }

  private FakeResponse withBody(
      SfCall call, CollectionOps ops, Function<ObjectNode, ObjectNode> op) {
    ObjectNode body = SfBodies.object(call.request());
    JsonNode records = body.get("records");
    if (records == null || !records.isArray()) {
      throw SfFailure.badRequest("JSON_PARSER_ERROR", "records is required and must be an array");
    }
    checkSize(records.size());
    List<ObjectNode> inputs = new ArrayList<>();
    for (JsonNode r : records) {
      if (!r.isObject()) {
        throw SfFailure.badRequest("JSON_PARSER_ERROR", "each record must be a JSON object");
      }
      inputs.add((ObjectNode) r);
    }
    return run(inputs, body.path("allOrNone").asBoolean(false), op, ops);
  }

  private FakeResponse delete(SfCall call, CollectionOps ops) {
    String ids = call.request().param("ids");
    if (ids == null || ids.isBlank()) {
      throw SfFailure.badRequest("MISSING_ARGUMENT", "ids parameter is required");
    }
    List<String> list = List.of(ids.split(","));
    checkSize(list.size());
    boolean allOrNone = "true".equalsIgnoreCase(call.request().param("allOrNone"));
    return run(list, allOrNone, ops::delete, ops);
  }

  private <T> FakeResponse run(
      List<T> inputs, boolean allOrNone, Function<T, ObjectNode> op, CollectionOps ops) {
    List<ObjectNode> results = new ArrayList<>();
    boolean failed = false;
    org.store.begin();
    for (T input : inputs) {
      try {
        results.add(op.apply(input));
      } catch (SfFailure e) {
        failed = true;
        results.add(CollectionOps.failure(ops.idOf(input), e.error()));
      }
    }
    if (allOrNone && failed) {
      org.store.rollback();
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).get("success").asBoolean()) {
          results.set(i, CollectionOps.failure(null, ROLLED_BACK));
        }
      }
    } else {
      org.store.commit();
    }
    ArrayNode body = Json.array();
    results.forEach(body::add);
    return FakeResponse.json(200, body).records(inputs.size());
  }

  private static void checkSize(int size) {
    if (size > MAX_RECORDS) {
      throw SfFailure.badRequest(
          "EXCEEDED_ID_LIMIT",
          "record limit reached. cannot submit more than "
              + MAX_RECORDS
              + " records into this call");
    }
  }
}
