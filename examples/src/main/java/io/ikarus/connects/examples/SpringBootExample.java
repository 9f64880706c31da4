package io.ikarus.connects.examples;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application on {@code connects-spring-boot-starter}, offline against the HubSpot
 * fake: the connector is declared in properties ({@code ikarus.connects.crm.*}, as an {@code
 * application.properties} would), injected as the bean {@code crm}, checked through the starter's
 * health indicator and closed with the context. No credentials, no network.
 *
 * <p>Run with {@code mvn -B -q -pl examples -am -DskipTests -Pdemo
 * -Ddemo.mainClass=io.ikarus.connects.examples.SpringBootExample package}.
 */
@SpringBootApplication
public class SpringBootExample {

  /** Used by Spring. */
  public SpringBootExample() {}

  /**
   * Starts the fake, then the application, which creates and reads back a contact.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start();
        ConfigurableApplicationContext context = run(hubspot, System.out)) {
      System.out.println("context  closing; the connector bean closes with it");
    }
  }

  /**
   * The properties an {@code application.properties} would hold for the connector named {@code
   * crm}, pointed at {@code hubspot}.
   */
  static Map<String, Object> properties(FakeHubSpot hubspot) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ikarus.connects.crm.crm-type", "hubspot");
    properties.put("ikarus.connects.crm.auth-config.api-token", hubspot.privateAppToken());
    properties.put("ikarus.connects.crm.options.base-url", hubspot.url());
    properties.put("ikarus.connects.crm.options.timeout-ms", "30000");
    return properties;
  }

  /** Runs the application against {@code hubspot}, printing to {@code out}; returns its context. */
  static ConfigurableApplicationContext run(FakeHubSpot hubspot, PrintStream out) {
    SpringApplication app = new SpringApplication(SpringBootExample.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    app.setDefaultProperties(properties(hubspot));
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("exampleOut", out));
    return app.run();
  }

  /**
   * What the application does at start: the connector's health from the starter's indicator, then
   * one contact created and read back through the injected connector.
   */
  @Bean
  CommandLineRunner createAndRead(
      CrmConnector crm,
      CompositeHealthContributor ikarusConnectsHealthContributor,
      PrintStream exampleOut) {
    return args -> {
      HealthIndicator health =
          (HealthIndicator) ikarusConnectsHealthContributor.getContributor("crm");
      exampleOut.println("health   crm " + health.health().getStatus());
      CrmRecord created = crm.create("contacts", Map.of("email", "ada@example.com")).join();
      exampleOut.println("created  " + created.id() + " through bean '" + crm.name() + "'");
      exampleOut.println(
          "read     " + crm.get("contacts", created.id()).join().fields().get("email"));
    };
  }
}
