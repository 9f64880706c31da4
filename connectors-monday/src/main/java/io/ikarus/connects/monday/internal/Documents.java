package io.ikarus.connects.monday.internal;

/**
 * The GraphQL documents the connector sends. Every value travels in a variable, never in the
 * document text, so no record or filter value can change a document's structure; every document
 * also asks for {@code complexity}, which feeds the complexity-budget limiter.
 */
public final class Documents {

  /** The selection read for every item. */
  public static final String ITEM =
      "id name created_at updated_at column_values(ids: $cols) { id type text value }";

  /** The budget fields requested with every document. */
  public static final String COMPLEXITY = "complexity { before after query reset_in_x_seconds }";

  /** Reads a board's name and columns. */
  public static final String BOARD =
      "query ($b: [ID!]) { boards(ids: $b) { id name columns { id title type settings_str } } "
          + COMPLEXITY
          + " }";

  /** Reads items by id (active ones only), with the board each belongs to. */
  public static final String ITEMS =
      "query ($ids: [ID!], $cols: [String!]) { items(ids: $ids, exclude_nonactive: true) { "
          + ITEM
          + " board { id } } "
          + COMPLEXITY
          + " }";

  /** Reads the first page of a board's items. */
  public static final String ITEMS_PAGE =
      "query ($b: [ID!], $limit: Int, $qp: ItemsQuery, $cols: [String!]) { boards(ids: $b) {"
          + " items_page(limit: $limit, query_params: $qp) { cursor items { "
          + ITEM
          + " } } } "
          + COMPLEXITY
          + " }";

  /** Reads the next page from a cursor. */
  public static final String NEXT_ITEMS_PAGE =
      "query ($c: String!, $limit: Int, $cols: [String!]) { next_items_page(cursor: $c,"
          + " limit: $limit) { cursor items { "
          + ITEM
          + " } } "
          + COMPLEXITY
          + " }";

  /**
   * Finds a board's items whose columns hold given values ({@code items_page_by_column_values}),
   * first page ({@code $c} set) or next ({@code $k} set).
   */
  public static final String ITEMS_BY_COLUMN_VALUES =
      "query ($b: ID!, $c: [ItemsPageByColumnValuesQuery!], $k: String, $limit: Int,"
          + " $cols: [String!]) { items_page_by_column_values(board_id: $b, columns: $c,"
          + " cursor: $k, limit: $limit) { cursor items { "
          + ITEM
          + " } } "
          + COMPLEXITY
          + " }";

  /** Reads a page of a board's activity log from an instant. */
  public static final String ACTIVITY_LOGS =
      "query ($b: [ID!], $from: ISO8601DateTime, $limit: Int, $page: Int) { boards(ids: $b) {"
          + " activity_logs(from: $from, limit: $limit, page: $page) { id event data created_at }"
          + " } "
          + COMPLEXITY
          + " }";

  private Documents() {}
}
