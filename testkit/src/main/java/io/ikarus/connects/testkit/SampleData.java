package io.ikarus.connects.testkit;

import java.util.Map;

/** A few realistic Accounts, Contacts and Leads for demos and manual sessions. */
final class SampleData {

  private SampleData() {}

  static void seed(FakeSalesforce sf) {
    String[][] accounts = {
      {"Acme Corporation", "Technology", "ACME-001"},
      {"Globex Inc", "Banking", "GLOBEX-002"},
      {"Initech", "Technology", "INITECH-003"}
    };
    for (String[] a : accounts) {
      String accountId =
          sf.insert("Account", Map.of("Name", a[0], "Industry", a[1], "External_Id__c", a[2]));
      String domain = a[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
      sf.insert(
          "Contact",
          Map.of(
              "AccountId",
              accountId,
              "FirstName",
              "Ada",
              "LastName",
              "Lovelace " + a[2],
              "Email",
              "ada@" + domain));
    }
    sf.insert(
        "Lead",
        Map.of("FirstName", "Grace", "LastName", "Hopper", "Company", "Navy", "LeadSource", "Web"));
    sf.insert("Lead", Map.of("LastName", "O'Brien", "Company", "Smith, Jones & \"Partners\""));
  }
}
