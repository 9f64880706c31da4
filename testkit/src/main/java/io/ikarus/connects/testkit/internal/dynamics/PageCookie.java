package io.ikarus.connects.testkit.internal.dynamics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's {@code $skiptoken}: a paging cookie shaped like Dataverse's, holding the offset of the
 * next page and, for change tracking, the pinned version range. Opaque to clients.
 *
 * @param page the number of the page it leads to
 * @param skip how many rows precede that page
 * @param since the change-tracking start version, or -1 for a plain query
 * @param upto the version the result was pinned at
 */
record PageCookie(int page, int skip, long since, long upto) {

  private static final Pattern FORMAT =
      Pattern.compile(
          "<cookie pagenumber=\"(\\d+)\" skip=\"(\\d+)\" since=\"(-?\\d+)\" upto=\"(\\d+)\""
              + " istracking=\"(True|False)\" />");

  /** Parses a token this fake wrote; anything else is a 400. */
  static PageCookie parse(String token) {
    Matcher m = FORMAT.matcher(token);
    if (!m.matches()) {
      throw ODataException.badRequest("The $skiptoken value is not valid: " + token);
    }
    return new PageCookie(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)));
  }

  /** The cookie of the page after this one, which starts after {@code skip} rows. */
  PageCookie next(int skip) {
    return new PageCookie(page + 1, skip, since, upto);
  }

  @Override
  public String toString() {
    return "<cookie pagenumber=\"%d\" skip=\"%d\" since=\"%d\" upto=\"%d\" istracking=\"%s\" />"
        .formatted(page, skip, since, upto, since >= 0 ? "True" : "False");
  }
}
