package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipedriveObjectsTest {

  private final PipedriveFixture f = PipedriveFixture.start();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void acceptsConfigurationNamesAndApiNamesForTheSameObject() {
    CrmRecord deal = await(f.crm.create("DEAL", Map.of("title", "Acme")));
    assertThat(await(f.crm.get("deals", deal.id())).field("title")).isEqualTo("Acme");
    assertThat(await(f.crm.get("Deal", deal.id())).id()).isEqualTo(deal.id());
    assertThat(f.calls("POST", "/api/v2/deals")).hasSize(1);
    assertThatThrownBy(() -> await(f.crm.get("tickets", "1")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("tickets")
        .hasMessageContaining("deals|DEAL");
  }

  @Test
  void v2ObjectsGoToApiV2AndAreDeletedSoftly() {
    for (String object : new String[] {"organizations", "products", "ACTIVITY"}) {
      String field = object.equals("ACTIVITY") ? "subject" : "name";
      CrmRecord r = await(f.crm.create(object, Map.of(field, "X " + object)));
      await(f.crm.update(object, r.id(), Map.of(field, "Y")));
      assertThat(await(f.crm.get(object, r.id())).field(field)).isEqualTo("Y");
      await(f.crm.delete(object, r.id()));
      assertThatThrownBy(() -> await(f.crm.get(object, r.id())))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(f.calls("PATCH", "/api/v2/")).hasSize(3);
    assertThat(f.calls("DELETE", "/api/v2/")).hasSize(3);
  }

  @Test
  void leadsAndNotesUseV1WithUuidIdsPatchAndPut() {
    CrmRecord person =
        await(f.crm.create("PERSON", Map.of("name", "Ada", "email", "ada@example.com")));
    assertThat(person.field("email")).isEqualTo("ada@example.com");
    long personId = Long.parseLong(person.id());
    CrmRecord lead = await(f.crm.create("LEAD", Map.of("title", "Inbound", "person_id", personId)));
    assertThat(lead.id()).hasSize(36);
    await(f.crm.update("leads", lead.id(), Map.of("title", "Qualified")));
    assertThat(f.calls("PATCH", "/v1/leads/" + lead.id())).hasSize(1);
    CrmRecord note = await(f.crm.create("NOTE", Map.of("content", "hello", "person_id", personId)));
    await(f.crm.update("notes", note.id(), Map.of("content", "bye")));
    assertThat(f.calls("PUT", "/v1/notes/" + note.id())).hasSize(1);
    assertThat(await(f.crm.get("notes", note.id())).field("content")).isEqualTo("bye");
    assertThat(await(f.crm.get("notes", note.id())).modifiedAt()).isNotNull();
  }

  @Test
  void personsShowThePrimaryEmailAndPhoneNextToTheLists() {
    CrmRecord p =
        await(
            f.crm.create(
                "persons",
                Map.of("name", "Grace", "email", "g@example.com", "phone", "+15550100")));
    CrmRecord read = await(f.crm.get("persons", p.id()));
    assertThat(read.field("email")).isEqualTo("g@example.com");
    assertThat(read.field("phone")).isEqualTo("+15550100");
    assertThat(read.field("emails").toString()).contains("g@example.com", "primary=true");
  }

  @Test
  void aWrongTypeIsRefusedBeforeSendingAndNamesTheField() {
    await(f.crm.describe("deals"));
    int before = f.fake.journal().count();
    assertThatThrownBy(() -> await(f.crm.create("deals", Map.of("title", "T", "person_id", "abc"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("person_id");
    assertThat(f.fake.journal().count() - before).isZero();
  }
}
