package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvCodecTest {

  @Test
  void formatsValuesTheBulkApiWay() {
    assertThat(CsvCodec.text(null)).isEqualTo("#N/A");
    assertThat(CsvCodec.text(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(CsvCodec.text(0.1d)).isEqualTo("0.1");
    assertThat(CsvCodec.text(42L)).isEqualTo("42");
    assertThat(CsvCodec.text(true)).isEqualTo("true");
    assertThat(CsvCodec.text(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(CsvCodec.text(Instant.parse("2024-01-01T10:00:00Z")))
        .isEqualTo("2024-01-01T10:00:00Z");
    assertThat(CsvCodec.text(List.of("A", "B"))).isEqualTo("A;B");
    assertThatThrownBy(() -> CsvCodec.text(Map.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be written to CSV");
  }

  @Test
  void quotesOnlyWhereRfc4180Requires() {
    StringBuilder out = new StringBuilder();
    CsvCodec.appendRow(out, List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rx", " sp "));
    assertThat(out.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rx\", sp \n");
  }

  @Test
  void roundTripsHostileCells() {
    List<List<String>> rows =
        List.of(
            List.of("Id", "Name", "Notes"),
            List.of("1", "O'Brien, \"Bob\"", "line1\r\nline2\n"),
            List.of("2", "", "#N/A"),
            List.of("3", ",", "\"\""));
    StringBuilder out = new StringBuilder();
    rows.forEach(r -> CsvCodec.appendRow(out, r));

    assertThat(readAll(out.toString())).isEqualTo(rows);
  }

  @Test
  void readsCrlfQuotedEmptyAndBom() {
    String csv = "\uFEFF\"sf__Id\",\"sf__Created\",Name\r\n001,true,\"\"\r\n002,false,x";
    assertThat(readAll(csv))
        .containsExactly(
            List.of("sf__Id", "sf__Created", "Name"),
            List.of("001", "true", ""),
            List.of("002", "false", "x"));
  }

  @Test
  void readsEdgeCellsAndRowEnds() {
    String csv = "a,,\"\"\n\"x\"\"\",\"\"\"\"\"\",\"\r\n\"\r\n,\n\nlast,\"end\"";
    assertThat(readAll(csv))
        .containsExactly(
            List.of("a", "", ""),
            List.of("x\"", "\"\"", "\r\n"),
            List.of("", ""),
            List.of(""),
            List.of("last", "end"));
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("\uFEFF")).isEmpty();
    assertThat(readAll("\uFEFFx")).containsExactly(List.of("x"));
    assertThat(readAll("a,\uFEFF")).containsExactly(List.of("a", "\uFEFF"));
    assertThat(readAll("#N/A,\"#N/A\"")).containsExactly(List.of("#N/A", "#N/A"));
  }

  @Test
  void readsManyRowsInOrder() {
    StringBuilder out = new StringBuilder();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      List<String> row = List.of(Integer.toString(i), i % 3 == 0 ? "q\"" + i : "p" + i, "");
      rows.add(row);
      CsvCodec.appendRow(out, row);
    }
    assertThat(readAll(out.toString())).isEqualTo(rows);
  }

  @Test
  void reportsMalformedInputWithTheRow() {
    assertThatThrownBy(() -> readAll("a,b\n\"open"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("ends inside a quoted field");
    assertThatThrownBy(() -> readAll("a\"b\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote inside an unquoted field");
    assertThatThrownBy(() -> readAll("\"a\"b\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after a closing quote");
  }

  private static List<List<String>> readAll(String csv) {
    CsvReader reader = new CsvReader(csv);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }
}
