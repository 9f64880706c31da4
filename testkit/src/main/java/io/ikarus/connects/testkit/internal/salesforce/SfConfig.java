package io.ikarus.connects.testkit.internal.salesforce;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

/**
 * The fixed settings of one fake org, as the builder checked them.
 *
 * @param username the user's login name
 * @param password the user's password
 * @param securityToken the security token appended to the password (empty: not required)
 * @param clientId the connected app's consumer key
 * @param clientSecret the connected app's consumer secret
 * @param jwtKey the public key that verifies JWT bearer assertions, or null to refuse that flow
 * @param dailyApiLimit the rolling 24-hour API request allocation
 * @param tokenLifetime how long access tokens live; zero: until expired by hand
 * @param bulkPollsBeforeComplete how many job polls report InProgress before JobComplete
 * @param rotateRefreshTokens whether a refresh returns a new refresh token and voids the old one
 * @param shuffleBulkResults whether Bulk API result rows come back shuffled
 */
public record SfConfig(
    String username,
    String password,
    String securityToken,
    String clientId,
    String clientSecret,
    RSAPublicKey jwtKey,
    long dailyApiLimit,
    Duration tokenLifetime,
    int bulkPollsBeforeComplete,
    boolean rotateRefreshTokens,
    boolean shuffleBulkResults) {}
