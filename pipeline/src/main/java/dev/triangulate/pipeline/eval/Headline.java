package dev.triangulate.pipeline.eval;

/**
 * One Emergent row: an article headline, the claim the journalists filed it under, the headline's
 * stance to that claim (for, against, observing) and the claim's final truth (true, false, unknown).
 */
record Headline(String articleId, String claimId, String claim, String truth, String stance, String outlet, String text) {}
