package io.claimgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the Kubernetes manifests under deploy/kubernetes against what docs/deploying.md promises operators:
 * safe rollouts, probes on the Quarkus health endpoints, bounded resources, a locked-down container, and
 * credentials that only ever come from a Secret. Plain JUnit: it reads YAML, it does not start the application.
 */
class KubernetesManifestsTest {

    static final Path DIR = Path.of("deploy", "kubernetes");
    static final String EXAMPLE_SECRET_FILE = "secret.example.yaml";

    /** Every document of every YAML file, with the file it came from. */
    record Doc(Path file, Map<String, Object> body) {
        String kind() {
            return (String) body.get("kind");
        }

        String name() {
            return str(body, "metadata", "name");
        }
    }

    static List<Doc> docs;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isDirectory(DIR), DIR.toAbsolutePath() + " is missing (tests run from the project root)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DIR)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty(), "no YAML under " + DIR);
        docs = new ArrayList<>();
        for (Path file : files) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object doc : yaml.loadAll(reader)) {
                    if (doc == null) {
                        continue; // empty document, e.g. a trailing ---
                    }
                    assertTrue(doc instanceof Map, file + ": a document that is not a mapping");
                    docs.add(new Doc(file, map(doc)));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // structure

    @Test
    void everyDocumentIsAKubernetesObjectWithANameAndALabel() {
        for (Doc doc : docs) {
            assertNotNull(doc.body().get("apiVersion"), doc.file() + ": apiVersion");
            assertNotNull(doc.kind(), doc.file() + ": kind");
            if (doc.kind().equals("Kustomization")) {
                continue;
            }
            assertNotNull(doc.name(), doc.file() + ": metadata.name");
            assertEquals("claimgraph", str(doc.body(), "metadata", "labels", "app.kubernetes.io/name"),
                    doc.file() + " " + doc.kind() + ": label app.kubernetes.io/name");
        }
    }

    @Test
    void kustomizationListsEveryManifestButNeverTheExampleSecret() {
        Doc kustomization = only("Kustomization");
        Set<String> resources = new HashSet<>(strings(list(kustomization.body(), "resources")));
        Set<String> files = docs.stream()
                .filter(d -> !d.kind().equals("Kustomization"))
                .map(d -> DIR.relativize(d.file()).toString().replace('\\', '/'))
                .filter(f -> !f.equals(EXAMPLE_SECRET_FILE))
                .collect(Collectors.toSet());
        assertEquals(files, resources, "kustomization.yaml resources vs manifests on disk");
        assertFalse(resources.contains(EXAMPLE_SECRET_FILE), "the example Secret must not be applied");
        for (String resource : resources) {
            assertTrue(Files.isRegularFile(DIR.resolve(resource)), "resource " + resource + " does not exist");
        }
    }

    @Test
    void onlyTheExampleFileHoldsSecrets() {
        for (Doc doc : docs) {
            if (doc.kind().equals("Secret")) {
                assertEquals(EXAMPLE_SECRET_FILE, doc.file().getFileName().toString(),
                        "Secret " + doc.name() + " outside the example file");
            }
        }
        assertFalse(secrets().isEmpty(), EXAMPLE_SECRET_FILE + " shows no Secret");
    }

    @Test
    void imageIsThePostgresqlBuild() {
        for (Doc deployment : deployments()) {
            assertPostgresqlImage(container(deployment));
        }
    }

    static void assertPostgresqlImage(Map<String, Object> container) {
        String image = (String) container.get("image");
        assertNotNull(image, "container image");
        String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : null;
        for (Object entry : list(only("Kustomization").body(), "images")) {
            if (image.equals(str(map(entry), "name"))) {
                tag = str(map(entry), "newTag");
            }
        }
        assertNotNull(tag, "no tag for image " + image + " in the Deployment or kustomization.yaml images");
        assertTrue(tag.endsWith("-postgresql"), "image tag " + tag + " is not the PostgreSQL build");
    }

    // ------------------------------------------------------------------------------------------------------
    // Deployment

    @Test
    void readReplicasAndOneIngestWriterEachSelectTheirOwnPods() {
        assertEquals(Set.of(READER, WRITER), deployments().stream().map(Doc::name).collect(Collectors.toSet()),
                "the Deployments: read replicas and the ingest writer");
        assertTrue(integer(map(deployment(READER).body().get("spec")).get("replicas")) >= 2, "reader replicas");
        assertTrue(integer(map(deployment(WRITER).body().get("spec")).get("replicas")) >= 1, "writer replicas");
        for (Doc deployment : deployments()) {
            Map<String, Object> selector = map(
                    map(map(deployment.body().get("spec")).get("selector")).get("matchLabels"));
            assertFalse(selector.isEmpty(), deployment.name() + " selector");
            assertSelects(selector, podLabels(deployment), deployment.name() + " selector");
            for (Doc other : deployments()) {
                if (other != deployment) {
                    assertFalse(selects(selector, podLabels(other)),
                            deployment.name() + " also selects the pods of " + other.name());
                }
            }
        }
    }

    @Test
    void readReplicasDoNotIngestAndTheWriterLoadsItsModelsAfterStart() {
        assertEquals("false", env(deployment(READER)).get("CLAIMGRAPH_INGEST_ENABLED"),
                "read replicas: CLAIMGRAPH_INGEST_ENABLED");
        Map<String, String> writer = env(deployment(WRITER));
        assertEquals("true", writer.getOrDefault("CLAIMGRAPH_INGEST_ENABLED", "true"),
                "writer: CLAIMGRAPH_INGEST_ENABLED");
        assertTrue(List.of("true", "false").contains(writer.get("CLAIMGRAPH_INGEST_WARM_UP")),
                "the writer says when it loads its models (CLAIMGRAPH_INGEST_WARM_UP): "
                        + writer.get("CLAIMGRAPH_INGEST_WARM_UP"));
        assertFalse(only("ConfigMap").body().toString().contains("CLAIMGRAPH_INGEST_ENABLED"),
                "CLAIMGRAPH_INGEST_ENABLED belongs to each Deployment, not the shared ConfigMap");
    }

    // What docs/performance.md ("Memory with the manifests' settings") measured beside the JVM's own caps: the AOT cache
    // of the image is mapped whole and every page of it is resident (119 to 126 MB), metaspace beside it stayed under
    // 10 MB, and what has no cap (thread stacks, the collector's structures, the compilers' arenas at their peak, malloc)
    // came to about 40 MB under full load
    static final long AOT_CACHE = 128L << 20;
    static final long METASPACE_BESIDE_THE_CACHE = 16L << 20;
    static final long UNCAPPED = 48L << 20;

    @Test
    void jvmMemoryIsCappedPartByPartBelowThePodLimitWithAMargin() {
        for (Doc deployment : deployments()) {
            String options = env(deployment).get("JAVA_OPTS_APPEND");
            assertNotNull(options, deployment.name() + ": JAVA_OPTS_APPEND with the JVM's memory settings");
            long heap = jvmSize(options, "-Xmx");
            long metaspace = jvmSize(options, "-XX:MaxMetaspaceSize=");
            long codeCache = jvmSize(options, "-XX:ReservedCodeCacheSize=");
            long direct = jvmSize(options, "-XX:MaxDirectMemorySize=");
            jvmSize(options, "-Xss");
            long limit = quantity(map(map(container(deployment).get("resources")).get("limits")).get("memory"))
                    .longValue();
            long request = quantity(map(map(container(deployment).get("resources")).get("requests")).get("memory"))
                    .longValue();
            // class metadata: the image's AOT cache, resident whole, and the little metaspace beside it; or, when the
            // JVM cannot use the cache, metaspace up to its cap
            long classMetadata = Math.max(AOT_CACHE + METASPACE_BESIDE_THE_CACHE, metaspace);
            long capped = heap + classMetadata + codeCache + direct;
            assertTrue(capped + UNCAPPED <= limit,
                    deployment.name() + ": heap, class metadata, code cache and direct memory add up to "
                            + capped / (1 << 20) + " MiB, with " + (UNCAPPED >> 20) + " MiB for the rest over the "
                            + limit / (1 << 20) + " MiB limit");
            assertEquals(limit, request,
                    deployment.name() + ": memory request equals the limit (the pod's memory is reserved)");
        }
    }

    @Test
    void rollingUpdateNeverTakesAReadyPodAwayFirst() {
        for (Doc deployment : deployments()) {
            assertRollingUpdate(deployment);
        }
    }

    static void assertRollingUpdate(Doc deployment) {
        Map<String, Object> strategy = map(map(deployment.body().get("spec")).get("strategy"));
        assertEquals("RollingUpdate", strategy.get("type"), "strategy.type");
        Object maxUnavailable = map(strategy.get("rollingUpdate")).get("maxUnavailable");
        assertTrue(Objects.equals(maxUnavailable, 0) || "0".equals(maxUnavailable) || "0%".equals(maxUnavailable),
                "maxUnavailable " + maxUnavailable);
        Object maxSurge = map(strategy.get("rollingUpdate")).get("maxSurge");
        assertFalse(maxSurge == null || Objects.equals(maxSurge, 0) || "0".equals(maxSurge) || "0%".equals(maxSurge),
                "maxSurge must be > 0 when maxUnavailable is 0, or the rollout cannot progress");
    }

    @Test
    void probesUseTheQuarkusHealthEndpointsOnTheContainerPort() {
        for (Doc deployment : deployments()) {
            Map<String, Object> container = container(deployment);
            assertProbe(deployment, "startupProbe", "/q/health/started");
            assertProbe(deployment, "livenessProbe", "/q/health/live");
            assertProbe(deployment, "readinessProbe", "/q/health/ready");
            // migrations run before /q/health/started is UP: leave them at least a minute
            Map<String, Object> startup = map(container.get("startupProbe"));
            int periodSeconds = startup.containsKey("periodSeconds") ? integer(startup.get("periodSeconds")) : 10;
            int failureThreshold = startup.containsKey("failureThreshold") ? integer(startup.get("failureThreshold"))
                    : 3;
            assertTrue(periodSeconds * failureThreshold >= 60,
                    deployment.name() + ": startup probe allows only " + periodSeconds * failureThreshold + " s");
            // the measured start with the AOT cache is 2.2 to 3 s (docs/performance.md): checked from then on, every second or two, a pod
            // is in the Service soon after it can serve, not up to a whole period of 5 or 10 s later
            int initialDelay = startup.containsKey("initialDelaySeconds") ? integer(startup.get("initialDelaySeconds"))
                    : 0;
            assertTrue(periodSeconds <= 2, deployment.name() + ": startup probe every " + periodSeconds + " s");
            assertTrue(initialDelay <= 3,
                    deployment.name() + ": startup probe waits " + initialDelay + " s before its first check");
        }
    }

    @Test
    void cpuAndMemoryHaveRequestsAndLimitsNoLowerThanTheRequests() {
        for (Doc deployment : deployments()) {
            assertResources(deployment);
        }
    }

    static void assertResources(Doc deployment) {
        Map<String, Object> resources = map(container(deployment).get("resources"));
        Map<String, Object> requests = map(resources.get("requests"));
        Map<String, Object> limits = map(resources.get("limits"));
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(requests.get(resource), "requests." + resource);
            assertNotNull(limits.get(resource), "limits." + resource);
            BigDecimal request = quantity(requests.get(resource));
            BigDecimal limit = quantity(limits.get(resource));
            assertTrue(request.signum() > 0, "requests." + resource + " must be positive");
            assertTrue(limit.compareTo(request) >= 0, resource + " limit " + limit + " below request " + request);
        }
    }

    @Test
    void containerIsLockedDown() {
        for (Doc deployment : deployments()) {
            assertLockedDown(deployment);
        }
    }

    static void assertLockedDown(Doc deployment) {
        Map<String, Object> podSpec = podSpec(deployment);
        Map<String, Object> podSecurity = map(podSpec.getOrDefault("securityContext", Map.of()));
        Map<String, Object> security = map(container(deployment).get("securityContext"));

        assertEquals(Boolean.TRUE, security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot")),
                "runAsNonRoot");
        Object runAsUser = security.getOrDefault("runAsUser", podSecurity.get("runAsUser"));
        assertTrue(runAsUser == null || integer(runAsUser) != 0, "runAsUser 0");
        assertEquals(Boolean.TRUE, security.get("readOnlyRootFilesystem"), "readOnlyRootFilesystem");
        assertEquals(Boolean.FALSE, security.get("allowPrivilegeEscalation"), "allowPrivilegeEscalation");
        assertFalse(Boolean.TRUE.equals(security.get("privileged")), "privileged");
        assertTrue(strings(list(map(security.get("capabilities")), "drop")).contains("ALL"), "capabilities.drop ALL");
        assertFalse(map(security.get("capabilities")).containsKey("add"), "capabilities.add");
        String seccomp = str(security, "seccompProfile", "type");
        assertEquals("RuntimeDefault", seccomp != null ? seccomp : str(podSecurity, "seccompProfile", "type"),
                "seccompProfile.type");
    }

    @Test
    void tmpIsAWritableEmptyDirBecauseTheRootFileSystemIsReadOnly() {
        for (Doc deployment : deployments()) {
            assertTmpIsAnEmptyDir(deployment);
        }
    }

    static void assertTmpIsAnEmptyDir(Doc deployment) {
        String volume = null;
        for (Object mount : list(container(deployment), "volumeMounts")) {
            if ("/tmp".equals(map(mount).get("mountPath"))) {
                volume = (String) map(mount).get("name");
                assertFalse(Boolean.TRUE.equals(map(mount).get("readOnly")), "/tmp mounted read-only");
            }
        }
        assertNotNull(volume, "no volume mounted at /tmp");
        boolean emptyDir = false;
        for (Object v : list(podSpec(deployment), "volumes")) {
            if (volume.equals(map(v).get("name"))) {
                emptyDir = map(v).containsKey("emptyDir");
            }
        }
        assertTrue(emptyDir, "volume " + volume + " at /tmp is not an emptyDir");
    }

    @Test
    void configMapIsReadThroughEnvFromAndRunsMigrationsAtStart() {
        Doc configMap = only("ConfigMap");
        for (Doc deployment : deployments()) {
            Set<String> referenced = new HashSet<>();
            for (Object source : list(container(deployment), "envFrom")) {
                String name = str(map(source), "configMapRef", "name");
                if (name != null) {
                    referenced.add(name);
                }
            }
            assertTrue(referenced.contains(configMap.name()),
                    deployment.name() + ": ConfigMap " + configMap.name() + " not in envFrom (" + referenced + ")");
        }
        Map<String, Object> data = map(configMap.body().get("data"));
        assertTrue(data.keySet().stream().anyMatch(k -> k.startsWith("CLAIMGRAPH_")), "no CLAIMGRAPH_* setting");
        assertEquals("true", data.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), "QUARKUS_FLYWAY_MIGRATE_AT_START");
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            assertTrue(entry.getKey().matches("[A-Z][A-Z0-9_]*"),
                    "not an environment variable name: " + entry.getKey());
            assertTrue(entry.getValue() instanceof String, entry.getKey() + " must be a quoted string");
            assertFalse(entry.getKey().matches(".*(PASSWORD|USERNAME|JDBC_URL|SECRET).*"),
                    entry.getKey() + " belongs in a Secret, not the ConfigMap");
        }
    }

    @Test
    void accessControlIsOnAndTokensAreVerifiedWithAConfiguredKey() {
        Map<String, Object> data = map(only("ConfigMap").body().get("data"));
        assertEquals("true", data.getOrDefault("CLAIMGRAPH_AUTH_ENABLED", "true"), "CLAIMGRAPH_AUTH_ENABLED");
        Object key = data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertTrue(key instanceof String && !((String) key).isBlank(),
                "with access control on the pods need MP_JWT_VERIFY_PUBLICKEY_LOCATION, or they refuse to start");
        assertTrue(data.get("MP_JWT_VERIFY_ISSUER") instanceof String, "MP_JWT_VERIFY_ISSUER");
        for (Doc deployment : deployments()) {
            assertFalse("false".equals(env(deployment).get("CLAIMGRAPH_AUTH_ENABLED")),
                    deployment.name() + " turns access control off");
        }
    }

    @Test
    void databaseCredentialsComeOnlyFromASecret() {
        for (Doc deployment : deployments()) {
            assertCredentialsFromSecrets(deployment);
        }
    }

    static void assertCredentialsFromSecrets(Doc deployment) {
        Map<String, Map<String, Object>> env = new java.util.HashMap<>();
        for (Object e : list(container(deployment), "env")) {
            env.put((String) map(e).get("name"), map(e));
        }
        Map<String, Set<String>> exampleKeys = new java.util.HashMap<>();
        for (Doc secret : secrets()) {
            Set<String> keys = new HashSet<>();
            keys.addAll(map(secret.body().getOrDefault("stringData", Map.of())).keySet());
            keys.addAll(map(secret.body().getOrDefault("data", Map.of())).keySet());
            exampleKeys.put(secret.name(), keys);
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "CLAIMGRAPH_CURSOR_SECRET")) {
            Map<String, Object> entry = env.get(variable);
            assertNotNull(entry, variable + " not set on the container");
            assertFalse(entry.containsKey("value"), variable + " given as a literal value");
            String secretName = str(entry, "valueFrom", "secretKeyRef", "name");
            String key = str(entry, "valueFrom", "secretKeyRef", "key");
            assertNotNull(secretName, variable + " not from a secretKeyRef");
            assertNotNull(key, variable + " secretKeyRef without key");
            // a pod without one of these cannot serve: no database, or (prod mode refuses the built-in key) no start
            assertFalse(Boolean.TRUE.equals(map(map(entry.get("valueFrom")).get("secretKeyRef")).get("optional")),
                    variable + " from an optional secretKeyRef");
            assertTrue(exampleKeys.getOrDefault(secretName, Set.of()).contains(key),
                    variable + " reads " + secretName + "/" + key + ", which " + EXAMPLE_SECRET_FILE
                            + " does not show");
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Service, HPA, PDB

    @Test
    void eachServiceSelectsOnlyItsOwnPodsAndTargetsTheContainerPort() {
        // claimgraph: the read replicas, for front ends; claimgraph-ingest: the writer, for whatever feeds articles
        Map<String, String> backs = Map.of(READER, READER, WRITER, WRITER);
        List<Doc> services = docs.stream().filter(d -> "Service".equals(d.kind())).toList();
        assertEquals(backs.keySet(), services.stream().map(Doc::name).collect(Collectors.toSet()), "Services");
        for (Doc service : services) {
            Doc deployment = deployment(backs.get(service.name()));
            Map<String, Object> spec = map(service.body().get("spec"));
            Map<String, Object> selector = map(spec.get("selector"));
            assertFalse(selector.isEmpty(), service.name() + " selector");
            assertSelects(selector, podLabels(deployment), "Service " + service.name() + " selector");
            for (Doc other : deployments()) {
                if (other != deployment) {
                    assertFalse(selects(selector, podLabels(other)),
                            "Service " + service.name() + " also selects " + other.name());
                }
            }
            List<Object> ports = list(spec, "ports");
            assertFalse(ports.isEmpty(), service.name() + " ports");
            for (Object port : ports) {
                Object target = map(port).getOrDefault("targetPort", map(port).get("port"));
                assertTrue(isContainerPort(deployment, target),
                        service.name() + " targetPort " + target + " is not a container port");
            }
        }
    }

    @Test
    void autoscalerTargetsTheDeploymentOnCpu() {
        Doc hpa = only("HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", hpa.body().get("apiVersion"));
        Map<String, Object> spec = map(hpa.body().get("spec"));
        Map<String, Object> target = map(spec.get("scaleTargetRef"));
        assertEquals("apps/v1", target.get("apiVersion"), "scaleTargetRef.apiVersion");
        assertEquals("Deployment", target.get("kind"), "scaleTargetRef.kind");
        assertEquals(READER, target.get("name"), "scaleTargetRef.name: the read replicas");
        int min = integer(spec.get("minReplicas"));
        assertTrue(min >= 2, "minReplicas " + min);
        assertTrue(integer(spec.get("maxReplicas")) > min, "maxReplicas must exceed minReplicas");
        boolean cpu = list(spec, "metrics").stream()
                .map(KubernetesManifestsTest::map)
                .anyMatch(m -> "Resource".equals(m.get("type")) && "cpu".equals(str(m, "resource", "name"))
                        && str(m, "resource", "target", "type") != null);
        assertTrue(cpu, "no CPU resource metric");
    }

    @Test
    void disruptionBudgetKeepsOnePodAndSelectsThePods() {
        Map<String, Object> spec = map(only("PodDisruptionBudget").body().get("spec"));
        assertEquals(1, integer(spec.get("minAvailable")), "minAvailable");
        Map<String, Object> selector = map(map(spec.get("selector")).get("matchLabels"));
        assertFalse(selector.isEmpty(), "PodDisruptionBudget selector");
        assertSelects(selector, podLabels(deployment(READER)), "PodDisruptionBudget selector");
        assertTrue(
                integer(map(deployment(READER).body().get("spec")).get("replicas")) > integer(spec.get("minAvailable")),
                "with replicas <= minAvailable no node could ever be drained");
    }

    // ------------------------------------------------------------------------------------------------------
    // helpers

    static Doc only(String kind) {
        List<Doc> found = docs.stream().filter(d -> kind.equals(d.kind())).toList();
        assertEquals(1, found.size(), "expected exactly one " + kind + " under " + DIR + ", found " + found.size());
        return found.get(0);
    }

    static final String READER = "claimgraph";
    static final String WRITER = "claimgraph-ingest";

    static List<Doc> deployments() {
        return docs.stream().filter(d -> "Deployment".equals(d.kind())).toList();
    }

    static Doc deployment(String name) {
        return deployments().stream().filter(d -> name.equals(d.name())).findFirst()
                .orElseGet(() -> fail("no Deployment " + name + " under " + DIR));
    }

    /** The container's literal environment values (those from Secrets are left out). */
    static Map<String, String> env(Doc deployment) {
        Map<String, String> env = new java.util.HashMap<>();
        for (Object e : list(container(deployment), "env")) {
            Object value = map(e).get("value");
            if (value != null) {
                env.put((String) map(e).get("name"), String.valueOf(value));
            }
        }
        return env;
    }

    /** The size a JVM option gives ("-Xmx128m" → 134217728); fails when the option is missing. */
    static long jvmSize(String options, String option) {
        for (String word : options.trim().split("\\s+")) {
            if (word.startsWith(option)) {
                String size = word.substring(option.length()).toLowerCase();
                long unit = switch (size.charAt(size.length() - 1)) {
                    case 'k' -> 1L << 10;
                    case 'm' -> 1L << 20;
                    case 'g' -> 1L << 30;
                    default -> 1L;
                };
                return Long.parseLong(
                        Character.isDigit(size.charAt(size.length() - 1)) ? size : size.substring(0, size.length() - 1))
                        * unit;
            }
        }
        return fail("JVM option " + option + " missing from " + options);
    }

    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static List<Doc> secrets() {
        return docs.stream().filter(d -> "Secret".equals(d.kind())).toList();
    }

    static Map<String, Object> podSpec(Doc deployment) {
        return map(map(map(deployment.body().get("spec")).get("template")).get("spec"));
    }

    static Map<String, Object> podLabels(Doc deployment) {
        Map<String, Object> template = map(map(deployment.body().get("spec")).get("template"));
        return map(map(template.get("metadata")).get("labels"));
    }

    static Map<String, Object> container(Doc deployment) {
        List<Object> containers = list(podSpec(deployment), "containers");
        assertEquals(1, containers.size(), deployment.name() + " containers");
        return map(containers.get(0));
    }

    static boolean isContainerPort(Doc deployment, Object port) {
        for (Object p : list(container(deployment), "ports")) {
            Map<String, Object> containerPort = map(p);
            if (port instanceof String && port.equals(containerPort.get("name"))) {
                return true;
            }
            if (port instanceof Integer && port.equals(containerPort.get("containerPort"))) {
                return true;
            }
        }
        return false;
    }

    static void assertProbe(Doc deployment, String probe, String path) {
        Map<String, Object> container = container(deployment);
        assertNotNull(container.get(probe), deployment.name() + ": " + probe + " missing");
        Map<String, Object> http = map(map(container.get(probe)).get("httpGet"));
        assertEquals(path, http.get("path"), deployment.name() + ": " + probe + " path");
        assertTrue(isContainerPort(deployment, http.get("port")),
                probe + " port " + http.get("port") + " is not a container port");
    }

    static void assertSelects(Map<String, Object> selector, Map<String, Object> labels, String what) {
        for (Map.Entry<String, Object> entry : selector.entrySet()) {
            assertEquals(entry.getValue(), labels.get(entry.getKey()),
                    what + " " + entry.getKey() + "=" + entry.getValue() + " does not match the pod labels " + labels);
        }
    }

    /** A Kubernetes quantity (250m, "1", 512Mi, 1G) as a number of base units. */
    static BigDecimal quantity(Object value) {
        String s = String.valueOf(value).trim();
        Map<String, BigDecimal> suffixes = new java.util.LinkedHashMap<>();
        suffixes.put("Ki", BigDecimal.valueOf(1L << 10));
        suffixes.put("Mi", BigDecimal.valueOf(1L << 20));
        suffixes.put("Gi", BigDecimal.valueOf(1L << 30));
        suffixes.put("Ti", BigDecimal.valueOf(1L << 40));
        suffixes.put("m", new BigDecimal("0.001"));
        suffixes.put("k", BigDecimal.valueOf(1_000L));
        suffixes.put("M", BigDecimal.valueOf(1_000_000L));
        suffixes.put("G", BigDecimal.valueOf(1_000_000_000L));
        suffixes.put("T", BigDecimal.valueOf(1_000_000_000_000L));
        for (Map.Entry<String, BigDecimal> suffix : suffixes.entrySet()) {
            if (s.endsWith(suffix.getKey())) {
                return new BigDecimal(s.substring(0, s.length() - suffix.getKey().length()))
                        .multiply(suffix.getValue());
            }
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return fail("not a quantity: " + s);
        }
    }

    static int integer(Object value) {
        assertTrue(value instanceof Integer, "expected an integer, got " + value);
        return (Integer) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "expected a mapping, got " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, "expected a list at " + key + ", got " + value);
        return (List<Object>) value;
    }

    static List<String> strings(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
    }

    /** The string at a path of mapping keys, or null when any step is missing. */
    static String str(Map<String, Object> root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current == null ? null : String.valueOf(current);
    }
}
