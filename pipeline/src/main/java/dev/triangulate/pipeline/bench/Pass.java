package dev.triangulate.pipeline.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * One timed pass over the corpus: how many tokens, in how many nanoseconds of wall clock and of
 * this process's CPU time (every thread, GC and JIT included). On a machine other jobs share, the
 * wall clock depends on their load; the CPU time much less, so it backs up the wall-clock ratios.
 * {@code gcMillis} and {@code jitMillis}: the collectors' and the JIT compilers' own account of the
 * time they took in the pass, which tells how much of the pipeline's extra CPU is spent outside
 * the code.
 */
record Pass(long tokens, long nanos, long cpuNanos, long gcMillis, long jitMillis) {
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Started before a pass; {@link #stop} when it is over. */
  record Stopwatch(long wallStart, long cpuStart, long gcStart, long jitStart) {
    Pass stop(long tokens) {
      return new Pass(tokens, System.nanoTime() - wallStart, OS.getProcessCpuTime() - cpuStart,
          collectorMillis() - gcStart, compilerMillis() - jitStart);
    }
  }

  static Stopwatch start() {
    return new Stopwatch(System.nanoTime(), OS.getProcessCpuTime(), collectorMillis(), compilerMillis());
  }

  private static long compilerMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static long collectorMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
  }

  double seconds() {
    return nanos / 1e9;
  }

  double tokensPerSecond() {
    return tokens / seconds();
  }

  double tokensPerCpuSecond() {
    return tokens / (cpuNanos / 1e9);
  }
}
