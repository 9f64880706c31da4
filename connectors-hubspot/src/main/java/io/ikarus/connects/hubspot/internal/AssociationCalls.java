package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.hubspot.HubSpotAssociation;
import io.ikarus.connects.hubspot.internal.dto.AssociationPage;
import io.ikarus.connects.hubspot.internal.dto.Paging;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Associations v4 calls: create (default or typed), list (every page), remove. */
public final class AssociationCalls {

  private final ApiCalls execute;

  /** Calls made through {@code execute}. */
  public AssociationCalls(ApiCalls execute) {
    this.execute = execute;
  }

  /** {@code PUT .../associations/default/{to}/{toId}}: the unlabelled association, both ways. */
  public CompletableFuture<Void> associateDefault(
      String from, String fromId, String to, String toId) {
    String path =
        "crm/v4/objects/"
            + HubSpotNames.objectType(from)
            + "/"
            + HubSpotNames.recordId(fromId)
            + "/associations/default/"
            + HubSpotNames.objectType(to)
            + "/"
            + HubSpotNames.recordId(toId);
    return execute
        .execute(ApiRequest.put(path).operation("associate").build())
        .thenApply(r -> null);
  }

  /** {@code PUT .../associations/{to}/{toId}} with one association type. */
  public CompletableFuture<Void> associate(
      String from, String fromId, String to, String toId, String category, int typeId) {
    String path = ObjectPaths.associations(from, fromId, to) + "/" + HubSpotNames.recordId(toId);
    ApiRequest request =
        ApiRequest.put(path)
            .json(List.of(Map.of("associationCategory", category, "associationTypeId", typeId)))
            .operation("associate")
            .build();
    return execute.execute(request).thenApply(r -> null);
  }

  /** {@code DELETE .../associations/{to}/{toId}}: removes every association between the two. */
  public CompletableFuture<Void> remove(String from, String fromId, String to, String toId) {
    String path = ObjectPaths.associations(from, fromId, to) + "/" + HubSpotNames.recordId(toId);
    return execute
        .execute(ApiRequest.delete(path).operation("removeAssociation").build())
        .thenApply(r -> null);
  }

  /** {@code GET .../associations/{to}}, following {@code paging.next.after} to the end. */
  public CompletableFuture<List<HubSpotAssociation>> list(String from, String fromId, String to) {
    return page(ObjectPaths.associations(from, fromId, to), null, new ArrayList<>());
  }

  private CompletableFuture<List<HubSpotAssociation>> page(
      String path, String after, List<HubSpotAssociation> out) {
    ApiRequest.Builder request = ApiRequest.get(path).query("limit", 500).operation("associations");
    if (after != null) {
      request.query("after", after);
    }
    return execute
        .execute(request.build())
        .thenCompose(
            response -> {
              AssociationPage body = response.json(AssociationPage.class);
              for (AssociationPage.Associated r : body.results()) {
                List<HubSpotAssociation.Type> types = new ArrayList<>();
                for (AssociationPage.Type t : r.associationTypes()) {
                  types.add(new HubSpotAssociation.Type(t.category(), t.typeId(), t.label()));
                }
                out.add(new HubSpotAssociation(r.toObjectId(), types));
              }
              String next = Paging.after(body.paging());
              return next == null
                  ? CompletableFuture.completedFuture(List.copyOf(out))
                  : page(path, next, out);
            });
  }
}
