package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.kafka.internal.StructMapper;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class SourceTaskSalesforceTest {

  private final SourceHarness harness = new SourceHarness();

  @Test
  void emitsChangesKeyedByIdAndDeletionsAsTombstones() throws Exception {
    try (FakeSalesforce sf = FakeSalesforce.start();
        CrmConnector client = SourceHarness.salesforceClient(sf)) {
      String ada = sf.insert("Contact", Map.of("LastName", "Lovelace", "Email", "ada@example.com"));
      String alan = sf.insert("Contact", Map.of("LastName", "Turing"));
      CrmSourceTask task = harness.start(SourceHarness.salesforce(sf, "Contact"));

      List<SourceRecord> first = harness.poll(task, 2);

      assertThat(first).extracting(SourceRecord::key).containsExactly(ada, alan);
      SourceRecord r = first.get(0);
      assertThat(r.topic()).isEqualTo("crm.acme.Contact");
      assertThat(r.sourcePartition())
          .isEqualTo(Map.of("connector", "sf-source", "account", "acme", "object", "Contact"));
      Struct value = (Struct) r.value();
      assertThat(value.getString("LastName")).isEqualTo("Lovelace");
      assertThat(value.getString("Email")).isEqualTo("ada@example.com");
      assertThat(value.schema().field(StructMapper.OTHER)).isNotNull();
      assertThat(r.headers().lastWithName("ikc.op").value()).isEqualTo("upsert");
      assertThat(r.headers().lastWithName("ikc.updated_at")).isNotNull();

      client.delete("Contact", alan).join();
      List<SourceRecord> second = harness.poll(task, 1);

      assertThat(second).hasSize(1);
      SourceRecord tombstone = second.get(0);
      assertThat(tombstone.key()).isEqualTo(alan);
      assertThat(tombstone.value()).isNull();
      assertThat(tombstone.valueSchema()).isNull();
      assertThat(tombstone.headers().lastWithName("ikc.op").value()).isEqualTo("delete");
      task.stop();
    }
  }

  @Test
  void aRestartedTaskResumesFromTheCommittedCheckpoint() throws Exception {
    try (FakeSalesforce sf = FakeSalesforce.start()) {
      sf.insert("Contact", Map.of("LastName", "One"));
      Map<String, String> props = SourceHarness.salesforce(sf, "Contact");
      CrmSourceTask first = harness.start(props);
      assertThat(harness.poll(first, 1)).hasSize(1);
      first.stop();

      String two = sf.insert("Contact", Map.of("LastName", "Two"));
      CrmSourceTask second = harness.start(props);
      List<SourceRecord> after = harness.poll(second, 1);

      assertThat(after).extracting(SourceRecord::key).containsExactly(two);
      assertThat(harness.poll(second, 1)).isEmpty();
      second.stop();
    }
  }

  @Test
  void schemalessMapsWhenConfigured() throws Exception {
    try (FakeSalesforce sf = FakeSalesforce.start()) {
      sf.insert("Contact", Map.of("LastName", "Hopper"));
      Map<String, String> props = SourceHarness.salesforce(sf, "Contact");
      props.put("value.format", "map");
      CrmSourceTask task = harness.start(props);

      SourceRecord r = harness.poll(task, 1).get(0);

      assertThat(r.valueSchema()).isNull();
      assertThat(r.value()).isInstanceOf(Map.class);
      assertThat(((Map<?, ?>) r.value()).get("LastName")).isEqualTo("Hopper");
      task.stop();
    }
  }
}
