package org.newsgauge.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.ExampleStream;
import org.newsgauge.model.CueRule;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.NarratorCues;

/**
 * Measures narrator-cue rules on labelled texts, streamed: for each label, of the texts whose
 * narrator uses its terms and no other label's, the share that carry the label, smoothed as
 * (right + 1) / (decided + 2). Only the counts are kept, not the texts (internal).
 */
final class CueRuleFit {
    private CueRuleFit() {
    }

    /**
     * @param cues         per dimension, the terms of each label
     * @param config       the pack's analyzer, which the rules read texts with
     * @param labelColumns the data's label columns, in the order of an example's labels
     */
    static List<CueRule> fit(Map<String, Map<String, List<String>>> cues, AnalyzerConfig config, List<String> labelColumns,
                             ExampleStream data) throws DatasetException {
        List<String> dims = new ArrayList<>(cues.keySet());
        NarratorCues[] matchers = new NarratorCues[dims.size()];
        int[] column = new int[dims.size()];
        List<List<String>> labels = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            matchers[d] = new NarratorCues(config, cues.get(dims.get(d)));
            column[d] = labelColumns.indexOf(dims.get(d));
            labels.add(new ArrayList<>(cues.get(dims.get(d)).keySet()));
        }
        int[][] decided = new int[dims.size()][];
        int[][] right = new int[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            decided[d] = new int[labels.get(d).size()];
            right[d] = new int[labels.get(d).size()];
        }
        data.stream(e -> {
            for (int d = 0; d < dims.size(); d++) {
                int dim = d;
                matchers[d].find(e.text()).ifPresent(m -> {
                    int l = labels.get(dim).indexOf(m.label());
                    decided[dim][l]++;
                    right[dim][l] += m.label().equals(e.labels().get(column[dim])) ? 1 : 0;
                });
            }
        });
        List<CueRule> rules = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            Map<String, Double> confidence = new LinkedHashMap<>();
            for (int l = 0; l < labels.get(d).size(); l++) {
                confidence.put(labels.get(d).get(l), (right[d][l] + 1.0) / (decided[d][l] + 2.0));
            }
            rules.add(new CueRule(dims.get(d), cues.get(dims.get(d)), confidence));
        }
        return rules;
    }
}
