package io.debtmeter.ui.voting;

import io.debtmeter.core.voting.QrCode;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The QR code drawn crisp at any size: whole pixels per module, dark on white with the quiet zone the
 * standard asks for, in light and dark theme alike (phone cameras read dark-on-light best).
 */
final class QrView extends Region {

    private final Canvas canvas = new Canvas();
    private QrCode code;

    QrView() {
        getChildren().add(canvas);
        setMinSize(120, 120);
    }

    void show(QrCode shown) {
        code = shown;
        requestLayout();
        draw();
    }

    @Override
    protected void layoutChildren() {
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width : 420;
    }

    private void draw() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(Math.floor((getWidth() - side) / 2), Math.floor((getHeight() - side) / 2));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        if (code == null || side <= 0) {
            return;
        }
        int modules = code.size() + 2 * QrCode.QUIET_ZONE;
        double unit = Math.max(1, Math.floor(side / modules));
        double offset = Math.floor((side - unit * modules) / 2) + unit * QrCode.QUIET_ZONE;
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.dark(x, y)) {
                    g.fillRect(offset + x * unit, offset + y * unit, unit, unit);
                }
            }
        }
    }
}
