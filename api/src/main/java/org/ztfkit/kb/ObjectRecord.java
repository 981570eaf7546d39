package org.ztfkit.kb;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ztfkit.model.Oid;

/**
 * One version of what the knowledge base says about a ZTF DR object: its tags, a free-text description, who wrote
 * it and when. The current record of an object is its latest version; older versions are never changed.
 *
 * <pre>{@code
 * ObjectRecord r = kb.object(633207400004730L).orElseThrow();
 * r.tags();          // [SN, uncertain]
 * r.version();       // 4: the fourth save of this object
 * r.author();        // "alice"
 * }</pre>
 *
 * @param oid         the ZTF DR object
 * @param version     1 for the first save of the object, then 2, 3, …; 0 where the source does not number
 *                    versions (object lists of the SNAD REST API)
 * @param tags        tag names, in display order
 * @param description free text, at most {@link KnowledgeBase#MAX_DESCRIPTION_CHARS} characters; may be empty
 * @param simbadId    SIMBAD identifier (a SNAD knowledge-base field); may be empty
 * @param author      who saved this version (on a shared base: the database login that saved it)
 * @param changedAt   when, UTC (microsecond precision)
 * @param origin      {@code local}, or {@code snad-akb} for versions imported from the SNAD knowledge base
 */
public record ObjectRecord(Oid oid, int version, List<String> tags, String description, String simbadId,
                           String author, Instant changedAt, String origin) {
    /** {@link #version()} of records whose source does not number versions. */
    public static final int UNNUMBERED = 0;

    public ObjectRecord {
        Objects.requireNonNull(oid, "oid");
        tags = List.copyOf(tags);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(simbadId, "simbadId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(origin, "origin");
    }

    /** True when this record carries the tag. */
    public boolean hasTag(String name) {
        return tags.contains(name);
    }

    /** An HTML card: OID, version, tags, author, time and the description (for notebook display). */
    public String toHtml() {
        StringBuilder out = new StringBuilder("<div class=\"ztfkit-kb-record\"><b>").append(oid).append("</b>");
        if (version != UNNUMBERED) {
            out.append(" v").append(version);
        }
        out.append(" &middot; ");
        tags.forEach(t -> out.append("<code>").append(KbText.html(t)).append("</code> "));
        out.append("&middot; ").append(KbText.html(author)).append(", ").append(KbText.time(changedAt));
        if (!simbadId.isEmpty()) {
            out.append(" &middot; SIMBAD ").append(KbText.html(simbadId));
        }
        if (!description.isEmpty()) {
            out.append("<br>").append(KbText.htmlDescription(description));
        }
        return out.append("</div>").toString();
    }

    /** One line, e.g. {@code 633207400004730 v4 [SN uncertain] by alice, 2021-03-01 12:00:00 UTC: "SNAD101, …"}. */
    @Override
    public String toString() {
        return oid + (version == UNNUMBERED ? "" : " v" + version) + " [" + KbText.tags(tags) + "] by " + author + ", "
                + KbText.time(changedAt) + (description.isEmpty() ? "" : ": \"" + KbText.preview(description, 60) + "\"");
    }
}
