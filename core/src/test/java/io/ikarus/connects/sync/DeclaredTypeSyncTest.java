package io.ikarus.connects.sync;

import static io.ikarus.connects.sync.SyncFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.memory.InMemoryConnector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Types declared in the mapping JSON ({@code "type"}) decide how a sync compares, hashes and writes
 * a field, ahead of what the target's {@code describe()} says (or where it says nothing).
 */
class DeclaredTypeSyncTest {

  private static final String TYPED =
      """
      {"Email": "email",
       "Employees": {"from": "employees", "type": "integer"},
       "Revenue": {"from": "revenue", "type": "number"},
       "Active": {"from": "active", "type": "boolean"},
       "Founded": {"from": "founded", "type": "date"},
       "Contacted": {"from": "contacted", "type": "datetime"}}
      """;

  private static final String UNTYPED =
      """
      {"Email": "email", "Employees": "employees", "Revenue": "revenue", "Active": "active",
       "Founded": "founded", "Contacted": "contacted"}
      """;

  private final SyncFixture f = new SyncFixture();

  private SyncJob job(String mappingJson) {
    return f.job(SyncDirection.BIDIRECTIONAL)
        .mapping(FieldMapping.fromJson(mappingJson))
        .conflictStrategy(ConflictStrategies.fieldMerge())
        .build();
  }

  /** The same company on both sides, each side in its own forms (text on the target). */
  private void sameCompanyInTwoForms() {
    f.a
        .create(
            "contacts",
            fields(
                "email",
                "ada@example.com",
                "employees",
                42,
                "revenue",
                new BigDecimal("1500.50"),
                "active",
                true,
                "founded",
                "2024-01-15",
                "contacted",
                "2024-01-15T10:30:00.000+0000"))
        .join();
    f.b
        .create(
            "Contact",
            fields(
                "Email", "ada@example.com",
                "Employees", "42.0",
                "Revenue", "1500.5",
                "Active", "TRUE",
                "Founded", "1705276800000",
                "Contacted", "2024-01-15T11:30:00+01:00"))
        .join();
    f.a.clearJournal();
    f.b.clearJournal();
  }

  @Test
  void declaredTypesCompareValuesOfOtherFormsAsEqual() {
    sameCompanyInTwoForms();
    SyncJob job = job(TYPED);
    SyncReport first = job.run().join();
    assertThat(first.failures()).isEmpty();
    assertThat(first.updated()).as("matched pair already agrees by type: %s", first).isZero();
    assertThat(f.a.writes()).isEmpty();
    assertThat(f.b.writes()).isEmpty();
    assertThat(job.run().join().isQuiet()).isTrue();
  }

  @Test
  void withoutDeclaredTypesTheSameValuesDiffer() {
    sameCompanyInTwoForms();
    SyncReport first = job(UNTYPED).run().join();
    assertThat(first.updated()).as("untyped sides compare text with numbers: %s", first).isOne();
  }

  @Test
  void valuesAreWrittenAsTheirDeclaredTypeAndTheirEchoIsQuiet() {
    sameCompanyInTwoForms();
    SyncJob job = job(TYPED);
    job.run().join();
    String id = f.aByEmail("ada@example.com").orElseThrow().id();
    f.a
        .update(
            "contacts",
            id,
            fields(
                "employees", "43",
                "revenue", 2.25,
                "active", "false",
                "founded", "2023-12-31",
                "contacted", "2024-02-01T08:00:00.000+0000"))
        .join();
    f.b.clearJournal();
    SyncReport forward = job.run().join();
    assertThat(forward.target().updated()).isOne();
    CrmRecord b = f.bByEmail("ada@example.com").orElseThrow();
    assertThat(b.field("Employees")).isEqualTo(43L);
    assertThat(b.field("Revenue")).isEqualTo(new BigDecimal("2.25"));
    assertThat(b.field("Active")).isEqualTo(false);
    assertThat(b.field("Founded")).isEqualTo(LocalDate.parse("2023-12-31"));
    assertThat(b.field("Contacted")).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));

    SyncReport echo = job.run().join();
    assertThat(echo.isQuiet()).as("the write read back is no change: %s", echo).isTrue();
  }

  @Test
  void anEditToAnEqualValueInAnotherFormIsNoChange() {
    sameCompanyInTwoForms();
    SyncJob job = job(TYPED);
    job.run().join();
    String id = f.bByEmail("ada@example.com").orElseThrow().id();
    f.b
        .update(
            "Contact",
            id,
            fields("Employees", "42", "Revenue", "1500.500", "Contacted", "1705314600000"))
        .join();
    f.a.clearJournal();
    SyncReport again = job.run().join();
    assertThat(again.updated()).as("%s", again).isZero();
    assertThat(f.a.writes()).isEmpty();
  }

  @Test
  void aDeclaredTypeOverridesTheTargetsDescribe() {
    assertThat(runAgainstTextSchema(UNTYPED).updated())
        .as("described as text, 42 and \"42.0\" differ")
        .isOne();
    assertThat(runAgainstTextSchema(TYPED).updated()).as("declared types win").isZero();
  }

  /** A first run matching Ada against a target whose schema calls every field text. */
  private SyncReport runAgainstTextSchema(String mappingJson) {
    List<FieldSchema> text =
        List.of("Email", "Employees", "Revenue", "Active", "Founded", "Contacted").stream()
            .map(n -> FieldSchema.of(n, FieldType.STRING))
            .toList();
    InMemoryConnector b =
        InMemoryConnector.builder()
            .name("b")
            .schema(new ObjectSchema("Contact", "Contact", "Id", text))
            .build();
    SyncFixture g = new SyncFixture();
    g.a
        .create(
            "contacts",
            fields("email", "ada@example.com", "employees", 42, "active", true, "revenue", 7))
        .join();
    b.create(
            "Contact",
            fields(
                "Email",
                "ada@example.com",
                "Employees",
                "42.0",
                "Active",
                "true",
                "Revenue",
                "7.00"))
        .join();
    return SyncJob.builder()
        .name("typed")
        .source(g.a, "contacts")
        .target(b, "Contact")
        .mapping(FieldMapping.fromJson(mappingJson))
        .direction(SyncDirection.BIDIRECTIONAL)
        .matchOn("email", "Email")
        .executor(Runnable::run)
        .build()
        .run()
        .join();
  }
}
