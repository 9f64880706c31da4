package io.ikarus.connects.testkit.internal.pipedrive;

import java.util.List;

/**
 * The token cost of each request, from the vendor's per-endpoint {@code x-token-cost}: v2 GET one
 * 1, list 10, POST/PATCH 5, DELETE 3, search and {@code deals/archived} 20; v1 GET one 2, list 20,
 * POST/PUT/PATCH 10, DELETE 6, {@code leads/archived} 40, recents 20.
 */
final class PdCosts {

  private PdCosts() {}

  /** The cost of {@code method} on the segments after {@code api/v2} or {@code v1}. */
  static int of(boolean v2, String method, List<String> s) {
    if (s.size() == 2 && (s.get(1).equals("search") || s.get(1).equals("archived"))) {
      return v2 ? 20 : 40;
    }
    int base =
        switch (method) {
          case "GET" -> s.size() <= 1 ? 10 : 1;
          case "DELETE" -> 3;
          default -> 5;
        };
    return v2 ? base : base * 2;
  }

  /** True when the request goes to a search endpoint (its own burst window). */
  static boolean isSearch(List<String> s) {
    return s.size() == 2 && s.get(1).equals("search");
  }
}
