package io.claimgraph.ingest;

import java.util.List;

/**
 * An article after normalisation: the paragraphs that remain once repeats and headline lines are dropped.
 *
 * @param headline          the normalised headline
 * @param paragraphs        the paragraphs kept, in order
 * @param droppedParagraphs how many repeated paragraphs and headline lines were dropped
 * @param body              the paragraphs joined by blank lines: what is stored and hashed
 * @param contentHash       SHA-256 (hex) of {@code body}
 */
public record NormalizedArticle(String headline, List<String> paragraphs, int droppedParagraphs, String body, String contentHash) {
}
