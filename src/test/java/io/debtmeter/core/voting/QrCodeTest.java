package io.debtmeter.core.voting;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodeTest {

    /** Draws the modules as a phone camera would see them: black on white, with the quiet zone, 4 pixels a module. */
    private static String decode(QrCode qr) throws Exception {
        int scale = 4;
        int side = (qr.size() + 2 * QrCode.QUIET_ZONE) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrCode.QUIET_ZONE;
                int my = y / scale - QrCode.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.dark(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(side, side, pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
        return result.getText();
    }

    @Test
    void decodesBackToTheVotingAddress() throws Exception {
        String address = "http://192.168.178.23:49731/v/" + VotingCode.random().text();

        QrCode qr = QrCode.of(address);

        assertThat(decode(qr)).isEqualTo(address);
        assertThat(qr.size()).as("a small, coarse version a phone reads from afar").isLessThanOrEqualTo(41);
    }

    @Test
    void decodesAnIpv6AddressToo() throws Exception {
        String address = "http://[fd12:3456:789a:1::23]:49731/v/" + VotingCode.random().text();

        assertThat(decode(QrCode.of(address))).isEqualTo(address);
    }

    @Test
    void isSquare() {
        QrCode qr = QrCode.of("http://10.0.0.2:5000/v/abc");

        assertThat(qr.modules()).hasNumberOfRows(qr.size());
        assertThat(qr.modules()[0]).hasSize(qr.size());
    }

    @Test
    void refusesTextTooLongForAQrCode() {
        assertThatThrownBy(() -> QrCode.of("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }
}
