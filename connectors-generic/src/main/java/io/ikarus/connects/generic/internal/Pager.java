package io.ikarus.connects.generic.internal;

import io.ikarus.connects.generic.internal.config.Specs.ListSpec;
import io.ikarus.connects.generic.internal.config.Specs.Pagination;
import io.ikarus.connects.spi.ApiResponse;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pagination kinds: offset/limit, page number, cursor from a body path, next URL from a body
 * path, {@code Link} header, and page-then-cursor. Every kind stops on an empty page. Thread-safe.
 */
public final class Pager {

  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;([^,]*)");

  private Pager() {}

  /** Puts the paging parameters for {@code state} (null: first page) and {@code size} on a call. */
  public static void apply(ListSpec list, Call call, PageState state, int size) {
    Pagination p = list.pagination();
    String in = p.in();
    call.param(in, p.sizeParam() != null ? p.sizeParam() : p.limitParam(), sizeOrNull(p, size));
    PageState s = state == null ? PageState.first(p.start()) : state;
    switch (p.type()) {
      case "offset" -> call.param(in, p.offsetParam(), s.offset());
      case "page" -> call.param(in, p.pageParam(), s.page());
      case "cursor", "relay" -> call.param(in, p.tokenParam(), s.token());
      case "page_then_cursor" -> {
        if (s.token() != null) {
          call.param(in, p.tokenParam(), s.token());
        } else {
          call.param(in, p.pageParam(), s.page());
        }
      }
      case "next_url", "link_header" -> {
        if (s.url() != null) {
          call.url(s.url());
        }
      }
      default -> {}
    }
  }

  /**
   * The state of the page after {@code response}, or null when it was the last.
   *
   * @param count the records the response held
   */
  public static PageState next(
      ListSpec list, PageState state, ApiResponse response, Object body, int count, int size) {
    Pagination p = list.pagination();
    if (count == 0 || p.type().equals("none") || stopped(p, body)) {
      return null;
    }
    PageState s = state == null ? PageState.first(p.start()) : state;
    boolean full = count >= size || p.stopPath() != null;
    return switch (p.type()) {
      case "offset" -> full ? new PageState(s.offset() + count, s.page(), null, null) : null;
      case "page" -> full ? new PageState(s.offset(), s.page() + 1, null, null) : null;
      case "cursor", "relay" ->
          token(p, state, body) == null ? null : new PageState(0, 0, token(p, state, body), null);
      case "page_then_cursor" ->
          token(p, state, body) != null
              ? new PageState(0, s.page(), token(p, state, body), null)
              : full ? new PageState(0, s.page() + 1, null, null) : null;
      case "next_url" -> url(p.urlPath().first(body));
      case "link_header" -> url(link(response.header("Link"), p.rel()));
      default -> null;
    };
  }

  private static Integer sizeOrNull(Pagination p, int size) {
    return p.sizeParam() == null && p.limitParam() == null ? null : size;
  }

  private static boolean stopped(Pagination p, Object body) {
    if (p.stopPath() == null) {
      return false;
    }
    Object v = p.stopPath().first(body);
    return Objects.equals(String.valueOf(v), String.valueOf(p.stopEquals()));
  }

  private static String token(Pagination p, PageState state, Object body) {
    JsonPath path = state != null && p.nextTokenPath() != null ? p.nextTokenPath() : p.tokenPath();
    Object t = path.first(body);
    return t == null || t.toString().isBlank() ? null : Template.text(t);
  }

  private static PageState url(Object url) {
    return url == null || url.toString().isBlank()
        ? null
        : new PageState(0, 0, null, url.toString());
  }

  /** The URL of the {@code rel} link in an RFC 8288 {@code Link} header, or null. */
  static String link(String header, String rel) {
    if (header == null) {
      return null;
    }
    Matcher m = LINK.matcher(header);
    while (m.find()) {
      for (String param : m.group(2).split(";")) {
        String[] kv = param.trim().split("=", 2);
        if (kv.length == 2
            && kv[0].trim().equals("rel")
            && List.of(kv[1].replace("\"", "").trim().split("\\s+")).contains(rel)) {
          return m.group(1);
        }
      }
    }
    return null;
  }
}
