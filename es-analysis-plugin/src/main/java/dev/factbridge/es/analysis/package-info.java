/**
 * Elasticsearch stable-plugin-API analysis components for Factbridge.
 *
 * <p>Every {@code @NamedComponent} here must also be listed in
 * {@code src/main/plugin-metadata/named_components.json}; {@code NamedComponentsFileTest} enforces it.
 * The list is shipped in the plugin zip because the plugin installer's own class scanning runs out of
 * memory on the nori dictionary jar.
 */
package dev.factbridge.es.analysis;
