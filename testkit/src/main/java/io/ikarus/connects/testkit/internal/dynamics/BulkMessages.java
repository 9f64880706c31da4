package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bulk-operation messages bound to an entity set, {@code POST <set>/Microsoft.Dynamics.CRM
 * .CreateMultiple} and {@code .UpdateMultiple} with {@code {"Targets": [...]}}: every target names
 * its table in {@code @odata.type}; UpdateMultiple targets carry the primary key. On a standard
 * table the message is one transaction: the first failing target fails the whole request and
 * nothing is written. CreateMultiple answers 200 with {@code Ids} in target order, UpdateMultiple
 * 204. Tables switched off answer like a table without the message: 404, unknown segment.
 */
final class BulkMessages {

  static final String CREATE = "Microsoft.Dynamics.CRM.CreateMultiple";
  static final String UPDATE = "Microsoft.Dynamics.CRM.UpdateMultiple";

  private final DataverseStore store;
  private final EntityHandler entities;
  private final String base;
  private final Set<String> without = ConcurrentHashMap.newKeySet();

  BulkMessages(DataverseStore store, EntityHandler entities, String base) {
    this.store = store;
    this.entities = entities;
    this.base = base;
  }

  /** Makes {@code entitySet} a table without the bulk messages. */
  void withoutOn(String entitySet) {
    without.add(entitySet);
  }

  /** Answers {@code <set>/<segment>} on {@code e}: a bulk message, else an unknown segment 404. */
  FakeResponse handle(EntityDef e, List<ResourcePath.Segment> path, FakeRequest req) {
    String message = path.get(1).name();
    if (path.size() != 2
        || !(message.equals(CREATE) || message.equals(UPDATE))
        || without.contains(e.entitySetName())) {
      throw ODataException.segment(message);
    }
    if (!req.method().equals("POST")) {
      throw ODataException.notAllowed(req.method());
    }
    List<Map<String, Object>> targets = targets(e, message, req);
    store.begin();
    try {
      FakeResponse answer = message.equals(CREATE) ? createAll(e, targets) : updateAll(e, targets);
      store.commit();
      return answer;
    } catch (RuntimeException ex) {
      store.rollback();
      throw ex;
    }
  }

  private FakeResponse createAll(EntityDef e, List<Map<String, Object>> targets) {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> t : targets) {
      ids.add(entities.create(e, t).id());
    }
    Map<String, Object> body =
        OData.body(base + "$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse");
    body.put("Ids", ids);
    return OData.json(200, body, ids.size());
  }

  private FakeResponse updateAll(EntityDef e, List<Map<String, Object>> targets) {
    for (Map<String, Object> t : targets) {
      Object id = t.remove(e.primaryId());
      if (id == null) {
        throw ODataException.badRequest(
            "UpdateMultiple: every target must contain the primary key '" + e.primaryId() + "'.");
      }
      String row = e.entitySetName() + "(" + id + ")";
      entities.update(e, RowKey.of(e, ResourcePath.parse(row).get(0)), t);
    }
    return OData.empty(204, Map.of()).records(targets.size());
  }

  private static List<Map<String, Object>> targets(EntityDef e, String message, FakeRequest req) {
    Object raw = OData.object(req.body()).get("Targets");
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw ODataException.badRequest(
          "The parameter 'Targets' of " + message + " must be a non-empty collection.");
    }
    String type = "Microsoft.Dynamics.CRM." + e.logicalName();
    List<Map<String, Object>> targets = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        throw ODataException.badRequest("Every target of " + message + " must be an entity.");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) m);
      Object given = t.remove("@odata.type");
      if (!type.equals(given)) {
        throw ODataException.badRequest(
            "Every target of "
                + message
                + " must have '@odata.type' '"
                + type
                + "', not '"
                + given
                + "'.");
      }
      targets.add(t);
    }
    return targets;
  }
}
