package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeDynamics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicsExtrasTest {

  private final FakeDynamics fake = DynamicsFixture.start();
  private final DynamicsConnector crm = DynamicsFixture.secret(fake, null).build();

  @AfterEach
  void stop() {
    crm.close();
    fake.close();
  }

  @Test
  void actionsAndFunctionsBoundAndUnboundWithTypedParameters() {
    String account = fake.insert("accounts", Map.of("name", "Contoso"));

    Map<String, Object> score =
        crm.action(
                "new_CalculateScore", Map.of("Revenue", new BigDecimal("5000.5"), "Employees", 10))
            .join();
    Map<String, Object> escalated =
        crm.action("accounts", account, "new_Escalate", Map.of("Reason", "it's late")).join();
    Map<String, Object> counts =
        crm.function("RetrieveTotalRecordCount", Map.of("EntityNames", List.of("account"))).join();

    assertThat(score).containsEntry("Score", new BigDecimal("15.0005"));
    assertThat(escalated).containsEntry("Escalated", true).containsKey("CaseNumber");
    assertThat(fake.record("accounts", account).orElseThrow())
        .containsEntry("description", "Escalated: it's late");
    assertThat(counts.get("EntityRecordCountCollection")).asString().contains("Values=[1]");
    assertThat(fake.journal().last().path()).endsWith("RetrieveTotalRecordCount(EntityNames=@p1)");
    assertThat(fake.journal().last().queryParameter("@p1")).isEqualTo("[\"account\"]");
  }

  @Test
  void actionParametersOfTheWrongTypeAreAValidationError() {
    assertThatThrownBy(
            () ->
                crm.action("new_CalculateScore", Map.of("Revenue", "lots", "Employees", 1)).join())
        .hasCauseInstanceOf(ValidationException.class)
        .hasMessageContaining("Edm.Decimal");
  }

  @Test
  void associateExpandAndDisassociate() {
    String account = fake.insert("accounts", Map.of("name", "Parent"));
    String contact = crm.create("contacts", Map.of("lastname", "Child")).join().id();

    crm.associate("accounts", account, "contact_customer_accounts", "contacts", contact).join();
    CrmRecord expanded =
        crm.getExpanded(
                "accounts", account, Map.of("contact_customer_accounts", List.of("fullname")))
            .join();
    assertThat(expanded.field("contact_customer_accounts")).asString().contains("Child");

    crm.disassociate("accounts", account, "contact_customer_accounts", contact).join();
    assertThat(fake.record("contacts", contact).orElseThrow().get("_parentcustomerid_value"))
        .isNull();

    String bound =
        crm.create(
                "contacts",
                Map.of(
                    "lastname",
                    "Bound",
                    "parentcustomerid_account@odata.bind",
                    "/accounts(" + account + ")"))
            .join()
            .id();
    assertThat(crm.get("contacts", bound).join().field("_parentcustomerid_value"))
        .isEqualTo(account);
    crm.disassociate("contacts", bound, "parentcustomerid_account", null).join();
    assertThat(fake.record("contacts", bound).orElseThrow().get("_parentcustomerid_value"))
        .isNull();
  }

  @Test
  void describeReadsEntityDefinitions() {
    ObjectSchema accounts = crm.describe("accounts").join();
    ObjectSchema contacts = crm.describe("contacts").join();

    assertThat(accounts.idField()).isEqualTo("accountid");
    assertThat(accounts.label()).isEqualTo("Account");
    assertThat(accounts.field("name").orElseThrow().required()).isTrue();
    assertThat(accounts.field("accountnumber").orElseThrow().externalId()).isTrue();
    assertThat(accounts.field("revenue").orElseThrow().type()).isEqualTo(FieldType.CURRENCY);
    assertThat(accounts.field("industrycode").orElseThrow().picklistValues())
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(accounts.field("modifiedon").orElseThrow().createable()).isFalse();
    FieldSchema parent = contacts.field("_parentcustomerid_value").orElseThrow();
    assertThat(parent.type()).isEqualTo(FieldType.REFERENCE);
    assertThat(parent.createable()).isFalse();
  }

  @Test
  void whoAmIAndUpsertReportTheServiceAnswers() {
    assertThat(crm.whoAmI().join().userId()).isEqualTo(fake.userId());
    CrmRecord created =
        crm.upsert("new_projects", "new_code", Map.of("new_code", "P-'1'", "new_name", "Apollo"))
            .join();
    CrmRecord again =
        crm.upsert("new_projects", "new_code", Map.of("new_code", "P-'1'", "new_name", "Apollo 2"))
            .join();

    assertThat(again.id()).isEqualTo(created.id());
    assertThat(fake.count("new_projects")).isEqualTo(1);
    assertThat(fake.journal().last().path())
        .isEqualTo(DynamicsFixture.API + "/new_projects(new_code='P-''1''')");
  }
}
