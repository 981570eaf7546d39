package org.ztfkit.alerts;

/** The three images of a ZTF alert, with the packet field each comes from. */
public enum CutoutKind {
    /** The new science image ({@code cutoutScience}). */
    SCIENCE("cutoutScience"),
    /** The reference (template) image ({@code cutoutTemplate}). */
    TEMPLATE("cutoutTemplate"),
    /** Science − reference ({@code cutoutDifference}). */
    DIFFERENCE("cutoutDifference");

    private final String field;

    CutoutKind(String field) {
        this.field = field;
    }

    /** The alert-packet field name, e.g. {@code cutoutScience}. */
    public String field() {
        return field;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
