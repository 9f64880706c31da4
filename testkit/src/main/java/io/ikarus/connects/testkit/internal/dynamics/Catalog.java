package io.ikarus.connects.testkit.internal.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and relationships of a fake environment: accounts, contacts, leads, opportunities and
 * the custom table {@code new_projects}, with the columns a CRM integration uses.
 */
final class Catalog {

  private final Map<String, EntityDef> bySet = new LinkedHashMap<>();
  private final List<Relationship> relationships = new ArrayList<>();

  private Catalog() {}

  /** The standard fake environment. */
  static Catalog standard() {
    Catalog c = new Catalog();
    c.add(account());
    c.add(contact());
    c.add(lead());
    c.add(opportunity());
    c.add(project());
    c.relationships.add(
        new Relationship(
            "contact_customer_accounts",
            "accounts",
            "contacts",
            "parentcustomerid_account",
            "parentcustomerid"));
    c.relationships.add(
        new Relationship(
            "opportunity_parent_account",
            "accounts",
            "opportunities",
            "parentaccountid",
            "parentaccountid"));
    c.relationships.add(
        new Relationship(
            "new_account_new_project",
            "accounts",
            "new_projects",
            "new_accountid",
            "new_accountid"));
    return c;
  }

  /** The table whose entity set is exactly {@code set}. */
  Optional<EntityDef> bySet(String set) {
    return Optional.ofNullable(bySet.get(set));
  }

  /** The table whose logical name is exactly {@code logicalName}. */
  Optional<EntityDef> byLogicalName(String logicalName) {
    return bySet.values().stream().filter(e -> e.logicalName().equals(logicalName)).findFirst();
  }

  /** Every table. */
  List<EntityDef> entities() {
    return List.copyOf(bySet.values());
  }

  /** Every relationship. */
  List<Relationship> relationships() {
    return List.copyOf(relationships);
  }

  private void add(EntityDef e) {
    bySet.put(e.entitySetName(), e);
  }

  private static List<AttributeDef> common(String id, AttributeDef... own) {
    List<AttributeDef> list = new ArrayList<>();
    list.add(AttributeDef.of(id, "Uniqueidentifier").required("SystemRequired"));
    list.addAll(List.of(own));
    list.add(AttributeDef.of("createdon", "DateTime").readOnly());
    list.add(AttributeDef.of("modifiedon", "DateTime").readOnly());
    return list;
  }

  private static EntityDef account() {
    return new EntityDef(
        "account",
        "accounts",
        "accountid",
        "name",
        false,
        common(
            "accountid",
            AttributeDef.text("name", 160).required("ApplicationRequired"),
            AttributeDef.text("accountnumber", 20),
            AttributeDef.text("telephone1", 50),
            AttributeDef.text("emailaddress1", 100),
            AttributeDef.text("websiteurl", 200),
            AttributeDef.of("description", "Memo"),
            AttributeDef.of("revenue", "Money"),
            AttributeDef.of("numberofemployees", "Integer"),
            AttributeDef.of("creditonhold", "Boolean"),
            AttributeDef.picklist("industrycode", 1, 2, 3, 4, 5)),
        List.of("accountnumber"));
  }

  private static EntityDef contact() {
    return new EntityDef(
        "contact",
        "contacts",
        "contactid",
        "fullname",
        false,
        common(
            "contactid",
            AttributeDef.text("firstname", 50),
            AttributeDef.text("lastname", 50).required("ApplicationRequired"),
            AttributeDef.text("fullname", 160).readOnly(),
            AttributeDef.text("emailaddress1", 100),
            AttributeDef.text("telephone1", 50),
            AttributeDef.text("jobtitle", 100),
            AttributeDef.of("birthdate", "DateTime"),
            AttributeDef.of("parentcustomerid", "Customer")),
        List.of("emailaddress1"));
  }

  private static EntityDef lead() {
    return new EntityDef(
        "lead",
        "leads",
        "leadid",
        "fullname",
        false,
        common(
            "leadid",
            AttributeDef.text("subject", 300),
            AttributeDef.text("firstname", 50),
            AttributeDef.text("lastname", 50).required("ApplicationRequired"),
            AttributeDef.text("fullname", 160).readOnly(),
            AttributeDef.text("companyname", 100),
            AttributeDef.text("emailaddress1", 100),
            AttributeDef.picklist("leadsourcecode", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
        List.of("emailaddress1"));
  }

  private static EntityDef opportunity() {
    return new EntityDef(
        "opportunity",
        "opportunities",
        "opportunityid",
        "name",
        false,
        common(
            "opportunityid",
            AttributeDef.text("name", 300).required("ApplicationRequired"),
            AttributeDef.of("estimatedvalue", "Money"),
            AttributeDef.of("estimatedclosedate", "DateTime"),
            AttributeDef.of("closeprobability", "Integer"),
            AttributeDef.of("parentaccountid", "Lookup")),
        List.of());
  }

  private static EntityDef project() {
    return new EntityDef(
        "new_project",
        "new_projects",
        "new_projectid",
        "new_name",
        true,
        common(
            "new_projectid",
            AttributeDef.text("new_name", 100).required("ApplicationRequired"),
            AttributeDef.text("new_code", 40),
            AttributeDef.of("new_budget", "Money"),
            AttributeDef.of("new_startdate", "DateTime"),
            AttributeDef.of("new_accountid", "Lookup")),
        List.of("new_code"));
  }
}
