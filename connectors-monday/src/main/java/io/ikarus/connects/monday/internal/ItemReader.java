package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.spi.QueryOperations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Reads items: by id with {@code items}, and page by page with {@code items_page}. */
public final class ItemReader implements QueryOperations {

  private final MondayClient client;
  private final BoardCache boards;
  private final String connector;

  /** Creates the reader. */
  public ItemReader(MondayClient client, BoardCache boards, String connector) {
    this.client = client;
    this.boards = boards;
    this.connector = connector;
  }

  /** Reads one active item, or fails with {@link NotFoundException}. */
  public CompletableFuture<CrmRecord> get(String object, String id) {
    ErrorContext context = ErrorContext.of(connector, "get");
    String boardId = boards.boardId(object, context);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("ids", List.of(id));
    variables.put("cols", null);
    return client
        .send("get", Documents.ITEMS, variables, Costs.page(1), true)
        .thenApply(
            r -> {
              JsonNode item = r.orThrow().data("items").path(0);
              if (!item.isObject() || !boardId.equals(item.path("board").path("id").asText())) {
                throw new NotFoundException(
                    "no active item " + id + " on board " + boardId, r.context());
              }
              return ItemMapper.toRecord(object, item, r.context());
            });
  }

  /** Reads the first page of a query. */
  @Override
  public CompletableFuture<Page> query(Query query) {
    ErrorContext context = ErrorContext.of(connector, "query");
    return boards
        .columns(query.object(), context)
        .thenCompose(
            columns -> {
              QueryPlan plan = QueryPlan.of(query, columns, context);
              return new ItemPaging(client, query, plan, columns.boardId(), context).first();
            });
  }
}
