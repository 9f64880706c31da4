package io.ikarus.connects.testkit.internal.pipedrive;

import java.util.List;

/**
 * One field of an entity as the Fields API lists it.
 *
 * @param id the numeric id (v1 {@code id})
 * @param key the API key: a plain name for standard fields, a 40-char hex hash for custom ones
 * @param name the display name
 * @param type the Pipedrive field type ({@code varchar}, {@code double}, {@code enum}, ...)
 * @param custom true for custom fields
 * @param options the {@code {id,label}} options of enum and set fields, else empty
 */
record PdField(
    long id, String key, String name, String type, boolean custom, List<PdOption> options) {

  /** One option of an enum or set field. @param id the option id @param label its label */
  record PdOption(long id, String label) {}
}
