package io.debtmeter.core.exchange;

/** Waiting for a helper thread of an exchange pass to end, whatever interrupts the wait. */
final class ThreadEnds {

    private ThreadEnds() {
    }

    /**
     * Returns once {@code thread} has ended. An interrupt does not cut the wait short (nothing the
     * thread does may outlive the pass that started it); it is kept for the caller to see.
     */
    static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
