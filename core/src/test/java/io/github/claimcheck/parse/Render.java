package io.github.claimcheck.parse;

import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders expressions in the compact form used by the corpus files. */
final class Render {

  private Render() {}

  static String all(List<NumberExpression> list) {
    return list.stream().map(Render::one).collect(Collectors.joining(" | "));
  }

  /**
   * {@code type kind bounds [hedged] [vague] [unit=u [norm=n]] [+MARKER…] text=…}; the unit as
   * written and, when it differs, normalised (spaces as {@code _}); bounds in interval
   * notation: {@code [1,2]}, {@code (10000,)}, {@code (,30]}.
   */
  static String one(NumberExpression e) {
    Quantity q = e.value();
    StringBuilder sb = new StringBuilder();
    sb.append(e.type().jsonName()).append(' ').append(q.kind().jsonName()).append(' ');
    sb.append(q.low().isPresent() && q.lowInclusive() ? '[' : '(');
    sb.append(q.low().map(BigDecimal::toPlainString).orElse(""));
    sb.append(',');
    sb.append(q.high().map(BigDecimal::toPlainString).orElse(""));
    sb.append(q.high().isPresent() && q.highInclusive() ? ']' : ')');
    boolean hedgedByKind = q.kind() == io.github.claimcheck.model.QuantityKind.APPROXIMATE;
    if (q.isHedged() && !hedgedByKind) {
      sb.append(" hedged");
    }
    if (q.isVague()) {
      sb.append(" vague");
    }
    if (e.unit() != null) {
      sb.append(" unit=").append(e.unit().replace(' ', '_'));
      if (!e.unitNormalized().equals(e.unit())) {
        sb.append(" norm=").append(e.unitNormalized().replace(' ', '_'));
      }
    }
    for (NumberMarker m : e.markers()) {
      sb.append(" +").append(m.name().toLowerCase(Locale.ROOT));
    }
    sb.append(" text=").append(e.text());
    return sb.toString();
  }
}
