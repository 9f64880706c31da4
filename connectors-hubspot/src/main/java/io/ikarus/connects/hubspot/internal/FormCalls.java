package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.hubspot.internal.dto.FormAnswer;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Forms v3 integration submissions to {@code {formsUrl}/submissions/v3/integration/[secure/]
 * submit/{portalId}/{formGuid}}: fields as contact ({@code 0-1}) fields, {@code submittedAt} in
 * milliseconds, an optional {@code context} (pageUri, pageName, hutk, ipAddress).
 */
public final class FormCalls {

  private static final FormAnswer NO_ANSWER = new FormAnswer(null, null);

  private final ApiCalls execute;
  private final URI formsUrl;
  private final boolean authenticated;
  private final Clock clock;

  /** Submissions to {@code formsUrl}, authenticated (the secure endpoint) or not. */
  public FormCalls(ApiCalls execute, URI formsUrl, boolean authenticated, Clock clock) {
    this.execute = execute;
    this.formsUrl = formsUrl;
    this.authenticated = authenticated;
    this.clock = clock;
  }

  /** Submits one form; completes with HubSpot's inline message or redirect URI (may be null). */
  public CompletableFuture<String> submit(
      String portalId, String formGuid, Map<String, String> fields, Map<String, String> context) {
    require("portalId", portalId, "[0-9]{1,20}");
    require("formGuid", formGuid, "[A-Za-z0-9-]{1,64}");
    List<Map<String, Object>> list = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            list.add(
                Map.of(
                    "objectTypeId",
                    "0-1",
                    "name",
                    HubSpotNames.property(name),
                    "value",
                    value == null ? "" : value)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("submittedAt", Long.toString(clock.millis()));
    body.put("fields", list);
    if (!context.isEmpty()) {
      body.put("context", context);
    }
    String path =
        "submissions/v3/integration/"
            + (authenticated ? "secure/" : "")
            + "submit/"
            + portalId
            + "/"
            + formGuid;
    String base = formsUrl.toString().endsWith("/") ? formsUrl.toString() : formsUrl + "/";
    ApiRequest request =
        ApiRequest.post("unused")
            .url(base + path)
            .json(body)
            .operation("submitForm")
            .authenticated(authenticated)
            .build();
    return execute
        .execute(request)
        .thenApply(
            r -> {
              FormAnswer answer = r.hasBody() ? r.json(FormAnswer.class) : null;
              answer = answer == null ? NO_ANSWER : answer;
              return answer.inlineMessage() != null ? answer.inlineMessage() : answer.redirectUri();
            });
  }

  private static void require(String name, String value, String pattern) {
    if (value == null || !value.matches(pattern)) {
      throw new ValidationException(
          name + " is not valid: " + value,
          ErrorContext.of("hubspot", "submitForm"),
          List.of(new FieldError(name, null, "invalid")));
    }
  }
}
