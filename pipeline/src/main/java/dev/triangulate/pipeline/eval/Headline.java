package dev.triangulate.pipeline.eval;

/**
 * One Emergent row: an article headline, the claim the journalists filed it under and the
 * headline's stance to that claim (for, against, observing).
 */
record Headline(String articleId, String claimId, String claim, String stance, String outlet, String text) {}
