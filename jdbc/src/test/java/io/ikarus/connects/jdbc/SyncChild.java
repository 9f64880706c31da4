package io.ikarus.connects.jdbc;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncStateStore;
import java.net.URI;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A runner of a push job from one fake HubSpot portal to another with its state in PostgreSQL. As a
 * child JVM it halts (like a kill: no shutdown hooks, no cleanup) when portal B answers its first
 * batch create, while other chunks of the same write are still in flight. Args: JDBC URL, table
 * prefix, portal A URL and token, portal B URL and token.
 */
public final class SyncChild {

  private SyncChild() {}

  /** Runs the job once, halting mid-run. */
  public static void main(String[] args) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(args[0]);
    ConnectorListener halting =
        new ConnectorListener() {
          @Override
          public void onResponse(ResponseEvent event) {
            if (event.path().endsWith("/batch/create")) {
              System.out.println("halting after a batch create");
              System.out.flush();
              Runtime.getRuntime().halt(3);
            }
          }
        };
    job(ds, args[1], args[2], args[3], args[4], args[5], halting).run().join();
    System.out.println("finished without halting");
  }

  /** The job: contacts from portal A to portal B, matched by email. */
  static SyncJob job(
      DataSource ds,
      String prefix,
      String urlA,
      String tokenA,
      String urlB,
      String tokenB,
      ConnectorListener targetListener) {
    SyncStateStore store = JdbcSyncStateStore.builder(ds).tablePrefix(prefix).build();
    FieldMapping mapping =
        FieldMapping.builder()
            .map("email", "email")
            .map("firstname", "firstname")
            .map("lastname", "lastname")
            .build();
    return SyncJob.builder()
        .name("portal-a-to-b")
        .source(hubspot(urlA, tokenA, ConnectorListener.NONE), "contacts")
        .target(hubspot(urlB, tokenB, targetListener), "contacts")
        .mapping(mapping)
        .matchOn("email", "email")
        .stateStore(store)
        .build();
  }

  static CrmConnector hubspot(String url, String token, ConnectorListener listener) {
    return HubSpotConnector.builder()
        .defaultObject("contacts")
        .auth(BearerTokenAuth.of(token))
        .options(ClientOptions.builder().baseUrl(URI.create(url)).listener(listener).build())
        .build();
  }
}
