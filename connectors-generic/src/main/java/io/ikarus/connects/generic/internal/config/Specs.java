package io.ikarus.connects.generic.internal.config;

import io.ikarus.connects.generic.internal.JsonPath;
import java.util.List;
import java.util.Map;

/** The parsed, validated configuration of a generic connector, as immutable records. */
public final class Specs {

  private Specs() {}

  /** The whole API: where it is, how to authenticate, limits, error rules and objects. */
  public record Api(
      String name,
      String url,
      Map<String, String> headers,
      Node auth,
      Limits limits,
      List<ErrorRule> errors,
      GraphQlErrors graphql,
      Map<String, ObjectSpec> objects) {}

  /** Rate limits and the vendor's budget headers. */
  public record Limits(
      Integer requests,
      int windowMs,
      Integer maxConcurrent,
      String remainingHeader,
      String limitHeader,
      String resetHeader,
      String resetUnit,
      Integer costBudget,
      int costWindowMs,
      JsonPath budgetPath) {}

  /** One error rule: a condition on the response and what it means. */
  public record ErrorRule(
      String key,
      List<Integer> status,
      JsonPath jsonPath,
      List<String> in,
      String bodyContains,
      List<String> codes,
      String then,
      String waitHeader,
      JsonPath waitPath,
      Integer waitSeconds,
      JsonPath messagePath,
      JsonPath fieldPath) {}

  /** Where GraphQL documents are posted, and how {@code errors} inside HTTP 200 are read. */
  public record GraphQlErrors(String path, JsonPath codePath, boolean allowPartialData) {}

  /** One request template. */
  public record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      Object body,
      JsonPath records,
      JsonPath record,
      JsonPath id,
      int cost,
      Boolean idempotent) {}

  /** How a list is paged. */
  public record Pagination(
      String type,
      String in,
      String offsetParam,
      String limitParam,
      String pageParam,
      String sizeParam,
      int pageSize,
      int start,
      JsonPath tokenPath,
      JsonPath nextTokenPath,
      String tokenParam,
      JsonPath urlPath,
      String rel,
      JsonPath stopPath,
      Object stopEquals,
      Request next) {}

  /** How the portable Query's filters reach the vendor. */
  public record Filters(
      String style,
      Map<String, String> params,
      String listSeparator,
      String bodyPath,
      Object item,
      Map<String, Object> ops,
      String param,
      String template,
      String where,
      String join,
      String quote,
      Map<String, String> escapes,
      Map<String, String> expressions,
      Order order,
      boolean verify) {}

  /** How the Query's order reaches the vendor. */
  public record Order(String param, String value, String directionParam, String asc, String desc) {}

  /** Reading a list: request, paging, filters. */
  public record ListSpec(Request request, Pagination pagination, Filters filters) {}

  /** Incremental reads for changesSince. */
  public record Incremental(
      String field, String in, String param, String format, java.time.Duration overlap) {}

  /** How deletions are found. */
  public record Deletions(
      String type,
      String field,
      Object value,
      ListSpec list,
      JsonPath id,
      JsonPath at,
      String param,
      String format) {}

  /** A batch endpoint for one write operation. */
  public record BatchOp(
      Request request,
      Object item,
      JsonPath results,
      String match,
      JsonPath matchPath,
      String matchInput,
      JsonPath errors,
      JsonPath errorMatch,
      JsonPath errorMessage,
      JsonPath errorField,
      boolean splitOnFailure) {}

  /** Batch writes: endpoints per operation, sizes and concurrency. */
  public record Batch(int maxSize, int concurrency, Map<String, BatchOp> ops) {}

  /** One object type. */
  public record ObjectSpec(
      String name,
      JsonPath id,
      JsonPath fields,
      JsonPath fieldList,
      String fieldListKey,
      String fieldListValue,
      JsonPath modifiedAt,
      String modifiedAtFormat,
      Map<String, String> fieldNames,
      Map<String, List<JsonPath>> fieldPaths,
      Map<String, String> schema,
      int maxPageSize,
      ListSpec list,
      ListSpec search,
      Map<String, Request> ops,
      Batch batch,
      Incremental incremental,
      Deletions deletions) {}
}
