package io.ikarus.connects.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.generic.fakes.ZohoFake;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped Zoho CRM v8 preset against a strict fake of Zoho's documented shapes. */
class ZohoPresetTest {

  private final ZohoFake fake = new ZohoFake();
  private final RestConnector zoho =
      RestConnector.builder()
          .preset("zoho-crm")
          .setting("accountsUrl", fake.url())
          .secret("clientId", ZohoFake.CLIENT_ID)
          .secret("clientSecret", ZohoFake.SECRET)
          .secret("refreshToken", ZohoFake.REFRESH)
          .options(ClientOptions.defaults())
          .build();

  @AfterEach
  void stop() {
    zoho.close();
    fake.close();
  }

  @Test
  void crudOnTheApiDomainWithTheZohoTokenPrefix() {
    CrmRecord created =
        zoho.create("Leads", Map.of("Last_Name", "Lovelace", "Email", "ada@example.com")).join();
    zoho.update("Leads", created.id(), Map.of("Company", "Engines")).join();
    CrmRecord read = zoho.get("Leads", created.id()).join();
    assertThat(read.field("Company")).isEqualTo("Engines");
    assertThat(read.modifiedAt()).isNotNull();
    zoho.delete("Leads", created.id()).join();
    assertThatThrownBy(() -> zoho.get("Leads", created.id()).join())
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void pagesByNumberThenByToken() {
    for (int i = 0; i < 250; i++) {
      zoho.create("Leads", Map.of("Last_Name", "L" + i)).join();
    }
    List<String> ids = new ArrayList<>();
    zoho.forEach(Query.of("Leads").pageSize(200), r -> ids.add(r.id())).join();
    assertThat(ids).hasSize(250).doesNotHaveDuplicates();
  }

  @Test
  void searchEscapesCriteriaValuesAndUpsertFindsTheKey() {
    String hostile = "Smith (Jr.), a\\b";
    CrmRecord a = zoho.create("Leads", Map.of("Last_Name", hostile)).join();
    zoho.create("Leads", Map.of("Last_Name", "Smith")).join();
    List<CrmRecord> found = new ArrayList<>();
    zoho.forEach(Query.of("Leads").where("Last_Name", Query.Op.EQ, hostile), found::add).join();
    assertThat(found).extracting(CrmRecord::id).containsExactly(a.id());

    CrmRecord first =
        zoho.upsert("Leads", "Email", Map.of("Last_Name", "U", "Email", "u@x.io")).join();
    CrmRecord again =
        zoho.upsert("Leads", "Email", Map.of("Last_Name", "U2", "Email", "u@x.io")).join();
    assertThat(again.id()).isEqualTo(first.id());
  }

  @Test
  void changesUseIfModifiedSinceAndTheDeletedEndpoint() {
    CrmRecord a = zoho.create("Leads", Map.of("Last_Name", "A")).join();
    CrmRecord b = zoho.create("Leads", Map.of("Last_Name", "B")).join();
    Checkpoint cp = zoho.changesSince("Leads", Checkpoint.initial()).join().checkpoint();
    zoho.update("Leads", a.id(), Map.of("Company", "C")).join();
    zoho.delete("Leads", b.id()).join();

    Changes changes = zoho.changesSince("Leads", cp).join();

    assertThat(changes.upserts()).extracting(CrmRecord::id).contains(a.id());
    assertThat(changes.deletedIds()).contains(b.id());
  }

  @Test
  void aRefusedFieldIsAValidationErrorNamingIt() {
    assertThatThrownBy(() -> zoho.create("Leads", Map.of("Last_Name", "X", "Email", "nope")).join())
        .cause()
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fields()).containsExactly("Email"));
  }
}
