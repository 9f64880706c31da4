package io.ikarus.connects.generic.internal;

import io.ikarus.connects.generic.internal.config.Specs.Request;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request being prepared from a template: the expanded path, query, headers and a mutable JSON
 * body that paging and filters add to before {@link #build}. Not thread-safe.
 */
public final class Call {

  private final Request spec;
  private final String operation;
  private String url;
  private final String path;
  private final List<Map.Entry<String, String>> query = new ArrayList<>();
  private final List<Map.Entry<String, String>> headers = new ArrayList<>();
  private final Map<String, Object> body;

  /** Expands {@code spec} with {@code vars}. */
  @SuppressWarnings("unchecked")
  public Call(Request spec, Vars vars, String operation, Map<String, String> baseHeaders) {
    this.spec = spec;
    this.operation = operation;
    this.path = Template.path(spec.path(), vars);
    spec.query().forEach((k, v) -> query(k, Template.param(v, vars)));
    baseHeaders.forEach((k, v) -> header(k, Template.param(v, vars)));
    spec.headers().forEach((k, v) -> header(k, Template.param(v, vars)));
    // A write without a body template sends the record's fields as the body.
    Object template =
        spec.body() == null && !spec.method().equals("GET") && vars.has("fields")
            ? "${fields}"
            : spec.body();
    Object b = template == null ? null : BodyPaths.copy(Template.json(template, vars));
    if (b != null && !(b instanceof Map)) {
      throw new IllegalArgumentException("a request body template must be a JSON object");
    }
    this.body = (Map<String, Object>) b;
  }

  /** The template this call came from. */
  public Request spec() {
    return spec;
  }

  /** Adds a query parameter (null skipped); the value is encoded when sent. */
  public Call query(String name, Object value) {
    if (value != null) {
      query.removeIf(e -> e.getKey().equals(name));
      query.add(Map.entry(name, Template.text(value)));
    }
    return this;
  }

  /** Sets a header (null skipped). */
  public Call header(String name, String value) {
    if (value != null) {
      headers.removeIf(e -> e.getKey().equalsIgnoreCase(name));
      headers.add(Map.entry(name, value));
    }
    return this;
  }

  /** The JSON body, created empty when the template had none. */
  public Map<String, Object> body() {
    if (body == null) {
      throw new IllegalStateException("this request has no JSON body: use query parameters");
    }
    return body;
  }

  /** True when the template has a JSON body. */
  public boolean hasBody() {
    return body != null;
  }

  /** Puts {@code value} in the query ({@code in} = query) or the body at a dotted path. */
  public Call param(String in, String name, Object value) {
    if (value == null) {
      return this;
    }
    if (in.equals("body")) {
      BodyPaths.put(body(), name, value);
    } else {
      query(name, value);
    }
    return this;
  }

  /** Replaces the target with an absolute or host-rooted URL (a next link); drops the query. */
  public Call url(String url) {
    this.url = url;
    query.clear();
    return this;
  }

  /** The request. */
  public ApiRequest build() {
    return build(io.ikarus.connects.resilience.RateLimitSettings.DEFAULT_BUCKET);
  }

  /** The request, drawing its configured cost from {@code costBucket}. */
  public ApiRequest build(String costBucket) {
    ApiRequest.Builder b =
        url != null
            ? ApiRequest.builder(spec.method()).url(url)
            : ApiRequest.builder(spec.method()).path(path);
    query.forEach(e -> b.query(e.getKey(), e.getValue()));
    headers.forEach(e -> b.header(e.getKey(), e.getValue()));
    if (body != null && !spec.method().equals("GET")) {
      b.json(body);
    }
    if (spec.cost() != 1) {
      b.cost(costBucket, spec.cost());
    }
    if (spec.idempotent() != null) {
      b.idempotent(spec.idempotent());
    }
    return b.operation(operation).build();
  }
}
