package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.FakeResponse;

/** Routes {@code /services/data/vXX.X/sobjects/...} by path shape and method. */
final class SObjectsRouter {

  private final SfOrg org;

  SObjectsRouter(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    if (call.path().isEmpty()) {
      return call.method().equals("GET")
          ? SObjectDescribe.global(call, org.objects())
          : SfError.methodNotAllowed(call.method(), "GET,HEAD");
    }
    SfObject object = org.objectOrNotFound(call.segment(0));
    return switch (call.path().size()) {
      case 1 -> objectRoot(call, object);
      case 2 -> second(call, object, call.segment(1));
      case 3 -> byExternalId(call, object, call.segment(1), call.segment(2));
      default -> SfError.notFound();
    };
  }

  private static FakeResponse objectRoot(SfCall call, SfObject object) {
    return switch (call.method()) {
      case "POST" -> SObjectRows.create(call, object);
      case "GET" -> SObjectDescribe.describe(call, object);
      default -> SfError.methodNotAllowed(call.method(), "GET,HEAD,POST");
    };
  }

  private FakeResponse second(SfCall call, SfObject object, String name) {
    String method = call.method();
    switch (name) {
      case "describe":
        return method.equals("GET")
            ? SObjectDescribe.describe(call, object)
            : SfError.methodNotAllowed(method, "GET,HEAD");
      case "deleted":
        return method.equals("GET")
            ? SObjectReplication.deleted(call, object, org.store.now())
            : SfError.methodNotAllowed(method, "GET,HEAD");
      case "updated":
        return method.equals("GET")
            ? SObjectReplication.updated(call, object)
            : SfError.methodNotAllowed(method, "GET,HEAD");
      default:
        return row(call, object, name);
    }
  }

  private static FakeResponse row(SfCall call, SfObject object, String id) {
    return switch (call.method()) {
      case "GET" -> SObjectRows.read(call, object, object.live(id));
      case "PATCH" -> SObjectRows.update(call, object, id);
      case "DELETE" -> SObjectRows.delete(object, id);
      case "POST" ->
          id.equals("Id")
              ? SObjectRows.create(call, object)
              : SfError.methodNotAllowed("POST", "GET,HEAD,PATCH,DELETE");
      default -> SfError.methodNotAllowed(call.method(), "GET,HEAD,PATCH,DELETE");
    };
  }

  private static FakeResponse byExternalId(
      SfCall call, SfObject object, String field, String value) {
    return switch (call.method()) {
      case "GET" -> SObjectUpsert.read(call, object, field, value);
      case "PATCH" -> SObjectUpsert.upsert(call, object, field, value);
      case "DELETE" -> SObjectUpsert.delete(call, object, field, value);
      default -> SfError.methodNotAllowed(call.method(), "GET,HEAD,PATCH,DELETE");
    };
  }
}
