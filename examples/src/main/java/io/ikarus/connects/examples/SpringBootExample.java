package io.ikarus.connects.examples;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.io.PrintStream;
import java.util.Map;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application using the starter, offline against the HubSpot fake: the connector is
 * declared in properties ({@code ikarus.connects.crm.*}), injected as a bean, and closed with the
 * context. Run {@code main}; no credentials, no network.
 */
@SpringBootApplication
public class SpringBootExample {

  /** Used by Spring. */
  public SpringBootExample() {}

  /** Starts the fake, then the application, which creates and reads back a contact. */
  public static void main(String[] args) {
    try (FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start()) {
      run(hubspot, System.out).close();
    }
  }

  /** Runs the application against {@code hubspot}, printing to {@code out}; returns its context. */
  static ConfigurableApplicationContext run(FakeHubSpot hubspot, PrintStream out) {
    SpringApplication app = new SpringApplication(SpringBootExample.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(
        Map.of(
            "ikarus.connects.crm.crm-type",
            "hubspot",
            "ikarus.connects.crm.auth-config.api-token",
            hubspot.privateAppToken(),
            "ikarus.connects.crm.options.base-url",
            hubspot.url(),
            "ikarus.connects.crm.options.timeout-ms",
            "30000"));
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("exampleOut", out));
    return app.run();
  }

  /**
   * What the application does at start: one contact created and read back through the injected
   * connector.
   */
  @Bean
  CommandLineRunner createAndRead(CrmConnector crm, PrintStream exampleOut) {
    return args -> {
      CrmRecord created = crm.create("contacts", Map.of("email", "ada@example.com")).join();
      exampleOut.println("created  " + created.id() + " through bean '" + crm.name() + "'");
      exampleOut.println(
          "read     " + crm.get("contacts", created.id()).join().fields().get("email"));
    };
  }
}
