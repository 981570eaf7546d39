package org.ztfkit.kb;

/**
 * What a restore or import loaded.
 *
 * <pre>{@code
 * kb.restoreFrom(Path.of("kb-backup.json"));   // restored 52 tags (61 tag versions), 3120 objects (4211 versions)
 * }</pre>
 *
 * @param tags           tags
 * @param tagVersions    versions of tag definitions
 * @param objects        objects with a record
 * @param objectVersions versions of object records
 */
public record ImportSummary(int tags, int tagVersions, int objects, int objectVersions) {
    @Override
    public String toString() {
        return "restored " + tags + " tags (" + tagVersions + " tag versions), " + objects + " objects ("
                + objectVersions + " versions)";
    }
}
