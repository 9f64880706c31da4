package io.ikarus.connects.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A realistic, repeatable contact data set: the same people spelled the way real CRMs hold them,
 * with stray spaces, shouting capitals and phones in every punctuation style.
 */
final class DemoData {

  private static final String[] FIRST = {
    "ada", "Grace", "ALAN", "Katherine", "linus", "Margaret", "Edsger", "barbara", "Donald",
        "Frances",
    "John", "radia", "Ken", "Sophie", "Tim", "Hedy", "Dennis", "Mary", "Guido", "Annie"
  };
  private static final String[] LAST = {
    "Lovelace", "hopper", "TURING", "Johnson", "Torvalds", "hamilton", "Dijkstra", "Liskov",
    "Knuth", "allen", "McCarthy", "Perlman", "Thompson", "Wilson", "Berners-Lee", "Lamarr",
    "Ritchie", "Keller", "van Rossum", "Easley"
  };

  private DemoData() {}

  /** People {@code from} .. {@code from+count-1} as Salesforce Contacts, messy as typed. */
  static List<Map<String, Object>> contacts(int from, int count, long seed) {
    Random random = new Random(seed + from);
    List<Map<String, Object>> list = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      list.add(
          Map.of(
              "FirstName", messy(FIRST[i % FIRST.length], random),
              "LastName", messy(LAST[(i / FIRST.length) % LAST.length], random) + " " + i,
              "Email", email(i, random),
              "Phone", phone(i, random)));
    }
    return list;
  }

  /** The normalised email of person {@code i}. */
  static String emailOf(int i) {
    return "person" + i + "@example.com";
  }

  private static String email(int i, Random random) {
    String email = emailOf(i);
    return random.nextInt(4) == 0 ? email.toUpperCase(Locale.ROOT) : email;
  }

  private static String messy(String value, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> " " + value + "  ";
      case 1 -> value.toUpperCase(Locale.ROOT);
      default -> value;
    };
  }

  private static String phone(int i, Random random) {
    String digits = String.format(Locale.ROOT, "415555%04d", i % 10_000);
    return switch (random.nextInt(4)) {
      case 0 ->
          "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
      case 1 -> digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6);
      case 2 -> "+1 " + digits;
      default -> digits;
    };
  }
}
