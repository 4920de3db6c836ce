package dev.triangulate.scoring.article;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimal HTML-to-text for scraped articles. Not a real HTML parser: it only needs to keep the
 * paragraph structure and the readable text, so block tags become blank lines and the rest go.
 */
final class HtmlText {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:html|head|body|title|p|div|br|span|a|h[1-6]|ul|ol|li|article|section|blockquote"
              + "|table|tr|td|strong|em|b|i)\\b[^>]*>",
          FLAGS);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", FLAGS);
  private static final Pattern INVISIBLE_ELEMENT =
      Pattern.compile("<(head|script|style|noscript)\\b.*?</\\1\\s*>", FLAGS);
  private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", FLAGS);
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "</?(?:html|body|p|div|h[1-6]|ul|ol|li|article|section|header|footer|nav"
              + "|blockquote|table|tr)\\b[^>]*>",
          FLAGS);
  private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>", FLAGS);
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

  private static final Map<String, String> NAMED_ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00A0"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("hellip", "\u2026"),
          Map.entry("copy", "\u00A9"));

  private HtmlText() {}

  static boolean looksLikeHtml(String text) {
    return HTML_TAG.matcher(text).find();
  }

  static String toPlainText(String html) {
    String text = COMMENT.matcher(html).replaceAll(" ");
    // The head's <title> usually repeats the <h1>, which is where the title is taken from.
    text = INVISIBLE_ELEMENT.matcher(text).replaceAll(" ");
    // Source line breaks mean nothing in HTML; only the tags below decide where lines end.
    text = text.replaceAll("\\s+", " ");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
    text = ANY_TAG.matcher(text).replaceAll("");
    // Entities last, so that an escaped "&lt;p&gt;" in the text stays text.
    return decodeEntities(text);
  }

  private static String decodeEntities(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decodeEntity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decodeEntity(String body, String original) {
    if (body.charAt(0) != '#') {
      return NAMED_ENTITIES.getOrDefault(body, original);
    }
    boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
    String digits = body.substring(hex ? 2 : 1);
    // Bounded length keeps parseInt safe; anything longer is not a real code point anyway.
    if (digits.length() > 7) {
      return original;
    }
    int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
    return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : original;
  }
}
