package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One connector reads a table's {@code EntityDefinitions} once, whatever it then does. */
class DynamicsMetadataCacheTest extends FakeDynamicsSession {

  private static final String METADATA = DynamicsFixture.API + "/EntityDefinitions";

  @Test
  void everyOperationOnOneEntitySetSharesOneMetadataRead() {
    CrmRecord created = crm.create("accounts", Map.of("name", "a")).join();
    crm.get("accounts", created.id()).join();
    crm.update("accounts", created.id(), Map.of("name", "b")).join();
    crm.query(Query.of("accounts").where("name", Query.Op.EQ, "b")).join();
    crm.upsert("accounts", "accountnumber", Map.of("accountnumber", "K-1", "name", "k")).join();
    crm.createAll("accounts", List.of(Map.of("name", "c"), Map.of("name", "d"))).join();
    crm.describe("accounts").join();
    int afterFirstDescribe = fake.journal().count("GET", METADATA);
    crm.describe("accounts").join();
    crm.delete("accounts", created.id()).join();

    assertThat(fake.journal().filter(c -> c.path().equals(METADATA))).hasSize(1);
    assertThat(fake.journal().count("GET", METADATA)).isEqualTo(afterFirstDescribe);
  }
}
