package dev.triangulate.scoring.article;

import java.io.Serializable;

/** An input that could not become an article, with a reason a person can act on. */
public record Reject(String source, String reason) implements Serializable {}
