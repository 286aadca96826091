package be.atrium;

import be.atrium.network.Atrium;
import be.atrium.network.NetworkService;
import be.atrium.network.Reach;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The folders of Atrium depend one way (STYLE.md): platform at the bottom, then organisation,
 * identity, network and content; the capabilities of content on top of those, siblings knowing
 * nothing of each other (practice may name the guidance it applies, a meeting's report lists the
 * documents of its Atrium); knowledge joins discussions
 * with the wiki and guidance; notify (notifications, mail, digests, feeds) reads every capability of
 * content; home combines everything. A capability that must react to one
 * above it observes that one's CDI events instead. Fails on any upward import or cycle.
 */
@AnalyzeClasses(packages = "be.atrium", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FOUNDATION = {"platform", "organisation", "identity", "network", "content"};

    @ArchTest
    static final ArchRule foldersDependOnlyOnFoldersBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy("be.atrium.platform..")
            .layer("organisation").definedBy("be.atrium.organisation..")
            .layer("identity").definedBy("be.atrium.identity..")
            .layer("network").definedBy("be.atrium.network..")
            .layer("content").definedBy("be.atrium.content..")
            .layer("guidance").definedBy("be.atrium.guidance..")
            .layer("practice").definedBy("be.atrium.practice..")
            .layer("wiki").definedBy("be.atrium.wiki..")
            .layer("discussion").definedBy("be.atrium.discussion..")
            .layer("documents").definedBy("be.atrium.documents..")
            .layer("knowledge").definedBy("be.atrium.knowledge..")
            .layer("meetings").definedBy("be.atrium.meetings..")
            .layer("notify").definedBy("be.atrium.notify..")
            .layer("search").definedBy("be.atrium.search..")
            .layer("home").definedBy("be.atrium.home..")
            .layer("launcher").definedBy("be.atrium.launcher..")
            .whereLayer("platform").mayNotAccessAnyLayer()
            .whereLayer("organisation").mayOnlyAccessLayers("platform")
            .whereLayer("identity").mayOnlyAccessLayers("platform", "organisation")
            .whereLayer("network").mayOnlyAccessLayers("platform", "organisation", "identity")
            .whereLayer("content").mayOnlyAccessLayers("platform", "organisation", "identity", "network")
            .whereLayer("guidance").mayOnlyAccessLayers(FOUNDATION)
            .whereLayer("wiki").mayOnlyAccessLayers(FOUNDATION)
            .whereLayer("discussion").mayOnlyAccessLayers(FOUNDATION)
            .whereLayer("practice").mayOnlyAccessLayers(with(FOUNDATION, "guidance"))
            .whereLayer("documents").mayOnlyAccessLayers(FOUNDATION)
            .whereLayer("meetings").mayOnlyAccessLayers(with(FOUNDATION, "documents"))
            .whereLayer("knowledge").mayOnlyAccessLayers(with(FOUNDATION, "guidance", "wiki", "discussion"))
            .whereLayer("search").mayOnlyAccessLayers(with(FOUNDATION, "guidance", "practice", "wiki", "discussion",
                    "documents", "meetings"))
            .whereLayer("notify").mayOnlyAccessLayers(with(FOUNDATION, "guidance", "practice", "wiki", "discussion",
                    "knowledge", "documents", "meetings"))
            .whereLayer("home").mayOnlyAccessLayers(with(FOUNDATION, "guidance", "practice", "wiki", "discussion",
                    "knowledge", "search", "documents", "meetings", "notify"))
            .whereLayer("launcher").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule noCyclesBetweenFolders = slices().matching("be.atrium.(*)..").should().beFreeOfCycles();

    /** Whether an Atrium is member-only is read to decide visibility by the reach model alone (pages show it). */
    @ArchTest
    static final ArchRule onlyTheReachModelDecidesVisibility = noClasses()
            .that().doNotHaveFullyQualifiedName(Reach.class.getName())
            .and().doNotHaveFullyQualifiedName(NetworkService.class.getName())
            .and().resideOutsideOfPackages("be.atrium.network.web..", "be.atrium.network.api..")
            .should().callMethod(Atrium.class, "isMembersOnly")
            .because("network.Reach is the one place visibility is decided (search turns it into its filter)");

    /** No query outside the reach model filters on member-only Atria itself. */
    @Test
    void noQueryOutsideTheReachModelFiltersOnMemberOnlyAtria() throws IOException {
        Pattern inQuery = Pattern.compile("\"[^\"\\n]*\\.membersOnly[^\"\\n]*\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/be/atrium"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("network", "Reach.java")) || file.endsWith(Path.of("network", "AtriumRepository.java"))) {
                    continue;
                }
                if (inQuery.matcher(Files.readString(file)).find()) {
                    offenders.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "filter with Reach.atriumVisible(alias) instead");
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
