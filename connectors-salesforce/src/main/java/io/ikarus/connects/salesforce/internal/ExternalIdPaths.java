package io.ikarus.connects.salesforce.internal;

import java.util.regex.Pattern;

/**
 * Whether an external id value can be put in an upsert URL path ({@code sobjects/Obj/Field/value}).
 * Values are percent-encoded as UTF-8 ({@code Urls.segment}), which Salesforce decodes; but it
 * decodes {@code %2F} before routing, so a value with {@code /} (or {@code \}) finds no resource,
 * and its REST guide warns that a value ending like a file extension (an email at {@code .inc}) can
 * answer 404. Such values go through the sObject Collections upsert ({@code PATCH
 * composite/sobjects/Obj/Field}), which carries the value in the body.
 */
public final class ExternalIdPaths {

  private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z][A-Za-z0-9]*$");

  private ExternalIdPaths() {}

  /** True when {@code value} can be sent in the path. */
  public static boolean fitsPath(String value) {
    return !value.isEmpty()
        && value.indexOf('/') < 0
        && value.indexOf('\\') < 0
        && !EXTENSION.matcher(value).find();
  }
}
