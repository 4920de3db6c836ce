package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.ArticleMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the --input values into the inputs to read, in a stable order. Runs in the launcher,
 * before the pipeline. Everything it cannot read (a missing input, a broken or looping link, a
 * manifest row without its file) is listed too, as an unreadable input, so it reaches rejects.csv.
 * Directories are read one level deep and links are followed to files only, never into
 * directories, so no layout of links can make it loop.
 */
public final class InputLister {
  private static final Logger LOG = LoggerFactory.getLogger(InputLister.class);
  private static final String TXT = ".txt";

  private InputLister() {}

  public static List<InputFile> list(List<String> inputs) {
    // The same file named twice (--input=seeds --input=seeds/000.txt) is one input, not two
    // articles with one id.
    Map<String, InputFile> files = new LinkedHashMap<>();
    for (String input : inputs) {
      expand(input).forEach(f -> files.putIfAbsent(identity(f.path()), f));
    }
    return files.values().stream().sorted(Comparator.comparing(InputFile::path)).toList();
  }

  private static List<InputFile> expand(String input) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return List.of(InputFile.unreadable(input, "not a valid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return directory(path);
    }
    if (Files.isRegularFile(path)) {
      return List.of(file(path, id -> ArticleMetadata.NONE));
    }
    return List.of(InputFile.unreadable(input, Files.isSymbolicLink(path) ? notAFile(path) : "input does not exist"));
  }

  private static String identity(String path) {
    try {
      return Path.of(path).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return path;
    }
  }

  private static List<InputFile> directory(Path dir) {
    List<InputFile> files = new ArrayList<>();
    Manifest manifest;
    try {
      manifest = Manifest.read(dir);
    } catch (IOException | RuntimeException e) {
      files.add(InputFile.unreadable(dir.resolve(Manifest.FILE).toString(), "manifest.csv unreadable: " + describe(e)));
      manifest = Manifest.none(dir);
    }
    Set<String> textIds = new HashSet<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (name.equals(Manifest.FILE)) {
          continue;
        }
        if (Files.isDirectory(child)) {
          LOG.info("not reading subdirectory {}: inputs are read one level deep", child);
          continue;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(TXT)) {
          textIds.add(articleId(name));
        }
        files.add(Files.isRegularFile(child) ? file(child, manifest::metadata) : InputFile.unreadable(child.toString(), notAFile(child)));
      }
    } catch (IOException e) {
      files.add(InputFile.unreadable(dir.toString(), "directory unreadable: " + e.getMessage()));
    }
    files.addAll(manifest.unmatched(textIds));
    return files;
  }

  private static InputFile file(Path path, Function<String, ArticleMetadata> metadataById) {
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(TXT)) {
      return new InputFile(path.toString(), InputFile.Kind.TEXT, metadataById.apply(articleId(name)), "");
    }
    if (lower.endsWith(".jsonl")) {
      return new InputFile(path.toString(), InputFile.Kind.JSONL, ArticleMetadata.NONE, "");
    }
    return InputFile.unreadable(path.toString(), "not an article file (expected .txt or .jsonl)");
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return cause instanceof CharacterCodingException ? "not valid UTF-8" : cause.getMessage();
  }

  /** The article id of a .txt file: its name without the extension. */
  public static String articleId(String fileName) {
    return fileName.substring(0, fileName.length() - TXT.length());
  }

  /**
   * Why an entry that is neither a file nor a directory cannot be read. Links are followed by
   * hand, remembering where they have been, so that a loop is named as one instead of surfacing
   * as a puzzling "file not found".
   */
  private static String notAFile(Path path) {
    Set<Path> seen = new HashSet<>();
    Path current = path;
    try {
      while (Files.isSymbolicLink(current)) {
        if (!seen.add(current.toAbsolutePath().normalize())) {
          return "symbolic link loop through " + current;
        }
        current = current.resolveSibling(Files.readSymbolicLink(current));
      }
    } catch (IOException e) {
      return "unreadable symbolic link: " + e.getMessage();
    }
    return Files.exists(current)
        ? "not a regular file (a device, socket or named pipe)"
        : "broken symbolic link (" + current + " does not exist)";
  }
}
