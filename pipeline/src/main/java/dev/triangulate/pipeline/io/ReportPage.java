package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ArticleCoverage;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimOrigin;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.language.LoadedTerm;
import dev.triangulate.scoring.nlp.ArticleSummary;
import dev.triangulate.scoring.outlet.OutletSummary;
import dev.triangulate.scoring.outlet.Reliability;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * report.html: one self-contained page (style and script inline, nothing fetched) listing the
 * claims by interest, each with its outlets' sentences side by side. Article text is untrusted,
 * so every piece of data is HTML-escaped, links are kept only for http(s) URLs, and the page's
 * Content-Security-Policy lets no script run but its own (matched by hash) and load nothing.
 */
public final class ReportPage {
  public static final String REPORT_HTML = "report.html";

  /** Claims a fact-checker should look at first: disputed ones, then the most widely reported. */
  static final Comparator<ClaimVerdict> INTEREST =
      Comparator.comparing((ClaimVerdict v) -> v.verdict() != Verdict.CONTESTED && v.verdict() != Verdict.REFUTED)
          .thenComparing(Comparator.comparingInt(ClaimVerdict::independentOutlets).reversed())
          .thenComparing(Comparator.comparingDouble(ClaimVerdict::corroboration).reversed())
          .thenComparing(v -> v.claim().text())
          .thenComparing(v -> v.claim().id());

  private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s]+");

  private ReportPage() {}

  public static void write(
      Path file, List<ClaimVerdict> verdicts, List<ArticleSummary> analyses, List<OutletSummary> outlets)
      throws IOException {
    Files.writeString(file, render(verdicts, analyses, outlets), StandardCharsets.UTF_8);
  }

  static String render(List<ClaimVerdict> verdicts, List<ArticleSummary> analyses, List<OutletSummary> outlets) {
    Map<String, Article> articles =
        analyses.stream().map(ArticleSummary::article).collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    Map<String, OutletSummary> byOutlet =
        outlets.stream().collect(Collectors.toMap(OutletSummary::outlet, Function.identity(), (a, b) -> a));
    List<ClaimVerdict> ordered = verdicts.stream().sorted(INTEREST).toList();
    StringBuilder claims = new StringBuilder();
    for (ClaimVerdict v : ordered) {
      claim(claims, v, articles, byOutlet);
    }
    String script = resource("report.js");
    return resource("report.html")
        .replace("<!--csp-->", "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + sha256(script) + "'")
        .replace("<!--style-->", resource("report.css"))
        .replace("<!--summary-->", escape(summary(verdicts, analyses, outlets)))
        .replace("<!--filters-->", filters(ordered))
        .replace("<!--claims-->", claims)
        .replace("<!--script-->", script);
  }

  private static String summary(List<ClaimVerdict> verdicts, List<ArticleSummary> analyses, List<OutletSummary> outlets) {
    List<String> dates = analyses.stream().map(a -> a.article().published()).filter(d -> !d.isEmpty()).sorted().toList();
    return verdicts.size() + " claims from " + analyses.size() + " articles by " + outlets.size() + " outlets"
        + (dates.isEmpty() ? "" : ", published " + dates.get(0) + " to " + dates.get(dates.size() - 1));
  }

  /** One checkbox per verdict that occurs, in the order the claims are listed. */
  private static String filters(List<ClaimVerdict> ordered) {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    ordered.forEach(v -> counts.merge(v.verdict(), 1L, Long::sum));
    StringBuilder html = new StringBuilder();
    ordered.stream().map(ClaimVerdict::verdict).distinct().forEach(verdict -> html
        .append("<label><input type=\"checkbox\" name=\"verdict\" value=\"").append(verdict.name()).append("\" checked> ")
        .append(verdict.name()).append(" (").append(counts.get(verdict)).append(")</label>\n"));
    return html.toString();
  }

  private static void claim(
      StringBuilder html, ClaimVerdict v, Map<String, Article> articles, Map<String, OutletSummary> outlets) {
    html.append("<article class=\"claim v-").append(v.verdict().name()).append("\" id=\"claim-").append(escape(v.claim().id()))
        .append("\" data-verdict=\"").append(v.verdict().name()).append("\">\n")
        .append("<h2><span class=\"verdict\">").append(v.verdict().name()).append("</span> ")
        .append(escape(v.claim().text())).append("</h2>\n")
        .append("<p class=\"facts\">").append(escape(facts(v))).append("</p>\n");
    if (!v.reason().isEmpty()) {
      html.append("<p class=\"reason\">").append(escape(v.reason())).append("</p>\n");
    }
    if (!v.timeline().isEmpty()) {
      html.append("<p class=\"timeline\">").append(escape(v.timeline())).append("</p>\n");
    }
    if (v.claim().origin() == ClaimOrigin.WATCHLIST) {
      coverage(html, v, articles);
    }
    html.append("<div class=\"outlets\">\n");
    Map<String, List<ClaimMention>> byOutlet =
        v.mentions().stream().collect(Collectors.groupingBy(ClaimMention::outlet, TreeMap::new, Collectors.toList()));
    byOutlet.forEach((outlet, mentions) -> {
      html.append("<section class=\"outlet\"><h3>").append(escape(outlet));
      OutletSummary summary = outlets.get(outlet);
      if (summary != null) {
        html.append(" <span class=\"standing\">").append(escape(standing(summary))).append("</span>");
      }
      html.append("</h3>\n");
      mentions.forEach(m -> mention(html, m, articles.get(m.articleId())));
      html.append("</section>\n");
    });
    html.append("</div>\n</article>\n");
  }

  /** A watched claim's articles by relation (coverage.csv): which support it, refute it, only discuss it. */
  private static void coverage(StringBuilder html, ClaimVerdict v, Map<String, Article> articles) {
    Map<String, List<ArticleCoverage>> byRelation =
        ArticleCoverage.byArticle(v.claim().id(), v.mentions()).stream()
            .collect(Collectors.groupingBy(ArticleCoverage::relationName, TreeMap::new, Collectors.toList()));
    html.append("<ul class=\"coverage\">\n");
    for (String relation : List.of("supports", "refutes", "discusses")) {
      List<ArticleCoverage> rows = byRelation.getOrDefault(relation, List.of());
      if (!rows.isEmpty()) {
        html.append("<li>").append(Character.toUpperCase(relation.charAt(0))).append(relation.substring(1))
            .append(" (").append(rows.size()).append("): ")
            .append(escape(rows.stream().map(r -> title(r.articleId(), articles.get(r.articleId())) + " (" + r.outlet() + ")")
                .collect(Collectors.joining("; "))))
            .append("</li>\n");
      }
    }
    html.append("</ul>\n");
  }

  private static String title(String articleId, Article article) {
    return article == null || article.title().isEmpty() ? articleId : article.title();
  }

  private static String facts(ClaimVerdict v) {
    return String.format(Locale.ROOT, "confidence %.2f · corroboration %.3f · %d outlets (%d independent): %d support, %d refute, %d hedge",
            Double.isNaN(v.confidence()) ? 0.5 : v.confidence(), v.corroboration(), v.outlets(), v.independentOutlets(), v.supporting(), v.refuting(), v.hedged())
        + (v.firstSeen().isEmpty() ? "" : " · " + v.firstSeen() + " to " + v.lastSeen())
        + " · id " + v.claim().id();
  }

  /** What the report says of an outlet beside its name: its reliability and the positions behind it (outlets.csv). */
  static String standing(OutletSummary outlet) {
    Reliability.OutletRecord r = outlet.record();
    return String.format(Locale.ROOT, "reliability %.2f: %d of %d positions backed, %d contradicted",
        r.reliability(), r.backed(), r.claims(), r.contradicted());
  }

  private static void mention(StringBuilder html, ClaimMention m, Article article) {
    html.append("<div class=\"mention\">\n<blockquote>").append(highlight(m.sentence(), m.loaded().terms())).append("</blockquote>\n")
        .append("<p class=\"badges\"><span class=\"badge s-").append(m.stance().name()).append("\">")
        .append(m.stance().name().toLowerCase(Locale.ROOT)).append("</span><span class=\"badge\">")
        .append(m.modality().label()).append("</span>");
    if (!m.attribution().source().isEmpty()) {
      html.append("<span class=\"badge\">").append(m.attribution().anonymous() ? "anonymous: " : "source: ")
          .append(escape(m.attribution().source())).append("</span>");
    }
    html.append("</p>\n<p class=\"source\">");
    String title = title(m.articleId(), article);
    String url = article == null ? "" : webUrl(article.url());
    if (url.isEmpty()) {
      html.append(escape(title));
    } else {
      html.append("<a href=\"").append(escape(url)).append("\" rel=\"noopener noreferrer\">").append(escape(title)).append("</a>");
    }
    if (!m.published().isEmpty()) {
      html.append(" · ").append(escape(m.published()));
    }
    html.append("</p>\n</div>\n");
  }

  /** Only http(s) links: a {@code javascript:} or {@code data:} URL from an article would run or render in the page. */
  static String webUrl(String url) {
    String trimmed = url.strip();
    return WEB_URL.matcher(trimmed).matches() ? trimmed : "";
  }

  /**
   * The sentence, escaped, with its loaded terms wrapped in {@code <mark>}, never overlapping; every
   * piece is escaped on its own so that no markup from the article survives. A term that knows
   * where it begins in the sentence (the scorer's terms do) is marked there only, so a reader sees
   * the very words that were scored, not a neutral "regime change" beside a flagged "regime". A
   * term built without its sentence is marked wherever it occurs: longest terms first, matched
   * case-insensitively on whole words.
   */
  static String highlight(String sentence, List<LoadedTerm> terms) {
    boolean[] taken = new boolean[sentence.length()];
    List<Mark> marks = new ArrayList<>();
    terms.stream()
        .filter(t -> !t.text().isBlank())
        .sorted(Comparator.comparingInt((LoadedTerm t) -> t.text().length()).reversed().thenComparing(LoadedTerm::text))
        .forEach(t -> {
          int length = t.text().length();
          boolean placed = t.begin() != LoadedTerm.UNPLACED;
          for (int at = placed ? t.begin() : 0; at + length <= sentence.length(); at++) {
            if (sentence.regionMatches(true, at, t.text(), 0, length) && wholeWords(sentence, at, at + length)
                && free(taken, at, at + length)) {
              Arrays.fill(taken, at, at + length, true);
              marks.add(new Mark(at, at + length, t.category().label()));
            }
            if (placed) {
              break;
            }
          }
        });
    marks.sort(Comparator.comparingInt(Mark::start));
    StringBuilder html = new StringBuilder();
    int at = 0;
    for (Mark mark : marks) {
      html.append(escape(sentence.substring(at, mark.start())))
          .append("<mark title=\"").append(escape(mark.category())).append("\">")
          .append(escape(sentence.substring(mark.start(), mark.end()))).append("</mark>");
      at = mark.end();
    }
    return html.append(escape(sentence.substring(at))).toString();
  }

  private record Mark(int start, int end, String category) {}

  /** "war" must not light up inside "award": a match may not cut a word at either end. */
  private static boolean wholeWords(String text, int start, int end) {
    return !(start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start)))
        && !(end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && Character.isLetterOrDigit(text.charAt(end - 1)));
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** HTML-escaped, after {@link VisibleText} has written out the characters a reader would not see. */
  static String escape(String text) {
    String visible = VisibleText.of(text);
    StringBuilder out = new StringBuilder(visible.length());
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(ReportPage.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
