package org.newsgauge.api;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map from labels to probabilities over two arrays, in label order: what
 * {@link Prediction#of} builds instead of a hash map, so that classifying a document with 52
 * labels does not insert 52 entries twice and box 52 doubles that nobody may read.
 *
 * <p>Immutable and thread-safe; equal to any map with the same entries; serializable, as the
 * unmodifiable map it replaces is (Spark may ship it).
 */
final class LabelDistribution extends AbstractMap<String, Double> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> labels;
    private final double[] probabilities;

    LabelDistribution(List<String> labels, double[] probabilities) {
        if (labels.size() != probabilities.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + probabilities.length + " probabilities");
        }
        // the classifier passes its model's immutable label list, which List.copyOf returns as is
        this.labels = List.copyOf(labels);
        this.probabilities = probabilities.clone();
    }

    private int indexOf(Object label) {
        return label == null ? -1 : labels.indexOf(label);
    }

    @Override
    public int size() {
        return labels.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : probabilities[i];
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return labels.size();
            }

            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < labels.size();
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= labels.size()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(labels.get(i), probabilities[i]);
                    }
                };
            }
        };
    }
}
