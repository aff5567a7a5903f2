package io.debtmeter.model;

import java.util.List;

/** The ordered points an item can be rated on; the lowest means "not practised", the highest "fully mature". */
public record Scale(List<ScaleLevel> levels) {

    public Scale {
        levels = List.copyOf(levels);
        if (levels.size() < 2) {
            throw new IllegalArgumentException("A scale needs at least two levels");
        }
    }

    public double min() {
        return levels.stream().mapToDouble(ScaleLevel::value).min().orElseThrow();
    }

    public double max() {
        return levels.stream().mapToDouble(ScaleLevel::value).max().orElseThrow();
    }

    /** Maps a raw value on this scale to 0..1, so that scales of any range score alike. */
    public double normalise(double value) {
        return (value - min()) / (max() - min());
    }

    public String labelOf(double value) {
        return levels.stream().filter(l -> l.value() == value).map(ScaleLevel::label).findFirst().orElse("");
    }
}
