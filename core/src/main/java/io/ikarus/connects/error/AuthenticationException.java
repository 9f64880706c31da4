package io.ikarus.connects.error;

/**
 * The vendor refused the credentials (HTTP 401 or an OAuth error such as {@code invalid_grant}). A
 * {@linkplain #sessionExpired() session-expired} one tells the SDK to refresh the token and replay
 * the call once; the one a caller finally sees carries the vendor's message.
 */
public class AuthenticationException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final boolean sessionExpired;

  /**
   * Creates one; see {@link CrmException#CrmException(String, ErrorContext, boolean, Throwable)}.
   */
  public AuthenticationException(String detail, ErrorContext context) {
    this(detail, context, null);
  }

  /** Creates one with a cause. */
  public AuthenticationException(String detail, ErrorContext context, Throwable cause) {
    this(detail, context, false, cause);
  }

  private AuthenticationException(
      String detail, ErrorContext context, boolean sessionExpired, Throwable cause) {
    super(detail, context, false, cause);
    this.sessionExpired = sessionExpired;
  }

  /**
   * An error saying that the token expired or was revoked, so that a fresh one may succeed: for an
   * {@link io.ikarus.connects.spi.ErrorMapper} to return when the vendor reports an expired session
   * without HTTP 401 (or with a body that must be inspected).
   */
  public static AuthenticationException sessionExpired(String detail, ErrorContext context) {
    return new AuthenticationException(detail, context, true, null);
  }

  /** True when a new token may succeed where the rejected one failed. */
  public boolean sessionExpired() {
    return sessionExpired;
  }
}
