package org.newsgauge.data;

import java.util.List;
import java.util.function.Consumer;

/**
 * Labelled data read one example at a time, for a consumer that need not keep them all (the
 * trainer keeps the labels and the texts' token ids, not the texts). A CSV is streamed from its
 * file ({@link CsvDatasetReader#stream}); a {@link Dataset} in memory can be given as one.
 *
 * <pre>{@code
 * ExampleStream data = each -> reader.stream(Path.of("articles.csv"), each);
 * ModelPack pack = new PackTrainer(TrainingOptions.defaults()).train(data, ProgressListener.NONE);
 * }</pre>
 */
@FunctionalInterface
public interface ExampleStream {
    /**
     * Hands every example to {@code each}, in order; examples handed over before an error stay
     * handed over.
     *
     * @param each receives each example, in order
     * @return the data's source, dimensions and SHA-256, without examples
     * @throws DatasetException when the data cannot be read or is not valid
     */
    Dataset stream(Consumer<Example> each) throws DatasetException;

    /**
     * The examples of {@code data}, which is already in memory.
     *
     * @param data a dataset in memory
     * @return a stream that hands over its examples each time it is streamed, never throwing {@link DatasetException}
     */
    static ExampleStream of(Dataset data) {
        return each -> {
            data.examples().forEach(each);
            return data.withExamples(List.of());
        };
    }
}
