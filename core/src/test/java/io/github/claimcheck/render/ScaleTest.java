package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void closeValuesGetALinearAxisPaddedToRoundTicks() {
    Scale s = Scale.of(120, 131, 0, 100);
    assertThat(s.isLog()).isFalse();
    assertThat(s.start()).isLessThan(120).isGreaterThanOrEqualTo(100);
    assertThat(s.end()).isGreaterThan(131).isLessThanOrEqualTo(150);
    List<Double> ticks = s.ticks();
    assertThat(ticks).first().isEqualTo(s.start());
    assertThat(ticks).last().isEqualTo(s.end());
    double step = ticks.get(1) - ticks.get(0);
    for (int i = 1; i < ticks.size(); i++) {
      assertThat(ticks.get(i) - ticks.get(i - 1)).isCloseTo(step, within(1e-9));
    }
    assertThat(ticks.size()).isBetween(3, 12);
  }

  @Test
  void mapsTheDomainOntoThePixelsAndClampsOutsideValues() {
    Scale s = Scale.linear(0, 10, 100, 300);
    assertThat(s.x(s.start())).isEqualTo(100);
    assertThat(s.x(s.end())).isEqualTo(300);
    assertThat(s.x(-50)).isEqualTo(100);
    assertThat(s.x(1e9)).isEqualTo(300);
    assertThat(s.x(2)).isLessThan(s.x(3));
  }

  @Test
  void countsDoNotGetANegativeAxisButOneValueGetsRoomAroundIt() {
    assertThat(Scale.of(0, 10, 0, 1).start()).isEqualTo(0);
    Scale single = Scale.of(600, 600, 0, 1);
    assertThat(single.start()).isLessThan(600);
    assertThat(single.end()).isGreaterThan(600);
  }

  @Test
  void valuesSpanningOrdersOfMagnitudeGetALogAxisFromPowerToPowerOfTen() {
    assertThat(Scale.of(10, 200, 0, 1).isLog()).isFalse();
    assertThat(Scale.of(10, 201, 0, 1).isLog()).isTrue();
    assertThat(Scale.of(-5, 5000, 0, 1).isLog()).isFalse();

    Scale s = Scale.of(1000, 9_000_000, 0, 100);
    assertThat(s.isLog()).isTrue();
    assertThat(s.start()).isEqualTo(1000);
    assertThat(s.end()).isEqualTo(1e7, within(1e-6));
    assertThat(s.ticks()).containsExactly(1e3, 1e4, 1e5, 1e6, 1e7);
    assertThat(s.x(1e5)).isCloseTo(50, within(1e-9));
    assertThat(s.x(0)).isEqualTo(0);
  }

  @Test
  void aLogAxisOfFewDecadesAddsTwoAndFiveBetweenPowers() {
    Scale s = Scale.log(100, 5000, 0, 1);
    assertThat(s.ticks()).containsExactly(100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0);
  }

  @Test
  void rejectsDomainsItCannotDraw() {
    assertThatThrownBy(() -> Scale.of(5, 1, 0, 1)).hasMessageContaining("[5.0, 1.0]");
    assertThatThrownBy(() -> Scale.log(0, 10, 0, 1)).hasMessageContaining("min 0.0");
    assertThatThrownBy(() -> Scale.of(Double.NaN, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    assertThat(Scale.niceStep(3.2)).isEqualTo(5);
    assertThat(Scale.niceStep(0.7)).isCloseTo(1, within(1e-12));
    assertThat(Scale.niceStep(12)).isEqualTo(20);
    assertThat(Scale.niceStep(2.2)).isEqualTo(2.5);
  }

  @Test
  void tickLabelsAreShort() {
    assertThat(Scale.label(120)).isEqualTo("120");
    assertThat(Scale.label(1500)).isEqualTo("1,500");
    assertThat(Scale.label(12_000)).isEqualTo("12k");
    assertThat(Scale.label(3_500_000)).isEqualTo("3.5M");
    assertThat(Scale.label(2e9)).isEqualTo("2B");
    assertThat(Scale.label(0.25)).isEqualTo("0.25");
    assertThat(Scale.label(117.5)).isEqualTo("117.5");
  }

  @Test
  void dateTicksUseTheFinestUnitThatFits() {
    List<LocalDate> days = Scale.dateTicks(LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 20), 7);
    assertThat(days).hasSize(4).startsWith(LocalDate.of(2024, 6, 17));
    assertThat(Scale.dateLabel(days.get(0), days)).isEqualTo("17 Jun 2024");

    List<LocalDate> months = Scale.dateTicks(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 12, 20), 7);
    assertThat(months).hasSizeBetween(2, 7).allMatch(d -> d.getDayOfMonth() == 1);
    assertThat(months).allMatch(d -> !d.isBefore(LocalDate.of(2024, 1, 15)));
    assertThat(Scale.dateLabel(months.get(0), months)).matches("[A-Z][a-z]{2} 2024");

    List<LocalDate> years = Scale.dateTicks(LocalDate.of(2000, 3, 1), LocalDate.of(2024, 1, 1), 7);
    assertThat(years).hasSizeBetween(2, 7).allMatch(d -> d.getDayOfYear() == 1);
    assertThat(Scale.dateLabel(years.get(0), years)).matches("\\d{4}");

    assertThatThrownBy(() -> Scale.dateTicks(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), 7))
        .hasMessageContaining("2024-01-01");
  }
}
