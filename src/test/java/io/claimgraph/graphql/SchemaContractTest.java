package io.claimgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The served schema is the API's contract with its clients. Two checks keep it honest: it must equal the copy
 * committed in docs/schema.graphql (so every change to it shows up in review), and it must still offer every
 * type, field, argument and enum value the contract (docs/api-contract.graphql) names, with the same types,
 * Subscription included.
 */
@QuarkusTest
public class SchemaContractTest {

    /** The design contract, which may only grow: nothing it names may be renamed or removed. */
    private static final Path CONTRACT = Path.of("docs/api-contract.graphql");
    private static final Path COMMITTED_SCHEMA = Path.of("docs/schema.graphql");

    @Test
    void servedSchemaEqualsTheCommittedCopy() throws IOException {
        String served = servedSchema();
        if (Boolean.getBoolean("claimgraph.update-schema")) {
            Files.writeString(COMMITTED_SCHEMA, served);
        }
        assertEquals(Files.readString(COMMITTED_SCHEMA), served,
                "The served schema changed: review the difference and refresh docs/schema.graphql "
                        + "(./mvnw test -Dtest=SchemaContractTest -Dclaimgraph.update-schema=true)");
    }

    @Test
    void servedSchemaOffersEverythingTheContractNames() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(CONTRACT));
        TypeDefinitionRegistry served = new SchemaParser().parse(servedSchema());
        assertTrue(contract.getType("Subscription").isPresent(), "the contract names the Subscription type");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, TypeDefinition> entry : contract.types().entrySet()) {
            compare(entry.getValue(), served.getType(entry.getKey()), problems);
        }
        contract.scalars().keySet().stream().filter(name -> !served.scalars().containsKey(name))
                .forEach(name -> problems.add("scalar " + name + " is missing"));
        assertTrue(problems.isEmpty(),
                "Served schema breaks the contract " + CONTRACT + ":\n" + String.join("\n", problems));
    }

    private static void compare(TypeDefinition<?> expected, Optional<TypeDefinition> actual, List<String> problems) {
        String name = expected.getName();
        if (actual.isEmpty() || actual.get().getClass() != expected.getClass()) {
            problems.add(name + " is missing or is not a " + expected.getClass().getSimpleName());
            return;
        }
        if (expected instanceof ObjectTypeDefinition object) {
            ObjectTypeDefinition servedObject = (ObjectTypeDefinition) actual.get();
            for (FieldDefinition field : object.getFieldDefinitions()) {
                Optional<FieldDefinition> servedField = servedObject.getFieldDefinitions().stream()
                        .filter(f -> f.getName().equals(field.getName())).findFirst();
                if (servedField.isEmpty()) {
                    problems.add(name + "." + field.getName() + " is missing");
                    continue;
                }
                sameType(name + "." + field.getName(), AstPrinter.printAst(field.getType()),
                        AstPrinter.printAst(servedField.get().getType()), problems);
                compareInputs(name + "." + field.getName() + "(", field.getInputValueDefinitions(),
                        servedField.get().getInputValueDefinitions(), problems);
            }
        } else if (expected instanceof InputObjectTypeDefinition input) {
            compareInputs(name + ".", input.getInputValueDefinitions(),
                    ((InputObjectTypeDefinition) actual.get()).getInputValueDefinitions(), problems);
        } else if (expected instanceof EnumTypeDefinition enumType) {
            List<String> servedValues = ((EnumTypeDefinition) actual.get()).getEnumValueDefinitions().stream()
                    .map(EnumValueDefinition::getName).toList();
            enumType.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                    .filter(v -> !servedValues.contains(v))
                    .forEach(v -> problems.add(name + "." + v + " enum value is missing"));
        }
    }

    private static void compareInputs(String owner, List<InputValueDefinition> expected,
            List<InputValueDefinition> served, List<String> problems) {
        for (InputValueDefinition value : expected) {
            Optional<InputValueDefinition> match = served.stream().filter(v -> v.getName().equals(value.getName()))
                    .findFirst();
            if (match.isEmpty()) {
                problems.add(owner + value.getName() + " is missing");
                continue;
            }
            sameType(owner + value.getName(), AstPrinter.printAst(value.getType()),
                    AstPrinter.printAst(match.get().getType()), problems);
            if (value.getDefaultValue() != null && (match.get().getDefaultValue() == null
                    || !AstPrinter.printAst(value.getDefaultValue())
                            .equals(AstPrinter.printAst(match.get().getDefaultValue())))) {
                problems.add(owner + value.getName() + " lost its default value "
                        + AstPrinter.printAst(value.getDefaultValue()));
            }
        }
    }

    private static void sameType(String where, String expected, String actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(where + " is " + actual + ", the contract says " + expected);
        }
    }

    private static String servedSchema() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }
}
