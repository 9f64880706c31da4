package io.ikarus.connects.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the RFC 4180 dialect the Bulk API fake reads and writes. */
class CsvReaderWriterTest {

  @Test
  void readsEverySalesforceDelimiterWithLfOrCrlf() {
    for (char d : new char[] {',', '\t', '|', ';', '^', '`'}) {
      String text = "a" + d + "b\n1" + d + "\r\n";
      assertThat(readAll(text, d))
          .as("delimiter %s", d)
          .containsExactly(row("a", "b"), row("1", ""));
    }
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
    String text = "\"a,b\",\"say \"\"hi\"\"\",\"one\r\ntwo\nthree\"\nx,\"\",y";

    assertThat(readAll(text, ','))
        .containsExactly(row("a,b", "say \"hi\"", "one\r\ntwo\nthree"), row("x", "", "y"));
  }

  @Test
  void blankLinesAndLoneCarriageReturnsEndRecords() {
    assertThat(readAll("a\n\nb\rc\n", ',')).containsExactly(row("a"), row(""), row("b"), row("c"));
    assertThat(readAll("", ',')).isEmpty();
  }

  @Test
  void readsOneRecordAtATimeUpToAFault() {
    CsvReader reader = new CsvReader("a,b\n1,2\n3,x\"y\n", ',');

    assertThat(reader.next()).containsExactly("a", "b");
    assertThat(reader.next()).containsExactly("1", "2");
    assertThatThrownBy(reader::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSV line 3: quote inside an unquoted field");
  }

  @Test
  void malformedFieldsNameTheirLine() {
    assertThatThrownBy(() -> readAll("a\n\"x\ny\" z\n", ','))
        .hasMessage("CSV line 3: text after a closing quote");
    assertThatThrownBy(() -> readAll("a\n\"b\" ,c\n", ','))
        .hasMessage("CSV line 2: text after a closing quote");
    assertThatThrownBy(() -> readAll("a\nb,\"c\nd\n", ','))
        .hasMessage("CSV line 2: quoted field is never closed");
    assertThatThrownBy(() -> readAll("a\r\nb\"\r\n", ','))
        .hasMessage("CSV line 2: quote inside an unquoted field");
  }

  @Test
  void writesQuotingOnlyWhatNeedsItWithTheJobsLineEnding() {
    List<String> values =
        Arrays.asList("a b", "#N/A", "x|y", "q\"q", "c,d", "", null, "l\nf", "c\rr");

    assertThat(new CsvWriter(',', "\n").row(values).row(List.of("z")).toString())
        .isEqualTo("a b,#N/A,x|y,\"q\"\"q\",\"c,d\",,,\"l\nf\",\"c\rr\"\nz\n");
    assertThat(new CsvWriter('|', "\r\n").row(values).toString())
        .isEqualTo("a b|#N/A|\"x|y\"|\"q\"\"q\"|c,d|||\"l\nf\"|\"c\rr\"\r\n");
  }

  private static List<List<String>> readAll(String text, char delimiter) {
    CsvReader reader = new CsvReader(text, delimiter);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r = reader.next(); r != null; r = reader.next()) {
      rows.add(r);
    }
    return rows;
  }

  private static List<String> row(String... values) {
    return List.of(values);
  }
}
