package io.ikarus.connects.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generated contacts, distinct by their email address. */
final class Contacts {

  private Contacts() {}

  /** {@code count} HubSpot contacts: email, firstname, lastname. */
  static List<Map<String, Object>> hubSpot(long count) {
    List<Map<String, Object>> list = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("email", email(i));
      c.put("firstname", "Ada" + i);
      c.put("lastname", "Lovelace");
      list.add(c);
    }
    return list;
  }

  /** {@code count} Salesforce contacts: External_Id__c, Email, FirstName, LastName. */
  static List<Map<String, Object>> salesforce(long count) {
    List<Map<String, Object>> list = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      list.add(salesforceRow(i));
    }
    return list;
  }

  /** Salesforce contact {@code i}. */
  static Map<String, Object> salesforceRow(long i) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("External_Id__c", "ext-" + i);
    c.put("Email", email(i));
    c.put("FirstName", "Ada" + i);
    c.put("LastName", "Lovelace");
    return c;
  }

  static String email(long i) {
    return "ada" + i + "@example.com";
  }
}
