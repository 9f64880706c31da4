package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forms v3 integration submit ({@code api.hsforms.com/submissions/v3/integration/[secure/]submit/
 * {portalId}/{formGuid}}): checks the fields against the form, then creates or updates the contact
 * by email. Thread-safe.
 */
public final class FormsHandler {

  /** A form: its field names and the required ones. */
  private record Form(Set<String> fields, Set<String> required) {}

  private final Map<String, Form> forms = new ConcurrentHashMap<>();
  private final List<JsonNode> submissions = new CopyOnWriteArrayList<>();
  private final Writes writes;
  private final Schema schema;

  /** Forms writing contacts with {@code writes}. */
  public FormsHandler(Schema schema, Writes writes) {
    this.schema = schema;
    this.writes = writes;
  }

  /** Defines a form. */
  public void addForm(String portalId, String formGuid, Set<String> fields, Set<String> required) {
    forms.put(portalId + "/" + formGuid, new Form(Set.copyOf(fields), Set.copyOf(required)));
  }

  /** The accepted submissions, in arrival order. */
  public List<JsonNode> submissions() {
    return List.copyOf(submissions);
  }

  /** Handles one submission for {@code portalId}/{@code formGuid}. */
  public FakeResponse submit(String portalId, String formGuid, String body) {
    Form form = forms.get(portalId + "/" + formGuid);
    if (form == null) {
      throw new BadRequest(404, null, "Form " + formGuid + " not found in portal " + portalId);
    }
    JsonNode req = Wire.parse(body);
    ObjectNode props = Json.object();
    ArrayNode errors = Json.array();
    Set<String> submitted = new HashSet<>();
    for (JsonNode f : req.path("fields")) {
      String name = f.path("name").asText();
      submitted.add(name);
      String value = f.path("value").asText("");
      if (!form.fields().contains(name)) {
        formError(
            errors, name, "Field is not in the form definition", "FIELD_NOT_IN_FORM_DEFINITION");
      } else if (name.equals("email") && !Writes.isEmail(value)) {
        formError(errors, name, "Invalid email address", "INVALID_EMAIL");
      } else {
        props.put(name, value);
      }
    }
    form.required().stream()
        .filter(r -> !submitted.contains(r))
        .forEach(r -> formError(errors, r, "Required field is missing", "REQUIRED_FIELD"));
    if (req.has("submittedAt") && !req.path("submittedAt").asText().matches("\\d{1,15}")) {
      formError(
          errors,
          "submittedAt",
          "submittedAt must be milliseconds since the epoch",
          "INVALID_SUBMITTED_AT");
    }
    if (!errors.isEmpty()) {
      throw new BadRequest(400, null, "The request is not valid", errors);
    }
    ObjectNode input = Json.object();
    input.set("properties", props);
    writes.upsert(schema.type("contacts"), "email", props.path("email").asText(""), input);
    submissions.add(req);
    return FakeResponse.json(
        200, Json.object().put("inlineMessage", "Thanks for submitting the form."));
  }

  private static void formError(ArrayNode errors, String field, String message, String type) {
    errors
        .addObject()
        .put("message", "Error in 'fields." + field + "'. " + message)
        .put("errorType", type);
  }
}
