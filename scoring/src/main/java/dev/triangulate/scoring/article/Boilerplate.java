package dev.triangulate.scoring.article;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Page furniture that scrapers keep but that is not part of the article: left in, it produces
 * bogus "claims" such as "702 people read this News!". Every rule matches a whole line (after
 * trimming, case-insensitively), so text inside a real sentence is never touched.
 */
final class Boilerplate {

  private static final String SOCIAL =
      "(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|print)";
  private static final String NAV_ITEM = "\\s*[\\p{L}\\p{N}&'’ -]{1,30}\\s*";
  private static final String NUMBER = "\\d[\\d,.]*";

  private static final List<Pattern> LINE_RULES =
      compile(
          // Comment prompts.
          "leave a (?:reply|comment)(?: cancel reply)?[.!:]*",
          "click (?:here )?to comment[.!]*",
          "your email address will not be published\\.?(?: required fields are marked \\*\\.?)?",
          "required fields are marked \\*?\\.?",
          "comments?(?: \\(\\d+\\))?:?",
          "there (?:are|is) (?:\\d+|no) comments?\\.?",
          // View counters.
          NUMBER + " (?:people|readers|persons) (?:have )?read this(?: news| article| story| post)?[.!]*",
          NUMBER + " views?[.!]*",
          "views?:? " + NUMBER,
          // Tags, sharing and subscription prompts.
          "tags?:.*",
          "share(?: this(?: article| story| post| page)?)?\\s*(?::|\\.\\.\\.|…)?"
              + "(?:\\s*(?:on )?" + SOCIAL + "\\s*,?)*",
          "subscribe(?: now| today| here| to [^.!?]{1,60})?[.!:]*",
          // Copyright notices and agency bylines.
          "©.*",
          "(?:\\(c\\)|copyright)\\s*©?\\s*\\d{4}\\b.*",
          "all rights reserved\\.?",
          "(?:additional )?reporting by [^.!?]{1,80}\\.?",
          // Section navigation such as "Breaking | World | Asia".
          NAV_ITEM + "(?:\\|" + NAV_ITEM + ")+");

  /** A tagline is a closing slogan line, so only short lines qualify. */
  private static final int TAGLINE_MAX_WORDS = 15;

  private Boilerplate() {}

  static boolean isBoilerplateLine(String line) {
    String candidate = line.strip();
    return LINE_RULES.stream().anyMatch(rule -> rule.matcher(candidate).matches());
  }

  /** "News Leak Centre - the news they don't want you to read", for any known outlet name. */
  static boolean isTagline(String line, Collection<String> outletNames) {
    String candidate = line.strip();
    return ArticleLines.wordCount(candidate) <= TAGLINE_MAX_WORDS
        && outletNames.stream()
            .filter(name -> !name.isBlank())
            .map(name -> ignoringCase(Pattern.quote(name) + "\\s*[-–—|:]\\s*\\S.*"))
            .anyMatch(tagline -> tagline.matcher(candidate).matches());
  }

  private static List<Pattern> compile(String... regexes) {
    return List.of(regexes).stream().map(Boilerplate::ignoringCase).toList();
  }

  private static Pattern ignoringCase(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
