package dev.triangulate.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InputListerTest {
  @TempDir Path dir;

  @Test
  void aFileNamedTwiceIsListedOnce() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Some text.");
    List<InputFile> files = InputLister.list(List.of(dir.toString(), dir.resolve("a.txt").toString(), dir + "/./a.txt"));
    assertEquals(List.of(dir.resolve("a.txt").toString()), files.stream().map(InputFile::path).toList());
  }

  @Test
  @Timeout(10)
  void linkLoopsAreNamedNotFollowed() throws IOException {
    Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(dir.resolve("up"), Path.of(".."));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub").resolve("back"), Path.of(".."));
    Path deep = dir.resolve("sub/back/sub/back/self.txt");
    List<String> problems =
        InputLister.list(List.of(dir.toString(), deep.toString())).stream().map(f -> f.path() + " " + f.problem()).toList();
    // "up" and "sub" are directories: not read, so their loops are never walked.
    assertEquals(
        List.of(dir.resolve("self.txt") + " symbolic link loop through " + dir.resolve("self.txt"),
            deep + " symbolic link loop through " + deep),
        problems);
  }

  @Test
  void manifestRowsWithoutTheirFileAreInputsThatCannotBeRead() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Some text.");
    Files.writeString(
        dir.resolve("manifest.csv"),
        "article_id,outlet\na,Wire\n,Nameless\na,Again\n/etc/passwd,Intruder\nsub/../../x,Sneaky\n");
    List<String> problems = InputLister.list(List.of(dir.toString())).stream().map(f -> f.path() + " " + f.problem()).toList();
    Path manifest = dir.resolve("manifest.csv");
    assertEquals(
        List.of(
            dir.resolve("a.txt") + " ",
            manifest + ":3 manifest row has no article_id",
            manifest + ":4 manifest repeats article_id a (first at " + manifest + ":2)",
            manifest + ":5 manifest article_id /etc/passwd points outside the input directory",
            manifest + ":6 manifest article_id sub/../../x points outside the input directory"),
        problems);
  }

  @Test
  void aManifestWithoutAnIdColumnIsRejectedAndTheArticlesStillRead() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Some text.");
    Files.writeString(dir.resolve("manifest.csv"), "file,outlet\na.txt,Wire\n");
    List<String> problems = InputLister.list(List.of(dir.toString())).stream().map(f -> f.kind() + " " + f.problem()).toList();
    assertEquals(List.of("TEXT ", "UNREADABLE manifest.csv unreadable: no article_id column in the header [file, outlet]"), problems);
  }

  @Test
  void aManifestLinkToNowhereIsReportedNotIgnored() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Some text.");
    Files.createSymbolicLink(dir.resolve("manifest.csv"), Path.of("elsewhere.csv"));
    List<String> problems = InputLister.list(List.of(dir.toString())).stream().map(f -> f.kind() + " " + f.problem()).toList();
    assertEquals(List.of("TEXT ", "UNREADABLE manifest.csv unreadable: not a regular file"), problems);
  }
}
