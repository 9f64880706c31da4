package io.ikarus.connects.examples;

import io.ikarus.connects.leads.LeadPipeline;
import io.ikarus.connects.leads.PullReport;
import io.ikarus.connects.leads.SourceMetrics;
import io.ikarus.connects.testkit.FakeIndiaMart;
import io.ikarus.connects.testkit.FakeMetaGraph;
import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What arrives in the leads demo: 3 website leads (one posted twice), a Meta batch of 3 (delivered
 * twice at once, as Meta retries), one of whom already came through the website, 2 IndiaMART
 * pushes, then an IndiaMART pull that reads both pushed leads again plus one the push missed.
 */
final class LeadsScenario {

  private final String url;
  private final FakeMetaGraph graph;
  private final FakeIndiaMart indiamart;
  private final PrintStream out;

  LeadsScenario(String url, FakeMetaGraph graph, FakeIndiaMart indiamart, PrintStream out) {
    this.url = url;
    this.graph = graph;
    this.indiamart = indiamart;
    this.out = out;
  }

  void run(LeadPipeline pipeline) {
    SignedWebhook asha = website("Asha Rao", "098765 43210", "asha@example.com");
    post("website: Asha Rao", asha);
    post("website: Asha Rao again (integrator retry)", asha);
    post("website: Karan Mehta", website("Karan Mehta", "+91 99887 76655", null));
    post("website: Lena Fischer", website("Lena Fischer", "+49 (0)30 1234567", "lena@example.de"));
    long[] ids = {
      graph.addLead(answers("Ravi Kumar", "+919812345678", "ravi@example.com"), "Diwali ad", "Q4"),
      graph.addLead(answers("Sara Khan", "+923001234567", "sara@example.pk"), "Diwali ad", "Q4"),
      graph.addLead(answers("Asha Rao", "+919876543210", "asha@example.com"), "Retarget", "Q4")
    };
    SignedWebhook batch =
        WebhookSender.metaLeadgen("/leads/meta", LeadsDemo.META_SECRET, 1L, Instant.now(), ids);
    CompletableFuture<WebhookSender.Reply> retry =
        CompletableFuture.supplyAsync(() -> WebhookSender.post(url, batch));
    post("meta: batch of 3 leadgen ids", batch);
    out.println("  meta: the same batch again, concurrently -> " + retry.join().status());
    Map<String, Object> p1 = indiamart.lead("Vikram Shah", "+91-9812300001", "vikram@example.in");
    Map<String, Object> p2 = indiamart.lead("Neha Gupta", "+91-9812300002", null);
    String pushPath = "/leads/indiamart-push/" + LeadsDemo.PUSH_SECRET;
    post("indiamart push: Vikram Shah", WebhookSender.indiaMartPush(pushPath, p1));
    post("indiamart push: Neha Gupta", WebhookSender.indiaMartPush(pushPath, p2));
    indiamart.add(p1);
    indiamart.add(p2);
    indiamart.add(indiamart.lead("Imran Ali", "+91-9812300003", "imran@example.in"));
    PullReport pull = pipeline.poll("indiamart-pull").join();
    out.println("  indiamart pull: " + pull.note() + " -> " + pull.outcomes().size() + " read");
  }

  int check(Map<String, SourceMetrics> m, long contacts, PrintStream out) {
    boolean ok =
        created(m, "website") == 3
            && created(m, "meta") == 2
            && created(m, "indiamart-push") == 2
            && created(m, "indiamart-pull") == 1
            && contacts == 8;
    out.println(ok ? "every lead landed once" : "UNEXPECTED: the figures differ from the scenario");
    return ok ? 0 : 1;
  }

  private static long created(Map<String, SourceMetrics> m, String id) {
    SourceMetrics s = m.get(id);
    return s == null ? -1 : s.created();
  }

  private void post(String what, SignedWebhook w) {
    WebhookSender.Reply r = WebhookSender.post(url, w);
    out.println("  " + what + " -> " + r.status() + " " + r.body());
  }

  private static SignedWebhook website(String name, String phone, String email) {
    Map<String, Object> lead = new java.util.LinkedHashMap<>();
    lead.put("name", name);
    lead.put("phone", phone);
    if (email != null) {
      lead.put("email", email);
    }
    lead.put("source", "website form");
    return WebhookSender.custom("/leads/website", LeadsDemo.WEBSITE_SECRET, lead);
  }

  private static Map<String, String> answers(String name, String phone, String email) {
    return Map.of("full_name", name, "phone_number", phone, "email", email);
  }

  static List<String> order() {
    return List.of("website", "meta", "indiamart-push", "indiamart-pull");
  }
}
