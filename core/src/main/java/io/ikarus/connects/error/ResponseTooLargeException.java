package io.ikarus.connects.error;

/**
 * A response body exceeded {@code ClientOptions.maxResponseBytes}; reading stopped at the cap so
 * that memory stays bounded. Not retryable: ask for smaller pages or raise the cap.
 */
public class ResponseTooLargeException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * Creates one.
   *
   * @param limit the cap in bytes that was exceeded
   */
  public ResponseTooLargeException(ErrorContext context, long limit) {
    super(
        "response body exceeds maxResponseBytes ("
            + limit
            + " bytes); request smaller pages or raise ClientOptions.maxResponseBytes",
        context,
        false,
        null);
    this.limit = limit;
  }

  /** The cap in bytes that was exceeded. */
  public long limit() {
    return limit;
  }
}
