package io.debtmeter.core.voting;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * The voting address as a QR code, module by module, for the window to draw as large as it likes.
 * Error correction M: the code stays readable from the back of a room with a projector's glare on
 * part of it, and an address of ~60 characters still fits in a small, coarse version.
 */
public record QrCode(int size, boolean[][] modules) {

    /** The quiet zone the QR standard asks for around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    public static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            int size = matrix.getWidth();
            boolean[][] modules = new boolean[size][size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return new QrCode(size, modules);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", e);
        }
    }

    public boolean dark(int x, int y) {
        return modules[y][x];
    }
}
