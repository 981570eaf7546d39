package org.ztfkit.vo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The clock and the pause between polls of a TAP job; tests replace it to observe the backoff. */
interface Waiter {
    Waiter SYSTEM = new Waiter() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(d.toNanos());
        }
    };

    long nanoTime();

    void sleep(Duration d) throws InterruptedException;
}
