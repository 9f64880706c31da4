package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.spi.ApiRequest;

/**
 * Pipedrive's token cost per endpoint (the OpenAPI {@code x-token-cost}): v2 GET one 1, list 10,
 * POST/PATCH 5, DELETE 3, search and {@code deals/archived} 20; v1 twice that: GET one 2, list 20,
 * POST/PUT/PATCH 10, DELETE 6, {@code leads/archived} 40; {@code recents} 20. A request carries its
 * cost as the {@link #TOKENS} cost ({@link #charged}); {@link MeteredCalls} charges it against the
 * daily budget before sending.
 */
public final class Costs {

  /** The request-cost name of Pipedrive's daily token budget (no rate-limit bucket paces it). */
  public static final String TOKENS = "tokens";

  private Costs() {}

  /** {@code request} built with {@code tokens} as its {@link #TOKENS} cost. */
  public static ApiRequest charged(ApiRequest.Builder request, int tokens) {
    return request.cost(TOKENS, tokens).build();
  }

  /** The daily-budget tokens {@code request} costs; 0 when it names none. */
  public static int of(ApiRequest request) {
    return request.costs().getOrDefault(TOKENS, 0L).intValue();
  }

  /** GET one record. */
  public static int getOne(boolean v2) {
    return v2 ? 1 : 2;
  }

  /** GET a list page (fields lists included). */
  public static int list(boolean v2) {
    return v2 ? 10 : 20;
  }

  /** POST, PATCH or PUT. */
  public static int write(boolean v2) {
    return v2 ? 5 : 10;
  }

  /** DELETE one record. */
  public static int delete(boolean v2) {
    return v2 ? 3 : 6;
  }

  /** A search page (v2). */
  public static int search() {
    return 20;
  }

  /** An archived listing page: {@code deals/archived} 20 (v2), {@code leads/archived} 40. */
  public static int archived(boolean v2) {
    return v2 ? 20 : 40;
  }

  /** A {@code recents} page. */
  public static int recents() {
    return 20;
  }
}
