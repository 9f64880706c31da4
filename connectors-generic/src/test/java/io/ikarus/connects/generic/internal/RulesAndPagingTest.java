package io.ikarus.connects.generic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.generic.internal.config.ApiParser;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.generic.internal.config.Specs.ListSpec;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error rules on 200 bodies and GraphQL codes; Relay and Link-header paging. */
class RulesAndPagingTest {

  private static final String GRAPHQL =
      """
      {"base": {"url": "https://api.example.com"},
       "errors": [
         {"when": {"status": [200], "jsonPath": "$.CODE", "in": ["429"]}, "then": "rate_limited",
          "wait": {"seconds": 300}},
         {"when": {"code": ["ColumnValueException"]}, "then": "validation",
          "message": "$.errors[0].message", "fieldPath": "$.errors[0].extensions.column_id"}
       ],
       "objects": {"contacts": {
         "list": {"document": "query ($first: Int, $after: String) { contacts(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                  "pagination": {"type": "relay", "connectionPath": "$.data.contacts",
                                 "sizeParam": "variables.first", "tokenParam": "variables.after"}}}}}
      """;

  private final Api api = ApiParser.parse(Json.parseObject(GRAPHQL), true);
  private final RuleErrorMapper mapper =
      new RuleErrorMapper(api.errors(), api.graphql(), "seconds");

  private static ApiResponse response(int status, String body, Map<String, List<String>> headers) {
    ApiRequest request = ApiRequest.post("x").build();
    return ApiResponse.of(
        request, "test", status, headers, body.getBytes(StandardCharsets.UTF_8), Instant.now());
  }

  @Test
  void aVendorErrorInsideHttp200IsMatchedByABodyPath() {
    CrmException e = mapper.map(response(200, "{\"CODE\": 429}", Map.of()), ctx());
    assertThat(e).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void aGraphQlErrorCodeMapsLikeARestRuleAndNamesTheField() {
    String body =
        "{\"data\": null, \"errors\": [{\"message\": \"bad value\","
            + " \"extensions\": {\"code\": \"ColumnValueException\", \"column_id\": \"email\"}}]}";
    CrmException e = mapper.map(response(200, body, Map.of()), ctx());
    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e).fields()).containsExactly("email");
    assertThat(e.vendorCode()).isEqualTo("ColumnValueException");
  }

  @Test
  void anUnmappedGraphQlErrorFailsAndASuccessIsNoError() {
    String body = "{\"errors\": [{\"message\": \"boom\", \"extensions\": {\"code\": \"X\"}}]}";
    assertThat(mapper.map(response(200, body, Map.of()), ctx())).isNotNull();
    assertThat(mapper.map(response(200, "{\"data\": {}}", Map.of()), ctx())).isNull();
  }

  @Test
  void relayPagesFollowEndCursorUntilHasNextPageIsFalse() {
    ListSpec list = api.objects().get("contacts").list();
    assertThat(list.request().records().toString()).isEqualTo("$.data.contacts.edges[*].node");
    Object more =
        Json.parse(
            "{\"data\": {\"contacts\": {\"edges\": [{\"node\": {\"id\": 1}}],"
                + " \"pageInfo\": {\"hasNextPage\": true, \"endCursor\": \"c1\"}}}}");
    PageState next = Pager.next(list, null, response(200, "{}", Map.of()), more, 1, 1);
    assertThat(next.token()).isEqualTo("c1");
    Object last =
        Json.parse(
            "{\"data\": {\"contacts\": {\"edges\": [{\"node\": {\"id\": 2}}],"
                + " \"pageInfo\": {\"hasNextPage\": false, \"endCursor\": \"c2\"}}}}");
    assertThat(Pager.next(list, next, response(200, "{}", Map.of()), last, 1, 1)).isNull();
  }

  @Test
  void theLinkHeaderNextRelationIsFound() {
    String header =
        "<https://x.io/a?page=1>; rel=\"first\", <https://x.io/a?page=3>; rel=\"next last\"";
    assertThat(Pager.link(header, "next")).isEqualTo("https://x.io/a?page=3");
    assertThat(Pager.link("<https://x.io/a>; rel=\"prev\"", "next")).isNull();
  }

  private static ErrorContext ctx() {
    return ErrorContext.of("test", "list");
  }
}
