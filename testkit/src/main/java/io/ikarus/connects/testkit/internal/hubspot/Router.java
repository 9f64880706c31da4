package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;

/** Routes {@code /crm/v3} and {@code /crm/v4} calls to their handlers. */
final class Router {

  private final Schema schema;
  private final ObjectsHandler objects;
  private final BatchHandler batch;
  private final SearchHandler search;
  private final PropertiesHandler properties;
  private final AssociationsHandler associations;

  Router(
      Schema schema,
      ObjectsHandler objects,
      BatchHandler batch,
      SearchHandler search,
      PropertiesHandler properties,
      AssociationsHandler associations) {
    this.schema = schema;
    this.objects = objects;
    this.batch = batch;
    this.search = search;
    this.properties = properties;
    this.associations = associations;
  }

  FakeResponse route(FakeRequest call) {
    String area = call.segment(1) + "/" + call.segment(2);
    if (area.equals("v3/objects") && call.segments().size() >= 4) {
      return objects(call, schema.type(call.segment(3)));
    }
    if (area.equals("v3/properties") && call.segments().size() >= 4) {
      ObjectType type = schema.type(call.segment(3));
      if (call.segments().size() == 5 && call.method().equals("GET")) {
        return properties.read(type, call.segment(4));
      }
      return call.segments().size() > 4
          ? notFound(call)
          : switch (call.method()) {
            case "GET" -> properties.list(type);
            case "POST" -> properties.create(type, call.body());
            default -> notAllowed(call);
          };
    }
    if (area.equals("v4/objects") && "associations".equals(call.segment(5))) {
      return associations.handle(call);
    }
    return notFound(call);
  }

  private FakeResponse objects(FakeRequest call, ObjectType type) {
    int n = call.segments().size();
    String fifth = call.segment(4);
    String method = call.method();
    if (n == 4) {
      return method.equals("GET")
          ? objects.list(type, call)
          : method.equals("POST") ? objects.create(type, call.body()) : notAllowed(call);
    }
    if (n == 5 && fifth.equals("search")) {
      return method.equals("POST") ? search.search(type, call.body()) : notAllowed(call);
    }
    if (n == 6 && fifth.equals("batch")) {
      return method.equals("POST") ? batch.handle(type, call.segment(5), call) : notAllowed(call);
    }
    if (n != 5) {
      return notFound(call);
    }
    return switch (method) {
      case "GET" -> objects.read(type, fifth, call);
      case "PATCH" -> objects.update(type, fifth, call);
      case "DELETE" -> objects.archive(type, fifth);
      default -> notAllowed(call);
    };
  }

  static FakeResponse notFound(FakeRequest call) {
    return Errors.reply(
        404, null, "No route for " + call.method() + " /" + String.join("/", call.segments()));
  }

  static FakeResponse notAllowed(FakeRequest call) {
    return Errors.reply(
        405,
        null,
        "Method " + call.method() + " is not allowed on /" + String.join("/", call.segments()));
  }
}
