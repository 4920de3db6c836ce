package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({"25 50 44 46 2D 31 2E 34, pdf", "50 4B 03 04 14 00, zip", "1F 8B 08 00, gzip"})
  void knownMagicIsNamed(String hex, String kind) {
    int[] values = Arrays.stream(hex.split(" ")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
    assertEquals("binary content (" + kind + ")", TextDecoder.decode(bytes(values)).failure());
  }

  @Test
  void nulBytesMeanBinary() {
    assertEquals("binary content (NUL bytes)", TextDecoder.decode(bytes('a', 0, 'b')).failure());
  }

  @Test
  void manyControlCharactersMeanBinary() {
    assertEquals(
        "binary content (40% control characters)",
        TextDecoder.decode(bytes('a', 1, 'b', 2, 'c', 3, 'd', 4, 'e', 'f')).failure());
  }

  private static byte[] concat(byte[] prefix, byte[] rest) {
    byte[] out = Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, out, prefix.length, rest.length);
    return out;
  }

  @Test
  void utf8BomIsStripped() {
    byte[] text = "Gr\u00FC\u00DFe".getBytes(StandardCharsets.UTF_8);
    assertEquals("Gr\u00FC\u00DFe", TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), text)).text());
  }

  @Test
  void utf16BigEndianWithBomIsDecoded() {
    byte[] text = "Gr\u00FC\u00DFe".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Gr\u00FC\u00DFe", TextDecoder.decode(concat(bytes(0xFE, 0xFF), text)).text());
  }

  @Test
  void truncatedUtf16IsRejectedWithOffset() {
    assertEquals(
        "not valid UTF-16LE (first bad byte at offset 4)",
        TextDecoder.decode(bytes(0xFF, 0xFE, 'a', 0, 'b')).failure());
  }

  @Test
  void windows1252PunctuationWithUndefinedByteStaysInvalidUtf8() {
    // 0x81 is unassigned in Windows-1252, so the fallback must not accept this file.
    assertEquals(
        "not valid UTF-8 (first bad byte at offset 1)",
        TextDecoder.decode(bytes('a', 0x93, 'b', 0x81)).failure());
  }
}
