package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Functions and actions: {@code WhoAmI} and {@code RetrieveTotalRecordCount} (functions, GET), the
 * unbound custom action {@code new_CalculateScore} and the custom action {@code new_Escalate} bound
 * to accounts (POST).
 */
final class Operations {

  /** The unbound custom action's name. */
  static final String CALCULATE = "new_CalculateScore";

  /** The bound custom action's qualified segment. */
  static final String ESCALATE = "Microsoft.Dynamics.CRM.new_Escalate";

  private final Catalog catalog;
  private final DataverseStore store;
  private final String base;
  private final UUID userId;

  Operations(Catalog catalog, DataverseStore store, String base, UUID userId) {
    this.catalog = catalog;
    this.store = store;
    this.base = base;
    this.userId = userId;
  }

  /** {@code GET WhoAmI}; any other verb is a 404 like the real service's. */
  FakeResponse whoAmI(FakeRequest req) {
    requireVerb(req, "GET");
    Map<String, Object> body = response("WhoAmIResponse");
    body.put("BusinessUnitId", UUID.nameUUIDFromBytes("bu".getBytes()).toString());
    body.put("UserId", userId.toString());
    body.put("OrganizationId", UUID.nameUUIDFromBytes("org".getBytes()).toString());
    return OData.json(200, body, 0);
  }

  /** {@code GET RetrieveTotalRecordCount(EntityNames=@p1)?@p1=["account"]}. */
  FakeResponse totalRecordCount(ResourcePath.Segment call, FakeRequest req) {
    requireVerb(req, "GET");
    Object names = functionParameters(call, req).get("EntityNames");
    if (!(names instanceof List<?> list)) {
      throw ODataException.badRequest(
          "The parameter 'EntityNames' must be a collection of strings.");
    }
    List<Integer> values =
        list.stream()
            .map(n -> store.rows(catalog.byLogicalName(String.valueOf(n)).entitySetName()).size())
            .toList();
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("Count", list.size());
    collection.put("IsReadOnly", false);
    collection.put("Keys", list);
    collection.put("Values", values);
    Map<String, Object> body = response("RetrieveTotalRecordCountResponse");
    body.put("EntityRecordCountCollection", collection);
    return OData.json(200, body, 0);
  }

  /** {@code POST new_CalculateScore {"Revenue": decimal, "Employees": int}}. */
  FakeResponse calculateScore(FakeRequest req) {
    requireVerb(req, "POST");
    Map<String, Object> p =
        actionParameters(
            req.body(), CALCULATE, Map.of("Revenue", "Decimal", "Employees", "Integer"));
    BigDecimal score =
        ((BigDecimal) p.get("Revenue"))
            .movePointLeft(3)
            .add(new BigDecimal(p.get("Employees").toString()));
    Map<String, Object> body = response(CALCULATE + "Response");
    body.put("Score", score);
    return OData.json(200, body, 0);
  }

  /** {@code POST accounts(<id>)/Microsoft.Dynamics.CRM.new_Escalate {"Reason": string}}. */
  FakeResponse escalate(EntityDef e, StoredRecord row, FakeRequest req) {
    requireVerb(req, "POST");
    if (!e.entitySetName().equals("accounts")) {
      throw ODataException.segment(ESCALATE);
    }
    Map<String, Object> p =
        actionParameters(req.body(), "new_Escalate", Map.of("Reason", "String"));
    store.update(row, Map.of("description", "Escalated: " + p.get("Reason")));
    Map<String, Object> body = response("new_EscalateResponse");
    body.put("Escalated", true);
    body.put("CaseNumber", "CAS-" + Math.abs(UUID.fromString(row.id()).hashCode() % 100000));
    return OData.json(200, body, 0);
  }

  private Map<String, Object> response(String type) {
    return OData.body(base + "$metadata#Microsoft.Dynamics.CRM." + type);
  }

  private void requireVerb(FakeRequest req, String verb) {
    if (!req.method().equals(verb)) {
      throw ODataException.noResource(base + OData.resource(req));
    }
  }

  /**
   * Function parameters written inline ({@code Fn(P='x')}) or through aliases ({@code
   * Fn(P=@p1)?@p1=["a"]}); alias values are OData literals or JSON arrays.
   */
  private static Map<String, Object> functionParameters(
      ResourcePath.Segment call, FakeRequest req) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (call.key() == null || call.key().isBlank()) {
      return params;
    }
    call.params()
        .forEach(
            (name, text) -> {
              String value = text.startsWith("@") ? req.param(text) : text;
              if (value == null) {
                throw ODataException.badRequest(
                    "The parameter alias '" + text + "' was not given a value.");
              }
              params.put(
                  name,
                  value.startsWith("[")
                      ? List.copyOf(OData.array(value))
                      : FilterParser.literal(value));
            });
    return params;
  }

  /**
   * The action parameters in {@code body}, checked like columns; every one of {@code types} (name
   * to attribute type) is required, the first missing by name named in the error.
   */
  private static Map<String, Object> actionParameters(
      String body, String action, Map<String, String> types) {
    Map<String, Object> json = body.isBlank() ? Map.of() : OData.object(body);
    for (String name : json.keySet()) {
      if (!types.containsKey(name)) {
        throw ODataException.badRequest(
            "The parameter '"
                + name
                + "' in the request payload is not a valid parameter for the operation '"
                + action
                + "'.");
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> t : new TreeMap<>(types).entrySet()) {
      Object v = json.get(t.getKey());
      if (v == null) {
        throw ODataException.badRequest(
            "The parameter '" + t.getKey() + "' of the operation '" + action + "' is required.");
      }
      AttributeDef a =
          new AttributeDef(t.getKey(), t.getValue(), null, Integer.MAX_VALUE, false, null);
      out.put(t.getKey(), ColumnValues.coerce(a, v, action));
    }
    return out;
  }
}
