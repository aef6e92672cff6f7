package dev.nslab.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures measured once per round, the rounds interleaved (bare loop, nslab, ns-3 and the kernel one after the
 * other, then again), so that a machine that slows down or speeds up during the run moves them all. A figure is
 * the mean over rounds with the sample standard deviation as its error; a ratio is taken within each round first,
 * then averaged, so that it compares figures measured minutes apart at most.
 */
final class Rounds
{
    private final Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();

    /**
     * @param round which round (from 1) the value was measured in.
     * @param id    the figure's stable id; the same in every round.
     */
    void record(final int round, final String id, final String label, final double value, final String unit)
    {
        values.computeIfAbsent(id, key -> new TreeMap<>()).put(round, value);
        labels.putIfAbsent(id, label);
        units.putIfAbsent(id, unit);
    }

    /** @return every figure recorded, in the order first recorded. */
    List<Figure> figures()
    {
        final List<Figure> figures = new ArrayList<>();
        for (final String id : values.keySet())
        {
            figures.add(figure(id));
        }
        return figures;
    }

    /** @return the mean over rounds ± their standard deviation, or null when never recorded. */
    Figure figure(final String id)
    {
        final Map<Integer, Double> byRound = values.get(id);
        if (byRound == null || byRound.isEmpty())
        {
            return null;
        }
        return summary(id, labels.get(id), List.copyOf(byRound.values()), units.get(id));
    }

    /**
     * @return {@code numerator / denominator} taken in each round where both were measured, as mean ± standard
     *         deviation over those rounds; null when no round measured both.
     */
    Figure ratio(final String numerator, final String denominator)
    {
        final Map<Integer, Double> top = values.get(numerator);
        final Map<Integer, Double> bottom = values.get(denominator);
        if (top == null || bottom == null)
        {
            return null;
        }
        final List<Double> ratios = new ArrayList<>();
        for (final Map.Entry<Integer, Double> entry : top.entrySet())
        {
            final Double divisor = bottom.get(entry.getKey());
            if (divisor != null && divisor != 0 && !divisor.isNaN() && !entry.getValue().isNaN())
            {
                ratios.add(entry.getValue() / divisor);
            }
        }
        if (ratios.isEmpty())
        {
            return null;
        }
        return summary(numerator + ".per." + denominator, labels.get(numerator) + " / " + labels.get(denominator),
            ratios, "×");
    }

    private static Figure summary(final String id, final String label, final List<Double> samples,
        final String unit)
    {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (final double sample : samples)
        {
            sum += sample;
            min = Math.min(min, sample);
            max = Math.max(max, sample);
        }
        final double mean = sum / samples.size();
        double squares = 0;
        for (final double sample : samples)
        {
            squares += (sample - mean) * (sample - mean);
        }
        final double deviation = samples.size() < 2 ? Double.NaN : Math.sqrt(squares / (samples.size() - 1));
        return new Figure(id, label, mean, deviation, min, max, unit, samples.size());
    }
}
