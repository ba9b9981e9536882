package io.github.claimcheck.parse;

/**
 * What the words around a number say about the figure's role, beyond its value. A figure can carry
 * several markers ({@code sekitar 1.000 di antaranya} is {@link #SUBSET}; {@code diperkirakan
 * 2.000 tambahan} is {@link #ESTIMATED} and {@link #ADDITION}).
 */
public enum NumberMarker {
  /** A change, not a total: {@code bertambah 19 orang}, {@code naik 5}, {@code increased by 19}. */
  CHANGE,
  /** The figure is the new total: {@code bertambah menjadi 1.090}, {@code rose to 1,090}. */
  NEW_TOTAL,
  /**
   * An addition to an earlier figure: {@code 6.000 tentara tambahan}, {@code tambahan 2.000
   * personel}, {@code an additional 1,000 troops}.
   */
  ADDITION,
  /** Others than those counted before: {@code ribuan lainnya}, {@code 4,000 others}. */
  OTHERS,
  /** A subset of a group named before: {@code 600 di antaranya}, {@code 600 of them}. */
  SUBSET,
  /**
   * An estimate: preceded by {@code diperkirakan}, {@code perkiraan}, {@code estimasi}, {@code
   * ditaksir} or {@code estimated}. The value of such a figure is also {@linkplain
   * io.github.claimcheck.model.Quantity#isHedged() hedged}.
   */
  ESTIMATED
}
