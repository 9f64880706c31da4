package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.monday.MondayCursorExpiredException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Pages through {@code items_page} / {@code next_items_page}, applying the plan's client-side
 * filter, projection and limit.
 *
 * <p>Cursor expiry: in the default order (creation, which is also ascending item id), an expired
 * cursor is replaced by running the query again and skipping every item up to the last one already
 * returned, so nothing is lost or repeated (items created meanwhile come at the end). With a custom
 * order the position cannot be found again safely, so the page fails with {@link
 * MondayCursorExpiredException}.
 */
final class ItemPaging {

  private final MondayClient client;
  private final Query query;
  private final QueryPlan plan;
  private final String boardId;
  private final ErrorContext context;
  private long lastId = -1;
  private int returned;

  ItemPaging(MondayClient client, Query query, QueryPlan plan, String boardId, ErrorContext ctx) {
    this.client = client;
    this.query = query;
    this.plan = plan;
    this.boardId = boardId;
    this.context = ctx;
  }

  CompletableFuture<Page> first() {
    Map<String, Object> variables = variables();
    variables.put("b", List.of(boardId));
    variables.put("qp", plan.queryParams());
    return client
        .send("query", Documents.ITEMS_PAGE, variables, Costs.page(plan.pageSize()), true)
        .thenApply(
            r -> {
              JsonNode board = r.orThrow().data("boards").path(0);
              if (!board.isObject()) {
                throw new NotFoundException("board " + boardId + " not found", r.context());
              }
              return page(board.path("items_page"));
            });
  }

  private CompletableFuture<Page> next(String cursor) {
    Map<String, Object> variables = variables();
    variables.put("c", cursor);
    return client
        .send("query", Documents.NEXT_ITEMS_PAGE, variables, Costs.page(plan.pageSize()), true)
        .thenCompose(
            r -> {
              CrmException error = r.errorAt("next_items_page");
              if (error instanceof MondayCursorExpiredException expired) {
                return resume(expired);
              } else if (error != null) {
                throw error;
              }
              return CompletableFuture.completedFuture(page(r.orThrow().data("next_items_page")));
            });
  }

  private CompletableFuture<Page> resume(MondayCursorExpiredException expired) {
    if (plan.customOrder()) {
      throw new MondayCursorExpiredException(
          "the items_page cursor expired and a query with a custom order cannot resume; run it"
              + " again",
          expired.context());
    }
    return first();
  }

  private synchronized Page page(JsonNode itemsPage) {
    List<CrmRecord> records = new ArrayList<>();
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    for (JsonNode item : itemsPage.path("items")) {
      long id = Long.parseLong(item.path("id").asText());
      if (returned >= limit || (!plan.customOrder() && id <= lastId)) {
        continue;
      }
      lastId = Math.max(lastId, id);
      CrmRecord record = ItemMapper.toRecord(query.object(), item, context);
      if (plan.clientFilter().test(record)) {
        records.add(project(record));
        returned++;
      }
    }
    String cursor = itemsPage.path("cursor").asText(null);
    if (cursor == null || cursor.isEmpty() || returned >= limit) {
      return Page.last(records);
    }
    return Page.of(records, () -> next(cursor));
  }

  private CrmRecord project(CrmRecord record) {
    if (query.fields().isEmpty()) {
      return record;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String id : plan.projection()) {
      fields.put(id, record.fields().get(id));
    }
    return record.withFields(fields);
  }

  private Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("limit", plan.pageSize());
    variables.put("cols", plan.columnIds());
    return variables;
  }
}
