package org.ztfkit.jupyter;

/**
 * The imports every kernel binding evaluates when it installs, so notebook cells can write {@code Ztf},
 * {@code LightCurve}, {@code Plot}, {@code Table} without qualifying them.
 */
public final class DefaultImports {
    /** One import statement per line. */
    public static final String STATEMENTS = String.join("\n",
            "import org.ztfkit.*;",
            "import org.ztfkit.lightcurve.*;",
            "import org.ztfkit.model.*;",
            "import org.ztfkit.sky.*;",
            "import org.ztfkit.period.*;",
            "import org.ztfkit.features.*;",
            "import org.ztfkit.fit.*;",
            "import org.ztfkit.kb.*;",
            "import org.ztfkit.catalog.*;",
            "import org.ztfkit.summary.*;",
            "import org.ztfkit.images.*;",
            "import org.ztfkit.plot.*;",
            "import org.ztfkit.progress.*;",
            "import org.ztfkit.vo.*;",
            "import tech.tablesaw.api.*;");

    private DefaultImports() {
    }
}
