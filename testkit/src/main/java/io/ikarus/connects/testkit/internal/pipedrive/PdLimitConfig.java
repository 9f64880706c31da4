package io.ikarus.connects.testkit.internal.pipedrive;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The rate-limit settings of a fake company.
 *
 * @param enabled false for an unlimited world (no 429s, headers still sent)
 * @param apiTokenBurst requests per rolling 2 s for API-token traffic
 * @param oauthBurst requests per rolling 2 s for OAuth traffic
 * @param searchBurst search requests per rolling 2 s (every plan)
 * @param dailyBudget the company's daily token budget
 * @param serverZone the zone whose midnight resets the budget
 * @param cloudflareAfter 429s in a row after which API-token traffic gets Cloudflare's 403 page (0:
 *     never)
 * @param cloudflareBlock how long the Cloudflare block lasts
 */
public record PdLimitConfig(
    boolean enabled,
    int apiTokenBurst,
    int oauthBurst,
    int searchBurst,
    long dailyBudget,
    ZoneId serverZone,
    int cloudflareAfter,
    Duration cloudflareBlock) {}
