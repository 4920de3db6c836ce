package dev.triangulate.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Peak resident memory of this JVM so far: the kernel's high-water mark {@code VmHWM} in
 * /proc/self/status (Linux). It counts everything the process touched, heap, metaspace, thread
 * stacks and CoreNLP's models, which is what a machine's memory limit sees.
 */
final class PeakRss {
  private PeakRss() {}

  static OptionalLong bytes() {
    try {
      return parse(Files.readAllLines(Path.of("/proc/self/status")));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** From the lines of /proc/PID/status; the kernel writes {@code VmHWM:   123456 kB}. */
  static OptionalLong parse(List<String> status) {
    return status.stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
        .findFirst();
  }
}
