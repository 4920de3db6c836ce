package dev.triangulate.scoring.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Fallback outlet names for articles whose manifest and text do not name the outlet. */
final class Outlets {

  private Outlets() {}

  /** "www.example.com/news/1" or "https://www.example.com/..." gives "example.com". */
  static Optional<String> fromUrl(String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    String withScheme = url.contains("://") ? url : "http://" + url;
    try {
      String host = new URI(withScheme).getHost();
      return Optional.ofNullable(host)
          .map(h -> h.toLowerCase(Locale.ROOT))
          .map(h -> h.startsWith("www.") ? h.substring(4) : h)
          .filter(h -> !h.isEmpty());
    } catch (URISyntaxException malformed) {
      // A broken URL in the manifest is not worth rejecting the article for.
      return Optional.empty();
    }
  }

  /**
   * Named after the article so that unrelated anonymous articles are never pooled into one
   * "unknown" outlet, which would distort anything that counts or compares outlets downstream.
   */
  static String unknown(String articleId) {
    return "Unknown outlet (" + articleId + ")";
  }
}
