package io.ikarus.connects.pipedrive.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Records for Pipedrive's JSON envelopes, bound with the SDK's mapper (unknown keys ignored). */
public final class Dtos {

  private Dtos() {}

  /**
   * A list answer: v2 ({@code next_cursor}) or v1 ({@code pagination}); v1 sends null data when
   * empty.
   *
   * @param data the records, or null
   * @param additionalData the paging data, or null
   */
  public record ListEnvelope(
      List<Map<String, Object>> data,
      @JsonProperty("additional_data") AdditionalData additionalData) {

    /** The records, never null. */
    public List<Map<String, Object>> records() {
      return data == null ? List.of() : data;
    }
  }

  /**
   * Paging data.
   *
   * @param nextCursor the v2 cursor of the next page, null at the end
   * @param pagination the v1 offset paging, or null
   */
  public record AdditionalData(
      @JsonProperty("next_cursor") String nextCursor, Pagination pagination) {}

  /**
   * v1 offset paging.
   *
   * @param start the page's offset
   * @param more true when more records follow
   * @param nextStart the next page's offset, when more
   */
  public record Pagination(
      int start,
      @JsonProperty("more_items_in_collection") boolean more,
      @JsonProperty("next_start") Integer nextStart) {}

  /**
   * A one-record answer.
   *
   * @param data the record
   */
  public record SingleEnvelope(Map<String, Object> data) {}

  /**
   * A fields answer (v2 or v1 shape).
   *
   * @param data the fields, or null
   * @param additionalData the paging data
   */
  public record FieldsEnvelope(
      List<FieldDto> data, @JsonProperty("additional_data") AdditionalData additionalData) {}

  /**
   * One field: v2 {@code field_code}/{@code field_name}/{@code is_custom_field}, v1 {@code
   * key}/{@code name}/{@code edit_flag}.
   *
   * @param fieldCode v2 key
   * @param fieldName v2 name
   * @param key v1 key
   * @param name v1 name
   * @param fieldType the Pipedrive type
   * @param customV2 v2 custom flag
   * @param customV1 v1 custom flag ({@code edit_flag})
   * @param mandatory v1 mandatory flag
   * @param options enum and set options, or null
   */
  public record FieldDto(
      @JsonProperty("field_code") String fieldCode,
      @JsonProperty("field_name") String fieldName,
      String key,
      String name,
      @JsonProperty("field_type") String fieldType,
      @JsonProperty("is_custom_field") Boolean customV2,
      @JsonProperty("edit_flag") Boolean customV1,
      @JsonProperty("mandatory_flag") Boolean mandatory,
      List<OptionDto> options) {}

  /**
   * An enum or set option.
   *
   * @param id the option id
   * @param label the label
   */
  public record OptionDto(long id, String label) {}

  /**
   * A v2 search answer.
   *
   * @param data the hits
   * @param additionalData the paging data
   */
  public record SearchEnvelope(
      SearchData data, @JsonProperty("additional_data") AdditionalData additionalData) {}

  /**
   * The hits of a search.
   *
   * @param items the hits, or null
   */
  public record SearchData(List<SearchHit> items) {}

  /**
   * One hit.
   *
   * @param item the matched item's summary ({@code id}, {@code type}, ...)
   */
  public record SearchHit(Map<String, Object> item) {}

  /**
   * A {@code /v1/recents} answer.
   *
   * @param data the changes, or null
   * @param additionalData the paging data
   */
  public record RecentsEnvelope(
      List<RecentItem> data, @JsonProperty("additional_data") AdditionalData additionalData) {}

  /**
   * One change in recents.
   *
   * @param item the item type
   * @param id the record id
   * @param data the record's state
   */
  public record RecentItem(String item, Object id, Map<String, Object> data) {}

  /**
   * An error answer, {@code {success:false, error, error_info}} (v1) or with {@code code} (v2);
   * every field optional.
   *
   * @param error the error text
   * @param errorInfo a hint at the cause
   * @param message the text some endpoints send instead of {@code error}
   * @param code the vendor code
   */
  public record ErrorBody(
      String error, @JsonProperty("error_info") String errorInfo, String message, String code) {

    /** No body, an HTML page or an unreadable one. */
    public static final ErrorBody NONE = new ErrorBody(null, null, null, null);

    /** {@code error}, else {@code message}; null when neither. */
    public String text() {
      return error != null ? error : message;
    }
  }
}
