package io.ikarus.connects.testkit.internal.monday;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;

/** The root field names of a document's operation, for the journal. */
final class RootFields {

  private RootFields() {}

  static List<String> of(String query, String operationName) {
    try {
      Document document = Parser.parse(query);
      return document.getDefinitionsOfType(OperationDefinition.class).stream()
          .filter(op -> operationName == null || operationName.equals(op.getName()))
          .findFirst()
          .map(
              op ->
                  op.getSelectionSet().getSelectionsOfType(Field.class).stream()
                      .map(Field::getName)
                      .toList())
          .orElse(List.of());
    } catch (InvalidSyntaxException e) {
      return List.of();
    }
  }
}
