package io.github.claimcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleScan;
import io.github.claimcheck.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClaimChecker CHECKER =
      ClaimChecker.builder().today(LocalDate.of(2025, 6, 1)).build();

  private static JsonNode expressions(String id, String text) throws Exception {
    ArticleScan scan = CHECKER.scan(Article.builder(id, text).published(LocalDate.of(2025, 5, 20))
        .build());
    JsonNode root = JSON.readTree(ScanJson.toJson(List.of(scan), List.of()));
    assertThat(root.get("schema").asText()).isEqualTo("claimcheck-scan/1");
    return root.get("documents").get(0).get("expressions");
  }

  private static List<String> field(JsonNode expressions, String name) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : expressions) {
      out.add(e.get(name).isNull() ? null : e.get(name).asText());
    }
    return out;
  }

  @Test
  void everyNumberExpressionHasItsUnitAsWrittenAndNormalised() throws Exception {
    JsonNode ex = expressions("a",
        "The carrier sold 256GB phones for US$899, 40% more than the 3 tons of stock it had, "
            + "and oil hit $84 a barrel on Flight 610's route in 2024.");
    assertThat(field(ex, "type"))
        .containsExactly("quantity", "money", "percent", "quantity", "money", "date");
    assertThat(field(ex, "unit")).containsExactly("GB", "US$", "%", "tons", "$ a barrel", null);
    assertThat(field(ex, "unitNormalized"))
        .containsExactly("GB", "USD", "%", "t", "USD/barrel", null);
  }

  @Test
  void theUnitFieldsAreNullForDatesAndYearsAndTheOldFieldsStay() throws Exception {
    JsonNode ex = expressions("b", "Pada 19 Juni 2024 sebanyak 1.200 KK mengungsi.");
    JsonNode date = ex.get(0);
    assertThat(date.get("type").asText()).isEqualTo("date");
    assertThat(date.get("unit").isNull()).isTrue();
    assertThat(date.get("unitNormalized").isNull()).isTrue();
    JsonNode count = ex.get(1);
    assertThat(count.get("unit").asText()).isEqualTo("kk");
    assertThat(count.get("unitNormalized").asText()).isEqualTo("household");
    assertThat(count.fieldNames()).toIterable()
        .containsExactly("type", "span", "text", "value", "unit", "unitNormalized");
  }
}
