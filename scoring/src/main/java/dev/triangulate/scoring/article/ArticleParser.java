package dev.triangulate.scoring.article;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one raw {@link ArticleSource} into an {@link Article} or a {@link Reject}. Metadata that
 * came with the source always wins; the text is only consulted for what the metadata lacks.
 * Never throws for bad input: every problem becomes a reject with a reason a person can act on.
 */
public final class ArticleParser {

  private static final int TITLE_MAX_WORDS = 20;

  public ParseResult parse(ArticleSource src) {
    if (src.content().length == 0) {
      return reject(src, "empty file");
    }
    Decoded decoded = TextDecoder.decode(src.content());
    if (decoded.failed()) {
      return reject(src, decoded.failure());
    }
    if (TextNormalizer.isOnlyWhitespace(decoded.text())) {
      return reject(src, "only whitespace");
    }
    ArticleMetadata meta = src.metadata();
    LongTokens.Cut cut = LongTokens.cut(TextNormalizer.normalize(decoded.text()));
    if (cut.text().isEmpty()) {
      return reject(src, "no text but tokens longer than " + LongTokens.MAX_TOKEN_CHARS + " characters (" + cut.tokens() + " cut)");
    }
    TextRepairs repairs = new TextRepairs(Surrogates.replacements(decoded.text()), cut.tokens());
    ArticleLines lines = new ArticleLines(cut.text());

    Optional<String> textDate =
        lines.extractAll(DateLines::parse).or(() -> lines.extractLeading(DateLines::leading, DateLines.Leading::rest).map(DateLines.Leading::date));
    lines.removeIf(Boilerplate::isBoilerplateLine);
    // A text that is one credit-like line ("Source: ...") is a headline, not the credit of one.
    String credits = lines.hasTextAfterFirst() ? String.join("\n", lines.takeIf(Credits::isCredit)) : "";
    Optional<Masthead.Found> top = Masthead.find(lines.leading(4));
    top.ifPresent(found -> lines.removeLeading(found.lines()));
    Optional<String> masthead = top.map(Masthead.Found::outlet);

    String outlet = resolveOutlet(src, masthead);
    Set<String> outletNames = new LinkedHashSet<>();
    outletNames.add(outlet);
    masthead.ifPresent(outletNames::add);
    if (lines.last().filter(line -> Boilerplate.isTagline(line, outletNames)).isPresent()) {
      lines.removeLast();
    }

    String title = resolveTitle(meta, lines);
    lines.replaceFirst(Dateline::strip);
    lines.isolate(Headings::isHeading);
    String body = lines.body();
    if (body.isEmpty()) {
      return reject(src, "no article text after removing boilerplate");
    }
    Optional<String> notProse = ProseCheck.problem(body);
    if (notProse.isPresent()) {
      return reject(src, notProse.get());
    }
    String published = DateLines.fromMetadata(meta.published()).or(() -> textDate).orElse("");
    return ParseResult.of(
        new Article(src.id(), outlet, published, meta.url(), title, body, src.source(), credits, repairs));
  }

  private static String resolveOutlet(ArticleSource src, Optional<String> masthead) {
    String fromMetadata = src.metadata().outlet();
    if (!fromMetadata.isEmpty()) {
      return fromMetadata;
    }
    return masthead
        .or(() -> Outlets.fromUrl(src.metadata().url()))
        .orElseGet(() -> Outlets.unknown(src.id()));
  }

  /**
   * Only the first remaining line can be the headline; searching further would promote
   * sub-headings from the middle of the article. A metadata title repeated as the first line is
   * dropped so that it does not run into the first sentence.
   */
  private static String resolveTitle(ArticleMetadata meta, ArticleLines lines) {
    Optional<String> first = lines.first().filter(line -> lines.hasTextAfterFirst());
    Optional<String> title =
        meta.title().isEmpty()
            ? first.filter(ArticleParser::looksLikeTitle)
            : first.filter(line -> line.equalsIgnoreCase(meta.title()));
    title.ifPresent(line -> lines.removeFirst());
    return meta.title().isEmpty() ? title.orElse("") : meta.title();
  }

  private static boolean looksLikeTitle(String line) {
    return ArticleLines.wordCount(line) <= TITLE_MAX_WORDS && !line.endsWith(".");
  }

  private static ParseResult reject(ArticleSource src, String reason) {
    return ParseResult.rejected(src.source(), reason);
  }
}
