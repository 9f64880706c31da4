package io.ikarus.connects.dynamics.internal;

/**
 * The names a connector needs to address one table, read once from {@code EntityDefinitions}.
 *
 * @param logicalName such as {@code account}
 * @param entitySetName such as {@code accounts}
 * @param primaryId the id column, such as {@code accountid}
 * @param primaryName the name column, such as {@code name}; may be null
 */
public record EntityInfo(
    String logicalName, String entitySetName, String primaryId, String primaryName) {}
