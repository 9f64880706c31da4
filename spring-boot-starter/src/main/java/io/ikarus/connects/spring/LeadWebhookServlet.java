package io.ikarus.connects.spring;

import io.ikarus.connects.leads.LeadWebhookHandler;
import io.ikarus.connects.leads.WebhookRequest;
import io.ikarus.connects.leads.WebhookResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves {@code /leads/*} with a {@link LeadWebhookHandler}: hands it the exact body bytes (for the
 * signature checks) and writes its response. Thread-safe.
 */
final class LeadWebhookServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient LeadWebhookHandler handler;

  LeadWebhookServlet(LeadWebhookHandler handler) {
    this.handler = handler;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body = read(req.getInputStream(), handler.maxBodyBytes() + 1);
    String path = req.getRequestURI().substring(req.getContextPath().length());
    String target = req.getQueryString() == null ? path : path + "?" + req.getQueryString();
    WebhookResponse answer =
        handler
            .handle(
                WebhookRequest.of(req.getMethod(), target, headers(req), body, req.getRemoteAddr()))
            .join();
    resp.setStatus(answer.status());
    answer.headers().forEach(resp::setHeader);
    resp.getOutputStream().write(answer.body());
  }

  /** At most {@code limit} bytes: enough for the handler to see that a body is too large. */
  private static byte[] read(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  private static Map<String, List<String>> headers(HttpServletRequest req) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers.put(name, Collections.list(req.getHeaders(name)));
    }
    return headers;
  }
}
