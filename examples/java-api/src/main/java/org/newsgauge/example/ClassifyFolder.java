package org.newsgauge.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DocumentFiles;

/**
 * Labels every article of a folder (.txt, .md, .html, recursively) with the default pack, on two
 * threads of its own, and prints each label with its probability and the words that drove it.
 *
 * <pre>
 * java org.newsgauge.example.ClassifyFolder ../articles
 * </pre>
 */
public final class ClassifyFolder {
    private ClassifyFolder() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../articles");
        ArticleClassifier classifier = ArticleClassifier.defaults();   // loaded once, thread-safe
        List<Path> files = DocumentFiles.find(List.of(folder));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // results arrive in the order of the files, at most 64 files ahead of this loop
            classifier.classifyFiles(files, pool, 64, ClassifyFolder::print);
        } finally {
            pool.shutdown();
        }
    }

    private static void print(Labels labels) {
        System.out.println(folderRelative(labels.source()));
        if (labels.unreadable()) {
            System.out.println("  not classified: " + labels.warnings());
            return;
        }
        for (String dimension : List.of("topic", "stance", "tension")) {
            Prediction p = labels.require(dimension);
            StringBuilder why = new StringBuilder();
            for (Contribution c : p.explanation().subList(0, Math.min(3, p.explanation().size()))) {
                why.append(why.length() == 0 ? "" : ", ").append(c.feature());
            }
            System.out.printf("  %-8s %-11s %.2f  (%s)%n", dimension, p.label(), p.probability(), why);
        }
    }

    private static String folderRelative(String source) {
        return Path.of(source).getFileName().toString();
    }
}
