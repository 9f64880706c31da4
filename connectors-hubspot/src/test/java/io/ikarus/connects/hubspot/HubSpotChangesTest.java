package io.ikarus.connects.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** changesSince and get carry whole records, not HubSpot's default property set. */
class HubSpotChangesTest {

  private final FakeHubSpot fake = FakeHubSpot.builder().sampleData(false).instantSearch().start();
  private final HubSpotConnector hubspot =
      HubSpotConnector.builder()
          .auth(BearerTokenAuth.of(fake.privateAppToken()))
          .options(ClientOptions.builder().baseUrl(URI.create(fake.url())).build())
          .build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void changedRecordsCarryPropertiesOutsideTheDefaultSet() {
    fake.insert("contacts", Map.of("email", "ada@example.com", "phone", "+14155550101"));

    Changes changes = hubspot.changesSince("contacts", Checkpoint.initial()).join();

    assertThat(changes.upserts()).hasSize(1);
    CrmRecord ada = changes.upserts().get(0);
    assertThat(ada.fields()).containsEntry("phone", "+14155550101");
    assertThat(ada.fields()).containsEntry("email", "ada@example.com");
  }

  @Test
  void aPropertyCreatedLaterIsReadToo() {
    hubspot.changesSince("contacts", Checkpoint.initial()).join();
    hubspot
        .createProperty(
            "contacts", FieldSchema.of("favourite_colour", FieldType.STRING), "contactinformation")
        .join();
    fake.insert("contacts", Map.of("email", "grace@example.com", "favourite_colour", "teal"));

    Changes changes = hubspot.changesSince("contacts", Checkpoint.initial()).join();

    assertThat(changes.upserts())
        .singleElement()
        .satisfies(r -> assertThat(r.fields()).containsEntry("favourite_colour", "teal"));
  }

  @Test
  void getReadsPropertiesOutsideTheDefaultSetAndLoadsTheirNamesOnce() {
    String id =
        fake.insert("contacts", Map.of("email", "ada@example.com", "phone", "+14155550101"));

    CrmRecord first = hubspot.get("contacts", id).join();
    hubspot.get("contacts", id).join();

    assertThat(first.fields()).containsEntry("phone", "+14155550101");
    assertThat(fake.journal().count("GET", "/crm/v3/properties/contacts")).isEqualTo(1);
  }
}
