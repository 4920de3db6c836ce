package dev.triangulate.scoring.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns article bytes into text. UTF-8 is expected; a BOM is honoured, and Windows-1252 is
 * accepted only when the bytes carry its typographic punctuation, because silently decoding
 * arbitrary garbage as a single-byte charset would feed nonsense to the NLP stage.
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (BinarySniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (BinarySniffer.startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (BinarySniffer.startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    var binary = BinarySniffer.describe(bytes);
    if (binary.isPresent()) {
      return Decoded.failure("binary content (" + binary.get() + ")");
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.failed() && hasWindows1252Punctuation(bytes)) {
      Decoded cp1252 = strict(bytes, 0, WINDOWS_1252);
      return cp1252.failed() ? utf8 : cp1252;
    }
    return utf8;
  }

  private static Decoded strict(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return Decoded.failure(
          "not valid " + displayName(charset) + " (first bad byte at offset " + in.position() + ")");
    }
    return Decoded.text(out.flip().toString());
  }

  private static String displayName(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
  }

  /** Curly quotes, dashes, ellipsis, bullet, euro and trade mark: the bytes Word documents leave. */
  private static boolean hasWindows1252Punctuation(byte[] bytes) {
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u == 0x80 || u == 0x85 || (u >= 0x91 && u <= 0x97) || u == 0x99) {
        return true;
      }
    }
    return false;
  }
}
