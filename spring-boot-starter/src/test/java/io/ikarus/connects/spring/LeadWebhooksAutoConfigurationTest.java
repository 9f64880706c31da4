package io.ikarus.connects.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.leads.CustomWebhookSource;
import io.ikarus.connects.leads.LeadPipeline;
import io.ikarus.connects.leads.LeadSink;
import jakarta.servlet.http.HttpServlet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** The lead webhook endpoint is mounted when the application declares a lead pipeline. */
class LeadWebhooksAutoConfigurationTest {

  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final LeadSink sink =
      lead -> {
        delivered.add(lead.id());
        return CompletableFuture.completedFuture("crm-" + delivered.size());
      };

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ConnectsLeadsAutoConfiguration.class));

  @Test
  void aPipelineBeanGetsItsWebhooksServedUnderLeads() {
    runner
        .withBean(
            LeadPipeline.class,
            () ->
                LeadPipeline.builder()
                    .sink(sink)
                    .source(CustomWebhookSource.builder("site").defaultCountry("IN").build())
                    .build())
        .run(
            context -> {
              @SuppressWarnings("unchecked")
              ServletRegistrationBean<HttpServlet> registration =
                  context.getBean("ikarusConnectsLeadWebhooks", ServletRegistrationBean.class);
              assertThat(registration.getUrlMappings()).containsExactly("/leads/*");

              ServletExchange post = new ServletExchange();
              registration
                  .getServlet()
                  .service(
                      post.request(
                          "POST",
                          "/app",
                          "/app/leads/site",
                          "{\"name\": \"Ada\", \"phone\": \"9876543210\"}"
                              .getBytes(StandardCharsets.UTF_8)),
                      post.response());

              assertThat(post.status).isEqualTo(200);
              assertThat(delivered).hasSize(1);

              ServletExchange unknown = new ServletExchange();
              registration
                  .getServlet()
                  .service(
                      unknown.request("POST", "", "/leads/nope", new byte[0]), unknown.response());
              assertThat(unknown.status).isEqualTo(404);
            });
  }

  @Test
  void withoutAPipelineNothingIsMounted() {
    runner.run(context -> assertThat(context).doesNotHaveBean("ikarusConnectsLeadWebhooks"));
  }
}
