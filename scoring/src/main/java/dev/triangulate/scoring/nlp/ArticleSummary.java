package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.language.LoadedScore;
import java.io.Serializable;

/**
 * What the output tables and the report need of an analysed article: its metadata (the body left
 * out), its counts and its loaded-language score. The writer gathers one per article, so it is
 * kept small: the mentions travel in the verdicts, and the text is not needed again.
 */
public record ArticleSummary(Article article, int sentences, int tokens, int mentions, LoadedScore loaded)
    implements Serializable {}
