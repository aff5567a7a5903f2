package io.debtmeter.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {appAndVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** "Debtmeter 0.1.0": also what exchange files say exported them. */
    static String appAndVersion() {
        String version = DebtmeterCommand.class.getPackage().getImplementationVersion();
        return "Debtmeter " + (version == null ? "development build" : version);
    }
}
