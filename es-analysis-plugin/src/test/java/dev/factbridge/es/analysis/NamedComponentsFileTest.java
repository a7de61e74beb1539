package dev.factbridge.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

/**
 * The shipped named_components.json is hand-maintained (the installer's scan runs out of memory on the nori
 * jar); this keeps it equal to the {@code @NamedComponent} classes that are compiled, and checks each class
 * is constructible the way Elasticsearch's StableApiWrappers does it.
 */
class NamedComponentsFileTest {

  private static final List<Class<?>> EXTENSIBLES =
      List.of(AnalyzerFactory.class, TokenizerFactory.class, TokenFilterFactory.class, CharFilterFactory.class);

  private static Path moduleDir() throws URISyntaxException {
    Path classes = Path.of(KoreanAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return classes.getParent().getParent(); // target/classes -> module
  }

  private static Map<String, Map<String, String>> scanCompiledComponents() throws Exception {
    Path classes = Path.of(KoreanAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Map<String, String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, NamedComponentsFileTest.class.getClassLoader());
        NamedComponent nc = c.getAnnotation(NamedComponent.class);
        if (nc == null) {
          continue;
        }
        Class<?> extensible = EXTENSIBLES.stream().filter(e -> e.isAssignableFrom(c)).findFirst()
            .orElseThrow(() -> new AssertionError(c + " implements no analysis extensible"));
        found.computeIfAbsent(extensible.getName(), k -> new TreeMap<>()).put(nc.value(), c.getName());
      }
    }
    return found;
  }

  @Test
  void namedComponentsJsonMatchesAnnotatedClasses() throws Exception {
    Path json = moduleDir().resolve("src/main/plugin-metadata/named_components.json");
    Map<String, Map<String, String>> declared = new ObjectMapper().readValue(json.toFile(),
        new TypeReference<Map<String, Map<String, String>>>() {});
    Map<String, Map<String, String>> compiled = scanCompiledComponents();
    assertEquals(compiled, declared, "update " + json + " to list every @NamedComponent");
    assertTrue(compiled.get(TokenFilterFactory.class.getName()).keySet().containsAll(List.of("pattern_capture", "unique")));
    assertTrue(compiled.get(TokenizerFactory.class.getName()).containsKey("uax_url_email"));
    assertEquals(4, compiled.get(AnalyzerFactory.class.getName()).size());
  }

  @Test
  void componentsAreConstructibleTheStableApiWay() throws Exception {
    for (Map<String, String> byName : scanCompiledComponents().values()) {
      for (String className : byName.values()) {
        Class<?> c = Class.forName(className);
        assertTrue(Modifier.isPublic(c.getModifiers()), c + " must be public");
        assertEquals(1, c.getConstructors().length, c + " must have exactly one public constructor");
        var ctor = c.getConstructors()[0];
        if (ctor.getParameterCount() > 0) {
          assertTrue(ctor.isAnnotationPresent(Inject.class), c + ": constructor with parameters needs @Inject");
          for (Class<?> p : ctor.getParameterTypes()) {
            assertTrue(p.isInterface() && p.isAnnotationPresent(AnalysisSettings.class),
                c + ": parameter " + p + " must be an @AnalysisSettings interface");
          }
        }
      }
    }
  }

  @Test
  void descriptorHasTheStablePluginKeys() throws IOException, URISyntaxException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(moduleDir().resolve("src/main/plugin-metadata/stable-plugin-descriptor.properties"))) {
      p.load(in);
    }
    assertEquals(java.util.Set.of("description", "version", "name", "java.version", "elasticsearch.version"),
        p.stringPropertyNames());
  }
}
