package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.dynamics.WhoAmI;
import io.ikarus.connects.dynamics.internal.dto.WhoAmIResponse;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The Dynamics connector's vendor extras on the Web API: {@code WhoAmI}, functions, actions,
 * associate/disassociate and expanded reads. A bound call names its row by entity set and GUID; a
 * null entity set makes it unbound.
 */
public final class WebOperations {

  private static final Pattern OPERATION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String NAMESPACE = "Microsoft.Dynamics.CRM.";

  private final ApiCalls calls;
  private final EntityCatalog catalog;
  private final URI root;

  /** Calls through {@code calls}; {@code root} is the Web API root that {@code @odata.id}s name. */
  public WebOperations(ApiCalls calls, EntityCatalog catalog, URI root) {
    this.calls = calls;
    this.catalog = catalog;
    this.root = root;
  }

  /** {@code GET WhoAmI}: who the connector acts as. */
  public CompletableFuture<WhoAmI> whoAmI() {
    ApiRequest request = ApiRequest.get("WhoAmI()").operation("function").build();
    return calls
        .execute(request)
        .thenApply(r -> r.json(WhoAmIResponse.class))
        .thenApply(w -> new WhoAmI(w.userId(), w.businessUnitId(), w.organizationId()));
  }

  /**
   * {@code GET [set(id)/Microsoft.Dynamics.CRM.]Name(P=@p1)?@p1=...}; {@code entitySet} null for an
   * unbound function.
   */
  public CompletableFuture<Map<String, Object>> function(
      String entitySet, String id, String name, Map<String, Object> params) {
    String boundRow = bound(entitySet, id, "function");
    FunctionCall call = FunctionCall.of(qualified(boundRow, name), params);
    ApiRequest.Builder b = ApiRequest.get(prefix(boundRow) + call.path()).operation("function");
    call.aliases().forEach(b::query);
    return calls.execute(b.build()).thenApply(WebOperations::result);
  }

  /**
   * {@code POST [set(id)/Microsoft.Dynamics.CRM.]Name} with the parameters as JSON; {@code
   * entitySet} null for an unbound action.
   */
  public CompletableFuture<Map<String, Object>> action(
      String entitySet, String id, String name, Map<String, Object> params) {
    String boundRow = bound(entitySet, id, "action");
    ApiRequest request =
        ApiRequest.post(prefix(boundRow) + qualified(boundRow, name))
            .operation("action")
            .json(params)
            .build();
    return calls.execute(request).thenApply(WebOperations::result);
  }

  /** {@code POST set(id)/nav/$ref {"@odata.id": <root>/relatedSet(relatedId)}}. */
  public CompletableFuture<Void> associate(
      String entitySet, String id, String nav, String relatedSet, String relatedId) {
    String relatedUrl = root + "/" + Paths.row(relatedSet, relatedId, "associate");
    String row = Paths.row(entitySet, id, "associate");
    ApiRequest request =
        ApiRequest.post(row + "/" + ODataLiterals.name(nav, "associate") + "/$ref")
            .operation("associate")
            .json(Map.of("@odata.id", relatedUrl))
            .idempotent(true)
            .build();
    return calls.execute(request).thenApply(r -> null);
  }

  /**
   * {@code DELETE set(id)/nav(relatedId)/$ref}, or {@code set(id)/nav/$ref} for a single-valued one
   * ({@code relatedId} null).
   */
  public CompletableFuture<Void> disassociate(
      String entitySet, String id, String nav, String relatedId) {
    String related = relatedId == null ? null : Paths.guid(relatedId, "disassociate");
    String row = Paths.row(entitySet, id, "disassociate");
    String target =
        ODataLiterals.name(nav, "disassociate") + (related == null ? "" : "(" + related + ")");
    ApiRequest request =
        ApiRequest.delete(row + "/" + target + "/$ref").operation("disassociate").build();
    return calls.execute(request).thenApply(r -> null);
  }

  /** {@code GET set(id)?$expand=nav($select=a,b),...}: the row with related rows nested. */
  public CompletableFuture<CrmRecord> expanded(
      String entitySet, String id, Map<String, List<String>> expand) {
    String row = Paths.row(entitySet, id, "get");
    StringBuilder spec = new StringBuilder();
    expand.forEach(
        (nav, fields) -> {
          spec.append(spec.length() == 0 ? "" : ",").append(ODataLiterals.name(nav, "get"));
          if (!fields.isEmpty()) {
            fields.forEach(f -> ODataLiterals.name(f, "get"));
            spec.append("($select=").append(String.join(",", fields)).append(')');
          }
        });
    ApiRequest request = ApiRequest.get(row).operation("get").query("$expand", spec).build();
    return catalog.with(
        entitySet,
        info -> calls.execute(request).thenApply(r -> RecordMapper.toRecord(info, r.jsonObject())));
  }

  private static String bound(String entitySet, String id, String operation) {
    return entitySet == null ? null : Paths.row(entitySet, id, operation);
  }

  private static String qualified(String boundRow, String name) {
    if (name == null || !OPERATION.matcher(name).matches()) {
      throw new IllegalArgumentException("not a function or action name: " + name);
    }
    return boundRow == null ? name : NAMESPACE + name;
  }

  private static String prefix(String boundRow) {
    return boundRow == null ? "" : boundRow + "/";
  }

  private static Map<String, Object> result(ApiResponse r) {
    if (!r.hasBody()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>(r.jsonObject());
    out.remove("@odata.context");
    return out;
  }
}
