package io.claimgraph.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Runs Bean Validation on a mutation's input and turns the first violation into a {@link BadUserInputException}
 * naming the field ("input.url"), so every client error has the same shape whatever caught it.
 */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(String argument, T input) {
        if (input == null) {
            throw new BadUserInputException(argument, argument + " is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String field = argument + "." + field(v.getPropertyPath());
                    throw new BadUserInputException(field, field + " " + v.getMessage());
                });
        return input;
    }

    /** The path as a client names the input: "aliases[1]", not Bean Validation's "aliases[1].<list element>". */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
