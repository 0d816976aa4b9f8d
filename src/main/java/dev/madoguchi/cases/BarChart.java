package dev.madoguchi.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for server-rendered SVG: the geometry is computed here so templates only draw rectangles
 * (no chart library, no script). Plain Java.
 */
public record BarChart(int width, int height, List<Bar> bars, double max) {

    /** One bar: its label, value, and rectangle in the chart's coordinates. */
    public record Bar(String label, double value, String text, int x, int y, int barWidth, int barHeight, int labelX) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int AXIS = 40;

    /** Bars for the values in order; {@code format} gives each bar's printed value. */
    static BarChart of(List<String> labels, List<Double> values, java.util.function.DoubleFunction<String> format) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double top = max <= 0 ? 1 : max;
        int n = Math.max(1, values.size());
        int slot = (WIDTH - 20) / n;
        int barWidth = Math.max(6, (int) (slot * 0.7));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            int h = (int) Math.round((HEIGHT - AXIS - 20) * value / top);
            int x = 10 + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(labels.get(i), value, format.apply(value), x, HEIGHT - AXIS - h, barWidth, h,
                    x + barWidth / 2));
        }
        return new BarChart(WIDTH, HEIGHT, bars, max);
    }

    public int axisY() {
        return height - AXIS;
    }
}
