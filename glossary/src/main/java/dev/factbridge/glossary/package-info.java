/** The shared glossary: surface forms in Korean and Chinese (both scripts) mapped to canonical English. */
package dev.factbridge.glossary;
