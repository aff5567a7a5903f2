package io.debtmeter.core.export.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Arabic joining ("shaping") for fonts drawn without an OpenType layout engine: each letter is
 * replaced by its isolated, final, initial or medial presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF),
 * and lam + alef by their ligature. PDFBox draws these forms like any other character, and text
 * extraction turns them back into the letters (NFKC). The table is derived from the JDK's own
 * Unicode data (character names and compatibility decompositions), so no table is copied here.
 * Input and output are in logical order; {@link VisualOrder} reverses right-to-left runs afterwards.
 * Not covered: marks are kept but not positioned by the font's GPOS, and letters without
 * presentation forms in Unicode (some Urdu and Pashto letters) stay unjoined.
 */
final class ArabicShaper {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZWJ = 0x200D;

    /** Letter → its four forms (0 where Unicode has none). */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Alef variant → lam-alef ligature, isolated and final. */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
            if (cp > 0xFDFF && cp < 0xFE70) {
                continue;
            }
            String name = Character.getName(cp);
            if (name == null) {
                continue;
            }
            int form = name.endsWith(" ISOLATED FORM") ? ISOLATED
                    : name.endsWith(" FINAL FORM") ? FINAL
                    : name.endsWith(" INITIAL FORM") ? INITIAL
                    : name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
            if (form < 0) {
                continue;
            }
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (base.codePointCount(0, base.length()) == 1 && name.contains(" LETTER ")) {
                int[] forms = FORMS.computeIfAbsent(base.codePointAt(0), b -> new int[4]);
                if (forms[form] == 0) {
                    forms[form] = cp;
                }
            } else if (name.startsWith("ARABIC LIGATURE LAM WITH ALEF") && base.length() == 2
                    && base.charAt(0) == LAM && (form == ISOLATED || form == FINAL)) {
                LAM_ALEF.computeIfAbsent((int) base.charAt(1), b -> new int[2])[form] = cp;
            }
        }
    }

    private ArabicShaper() {
    }

    /** Whether {@code text} has letters this class shapes. */
    static boolean needed(String text) {
        return text.codePoints().anyMatch(FORMS::containsKey);
    }

    static String shape(String logical) {
        int[] cps = Normalizer.normalize(logical, Normalizer.Form.NFC).codePoints().toArray();
        StringBuilder out = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            int prev = neighbour(cps, i, -1);
            int next = neighbour(cps, i, +1);
            boolean joinsPrev = joinsBack(cp) && prev >= 0 && joinsForward(cps[prev]);
            if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
                int[] ligature = LAM_ALEF.get(cps[next]);
                int chosen = joinsPrev ? ligature[FINAL] : ligature[ISOLATED];
                if (chosen != 0) {
                    out.appendCodePoint(chosen);
                    // Marks between lam and alef stay, after the ligature.
                    for (int j = i + 1; j < next; j++) {
                        out.appendCodePoint(cps[j]);
                    }
                    i = next;
                    continue;
                }
            }
            boolean joinsNext = joinsForward(cp) && next >= 0 && joinsBack(cps[next]);
            int form = joinsPrev && joinsNext ? MEDIAL : joinsPrev ? FINAL : joinsNext ? INITIAL : ISOLATED;
            int chosen = forms[form];
            if (chosen == 0 && form == MEDIAL) {
                chosen = forms[FINAL];
            } else if (chosen == 0 && form == INITIAL) {
                chosen = forms[ISOLATED];
            }
            out.appendCodePoint(chosen == 0 ? cp : chosen);
        }
        return out.toString();
    }

    /** The index of the nearest character before or after {@code i} that is not a mark, or -1. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (!transparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    private static boolean transparent(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && cp != ZWJ && cp != 0x200C);
    }

    /** Dual-joining letters (they have an initial or medial form), tatweel and ZWJ join the letter after them. */
    private static boolean joinsForward(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return true;
        }
        int[] forms = FORMS.get(cp);
        return forms != null && (forms[INITIAL] != 0 || forms[MEDIAL] != 0);
    }

    /** Letters with a final form join the letter before them. */
    private static boolean joinsBack(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return true;
        }
        int[] forms = FORMS.get(cp);
        return forms != null && forms[FINAL] != 0;
    }
}
