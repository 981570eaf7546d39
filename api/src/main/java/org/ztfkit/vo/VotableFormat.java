package org.ztfkit.vo;

/**
 * How the rows of a written VOTable are serialised.
 *
 * <pre>{@code
 * Vo.writeVotable(votable, Path.of("result.vot"), VotableFormat.BINARY2);
 * }</pre>
 */
public enum VotableFormat {
    /** XML {@code <TR><TD>} rows: readable, larger, what most services send. */
    TABLEDATA,
    /** Base64 binary with per-row null flags (VOTable 1.3+): compact and exact for every type. */
    BINARY2
}
