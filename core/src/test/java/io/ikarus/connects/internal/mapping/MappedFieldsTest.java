package io.ikarus.connects.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.mapping.UnmappedFields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A mapping's compact output behaves exactly as the {@code LinkedHashMap} the engine returned
 * before (issue 20, item 1): same entries, same order, same answers, through random sequences of
 * every kind of change a caller may make.
 */
class MappedFieldsTest {

  private static final String[] RULES = {"Email", "FirstName", "LastName", "Phone", "City", "Zip"};
  private static final String[] OTHERS = {"extra", "notes", "Email2", "zz"};

  @Test
  void randomChangesLeaveItEqualToALinkedHashMapInEntriesAndOrder() {
    Random random = new Random(20);
    for (int round = 0; round < 3_000; round++) {
      MappedFields fields = new MappedFields(MappedFields.Targets.of(RULES));
      Map<String, Object> expected = new LinkedHashMap<>();
      for (int i = 0; i < RULES.length; i++) {
        if (random.nextInt(3) > 0) {
          Object v = random.nextInt(5) == 0 ? null : "v" + i;
          fields.set(i, v);
          expected.put(RULES[i], v);
        }
      }
      same(fields, expected);
      for (int step = 0; step < 12; step++) {
        change(random, fields, expected);
        same(fields, expected);
      }
    }
  }

  @Test
  void aMappingReturnsItsFieldsInRuleOrderThenPassedThroughOnes() {
    FieldMapping mapping =
        FieldMapping.builder()
            .map("Email", "email", Transforms.email())
            .map("LastName", "last")
            .map("City", "city")
            .unmapped(UnmappedFields.PASS_THROUGH)
            .build();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("note", "hi");
    source.put("email", "A@B.COM");
    source.put("city", null);

    Map<String, Object> out = mapping.apply(source);

    assertThat(new ArrayList<>(out.entrySet()))
        .containsExactlyElementsOf(
            new ArrayList<>(linked("Email", "a@b.com", "City", null, "note", "hi").entrySet()));
    out.put("LastName", "Lovelace");
    assertThat(new ArrayList<>(out.keySet())).containsExactly("Email", "City", "note", "LastName");
  }

  private static Map<String, Object> linked(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static void change(Random random, Map<String, Object> fields, Map<String, Object> exp) {
    String key =
        random.nextBoolean()
            ? RULES[random.nextInt(RULES.length)]
            : OTHERS[random.nextInt(OTHERS.length)];
    Object value = random.nextInt(6) == 0 ? null : "n" + random.nextInt(100);
    switch (random.nextInt(9)) {
      case 0, 1 -> assertThat(fields.put(key, value)).isEqualTo(exp.put(key, value));
      case 2 -> assertThat(fields.remove(key)).isEqualTo(exp.remove(key));
      case 3 -> assertThat(fields.putIfAbsent(key, value)).isEqualTo(exp.putIfAbsent(key, value));
      case 4 -> {
        int n = random.nextInt(3);
        Iterator<Map.Entry<String, Object>> a = fields.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> b = exp.entrySet().iterator();
        int moved = 0;
        for (int i = 0; i <= n && a.hasNext(); i++) {
          a.next();
          b.next();
          moved++;
        }
        if (moved > 0 && random.nextBoolean()) {
          a.remove();
          b.remove();
        }
      }
      case 5 -> {
        for (Map.Entry<String, Object> e : fields.entrySet()) {
          if (e.getKey().equals(key)) {
            assertThat(e.setValue(value)).isEqualTo(exp.put(key, value));
          }
        }
      }
      case 6 -> {
        fields.values().removeIf(v -> v == null);
        exp.values().removeIf(v -> v == null);
      }
      case 7 -> {
        if (random.nextInt(4) == 0) {
          fields.clear();
          exp.clear();
        }
      }
      default -> {
        fields.putAll(Map.of(key, "all"));
        exp.putAll(Map.of(key, "all"));
      }
    }
  }

  private static void same(Map<String, Object> fields, Map<String, Object> expected) {
    List<Map.Entry<String, Object>> a = new ArrayList<>(fields.entrySet());
    List<Map.Entry<String, Object>> b = new ArrayList<>(expected.entrySet());
    assertThat(a).containsExactlyElementsOf(b);
    assertThat(fields).isEqualTo(expected);
    assertThat(fields.hashCode()).isEqualTo(expected.hashCode());
    assertThat(fields.toString()).isEqualTo(expected.toString());
    assertThat(fields.size()).isEqualTo(expected.size());
    for (String k : RULES) {
      assertThat(fields.containsKey(k)).as(k).isEqualTo(expected.containsKey(k));
      assertThat(fields.get(k)).as(k).isEqualTo(expected.get(k));
    }
    for (String k : OTHERS) {
      assertThat(fields.containsKey(k)).as(k).isEqualTo(expected.containsKey(k));
      assertThat(fields.get(k)).as(k).isEqualTo(expected.get(k));
    }
  }
}
