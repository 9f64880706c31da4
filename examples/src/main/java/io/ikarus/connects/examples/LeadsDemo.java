package io.ikarus.connects.examples;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.leads.CustomWebhookSource;
import io.ikarus.connects.leads.IndiaMartPullSource;
import io.ikarus.connects.leads.IndiaMartPushSource;
import io.ikarus.connects.leads.LeadHttpServer;
import io.ikarus.connects.leads.LeadPipeline;
import io.ikarus.connects.leads.LeadSink;
import io.ikarus.connects.leads.MetaLeadAdsSource;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeIndiaMart;
import io.ikarus.connects.testkit.FakeMetaGraph;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;

/**
 * The leads demo: leads arrive from a signed custom webhook, Meta Lead Ads, IndiaMART push and
 * IndiaMART pull, some of them twice (retries, redeliveries, the same person on two channels), get
 * deduplicated and land as contacts in a fake HubSpot; a summary table shows what happened per
 * source. Offline: every vendor is a test-kit fake on 127.0.0.1.
 *
 * <p>{@code mvn -B -q -pl examples -am -DskipTests -Pdemo
 * -Ddemo.mainClass=io.ikarus.connects.examples.LeadsDemo package}
 */
public final class LeadsDemo {

  static final String WEBSITE_SECRET = "website-signing-secret";
  static final String META_SECRET = "meta-app-secret";
  static final String PAGE_TOKEN = "EAAB-demo-page-token";
  static final String INDIAMART_KEY = "demo-indiamart-crm-key";
  static final String PUSH_SECRET = "b2f1c7d9e4a84c1f9d3e6a5b7c8d9e0f";

  private LeadsDemo() {}

  /** Runs the demo; exits non-zero when the figures differ from what the scenario expects. */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }

  /** Runs the demo, printing to {@code out}; returns 0 when every figure is as expected. */
  static int run(PrintStream out) {
    Clock clock = Clock.systemUTC();
    try (FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start();
        FakeMetaGraph graph = FakeMetaGraph.start(META_SECRET, PAGE_TOKEN, clock);
        FakeIndiaMart indiamart = FakeIndiaMart.start(clock, INDIAMART_KEY);
        CrmConnector crm = hubspot(hubspot)) {
      LeadPipeline pipeline = pipeline(crm, graph, indiamart);
      out.println(
          "Leads demo: webhook, Meta, IndiaMART push and pull -> HubSpot (all offline fakes)");
      try (LeadHttpServer server =
          LeadHttpServer.start(pipeline.webhookHandler(), new InetSocketAddress("127.0.0.1", 0))) {
        LeadsScenario scenario = new LeadsScenario(server.url(), graph, indiamart, out);
        scenario.run(pipeline);
        long contacts = hubspot.count("contacts");
        LeadsSummary.print(out, pipeline.metrics(), contacts);
        return scenario.check(pipeline.metrics(), contacts, out);
      }
    }
  }

  private static CrmConnector hubspot(FakeHubSpot fake) {
    return HubSpotConnector.builder()
        .defaultObject("contacts")
        .auth(BearerTokenAuth.of(fake.privateAppToken()))
        .options(ClientOptions.builder().baseUrl(URI.create(fake.url())).build())
        .build();
  }

  private static LeadPipeline pipeline(CrmConnector crm, FakeMetaGraph graph, FakeIndiaMart im) {
    FieldMapping toContact =
        FieldMapping.fromJson(
            """
            {"firstname": {"from": "name", "transform": "first_name"},
             "lastname": {"from": "name", "transform": "last_name"},
             "phone": "phoneNumber", "email": "email", "company": "businessName",
             "$unmapped": "drop"}""");
    return LeadPipeline.builder()
        .sink(LeadSink.crm(crm, "contacts", toContact))
        .source(CustomWebhookSource.builder("website").secret(WEBSITE_SECRET).build())
        .source(
            MetaLeadAdsSource.builder("meta")
                .appSecret(META_SECRET)
                .verifyToken("demo-verify-token")
                .pageAccessToken(PAGE_TOKEN)
                .graphUrl(graph.url())
                .build())
        .source(IndiaMartPushSource.builder("indiamart-push").pathSecret(PUSH_SECRET).build())
        .source(
            IndiaMartPullSource.builder("indiamart-pull")
                .crmKey(INDIAMART_KEY)
                .baseUrl(im.url())
                .build())
        .build();
  }
}
