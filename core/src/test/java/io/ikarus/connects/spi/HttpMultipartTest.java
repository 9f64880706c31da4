package io.ikarus.connects.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpMultipartTest {

  @Test
  void readsAnODataBatchResponseWithAChangeSetAndLfLineEnds() {
    String body =
        """
        --batchresponse_1
        Content-Type: multipart/mixed; boundary=changesetresponse_2

        --changesetresponse_2
        Content-Type: application/http
        Content-Transfer-Encoding: binary
        Content-ID: 1

        HTTP/1.1 204 No Content
        OData-Version: 4.0
        OData-EntityId: https://org/api/data/v9.2/tasks(e73ffc82-e292-ed11-aad1-000d3a9933c9)


        --changesetresponse_2--
        --batchresponse_1
        Content-Type: application/http
        Content-Transfer-Encoding: binary

        HTTP/1.1 200 OK
        Content-Type: application/json; odata.metadata=minimal

        {"value": []}
        --batchresponse_1--
        """;

    List<HttpMultipart.Part> parts = HttpMultipart.parse("batchresponse_1", body);

    assertThat(parts).hasSize(2);
    HttpMultipart.Group set = (HttpMultipart.Group) parts.get(0);
    HttpMultipart.Message created = set.messages().get(0);
    assertThat(created.partHeader("content-id")).isEqualTo("1");
    assertThat(created.status()).isEqualTo(204);
    assertThat(created.header("odata-entityid"))
        .endsWith("tasks(e73ffc82-e292-ed11-aad1-000d3a9933c9)");
    assertThat(created.body()).isEmpty();
    HttpMultipart.Message query = (HttpMultipart.Message) parts.get(1);
    assertThat(query.status()).isEqualTo(200);
    assertThat(query.body()).isEqualTo("{\"value\": []}");
  }

  @Test
  void writesWithCrlfAndReadsItsOwnOutputBack() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    HttpMultipart.Message post =
        HttpMultipart.Message.of(
            Map.of("Content-ID", "1"),
            "POST /api/data/v9.2/accounts HTTP/1.1",
            headers,
            "{\"a\":1}");
    HttpMultipart.Group set = new HttpMultipart.Group(Map.of(), "changeset_x", List.of(post));

    String body = HttpMultipart.write("batch_x", List.of(set));

    assertThat(body).contains("\r\n").doesNotContainPattern("[^\r]\n");
    assertThat(body).endsWith("--batch_x--\r\n");
    List<HttpMultipart.Part> back = HttpMultipart.parse("batch_x", body);
    assertThat(back).containsExactly(set);
  }

  @Test
  void boundaryIsReadQuotedOrBareAndRefusedWhenAbsent() {
    assertThat(HttpMultipart.boundary("multipart/mixed; boundary=\"batch_1\""))
        .isEqualTo("batch_1");
    assertThat(HttpMultipart.boundary("multipart/mixed;boundary=batch_2")).isEqualTo("batch_2");
    assertThatThrownBy(() -> HttpMultipart.boundary("application/json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("application/json");
  }

  @Test
  void malformedBodiesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> HttpMultipart.parse("b", "--b\r\nContent-Type: application/http\r\n"))
        .hasMessageContaining("closing delimiter");
    assertThatThrownBy(
            () -> HttpMultipart.parse("b", "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--"))
        .hasMessageContaining("application/http");
  }
}
