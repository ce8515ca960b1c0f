package io.claimgraph.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a claim's hedge words in one column, newline-separated. They are always read with their claim and
 * never queried on their own, so a join table would only cost a statement per page.
 */
@Converter
public class HedgesConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "\n";

    @Override
    public String convertToDatabaseColumn(List<String> hedges) {
        return hedges == null ? "" : String.join(SEPARATOR, hedges);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        List<String> hedges = new ArrayList<>();
        if (column != null && !column.isEmpty()) {
            hedges.addAll(List.of(column.split(SEPARATOR)));
        }
        return hedges;
    }
}
