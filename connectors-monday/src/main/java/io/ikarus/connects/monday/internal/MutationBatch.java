package io.ikarus.connects.monday.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one request of several aliased mutations ({@code m0: create_item(...) m1: ...}), each with
 * its own variables, plus the {@code complexity} field. monday runs them in order and reports a
 * failure of one alias in {@code errors} with the alias as its path, leaving the others applied.
 */
public final class MutationBatch {

  private final StringBuilder header = new StringBuilder("mutation (");
  private final StringBuilder body = new StringBuilder();
  private final Map<String, Object> variables = new LinkedHashMap<>();
  private final List<String> aliases = new ArrayList<>();
  private final String boardId;
  private final boolean createLabels;
  private final boolean readBack;
  private boolean declared;

  /**
   * Starts a batch on board {@code boardId}. With {@code readBack}, each mutation returns the whole
   * item (single writes return the record); without, only its id (batches need no more, and a
   * smaller selection costs less complexity).
   */
  public MutationBatch(String boardId, boolean readBack, boolean createLabels) {
    this.boardId = boardId;
    this.readBack = readBack;
    this.createLabels = createLabels;
  }

  /** Adds {@code create_item}. */
  public MutationBatch create(String name, String columnValuesJson) {
    String a = alias();
    declare("n" + a, "String!", name);
    return writeValues(a, "create_item(board_id: $b, item_name: $n" + a, columnValuesJson, "JSON");
  }

  /** Adds {@code change_multiple_column_values}. */
  public MutationBatch update(String itemId, String columnValuesJson) {
    String a = alias();
    declare("i" + a, "ID", itemId);
    return writeValues(
        a,
        "change_multiple_column_values(board_id: $b, item_id: $i" + a,
        columnValuesJson,
        "JSON!");
  }

  /** Adds {@code delete_item} or {@code archive_item}. */
  public MutationBatch remove(String itemId, boolean archive) {
    String a = alias();
    declare("i" + a, "ID", itemId);
    return field(
        a, (archive ? "archive_item" : "delete_item") + "(item_id: $i" + a + ") { id }", false);
  }

  /** The aliases in the order added ({@code m0}, {@code m1}, ...). */
  public List<String> aliases() {
    return List.copyOf(aliases);
  }

  /** The number of mutations. */
  public int size() {
    return aliases.size();
  }

  /** The document. */
  public String document() {
    return header + ") { " + body + Documents.COMPLEXITY + " }";
  }

  /** The variables. */
  public Map<String, Object> variables() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  private String alias() {
    String alias = "m" + aliases.size();
    aliases.add(alias);
    return alias;
  }

  private MutationBatch writeValues(String a, String head, String values, String type) {
    declare("v" + a, type, values);
    String tail = ", column_values: $v" + a + ", create_labels_if_missing: $labels) { ";
    return field(a, head + tail + selection() + " }", true);
  }

  private String selection() {
    return readBack ? Documents.ITEM : "id";
  }

  private MutationBatch field(String alias, String field, boolean onBoard) {
    body.append(alias).append(": ").append(field).append(' ');
    if (onBoard && !declared) {
      declared = true;
      declare("b", "ID!", boardId);
      declare("labels", "Boolean", createLabels);
      if (readBack) {
        declare("cols", "[String!]", null);
      }
    }
    return this;
  }

  private void declare(String name, String type, Object value) {
    if (!variables.isEmpty()) {
      header.append(", ");
    }
    header.append('$').append(name).append(": ").append(type);
    variables.put(name, value);
  }
}
