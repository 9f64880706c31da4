package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Secrets in URLs, bodies and vendor messages never reach logs, events or exception messages. */
class RedactionTest extends EngineFixture {

  private static final String KEY = "key-SECRET-1111";
  private static final String ECHOED = "tok-SECRET-2222";

  @Test
  void theEnginesOwnPathsNeverShowASecret() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(400, "{\"message\":\"bad request for access_token=" + ECHOED + "\"}"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    String message;
    try (ProbeConnector crm =
        new ProbeConnector(ApiKeyAuth.queryParameter("api_token", KEY), options().build())) {
      ApiRequest get = ApiRequest.get("contacts/r1").query("password", "pw-SECRET-3333").build();
      Throwable thrown =
          Assertions.assertThrows(ValidationException.class, () -> await(crm.send(get)));
      message = thrown.getMessage();
    } finally {
      System.setErr(original);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    original.print(logged);

    assertThat(logged).contains("GET /v1/o/contacts/r1?").contains("-> 503").contains("-> 400");
    assertThat(logged + events + message)
        .doesNotContain(KEY, ECHOED, "pw-SECRET-3333")
        .contains("api_token=***");
    assertThat(message).contains("access_token=***");
  }
}
