package io.ikarus.connects.spring;

import io.ikarus.connects.leads.LeadPipeline;
import io.ikarus.connects.leads.LeadWebhookHandler;
import jakarta.servlet.http.HttpServlet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Mounts the lead webhook endpoint: when {@code connects-leads} and the servlet API are on the
 * class path and the application declares a {@link LeadPipeline} bean, its {@link
 * LeadWebhookHandler} serves {@code /leads/*} in the application's web server (Meta, Google Ads,
 * WhatsApp, IndiaMART push and custom webhooks post to {@code /leads/<source id>}). The pipeline
 * stays the application's: it is built and closed as the application declares it.
 */
@AutoConfiguration
@ConditionalOnClass({LeadPipeline.class, HttpServlet.class, ServletRegistrationBean.class})
@ConditionalOnBean(LeadPipeline.class)
public class ConnectsLeadsAutoConfiguration {

  /** The URL pattern the webhook servlet is mapped to. */
  public static final String MAPPING = LeadWebhookHandler.PREFIX + "*";

  /** Creates the configuration; used by Spring. */
  public ConnectsLeadsAutoConfiguration() {}

  /**
   * The webhook servlet's registration, named {@code ikarusConnectsLeadWebhooks}.
   *
   * @param pipeline the application's lead pipeline
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "ikarusConnectsLeadWebhooks")
  public ServletRegistrationBean<HttpServlet> ikarusConnectsLeadWebhooks(LeadPipeline pipeline) {
    ServletRegistrationBean<HttpServlet> registration =
        new ServletRegistrationBean<>(new LeadWebhookServlet(pipeline.webhookHandler()), MAPPING);
    registration.setName("ikarusConnectsLeadWebhooks");
    return registration;
  }
}
