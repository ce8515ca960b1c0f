package io.claimgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Package dependencies flow one way (ARCHITECTURE.md draws the layers): a change to the API cannot ripple into the
 * entities, and any package can be read with only the packages below it in mind. Checked on the compiled main
 * classes, so a new import that closes a cycle fails the build.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.claimgraph");
    }

    @Test
    void noPackageCycles() {
        // (**) makes every package its own slice: graphql and graphql.http, ingest and ingest.extract included
        slices().matching("io.claimgraph.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void foundationsKnowNothingOfTheFeatures() {
        noClasses().that()
                .resideInAnyPackage("io.claimgraph.model..", "io.claimgraph.store..", "io.claimgraph.error..",
                        "io.claimgraph.text..", "io.claimgraph.time..", "io.claimgraph.config..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.claimgraph.actor..", "io.claimgraph.article..", "io.claimgraph.claim..",
                        "io.claimgraph.location..", "io.claimgraph.relation..", "io.claimgraph.geo..",
                        "io.claimgraph.timeline..", "io.claimgraph.live..", "io.claimgraph.subscription..",
                        "io.claimgraph.ingest..", "io.claimgraph.graphql..", "io.claimgraph.auth..")
                .check(main);
    }

    @Test
    void writersAnnounceChangesInsteadOfCallingRelationsAndLiveUpdates() {
        // they fire model.ClaimsChanged, ClaimsRemoving and ClaimsAdded inside their transaction; relation and live
        // observe them. Ingest still runs the relation pass after its commit itself (ADR 0003): its warnings are part of
        // the ingest's answer, and a batch's passes overlap its next writes.
        noClasses().that()
                .resideInAnyPackage("io.claimgraph.claim..", "io.claimgraph.actor..", "io.claimgraph.article..",
                        "io.claimgraph.ingest..")
                .should().dependOnClassesThat().resideInAPackage("io.claimgraph.live..")
                .check(main);
        noClasses().that()
                .resideInAnyPackage("io.claimgraph.claim..", "io.claimgraph.actor..", "io.claimgraph.article..")
                .should().dependOnClassesThat().resideInAPackage("io.claimgraph.relation..")
                .check(main);
    }

    @Test
    void onlyTheGraphQLLayerSeesTheHttpTransport() {
        noClasses().that().resideOutsideOfPackages("io.claimgraph.graphql..")
                .should().dependOnClassesThat().resideInAPackage("io.claimgraph.graphql.http..")
                .check(main);
    }

    @Test
    void extractionDoesNotReachTheDatabase() {
        // the extractor is a pure function of the text, so it can be benchmarked and scored without a database
        noClasses().that().resideInAPackage("io.claimgraph.ingest.extract..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.claimgraph.store..", "jakarta.persistence..", "io.quarkus.hibernate..")
                .check(main);
    }
}
