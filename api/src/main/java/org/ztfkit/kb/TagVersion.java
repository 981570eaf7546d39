package org.ztfkit.kb;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a tag's definition: every definition, edit and rename of a tag is kept.
 *
 * <pre>{@code
 * kb.renameTag("Eclipsing", "EB_any");
 * kb.tagHistory("EB_any");   // [v1 Eclipsing …, v2 EB_any …]
 * }</pre>
 *
 * @param tag       the definition as of this version
 * @param version   1 for the first definition, then 2, 3, …; 0 for a tag just saved to the SNAD REST API, which
 *                  does not number them
 * @param author    who made the change (on a shared base: the database login that made it)
 * @param changedAt when, UTC (microsecond precision)
 * @param origin    {@code local}, or {@code snad-akb} for what was imported from the SNAD knowledge base
 */
public record TagVersion(Tag tag, int version, String author, Instant changedAt, String origin) {
    public TagVersion {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "v" + version + " " + tag + " by " + author + " at " + KbText.time(changedAt);
    }
}
