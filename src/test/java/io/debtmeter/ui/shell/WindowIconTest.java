package io.debtmeter.ui.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's icons are copied into the jar by pom.xml from assets/icons/png: a renamed file
 * or a forgotten generate.sh run would only show up as Java's default icon, so check here that
 * each size AppWindow asks for is in the jar, decodes, is square at the size its name says, and
 * is transparent in its corner (the rounded square does not reach the corner pixel).
 */
class WindowIconTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 128})
    void eachWindowIconIsInTheJarAtItsSize(int size) throws Exception {
        try (InputStream in = AppWindow.class.getResourceAsStream("/io/debtmeter/ui/icons/debtmeter-" + size + ".png")) {
            assertThat(in).as("icon resource of %d px", size).isNotNull();
            BufferedImage image = ImageIO.read(in);
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
            int cornerAlpha = image.getRGB(0, 0) >>> 24;
            assertThat(cornerAlpha).isZero();
        }
    }
}
