package dev.triangulate.scoring.article;

/**
 * Characters that are not displayed themselves but change what a reader sees: the direction
 * controls (U+202A-U+202E, U+2066-U+2069, the marks U+200E, U+200F and U+061C), with which
 * "x<U+202E>gnp.exe" displays as "xexe.png", and the zero-width characters (U+200B-U+200D,
 * U+2060, U+FEFF), with which two names that look the same are different strings.
 */
public final class InvisibleCharacters {

  private InvisibleCharacters() {}

  public static boolean isInvisible(int codePoint) {
    return (codePoint >= 0x200B && codePoint <= 0x200F)
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || codePoint == 0x061C
        || codePoint == 0x2060
        || codePoint == 0xFEFF;
  }

  public static String remove(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
