package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** Functions, actions, associate/disassociate and expanded reads on the Web API. */
public final class WebOperations {

  private static final Pattern OPERATION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String NAMESPACE = "Microsoft.Dynamics.CRM.";

  private final ApiCalls calls;

  public WebOperations(ApiCalls calls) {
    this.calls = calls;
  }

  /** {@code GET [set(id)/Microsoft.Dynamics.CRM.]Name(P=@p1)?@p1=...}. */
  public CompletableFuture<Map<String, Object>> function(
      String boundRow, String name, Map<String, Object> params) {
    FunctionCall call = FunctionCall.of(qualified(boundRow, name), params);
    ApiRequest.Builder b = ApiRequest.get(prefix(boundRow) + call.path()).operation("function");
    call.aliases().forEach(b::query);
    return calls.execute(b.build()).thenApply(WebOperations::result);
  }

  /** {@code POST [set(id)/Microsoft.Dynamics.CRM.]Name} with the parameters as JSON. */
  public CompletableFuture<Map<String, Object>> action(
      String boundRow, String name, Map<String, Object> params) {
    ApiRequest request =
        ApiRequest.post(prefix(boundRow) + qualified(boundRow, name))
            .operation("action")
            .json(params)
            .build();
    return calls.execute(request).thenApply(WebOperations::result);
  }

  /** {@code POST row/nav/$ref {"@odata.id": related}}: links a row into a collection. */
  public CompletableFuture<Void> associate(String row, String nav, String relatedUrl) {
    ApiRequest request =
        ApiRequest.post(row + "/" + ODataLiterals.name(nav, "associate") + "/$ref")
            .operation("associate")
            .json(Map.of("@odata.id", relatedUrl))
            .idempotent(true)
            .build();
    return calls.execute(request).thenApply(r -> null);
  }

  /** {@code DELETE row/nav(relatedId)/$ref}, or {@code row/nav/$ref} for a single-valued one. */
  public CompletableFuture<Void> disassociate(String row, String nav, String relatedId) {
    String target =
        ODataLiterals.name(nav, "disassociate") + (relatedId == null ? "" : "(" + relatedId + ")");
    ApiRequest request =
        ApiRequest.delete(row + "/" + target + "/$ref").operation("disassociate").build();
    return calls.execute(request).thenApply(r -> null);
  }

  /** {@code GET row?$expand=nav($select=a,b),...}: the row with related rows nested. */
  public CompletableFuture<Map<String, Object>> expanded(
      String row, Map<String, List<String>> expand) {
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
    return calls.execute(request).thenApply(ApiResponse::jsonObject);
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
