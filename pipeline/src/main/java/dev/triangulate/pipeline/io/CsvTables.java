package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.claim.ArticleCoverage;
import dev.triangulate.scoring.claim.ClaimOrigin;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.SourcePosition;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.nlp.ArticleSummary;
import dev.triangulate.scoring.outlet.OutletSummary;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The output tables: their columns, their row order and how each cell is written. Rows are
 * sorted here, so output bytes never depend on the runner's element order.
 */
public final class CsvTables {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  /** Excel reads a CSV without it in the machine's legacy code page, garbling non-ASCII text. */
  static final char BOM = '\uFEFF';

  private CsvTables() {}

  public static void verdicts(CsvOutput dir, List<ClaimVerdict> verdicts) throws IOException {
    write(dir.resolve("verdicts.csv"),
        List.of("claim_id", "claim", "origin", "subject", "predicate", "object", "verdict", "confidence",
            "corroboration", "reason", "loaded_language", "outlets", "independent_outlets", "supporting", "refuting",
            "hedged", "articles", "outlet_names", "sources", "first_seen", "last_seen", "timeline", "evidence",
            "counter_evidence"),
        verdicts.stream()
            .sorted(Comparator.comparingInt(ClaimVerdict::independentOutlets).reversed()
                .thenComparing(v -> v.claim().text())
                .thenComparing(v -> v.claim().id()))
            .map(v -> List.<Object>of(
                v.claim().id(), v.claim().text(), v.claim().origin().label(), v.claim().key().subject(),
                v.claim().key().predicate(), v.claim().key().object(), v.verdict().name(),
                v.verdict() == Verdict.NO_COVERAGE || Double.isNaN(v.confidence()) ? "" : number(v.confidence()),
                number(v.corroboration()), v.reason(), number(v.loadedLanguage()), v.outlets(), v.independentOutlets(),
                v.supporting(), v.refuting(), v.hedged(), String.join(";", v.articles()), String.join(";", v.outletNames()),
                v.sources().stream().map(SourcePosition::display).collect(Collectors.joining(";")), v.firstSeen(),
                v.lastSeen(), v.timeline(), v.evidence(), v.counterEvidence()))
            .toList());
  }

  /** Every claim's mentions, with the claim id they were grouped under. */
  public static void mentions(CsvOutput dir, List<ClaimVerdict> verdicts) throws IOException {
    write(dir.resolve("mentions.csv"),
        List.of("claim_id", "article_id", "outlet", "published", "sentence", "stance", "modality", "certainty",
            "polarity", "attribution", "upstream", "copy_of", "match", "loaded_language", "loaded_terms"),
        verdicts.stream()
            .sorted(Comparator.comparing(v -> v.claim().id()))
            .flatMap(v -> v.mentions().stream().map(m -> List.<Object>of(
                v.claim().id(), m.articleId(), m.outlet(), m.published(), m.sentence(), m.stance().name(),
                m.modality().label(), m.certainty().label(), m.polarity(), m.attribution().display(),
                m.upstream().source(), m.upstream().copyOf(), Double.isNaN(m.match()) ? "" : number(m.match()),
                number(m.loaded().score()), m.loaded().termsDisplay())))
            .toList());
  }

  /**
   * Watchlist mode: how each article relates to each watched claim (supports, refutes or
   * discusses), one row per claim and related article; an article without a row is unrelated.
   */
  public static void coverage(CsvOutput dir, List<ClaimVerdict> verdicts) throws IOException {
    write(dir.resolve("coverage.csv"),
        List.of("claim_id", "article_id", "outlet", "published", "relation", "score", "evidence"),
        coverage(verdicts).stream()
            .map(a -> List.<Object>of(
                a.claimId(), a.articleId(), a.outlet(), a.published(), a.relationName(), number(a.score()), a.evidence()))
            .toList());
  }

  /** The watched claims' coverage rows, by claim id, then article id. */
  public static List<ArticleCoverage> coverage(List<ClaimVerdict> verdicts) {
    return verdicts.stream()
        .filter(v -> v.claim().origin() == ClaimOrigin.WATCHLIST)
        .sorted(Comparator.comparing(v -> v.claim().id()))
        .flatMap(v -> ArticleCoverage.byArticle(v.claim().id(), v.mentions()).stream())
        .toList();
  }

  /** {@code copies}: the articles that are near-copies, with the original each copies. */
  public static void articles(CsvOutput dir, List<ArticleSummary> analyses, Map<String, Upstream> copies) throws IOException {
    write(dir.resolve("articles.csv"),
        List.of("article_id", "outlet", "published", "title", "sentences", "mentions", "copy_of", "loaded_language",
            "loaded_terms", "undecodable_characters", "cut_tokens"),
        analyses.stream()
            .sorted(Comparator.comparing((ArticleSummary a) -> a.article().id()).thenComparing(a -> a.article().source()))
            .map(a -> List.<Object>of(
                a.article().id(), a.article().outlet(), a.article().published(), a.article().title(),
                a.sentences(), a.mentions(), copies.getOrDefault(a.article().id(), Upstream.NONE).copyOf(),
                number(a.loaded().score()), a.loaded().termsDisplay(), a.article().repairs().undecodable(),
                a.article().repairs().cutTokens()))
            .toList());
  }

  public static void outlets(CsvOutput dir, List<OutletSummary> outlets) throws IOException {
    write(dir.resolve("outlets.csv"),
        List.of("outlet", "reliability", "articles", "claims", "positions", "backed", "contradicted", "alone",
            "corroborated_share", "copies", "anonymous_share", "loaded_language"),
        outlets.stream()
            .sorted(Comparator.comparing(OutletSummary::outlet))
            .map(o -> List.<Object>of(
                o.outlet(), number(o.record().reliability()), o.articles(), o.claims(), o.record().claims(),
                o.record().backed(), o.record().contradicted(), o.record().alone(), number(o.corroboratedShare()),
                o.copies(), number(o.anonymousShare()), number(o.loadedLanguage())))
            .toList());
  }

  public static void rejects(CsvOutput dir, List<Reject> rejects) throws IOException {
    write(dir.resolve("rejects.csv"),
        List.of("source", "reason"),
        rejects.stream()
            .sorted(Comparator.comparing(Reject::source).thenComparing(Reject::reason))
            .map(r -> List.<Object>of(r.source(), r.reason()))
            .toList());
  }

  /** Three decimals, dot separator whatever the machine's locale. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * Article text is untrusted: a cell a spreadsheet would read as a formula (=, +, -, @, tab, CR
   * first) gets a leading apostrophe, as OWASP recommends against CSV injection.
   */
  static Object spreadsheetSafe(Object cell) {
    if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return cell;
  }

  /**
   * Reads a table back by column name, with or without the byte order mark {@code --excelBom}
   * writes; fails naming the file when one of {@code columns} is missing.
   */
  public static List<CSVRecord> read(Path file, List<String> columns) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != BOM) {
        in.reset();
      }
      CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      List<String> missing = columns.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new IOException(file + " has no column " + String.join(", ", missing));
      }
      return parser.getRecords();
    }
  }

  /** Writes one table; every cell goes through {@link VisibleText} and then {@link #spreadsheetSafe}. */
  static void write(CsvOutput file, List<String> header, List<List<Object>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      if (file.excelBom()) {
        out.write(BOM);
      }
      csv.printRecord(header);
      for (List<Object> row : rows) {
        csv.printRecord(row.stream().map(cell -> spreadsheetSafe(cell instanceof String text ? VisibleText.of(text) : cell)).toList());
      }
    }
  }
}
