package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.hubspot.internal.dto.Property;
import io.ikarus.connects.hubspot.internal.dto.PropertyPage;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.concurrent.CompletableFuture;

/** The properties API: an object's property definitions as a schema, and creating a property. */
public final class PropertyCalls {

  private final ApiCalls calls;

  /** Calls made through {@code calls}. */
  public PropertyCalls(ApiCalls calls) {
    this.calls = calls;
  }

  /** {@code GET /crm/v3/properties/{object}} as the object's schema. */
  public CompletableFuture<ObjectSchema> describe(String object) {
    return calls
        .execute(ApiRequest.get(ObjectPaths.properties(object)).operation("describe").build())
        .thenApply(r -> Schemas.schema(object, r.json(PropertyPage.class)));
  }

  /**
   * {@code POST /crm/v3/properties/{object}}: creates {@code field} in the property group {@code
   * groupName}; completes with the property as HubSpot defined it.
   */
  public CompletableFuture<FieldSchema> create(String object, FieldSchema field, String groupName) {
    ApiRequest request =
        ApiRequest.post(ObjectPaths.properties(object))
            .json(Schemas.definition(field, groupName))
            .operation("createProperty")
            .build();
    return calls.execute(request).thenApply(r -> Schemas.field(r.json(Property.class)));
  }
}
