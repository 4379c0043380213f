package org.newsgauge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.data.ReportColumns;
import org.newsgauge.text.Warning;

/**
 * The Spark form of {@link Labels}: a struct with one field per dimension of the pack, in the
 * pack's order, then {@code language} and {@code warnings}:
 *
 * <pre>
 * struct&lt;
 *   topic:   struct&lt;label: string, probability: double,
 *                  distribution: map&lt;string,double&gt;,                        -- if distribution
 *                  explanation: array&lt;struct&lt;feature: string, weight: double&gt;&gt;&gt;, -- if explanations &gt; 0
 *   stance:  ..., tension: ...,
 *   language: string,                                                   -- ISO 639-3, "und" when unknown
 *   warnings: array&lt;struct&lt;code: string, message: string&gt;&gt;&gt;          -- if warnings
 * </pre>
 *
 * A document that could not be classified (null, empty, binary, no article) has every dimension
 * null and says why in {@code warnings}.
 */
public final class LabelsRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Name of the language field. */
    public static final String LANGUAGE = "language";
    /** Name of the warnings field. */
    public static final String WARNINGS = "warnings";

    private final List<String> dimensions;
    private final boolean distribution;
    private final int explanations;
    private final boolean warnings;
    private final StructType schema;

    /**
     * @param pack         the pack whose dimensions make the fields
     * @param distribution whether each dimension carries its whole distribution
     * @param explanations how many features explain each decision (0: no explanation field)
     * @param warnings     whether to carry the warnings field
     */
    public LabelsRow(ModelPack pack, boolean distribution, int explanations, boolean warnings) {
        if (explanations < 0) {
            throw new IllegalArgumentException("explanations must be >= 0: " + explanations);
        }
        this.dimensions = new ArrayList<>();
        this.distribution = distribution;
        this.explanations = explanations;
        this.warnings = warnings;
        // Spark matches field names as String.equalsIgnoreCase does: "Language" is "language"
        Set<String> seen = new HashSet<>(List.of(ReportColumns.caseKey(LANGUAGE), ReportColumns.caseKey(WARNINGS)));
        List<StructField> fields = new ArrayList<>();
        for (DimensionModel d : pack.dimensions()) {
            if (!seen.add(ReportColumns.caseKey(d.name()))) {
                throw new IllegalArgumentException("the pack's dimension '" + d.name()
                        + "' clashes with another field of the result (language, warnings, or a dimension"
                        + " differing only in case)");
            }
            dimensions.add(d.name());
            fields.add(DataTypes.createStructField(d.name(), predictionType(), true));
        }
        fields.add(DataTypes.createStructField(LANGUAGE, DataTypes.StringType, false));
        if (warnings) {
            fields.add(DataTypes.createStructField(WARNINGS, DataTypes.createArrayType(DataTypes.createStructType(
                    List.of(DataTypes.createStructField("code", DataTypes.StringType, false),
                            DataTypes.createStructField("message", DataTypes.StringType, false))), false), false));
        }
        this.schema = DataTypes.createStructType(fields);
    }

    private StructType predictionType() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("label", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("probability", DataTypes.DoubleType, false));
        if (distribution) {
            f.add(DataTypes.createStructField("distribution",
                    DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false));
        }
        if (explanations > 0) {
            ArrayType contributions = DataTypes.createArrayType(DataTypes.createStructType(
                    List.of(DataTypes.createStructField("feature", DataTypes.StringType, false),
                            DataTypes.createStructField("weight", DataTypes.DoubleType, false))), false);
            f.add(DataTypes.createStructField("explanation", contributions, false));
        }
        return DataTypes.createStructType(f);
    }

    /** The struct type of the result. */
    public StructType schema() {
        return schema;
    }

    /** How many features explain each decision. */
    public int explanations() {
        return explanations;
    }

    /** The result row of {@code labels}; dimensions are null when the document was not classified. */
    public Row toRow(Labels labels) {
        Object[] v = new Object[schema.size()];
        int i = 0;
        for (String dim : dimensions) {
            Prediction p = labels.get(dim);
            v[i++] = p == null ? null : prediction(p);
        }
        v[i++] = labels.language() == null ? "und" : labels.language();
        if (warnings) {
            Row[] w = new Row[labels.warnings().size()];
            for (int k = 0; k < w.length; k++) {
                Warning x = labels.warnings().get(k);
                w[k] = RowFactory.create(x.code(), x.message());
            }
            v[i] = w;
        }
        return RowFactory.create(v);
    }

    private Row prediction(Prediction p) {
        Object[] v = new Object[2 + (distribution ? 1 : 0) + (explanations > 0 ? 1 : 0)];
        v[0] = p.label();
        v[1] = p.probability();
        int i = 2;
        if (distribution) {
            v[i++] = scala.jdk.javaapi.CollectionConverters.asScala((Map<String, Double>) p.distribution());
        }
        if (explanations > 0) {
            List<Contribution> ex = p.explanation();
            Row[] r = new Row[ex.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = RowFactory.create(ex.get(k).feature(), ex.get(k).weight());
            }
            v[i] = r;
        }
        return RowFactory.create(v);
    }
}
