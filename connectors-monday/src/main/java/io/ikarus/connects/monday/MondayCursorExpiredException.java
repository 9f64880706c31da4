package io.ikarus.connects.monday;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;

/**
 * A monday {@code items_page} cursor expired (they live 60 minutes from the first page) and the
 * connector could not resume safely. Paging in the default order resumes on its own; paging a query
 * with a custom {@link io.ikarus.connects.Query#orderBy order} cannot, because the values it sorts
 * by may have changed, so it fails with this exception: run the query again.
 */
public class MondayCursorExpiredException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MondayCursorExpiredException(String detail, ErrorContext context) {
    super(detail, context, false, null);
  }
}
