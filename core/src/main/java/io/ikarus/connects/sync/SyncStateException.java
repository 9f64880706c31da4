package io.ikarus.connects.sync;

/**
 * The sync state could not be read or written: an unreadable, corrupt or foreign state file, or a
 * failed write. The state is never reset silently; fix or move the file and run again.
 */
public class SyncStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates one. */
  public SyncStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
