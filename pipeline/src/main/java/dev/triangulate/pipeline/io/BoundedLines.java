package dev.triangulate.pipeline.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file line by line as raw bytes, never holding more than {@code maxBytes} of one line.
 * Bytes rather than text so that one line with bad UTF-8 is one reject instead of losing the whole
 * file; bounded so that a multi-gigabyte line is measured and skipped, not loaded.
 */
public final class BoundedLines {

  /** What the caller does with each line (numbered from 1, line terminator removed). */
  public interface Visitor {
    void line(int number, byte[] content);

    void tooLong(int number, long bytes);
  }

  private BoundedLines() {}

  public static void read(Path file, int maxBytes, Visitor visitor) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long length = 0;
      int number = 0;
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          finish(++number, line, length, maxBytes, visitor);
          line.reset();
          length = 0;
        } else {
          if (length < maxBytes) {
            line.write(b);
          }
          length++;
        }
      }
      if (length > 0) {
        finish(++number, line, length, maxBytes, visitor);
      }
    }
  }

  private static void finish(int number, ByteArrayOutputStream line, long length, int maxBytes, Visitor visitor) {
    if (length > maxBytes) {
      visitor.tooLong(number, length);
      return;
    }
    byte[] content = line.toByteArray();
    int end = content.length > 0 && content[content.length - 1] == '\r' ? content.length - 1 : content.length;
    visitor.line(number, end == content.length ? content : Arrays.copyOf(content, end));
  }
}
