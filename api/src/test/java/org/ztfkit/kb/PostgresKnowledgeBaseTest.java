package org.ztfkit.kb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared backend against a real PostgreSQL server: the whole contract, each test in a fresh database of this
 * class's fixture (roles and databases dropped afterwards). Alice and Bob are editor logins.
 */
class PostgresKnowledgeBaseTest extends SqlKnowledgeBaseContract {
    private static PostgresFixture pg;
    private String url;

    @BeforeAll
    static void server() {
        pg = new PostgresFixture();
    }

    @AfterAll
    static void cleanUp() {
        pg.close();
    }

    @Override
    KnowledgeBase newEmptyBase() {
        url = pg.createDatabase();
        pg.addEditor(url, "alice");
        pg.addEditor(url, "bob");
        return pg.connect(url, "alice");
    }

    @Override
    KnowledgeBase newSecondEditor() {
        return pg.connect(url, "bob");
    }

    /** Restoring writes other people's names as authors, which only the admin may do. */
    @Override
    KnowledgeBase newRestoreTarget() {
        return KnowledgeBase.postgres(pg.createDatabase(), PostgresFixture.ADMIN, PostgresFixture.ADMIN_PASSWORD);
    }

    @Override
    String firstAuthor() {
        return pg.login("alice");
    }

    @Override
    String secondAuthor() {
        return pg.login("bob");
    }
}
