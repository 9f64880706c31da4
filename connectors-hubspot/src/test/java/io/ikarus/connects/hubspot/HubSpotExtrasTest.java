package io.ikarus.connects.hubspot;

import static io.ikarus.connects.hubspot.FakeSetup.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotExtrasTest {

  private final FakeHubSpot fake = FakeHubSpot.builder().instantSearch().start();
  private final HubSpotConnector hubspot = FakeSetup.connector(fake).build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void associationsCreateListAndRemoveBetweenAnyTypes() {
    String contact = fake.insert("contacts", Map.of("firstname", "a"));
    String company = fake.insert("companies", Map.of("name", "c"));
    String deal = fake.insert("deals", Map.of("dealname", "d"));

    await(hubspot.associate("contacts", contact, "companies", company));
    await(hubspot.associate("deals", deal, "contacts", contact, "HUBSPOT_DEFINED", 3));

    List<HubSpotAssociation> fromCompany =
        await(hubspot.associations("companies", company, "contacts"));
    assertThat(fromCompany).extracting(HubSpotAssociation::toId).containsExactly(contact);
    assertThat(fromCompany.get(0).types())
        .extracting(HubSpotAssociation.Type::typeId)
        .containsExactly(280);
    assertThat(await(hubspot.associations("contacts", contact, "deals")))
        .extracting(HubSpotAssociation::toId)
        .containsExactly(deal);
    await(hubspot.removeAssociation("contacts", contact, "companies", company));
    assertThat(await(hubspot.associations("contacts", contact, "companies"))).isEmpty();
  }

  @Test
  void formSubmissionReachesTheFormsHost() {
    fake.addForm("123", "guid-1", Set.of("email", "firstname"), Set.of("email"));

    String message =
        await(
            hubspot.submitForm(
                "123",
                "guid-1",
                Map.of("email", "form@example.com", "firstname", "F"),
                Map.of("pageName", "Home")));

    assertThat(message).isNotBlank();
    assertThat(fake.formSubmissions()).singleElement().asString().contains("\"pageName\":\"Home\"");
    assertThat(
            fake.journal()
                .calls("POST", "/submissions/v3/integration/submit/123/guid-1")
                .get(0)
                .header("Authorization"))
        .isNull();
    assertThatThrownBy(
            () -> await(hubspot.submitForm("123", "guid-1", Map.of("email", "nope"), Map.of())))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("email"));
  }

  @Test
  void describeAndCreatePropertyThenWriteIt() {
    FieldSchema color =
        new FieldSchema(
            "favorite_color",
            "Color",
            FieldType.PICKLIST,
            null,
            false,
            true,
            true,
            false,
            List.of("red", "blue"));

    FieldSchema created = await(hubspot.createProperty("contacts", color, "contactinformation"));
    ObjectSchema schema = await(hubspot.describe("contacts"));
    CrmRecord written = await(hubspot.create("contacts", Map.of("favorite_color", "blue")));

    assertThat(created.picklistValues()).containsExactly("red", "blue");
    assertThat(schema.field("favorite_color")).isPresent();
    assertThat(schema.field("email").orElseThrow().externalId()).isTrue();
    assertThat(schema.field("lastmodifieddate").orElseThrow().updateable()).isFalse();
    assertThat(written.field("favorite_color")).isEqualTo("blue");
    assertThatThrownBy(() -> await(hubspot.createProperty("contacts", color, "contactinformation")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void customObjectsByTypeIdAndNumbersAsStrings() {
    fake.addCustomObject("2-12345", "cars", "model");

    CrmRecord car = await(hubspot.create("2-12345", Map.of("model", "T")));
    CrmRecord deal =
        await(
            hubspot.create(
                "deals",
                Map.of("dealname", "big", "amount", new java.math.BigDecimal("1234567890.12"))));

    assertThat(await(hubspot.get("cars", car.id())).id()).isEqualTo(car.id());
    assertThat(await(hubspot.get("deals", deal.id(), List.of("amount"))).field("amount"))
        .isEqualTo("1234567890.12");
    assertThat(deal.modifiedAt()).isNotNull();
  }

  @Test
  void changesSinceResumesAfterEachPageAndReportsDeletions() {
    for (int i = 0; i < 450; i++) {
      fake.insert("companies", Map.of("name", "c" + i));
    }
    String gone = fake.insert("companies", Map.of("name", "gone"));
    Checkpoint cp = Checkpoint.initial();
    int seen = 0;
    Changes changes;
    do {
      changes = await(hubspot.changesSince("companies", cp));
      seen += changes.upserts().size();
      cp = Checkpoint.parse(changes.checkpoint().asString());
    } while (changes.hasMore());
    await(hubspot.delete("companies", gone));
    Changes after = await(hubspot.changesSince("companies", cp));

    assertThat(seen).isEqualTo(451);
    assertThat(after.upserts()).isEmpty();
    assertThat(after.deletedIds()).containsExactly(gone);
    assertThat(await(hubspot.changesSince("companies", after.checkpoint())).isEmpty()).isTrue();
  }
}
