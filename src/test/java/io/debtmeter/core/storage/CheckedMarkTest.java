package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing may skip waiting for the check of the whole file only when an earlier check passed on the
 * file exactly as it is; any change to the file or its log, or damage found, takes that away.
 */
class CheckedMarkTest {

    @TempDir
    Path folder;

    private Path database() throws SQLException {
        Path file = folder.resolve("team.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.createStatement().execute("CREATE TABLE t (x INTEGER)");
        }
        return file;
    }

    @Test
    void aPassedCheckIsNotedPrivatelyAndVouchesOnlyForTheFileAsItWas() throws Exception {
        Path file = database();
        CheckedMark mark = new CheckedMark(file);
        assertThat(mark.vouchesForNow()).isFalse();

        mark.notePassed(mark.stateNow().orElseThrow());

        assertThat(mark.vouchesForNow()).isTrue();
        assertThat(mark.file().getParent().getFileName()).hasToString("checked");
        assertThat(mark.file().startsWith(folder)).as("never beside the database").isFalse();
        assertThat(Files.getPosixFilePermissions(mark.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(mark.vouchesForNow()).as("touched").isFalse();

        mark.notePassed(mark.stateNow().orElseThrow());
        Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
        assertThat(mark.vouchesForNow()).as("one byte more").isFalse();

        mark.notePassed(mark.stateNow().orElseThrow());
        Files.write(file.resolveSibling("team.db-wal"), new byte[] {1, 2, 3});
        assertThat(mark.vouchesForNow()).as("a log not yet folded in").isFalse();
    }

    @Test
    void aCheckOfAFileThatChangedMeanwhileIsNotNoted() throws Exception {
        Path file = database();
        CheckedMark mark = new CheckedMark(file);
        String before = mark.stateNow().orElseThrow();
        Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);

        mark.notePassed(before);

        assertThat(mark.file()).doesNotExist();
    }

    @Test
    void withoutANoteAListingWaitsForTheCheckAndAPassingCheckLeavesOne() throws Exception {
        Path file = database();
        CountDownLatch release = new CountDownLatch(1);
        FileHealth health = FileHealth.checkedInBackground(file, () -> {
            awaitQuietly(release);
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        });

        CompletableFuture<Optional<String>> known = CompletableFuture.supplyAsync(health::damageKnown);
        Thread.sleep(300);
        assertThat(known).as("waits for the check").isNotDone();
        release.countDown();

        assertThat(known.get(10, TimeUnit.SECONDS)).isEmpty();
        awaitNote(new CheckedMark(file));
        assertThat(new CheckedMark(file).vouchesForNow()).isTrue();
    }

    @Test
    void withANoteForTheFileAsItIsAListingDoesNotWaitButWritesStillDo() throws Exception {
        Path file = database();
        notedAsPassed(file);
        CountDownLatch release = new CountDownLatch(1);
        FileHealth health = FileHealth.checkedInBackground(file, () -> {
            awaitQuietly(release);
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        });

        assertThat(CompletableFuture.supplyAsync(health::damageKnown).get(5, TimeUnit.SECONDS)).isEmpty();
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> health.requireWritable("Could not save"));
        Thread.sleep(300);
        assertThat(write).as("a write still waits for this open's check").isNotDone();
        release.countDown();
        write.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aReadingCommandOnAVouchedFileStartsTheCheckOnlyWhenItsResultIsAskedFor() throws Exception {
        Path file = database();
        notedAsPassed(file);
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        FileHealth health = FileHealth.checkedWhenNeeded(file, () -> {
            opened.incrementAndGet();
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        });

        assertThat(health.damageKnown()).isEmpty();
        Thread.sleep(200);
        assertThat(opened).as("no scan of the whole file for a listing").hasValue(0);

        assertThat(health.damage()).isEmpty();
        assertThat(opened).as("asked for, the check runs").hasValue(1);
        health.stop();
    }

    @Test
    void closingAStoreWhoseCheckNeverStartedDoesNotWait() throws Exception {
        Path file = database();
        CheckedMark mark = notedAsPassed(file);
        FileHealth health = FileHealth.checkedWhenNeeded(file, () -> {
            throw new AssertionError("the check must not start");
        });

        CompletableFuture.runAsync(health::stop).get(2, TimeUnit.SECONDS);
        assertThat(mark.vouchesForNow()).as("a check that never ran takes nothing away").isTrue();
    }

    @Test
    void damageFoundTakesTheNoteAway() throws Exception {
        Path file = database();
        CheckedMark mark = notedAsPassed(file);
        FileHealth health = FileHealth.checkedInBackground(file, () -> {
            throw new org.sqlite.SQLiteException("database disk image is malformed", org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT);
        });

        assertThat(health.damage()).isPresent();
        for (int i = 0; i < 100 && Files.exists(mark.file()); i++) {
            Thread.sleep(50);
        }
        assertThat(mark.file()).doesNotExist();
    }

    /** A note that {@code file} passed a check as it is now. */
    private static CheckedMark notedAsPassed(Path file) {
        CheckedMark mark = new CheckedMark(file);
        mark.notePassed(mark.stateNow().orElseThrow());
        return mark;
    }

    private static void awaitNote(CheckedMark mark) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(mark.file()); i++) {
            Thread.sleep(50);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
