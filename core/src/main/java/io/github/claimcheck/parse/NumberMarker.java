package io.github.claimcheck.parse;

/** TEMPORARY stub, replaced by the numbers branch. */
public enum NumberMarker {
  CHANGE,
  NEW_TOTAL,
  ADDITION,
  OTHERS,
  SUBSET,
  ESTIMATED
}
