package io.debtmeter.core.export.pdf;

/** A colour as PDF wants it: three components 0..1. Kept apart from java.awt so core stays free of AWT. */
record Rgb(float red, float green, float blue) {

    /** From "#RRGGBB", the form the app's stylesheets use, so values can be copied across unchanged. */
    static Rgb hex(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(((value >> 16) & 0xFF) / 255f, ((value >> 8) & 0xFF) / 255f, (value & 0xFF) / 255f);
    }
}
