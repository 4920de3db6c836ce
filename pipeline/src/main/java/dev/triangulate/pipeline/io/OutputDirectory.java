package dev.triangulate.pipeline.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's hold on its output directory. Outputs are written to a staging directory beside it
 * and moved into place only when the run has succeeded, so a crash never leaves half-written CSVs
 * and the previous run's outputs stay intact until they are replaced. A lock file beside the
 * output keeps a second run off the same directory, which is also what makes it safe to clear
 * what a killed run left behind.
 */
public final class OutputDirectory implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputDirectory.class);

  private final Path target;
  private final Path staging;
  private final FileChannel lock;

  private OutputDirectory(Path target, Path staging, FileChannel lock) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
  }

  /** Locks {@code output}, clears a killed run's leftovers and makes a fresh staging directory. */
  public static OutputDirectory open(Path output) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    FileChannel channel =
        FileChannel.open(sibling(target, "lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (tryLock(channel) == null) {
        throw new IOException("another run is writing to " + output);
      }
      recoverLeftovers(target);
      // Same file system as the target, so that publishing is a rename.
      Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
      return new OutputDirectory(target, staging, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another run in this JVM
    }
  }

  public Path staging() {
    return staging;
  }

  /** Replaces the output with the staging directory: old outputs move aside, new ones move in, old ones go. */
  public void publish() throws IOException {
    Path previous = null;
    if (Files.exists(target)) {
      previous = sibling(target, "previous-" + staging.getFileName().toString().replaceFirst(".*\\.staging-", ""));
      Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    if (previous != null) {
      deleteTree(previous);
    }
  }

  /** Drops the staging directory if it was not published, and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      deleteTree(staging);
    } finally {
      lock.close();
    }
  }

  /**
   * A run killed while writing leaves its staging directory; one killed while publishing may leave
   * the previous outputs set aside with no output in their place, and those are put back.
   */
  private static void recoverLeftovers(Path target) throws IOException {
    String staged = "." + target.getFileName() + ".staging-";
    String setAside = "." + target.getFileName() + ".previous-";
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(
            target.getParent(),
            p -> p.getFileName().toString().startsWith(staged) || p.getFileName().toString().startsWith(setAside))) {
      siblings.forEach(leftovers::add);
    }
    for (Path leftover : leftovers) {
      if (leftover.getFileName().toString().startsWith(setAside) && !Files.exists(target)) {
        LOG.warn("restoring the previous outputs {} that an interrupted run had set aside", leftover);
        Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        LOG.info("removing {}, left by an interrupted run", leftover);
        deleteTree(leftover);
      }
    }
  }

  private static Path sibling(Path target, String suffix) {
    return target.resolveSibling("." + target.getFileName() + "." + suffix);
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
