package dev.factbridge.glossary;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Normalizer;
import dev.factbridge.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Korean and Chinese (both scripts) surface forms mapped to canonical English: companies, products,
 * people, places, segments, metrics and terms. translate uses it for anchors and term glosses, extract for
 * subjects and metrics, search for cross-lingual query expansion. The data lives in a versioned file,
 * {@code glossary.tsv} next to this class; see the module README for its format.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Glossary {
    private static final String STANDARD_RESOURCE = "glossary.tsv";
    private static final String STANDARD_SOURCE = "classpath:dev/factbridge/glossary/" + STANDARD_RESOURCE;
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static volatile Glossary standard;

    private final String version;
    private final Map<String, Term> terms = new LinkedHashMap<>();
    /** canonical → lang → surfaces, the canonical itself first under en. */
    private final Map<String, Map<String, Set<String>>> surfaces = new LinkedHashMap<>();
    private final TermScanner scanner = new TermScanner();

    private Glossary(String version, List<Entry> entries) {
        this.version = version;
        for (Entry e : entries) {
            Term term = e.term();
            terms.putIfAbsent(term.canonical(), term);
            surfaces.computeIfAbsent(term.canonical(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(e.lang(), l -> new LinkedHashSet<>())
                    .add(e.surface());
            scanner.add(SurfacePattern.compile(e.surface()), term);
        }
    }

    /** The glossary bundled with this module, parsed on first use and cached. */
    public static Glossary standard() {
        Glossary g = standard;
        if (g == null) {
            synchronized (Glossary.class) {
                g = standard;
                if (g == null) {
                    g = loadStandard();
                    standard = g; // a failed load is not cached: the next call reports it again
                }
            }
        }
        return g;
    }

    private static Glossary loadStandard() {
        InputStream in = Glossary.class.getResourceAsStream(STANDARD_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled glossary missing: " + STANDARD_SOURCE);
        }
        // Strict decoding: a mis-saved file must fail, not load replacement characters as surfaces.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(in, decoder)) {
            return parse(reader, STANDARD_SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STANDARD_SOURCE, e);
        }
    }

    /**
     * Parses and validates a glossary file.
     *
     * @param sourceName named in error messages, e.g. a file name
     * @throws GlossaryException on the first problem, naming the source and the line
     */
    public static Glossary parse(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        GlossaryParser.Result result = GlossaryParser.parse(reader, sourceName);
        return new Glossary(result.version(), result.entries());
    }

    /** The data file's version, from its {@code #version} header. */
    public String version() {
        return version;
    }

    /**
     * The term whose surface form is exactly {@code surface} after NFC, ignoring case in Latin script and
     * surrounding whitespace; spacing inside follows the same rules as {@link #find}.
     */
    public Optional<Term> lookup(String surface) {
        Objects.requireNonNull(surface, "surface");
        return Optional.ofNullable(scanner.matchWhole(NFC.normalize(surface).strip()));
    }

    /**
     * All leftmost-longest, non-overlapping occurrences of any surface form (canonical English included).
     * Han and Hangul surfaces match anywhere, so a Korean particle may follow (매출이); Latin-script
     * surfaces match case-insensitively and only between word boundaries. Offsets are UTF-16 offsets into
     * {@code text} itself, even when it is not NFC.
     */
    public List<TermMatch> find(String text) {
        Objects.requireNonNull(text, "text");
        if (NFC.quickCheck(text) == Normalizer.YES) {
            List<TermMatch> matches = new ArrayList<>();
            for (TermScanner.Hit hit : scanner.find(text)) {
                matches.add(new TermMatch(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), hit.term()));
            }
            return Collections.unmodifiableList(matches);
        }
        return findInNonNfc(text);
    }

    /** Matches on the NFC form, mapped back through the normalization segments to the original text. */
    private List<TermMatch> findInNonNfc(String text) {
        NfcView view = NfcView.of(text);
        List<TermMatch> matches = new ArrayList<>();
        int lastEnd = 0;
        for (TermScanner.Hit hit : scanner.find(view.normalized())) {
            int start = view.originalStart(hit.start());
            int end = view.originalEnd(hit.end());
            if (start < lastEnd) {
                continue; // two matches inside one normalization segment; keep the first
            }
            matches.add(new TermMatch(start, end, text.substring(start, end), hit.term()));
            lastEnd = end;
        }
        return Collections.unmodifiableList(matches);
    }

    /**
     * Every surface form of {@code canonical} in every language, the canonical itself first; empty if the
     * glossary has no such canonical.
     */
    public Set<String> surfaces(String canonical) {
        Map<String, Set<String>> byLang = surfaces.get(canonical);
        if (byLang == null) {
            return Set.of();
        }
        Set<String> all = new LinkedHashSet<>();
        byLang.values().forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    /**
     * The surface forms of {@code canonical} in one language (en includes the canonical itself).
     *
     * @param lang a tag of {@link Language#withWordLists()}
     * @throws IllegalArgumentException for any other lang
     */
    public Set<String> surfaces(String canonical, String lang) {
        if (!GlossaryParser.LANGS.contains(lang)) {
            throw new IllegalArgumentException("unknown lang '" + lang + "' (expected one of "
                    + String.join(", ", Language.tagsWithWordLists()) + ")");
        }
        Map<String, Set<String>> byLang = surfaces.get(canonical);
        Set<String> forLang = byLang == null ? null : byLang.get(lang);
        return forLang == null ? Set.of() : Collections.unmodifiableSet(forLang);
    }

    /** Every term, in the order the file first names them. */
    public Collection<Term> terms() {
        return Collections.unmodifiableCollection(terms.values());
    }

    @Override
    public String toString() {
        return "Glossary[version=" + version + ", terms=" + terms.size() + "]";
    }
}
