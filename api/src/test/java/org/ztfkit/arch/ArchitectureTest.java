package org.ztfkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * design.md §1: pure science packages import no I/O, database, HTTP, FITS or display code, and nothing calls up
 * from them into the handles and adapters.
 */
class ArchitectureTest {
    /** Sky coordinates, time scales, photometry, light-curve transforms, periodogram, features, fitting. */
    static final String[] PURE = {
        "org.ztfkit.model..", "org.ztfkit.sky..", "org.ztfkit.time..", "org.ztfkit.photometry..",
        "org.ztfkit.lightcurve..", "org.ztfkit.period..", "org.ztfkit.features..", "org.ztfkit.fit..",
        "org.ztfkit.errors..", "org.ztfkit.plot..", "org.ztfkit.images.."
    };

    static final String[] IMPURE = {
        "java.sql..", "java.net..", "java.net.http..", "java.io.File", "java.nio.file..", "java.awt..",
        "javax.imageio..", "javax.swing..",
        "okhttp3..", "okio..", "org.duckdb..", "org.postgresql..", "nom.tam..", "org.knowm.xchart..",
        "uk.ac.starlink..", "org.apache.avro..", "com.fasterxml.jackson..",
        "org.ztfkit", "org.ztfkit.store..", "org.ztfkit.net..", "org.ztfkit.remote..", "org.ztfkit.render..",
        "org.ztfkit.fits..", "org.ztfkit.kb..", "org.ztfkit.vo..", "org.ztfkit.alerts.io..", "org.ztfkit.source.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ztfkit");
    }

    @Test
    void pureSciencePackagesImportNoIoDatabaseHttpOrDisplayCode() {
        ArchRule rule = noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage(IMPURE)
                .because("design.md §1 keeps science code free of I/O, database, HTTP, FITS and display code");
        rule.check(classes);
    }
}
