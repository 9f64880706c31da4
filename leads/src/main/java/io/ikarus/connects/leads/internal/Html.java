package io.ikarus.connects.leads.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the bits of HTML lead sources put in messages (IndiaMART's QUERY_MESSAGE,
 * TradeIndia's message): line breaks and paragraphs become new lines, other tags go, character
 * references are decoded, carriage returns dropped.
 */
public final class Html {

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>");
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

  private Html() {}

  /** The text of {@code html}; null stays null. */
  public static String toText(String html) {
    if (html == null || (html.indexOf('<') < 0 && html.indexOf('&') < 0)) {
      return html == null ? null : html.replace("\r", "");
    }
    String s = BREAK.matcher(html.replace("\r", "")).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  private static String entity(String name, String whole) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return whole;
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos", "#39" -> "'";
      case "nbsp" -> " ";
      default -> whole;
    };
  }
}
