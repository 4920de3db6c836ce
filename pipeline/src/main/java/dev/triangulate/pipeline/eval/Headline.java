package dev.triangulate.pipeline.eval;

/** One Emergent row: an article headline and the claim the journalists filed it under. */
record Headline(String articleId, String claimId, String outlet, String text) {}
