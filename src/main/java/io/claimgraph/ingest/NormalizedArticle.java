package io.claimgraph.ingest;

import java.util.List;

/**
 * An article after normalisation: the paragraphs that remain once repeats and headline lines are dropped.
 *
 * @param headline          the normalised headline
 * @param paragraphs        the paragraphs kept, in order, the first without its dateline
 * @param droppedParagraphs how many repeated paragraphs and headline lines were dropped
 * @param body              the paragraphs joined by blank lines, the dateline kept: what is stored and hashed
 * @param contentHash       SHA-256 (hex) of {@code body}
 * @param dateline          the wire dateline taken off the first paragraph, or null
 * @param warnings          what normalisation changed beyond white space and typography
 */
public record NormalizedArticle(String headline, List<String> paragraphs, int droppedParagraphs, String body,
        String contentHash,
        Dateline dateline, List<String> warnings) {
}
