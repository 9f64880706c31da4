package io.ikarus.connects.examples;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The quick start: build a Salesforce connector, then create, get, update, query with a filter,
 * stream and delete a Contact. Every call returns a {@code CompletableFuture}; this program simply
 * {@code join()}s each one.
 *
 * <p>It runs against FakeSalesforce (from {@code connects-testkit}) started in this process, which
 * speaks Salesforce's real wire format. Against your org, drop the fake and build the connector
 * with your connected app's credentials: {@code loginUrl} defaults to {@code
 * https://login.salesforce.com}.
 */
public final class QuickStart {

  private QuickStart() {}

  /** Runs the quick start against an embedded FakeSalesforce. */
  public static void main(String[] args) {
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      run(fake, System.out);
    }
  }

  /** Runs every step against {@code fake}, printing what each returned. */
  static void run(FakeSalesforce fake, PrintStream out) {
    try (CrmConnector crm =
        SalesforceConnector.builder()
            .loginUrl(URI.create(fake.url()))
            .auth(
                OAuth2.password(
                    fake.clientId(),
                    fake.clientSecret(),
                    fake.username(),
                    fake.password(),
                    fake.securityToken()))
            .build()) {
      CrmRecord ada =
          crm.create("Contact", Map.of("FirstName", "Ada", "LastName", "Lovelace")).join();
      out.println("created  " + ada.id());

      CrmRecord fetched = crm.get("Contact", ada.id()).join();
      out.println("got      " + fetched.field("FirstName") + " " + fetched.field("LastName"));

      crm.update("Contact", ada.id(), Map.of("Email", "ada@example.com")).join();
      out.println("updated  Email of " + ada.id());

      Query byEmail =
          Query.of("Contact")
              .fields("FirstName", "LastName", "Email")
              .where("Email", Query.Op.EQ, "ada@example.com");
      Page page = crm.query(byEmail).join();
      out.println("query    found " + page.records().size() + " contact(s) with that email");

      // stream: every Contact, one page in memory at a time (a Flow.Publisher underneath)
      crm.forEach(Query.of("Contact"), c -> out.println("stream   " + c.field("LastName"))).join();

      crm.delete("Contact", ada.id()).join();
      out.println("deleted  " + ada.id() + ", get now says: " + afterDelete(crm, ada.id()));
    }
  }

  private static String afterDelete(CrmConnector crm, String id) {
    try {
      return "found " + crm.get("Contact", id).join().id();
    } catch (CompletionException e) {
      return e.getCause() instanceof NotFoundException ? "not found" : e.getCause().toString();
    }
  }
}
