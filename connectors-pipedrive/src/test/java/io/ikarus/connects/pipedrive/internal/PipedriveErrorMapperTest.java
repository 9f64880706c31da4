package io.ikarus.connects.pipedrive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How Pipedrive's error bodies are read. */
class PipedriveErrorMapperTest {

  private static final ErrorContext CTX = ErrorContext.of("pipedrive", "get");

  private final PipedriveErrorMapper mapper =
      new PipedriveErrorMapper(new TokenMeter(30_000, ZoneOffset.UTC, Clock.systemUTC()));

  @Test
  void theErrorTextAndCodeComeFromTheBody() {
    CrmException e =
        mapper.map(
            response(404, "{\"success\":false,\"error\":\"Deal not found\",\"code\":7}"), CTX);

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.detail()).isEqualTo("Deal not found");
    assertThat(e.vendorCode()).isEqualTo("7");
  }

  @Test
  void aBodyOfTheWrongShapeIsATypedErrorNotAClassCastException() {
    CrmException e = mapper.map(response(400, "{\"success\":false,\"message\":[\"bad\"]}"), CTX);

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.vendorCode()).isNull();
  }

  private static ApiResponse response(int status, String body) {
    return ApiResponse.of(
        ApiRequest.get("api/v2/deals/1").operation("get").build(),
        "pipedrive",
        status,
        Map.of("Content-Type", List.of("application/json")),
        body.getBytes(StandardCharsets.UTF_8),
        Instant.now());
  }
}
