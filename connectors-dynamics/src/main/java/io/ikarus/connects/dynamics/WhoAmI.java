package io.ikarus.connects.dynamics;

/**
 * Who the connector acts as, from the {@code WhoAmI} function.
 *
 * @param userId the (application) user's {@code systemuserid}
 * @param businessUnitId the user's business unit
 * @param organizationId the environment's organization
 */
public record WhoAmI(String userId, String businessUnitId, String organizationId) {}
