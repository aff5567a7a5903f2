package io.debtmeter.testsupport;

import io.debtmeter.ui.common.WindowFonts;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads the window's fonts when the test run starts, before any test lays out text, as the app
 * does before its toolkit starts (see {@link WindowFonts} for why the order matters). Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class WindowFontsFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        WindowFonts.load();
    }
}
