package io.ikarus.connects.testkit;

import static io.ikarus.connects.testkit.SalesforceCrudTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class SalesforceBulkTest extends SalesforceTestSupport {

  private static final MediaType CSV = MediaType.get("text/csv");

  @Test
  void ingestLifecycleWithRfc4180Csv() {
    String job =
        createJob("{\"object\":\"Contact\",\"operation\":\"insert\",\"lineEnding\":\"LF\"}");
    String csv =
        "LastName,Title,Email\n"
            + "\"Smith, Jr.\",\"Says \"\"hi\"\"\",a@example.com\n"
            + "\"Multi\nLine\",#N/A,b@example.com\n"
            + "Bad,x,not-an-email\n";
    assertThat(
            http.send("PUT", "jobs/ingest/" + job + "/batches", RequestBody.create(csv, CSV))
                .status())
        .isEqualTo(201);

    assertThat(info(job).get("state").asText())
        .as("nothing runs before UploadComplete")
        .isEqualTo("Open");
    assertThat(sf.count("Contact")).isZero();
    assertThat(
            http.patch("jobs/ingest/" + job, "{\"state\":\"UploadComplete\"}")
                .json()
                .get("state")
                .asText())
        .isEqualTo("UploadComplete");
    assertThat(info(job).get("state").asText()).isEqualTo("InProgress");
    JsonNode done = info(job);
    assertThat(done.get("state").asText()).isEqualTo("JobComplete");
    assertThat(done.get("numberRecordsProcessed").asInt()).isEqualTo(3);
    assertThat(done.get("numberRecordsFailed").asInt()).isEqualTo(1);

    String ok = http.get("jobs/ingest/" + job + "/successfulResults/").body();
    assertThat(ok).startsWith("sf__Id,sf__Created,LastName,Title,Email\n");
    assertThat(ok).contains(",true,\"Smith, Jr.\",\"Says \"\"hi\"\"\",a@example.com\n");
    assertThat(ok).contains("\"Multi\nLine\",#N/A,b@example.com");
    String failed = http.get("jobs/ingest/" + job + "/failedResults/").body();
    assertThat(failed).startsWith("sf__Id,sf__Error,LastName,Title,Email\n");
    assertThat(failed).contains("INVALID_EMAIL_ADDRESS:");
    assertThat(sf.count("Contact")).isEqualTo(2);
  }

  @Test
  void jobDialectIsReadAndWrittenBack() {
    String job =
        ingest(
            "{\"object\":\"Contact\",\"operation\":\"insert\","
                + "\"columnDelimiter\":\"PIPE\",\"lineEnding\":\"CRLF\"}",
            "LastName|Title\r\n\"Pipe|Smith\"|\"Two\nLines\"\r\nComma,Jones|\r\n");
    assertThat(info(job).get("state").asText()).isEqualTo("JobComplete");

    String ok = http.get("jobs/ingest/" + job + "/successfulResults/").body();

    assertThat(ok).startsWith("sf__Id|sf__Created|LastName|Title\r\n");
    assertThat(ok).contains("|true|\"Pipe|Smith\"|\"Two\nLines\"\r\n", "|true|Comma,Jones|\r\n");
    assertThat(sf.count("Contact")).isEqualTo(2);
  }

  @Test
  void emptyUploadFailsTheJobAsNoData() {
    String job = ingest("{\"object\":\"Lead\",\"operation\":\"insert\"}", "");
    SfHttp.Answer polled = http.get("jobs/ingest/" + job);

    assertThat(polled.status()).isEqualTo(200);
    assertThat(polled.json().get("state").asText()).isEqualTo("Failed");
    assertThat(polled.json().get("errorMessage").asText())
        .isEqualTo("InvalidBatch : No data uploaded");
    assertThat(http.get("jobs/ingest/" + job + "/unprocessedrecords/").status()).isEqualTo(200);
  }

  @Test
  void malformedUploadFailsTheJobNamingTheLine() {
    String csv = "LastName,Company\nA,\"B\nC\"\nX,Y\"Z\nQ,R\n";
    String job = ingest("{\"object\":\"Lead\",\"operation\":\"insert\"}", csv);
    SfHttp.Answer failed = http.get("jobs/ingest/" + job);

    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.json().get("state").asText()).isEqualTo("Failed");
    assertThat(failed.json().get("errorMessage").asText())
        .isEqualTo("InvalidBatch : CSV line 4: quote inside an unquoted field");
    assertThat(failed.json().get("numberRecordsProcessed").asInt()).isZero();
    assertThat(http.get("jobs/ingest/" + job + "/unprocessedrecords/").body())
        .isEqualTo("LastName,Company\nA,\"B\nC\"\n");
    assertThat(sf.count("Lead")).isZero();
  }

  @Test
  void unknownColumnFailsTheJobNamingTheFirstOne() {
    String csv = "LastName,Colour__c,Size__c\nA,red,1\n";
    String job = ingest("{\"object\":\"Lead\",\"operation\":\"insert\"}", csv);
    JsonNode failed = info(job);

    assertThat(failed.get("state").asText()).isEqualTo("Failed");
    assertThat(failed.get("errorMessage").asText())
        .isEqualTo("InvalidBatch : Field name not found : Colour__c");
    assertThat(http.get("jobs/ingest/" + job + "/unprocessedrecords/").body())
        .isEqualTo("LastName,Colour__c,Size__c\nA,red,1\n");
    assertThat(sf.count("Lead")).isZero();
  }

  @Test
  void upsertJobReportsCreatedFlags() {
    sf.insert("Account", Map.of("Name", "Old", "External_Id__c", "E1"));
    String job =
        createJob(
            "{\"object\":\"Account\",\"operation\":\"upsert\",\"externalIdFieldName\":\"External_Id__c\"}");
    http.send(
        "PUT",
        "jobs/ingest/" + job + "/batches",
        RequestBody.create("External_Id__c,Name\nE1,Upd\nE2,New\n", CSV));
    http.patch("jobs/ingest/" + job, "{\"state\":\"UploadComplete\"}");
    info(job);
    info(job);

    String ok = http.get("jobs/ingest/" + job + "/successfulResults/").body();

    assertThat(ok).contains(",false,E1,Upd", ",true,E2,New");
  }

  @Test
  void refusesWrongMediaTypeSecondUploadAndEarlyResults() {
    String job = createJob("{\"object\":\"Lead\",\"operation\":\"insert\"}");
    assertError(
        http.send(
            "PUT",
            "jobs/ingest/" + job + "/batches",
            RequestBody.create("LastName\nX\n", SfHttp.JSON)),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        null);
    http.send(
        "PUT",
        "jobs/ingest/" + job + "/batches",
        RequestBody.create("LastName,Company\nX,C\n", CSV));
    assertThat(
            http.send(
                    "PUT",
                    "jobs/ingest/" + job + "/batches",
                    RequestBody.create("LastName\nY\n", CSV))
                .status())
        .isEqualTo(400);
    assertThat(http.get("jobs/ingest/" + job + "/successfulResults/").status()).isEqualTo(400);
  }

  @Test
  void unknownColumnFailsTheJobAndLeavesRowsUnprocessed() {
    String job = createJob("{\"object\":\"Lead\",\"operation\":\"insert\"}");
    http.send(
        "PUT",
        "jobs/ingest/" + job + "/batches",
        RequestBody.create("LastName,Colour__c\nX,red\n", CSV));
    http.patch("jobs/ingest/" + job, "{\"state\":\"UploadComplete\"}");
    info(job);
    JsonNode failed = info(job);

    assertThat(failed.get("state").asText()).isEqualTo("Failed");
    assertThat(failed.get("errorMessage").asText()).contains("Colour__c");
    assertThat(http.get("jobs/ingest/" + job + "/unprocessedrecords/").body())
        .isEqualTo("LastName,Colour__c\nX,red\n");
  }

  @Test
  void queryJobPagesWithLocatorsEndingInNull() {
    sf.generateRows("Account", 120_000, i -> Map.of("Name", "Row, " + i, "NumberOfEmployees", i));
    JsonNode created =
        http.post(
                "jobs/query",
                "{\"operation\":\"query\",\"query\":\"SELECT Id, Name, NumberOfEmployees FROM Account\"}")
            .json();
    String job = created.get("id").asText();
    assertThat(created.get("state").asText()).isEqualTo("UploadComplete");
    http.get("jobs/query/" + job);
    assertThat(http.get("jobs/query/" + job).json().get("numberRecordsProcessed").asInt())
        .isEqualTo(120_000);

    int rows = 0;
    int pages = 0;
    String locator = "";
    String lastLocator;
    do {
      SfHttp.Answer page =
          http.get(
              "jobs/query/"
                  + job
                  + "/results?maxRecords=50000"
                  + (locator.isEmpty() ? "" : "&locator=" + locator));
      assertThat(page.header("Content-Type")).startsWith("text/csv");
      assertThat(page.body()).startsWith("Id,Name,NumberOfEmployees\n");
      rows += Integer.parseInt(page.header("Sforce-NumberOfRecords"));
      pages++;
      lastLocator = page.header("Sforce-Locator");
      locator = lastLocator;
    } while (!lastLocator.equals("null"));

    assertThat(rows).isEqualTo(120_000);
    assertThat(pages).isEqualTo(3);
    assertThat(sf.count("Account")).isZero();
  }

  @Test
  void queryJobRejectsBadSoql() {
    assertError(
        http.post("jobs/query", "{\"operation\":\"query\",\"query\":\"SELECT Nope FROM Account\"}"),
        400,
        "INVALID_FIELD",
        null);
  }

  @Test
  void queryJobIsDeletedOnlyOnceTerminated() {
    String job =
        http.post("jobs/query", "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account\"}")
            .json()
            .get("id")
            .asText();
    assertError(http.delete("jobs/query/" + job), 400, "API_ERROR", null);
    http.get("jobs/query/" + job);
    assertThat(http.get("jobs/query/" + job).json().get("state").asText()).isEqualTo("JobComplete");
    assertThat(http.delete("jobs/query/" + job).status()).isEqualTo(204);
    assertThat(http.get("jobs/query/" + job).status()).isEqualTo(404);
  }

  private String createJob(String body) {
    SfHttp.Answer a = http.post("jobs/ingest", body);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("state").asText()).isEqualTo("Open");
    return a.json().get("id").asText();
  }

  /**
   * Creates a job from {@code spec}, uploads {@code csv} (201) and closes it; the first poll, made
   * here, processes it (the fake's default bulkPollsBeforeComplete is 1).
   */
  private String ingest(String spec, String csv) {
    String job = createJob(spec);
    assertThat(
            http.send("PUT", "jobs/ingest/" + job + "/batches", RequestBody.create(csv, CSV))
                .status())
        .isEqualTo(201);
    http.patch("jobs/ingest/" + job, "{\"state\":\"UploadComplete\"}");
    info(job);
    return job;
  }

  private JsonNode info(String job) {
    return http.get("jobs/ingest/" + job).json();
  }
}
