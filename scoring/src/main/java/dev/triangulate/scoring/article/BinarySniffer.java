package dev.triangulate.scoring.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises files that are not text at all, so that they are rejected with a reason naming what
 * they are instead of surfacing later as a confusing "invalid UTF-8".
 */
final class BinarySniffer {

  private static final Map<String, int[]> MAGIC = new LinkedHashMap<>();

  static {
    MAGIC.put("png", new int[] {0x89, 'P', 'N', 'G'});
    MAGIC.put("pdf", new int[] {'%', 'P', 'D', 'F', '-'});
    MAGIC.put("zip", new int[] {'P', 'K', 0x03, 0x04});
    MAGIC.put("gzip", new int[] {0x1F, 0x8B});
    MAGIC.put("jpeg", new int[] {0xFF, 0xD8, 0xFF});
    MAGIC.put("gif", new int[] {'G', 'I', 'F', '8'});
  }

  /** Text files carry the odd tab or form feed; a tenth of the bytes being control codes does not. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private BinarySniffer() {}

  /** What kind of binary content the bytes are, e.g. "png" or "NUL bytes"; empty for text. */
  static Optional<String> describe(byte[] bytes) {
    for (Map.Entry<String, int[]> magic : MAGIC.entrySet()) {
      if (startsWith(bytes, magic.getValue())) {
        return Optional.of(magic.getKey());
      }
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.of("NUL bytes");
      }
      if (isControl(b)) {
        controls++;
      }
    }
    double share = (double) controls / bytes.length;
    return share > MAX_CONTROL_SHARE
        ? Optional.of(String.format(Locale.ROOT, "%.0f%% control characters", share * 100))
        : Optional.empty();
  }

  /** Prefixes are given as unsigned values so that 0x89 and friends need no casts. */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(byte b) {
    return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
  }
}
