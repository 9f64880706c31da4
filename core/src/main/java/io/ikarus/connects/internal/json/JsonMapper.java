package io.ikarus.connects.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper.Builder;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/**
 * The one Jackson configuration of the SDK: decimals as {@link java.math.BigDecimal} (currency must
 * not round), unknown properties ignored (vendors add fields), dates as ISO-8601 strings.
 */
public final class JsonMapper {

  private static final ObjectMapper MAPPER = create();

  private static final int MAX_NESTING = 200;
  private static final int MAX_NUMBER_LENGTH = 1000;
  private static final int MAX_STRING_LENGTH = 20_000_000;
  private static final long MAX_DOCUMENT_LENGTH = 64L << 20;
  private static final long MAX_TOKENS = 2_000_000;

  private JsonMapper() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses JSON to Map / List / String / Number / Boolean / null. */
  public static Object parse(byte[] json) throws IOException {
    return MAPPER.readValue(json, Object.class);
  }

  /** Parses JSON to a typed value. */
  public static <T> T read(byte[] json, Class<T> type) throws IOException {
    return MAPPER.readValue(json, type);
  }

  /** Parses a JSON array to a list of typed values. */
  public static <T> List<T> readList(byte[] json, Class<T> elementType) throws IOException {
    return MAPPER.readValue(
        json, MAPPER.getTypeFactory().constructCollectionType(List.class, elementType));
  }

  /** Encodes a value to JSON bytes. */
  public static byte[] write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsBytes(value);
  }

  /** Converts a parsed tree (Map / List) or any bean to {@code type}. */
  public static <T> T convert(Object value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }

  /** Converts a parsed tree to a type described by a reference. */
  public static <T> T convert(Object value, TypeReference<T> type) {
    return MAPPER.convertValue(value, type);
  }

  /**
   * Bounds what a response may cost to parse, not only its bytes: a hostile or broken body (say 16
   * MB of {@code [{},{},...]}) would otherwise build millions of objects and exhaust the heap.
   */
  private static JsonFactory factory() {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxTokenCount(MAX_TOKENS)
            .build();
    return JsonFactory.builder().streamReadConstraints(limits).build();
  }

  private static ObjectMapper create() {
    Builder b = com.fasterxml.jackson.databind.json.JsonMapper.builder(factory());
    b.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    b.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    b.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    b.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    // Error messages must not echo response content (it can hold personal data or tokens).
    b.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    b.addModule(new JavaTimeModule());
    return b.build();
  }
}
