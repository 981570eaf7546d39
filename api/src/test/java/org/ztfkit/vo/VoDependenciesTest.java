package org.ztfkit.vo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The VO layer is a general client: it knows nothing of ZTF objects, the store or the online sources. */
class VoDependenciesTest {
    @Test
    void voDependsOnNoHandleStoreOrSource() {
        noClasses().that().resideInAPackage("org.ztfkit.vo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ztfkit", "org.ztfkit.store..",
                        "org.ztfkit.source..", "org.ztfkit.lightcurve..")
                .because("the lead wires VO into catalogs and objects, not the other way round")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ztfkit.vo"));
    }
}
