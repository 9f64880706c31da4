package io.ikarus.connects.memory;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.error.FieldError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/** Holds InMemoryConnector to the portable contract every connector meets (no HTTP: no retries). */
class InMemoryConnectorContractTest extends ConnectorContractTest {

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    return InMemoryConnector.builder()
        .objects("Contact")
        .maxBatchSize(50)
        .maxPageSize(100)
        .validator(
            (object, id, fields) ->
                fields.containsKey("no_such_field")
                    ? List.of(new FieldError("no_such_field", "INVALID_FIELD", "no such field"))
                    : List.of())
        .build();
  }

  @Override
  protected String objectName() {
    return "Contact";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    return Map.of("email", "c" + n + "-" + runId + "@example.com", "name", "n" + n);
  }

  @Override
  protected String textField() {
    return "name";
  }

  @Override
  protected String keyField() {
    return "email";
  }

  @Override
  protected Map<String, Object> invalidRecord() {
    return Map.of("no_such_field", "x");
  }

  @Override
  protected String invalidRecordField() {
    return "no_such_field";
  }
}
