package dev.triangulate.pipeline.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Outputs are written to a staging directory beside the output directory and moved into place
 * only when the run has succeeded, so a crash never leaves half-written CSVs and the previous
 * run's outputs stay intact until they are replaced.
 */
public final class OutputDirectory {
  private OutputDirectory() {}

  /** A fresh staging directory on the same file system as {@code output}, so the final move is a rename. */
  public static Path staging(Path output) throws IOException {
    Path absolute = output.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    return Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
  }

  /** Replaces {@code output} with {@code staging}: old outputs move aside, new ones move in, old ones go. */
  public static void publish(Path staging, Path output) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    Path previous = null;
    if (Files.exists(target)) {
      previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
      Files.delete(previous);
      Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    if (previous != null) {
      deleteTree(previous);
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
