package io.ikarus.connects.dynamics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.spi.HttpMultipart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ODataBatchTest {

  private static final String URL = "https://org.crm.dynamics.com/api/data/v9.2/accounts";

  private final List<BatchOp> ops =
      List.of(
          new BatchOp(0, "POST", URL, Map.of(), "{\"name\":\"a\"}", null),
          new BatchOp(1, "POST", URL, Map.of(), "{\"name\":\"b\"}", null),
          new BatchOp(2, "POST", URL, Map.of(), "{\"name\":\"c\"}", null));

  @Test
  void framesChangeSetsWithContentIdsAcrossTheBatch() {
    ODataBatch batch = new ODataBatch(ops, 2);
    List<HttpMultipart.Part> parts =
        HttpMultipart.parse(HttpMultipart.boundary(batch.contentType()), batch.body());

    assertThat(parts).hasSize(2).allMatch(p -> p instanceof HttpMultipart.Group);
    HttpMultipart.Group second = (HttpMultipart.Group) parts.get(1);
    assertThat(second.messages().get(0).partHeader("Content-ID")).isEqualTo("3");
    assertThat(second.messages().get(0).startLine()).isEqualTo("POST " + URL + " HTTP/1.1");
    assertThat(batch.body()).contains("\r\n").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void aFailedChangeSetBlamesItsContentIdAndRollsBackTheRest() {
    ODataBatch batch = new ODataBatch(ops, 2);
    String error = "{\"error\":{\"code\":\"0x80044331\",\"message\":\"too long\"}}";
    String body =
        HttpMultipart.write(
            "r",
            List.of(
                HttpMultipart.Message.of(
                    Map.of("Content-ID", "2"),
                    "HTTP/1.1 400 Bad Request",
                    Map.of("Content-Type", "application/json"),
                    error),
                new HttpMultipart.Group(
                    Map.of(),
                    "cs",
                    List.of(
                        HttpMultipart.Message.of(
                            Map.of("Content-ID", "3"), "HTTP/1.1 204 No Content",
                            Map.of(
                                    "OData-EntityId",
                                    URL + "(00000000-0000-0000-0000-000000000003)"),
                                "")))));

    List<BatchOutcome> outcomes = batch.read("multipart/mixed; boundary=r", body);

    assertThat(outcomes).extracting(BatchOutcome::rolledBack).containsExactly(true, false, false);
    assertThat(outcomes.get(1).status()).isEqualTo(400);
    assertThat(outcomes.get(1).body()).contains("0x80044331");
    assertThat(outcomes.get(2).isSuccess()).isTrue();
    assertThat(RecordMapper.idFromEntityUrl(outcomes.get(2).header("odata-entityid")))
        .isEqualTo("00000000-0000-0000-0000-000000000003");
  }

  @Test
  void aFailedChangeSetWithoutContentIdRollsBackEveryMemberForResending() {
    ODataBatch batch = new ODataBatch(ops, 3);
    String body =
        HttpMultipart.write(
            "r",
            List.of(
                HttpMultipart.Message.of(
                    Map.of(),
                    "HTTP/1.1 400 Bad Request",
                    Map.of(),
                    "{\"error\":{\"code\":\"0x0\",\"message\":\"x\"}}")));

    List<BatchOutcome> outcomes = batch.read("multipart/mixed; boundary=r", body);

    assertThat(outcomes).extracting(BatchOutcome::rolledBack).containsExactly(true, true, true);
  }

  @Test
  void aBatchThatStoppedEarlyLeavesTheRestWithoutAnAnswer() {
    ODataBatch batch = new ODataBatch(ops, 1);
    String body =
        HttpMultipart.write(
            "r",
            List.of(
                new HttpMultipart.Group(
                    Map.of(),
                    "cs",
                    List.of(
                        HttpMultipart.Message.of(
                            Map.of("Content-ID", "1"), "HTTP/1.1 204 No Content", Map.of(), "")))));

    List<BatchOutcome> outcomes = batch.read("multipart/mixed; boundary=r", body);

    assertThat(outcomes).extracting(BatchOutcome::status).containsExactly(204, 0, 0);
  }
}
