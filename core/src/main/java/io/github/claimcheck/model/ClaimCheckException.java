package io.github.claimcheck.model;

/**
 * The one unchecked exception type claimcheck throws for failures that are not the caller's
 * mistake, such as a built-in resource that cannot be loaded. Bad article text and bad input
 * files are never thrown: they are reported as {@link io.github.claimcheck.model.Problem}s.
 */
public final class ClaimCheckException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public ClaimCheckException(String message) {
    super(message);
  }

  /** Creates the exception with a message and a cause. */
  public ClaimCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
