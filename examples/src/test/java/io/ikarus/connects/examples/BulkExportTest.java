package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk export, run on fewer rows than its main seeds. */
class BulkExportTest {

  @Test
  void everyRowReachesTheCsvQuotedAndPagedBySet(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path csv = dir.resolve("accounts.csv");
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      fake.generateRows("Account", 2_500, BulkExport::account);

      BulkExport.Result result =
          BulkExport.run(fake, csv, 1_000, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      assertThat(result).isEqualTo(new BulkExport.Result(2_500, 3, 1_000));
    }
    String text = Files.readString(csv);
    List<String> lines = List.of(text.split("\r\n", -1));
    assertThat(lines).hasSize(2_502).endsWith("");
    assertThat(lines.get(0)).isEqualTo("Id,Name,Industry,AnnualRevenue");
    assertThat(lines)
        .anyMatch(l -> l.matches("001\\w{15},\"Smith, Jones & \"\"Partners\"\" 7\",Banking,7000"))
        .anyMatch(l -> l.matches("001\\w{15},Account 1,Banking,1000"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("wrote 2,500 rows in 3 result sets to " + csv)
        .contains("held at most 1,000 rows at once");
  }
}
