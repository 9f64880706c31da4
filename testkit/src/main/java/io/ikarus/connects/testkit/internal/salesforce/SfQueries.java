package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlBinder;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlException;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlPlan;

/** Binds SOQL against the org's schemas, turning SOQL errors into Salesforce error responses. */
final class SfQueries {

  private SfQueries() {}

  static SfScan scan(SfOrg org, String soql, boolean includeDeleted) {
    if (soql == null || soql.isBlank()) {
      throw SfFailure.badRequest("MALFORMED_QUERY", "A query string has to be specified");
    }
    try {
      SoqlPlan plan =
          SoqlBinder.bind(
              soql,
              name -> org.object(name).map(SfObject::schema),
              id -> SfIds.isWellFormed(id) ? SfIds.canonical(id) : id);
      SfObject object = org.objectOrNotFound(plan.schema().name());
      return new SfScan(plan, object.extent(), includeDeleted);
    } catch (SoqlException e) {
      throw SfFailure.badRequest(e.code(), e.getMessage());
    }
  }
}
