package dev.factbridge.glossary;

import com.ibm.icu.text.Normalizer2;
import dev.factbridge.language.CharClasses;
import dev.factbridge.language.Language;
import dev.factbridge.language.Script;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the glossary format. Everything that would make a lookup ambiguous or silently
 * wrong fails here, at load, with the line: a surface mapped to two canonicals, a line repeated, a
 * canonical given two categories, a surface whose script contradicts its language tag.
 */
final class GlossaryParser {
    /** The languages with glossary columns. */
    static final Set<String> LANGS = Set.copyOf(Language.tagsWithWordLists());
    private static final String[] FIELDS = {"canonical", "category", "lang", "surface"};
    private static final Pattern VERSION = Pattern.compile("#version[\\t ]+(\\S+)[\\t ]*");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The first entry seen for a match key or a spelling. */
    private record Seen(Entry entry) {
    }

    private final String source;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final Map<String, Integer> firstLineOf = new HashMap<>();
    private final Map<String, Seen> byMatchKey = new HashMap<>();
    private final Map<String, Seen> bySpelling = new HashMap<>();
    private String version;

    private GlossaryParser(String source) {
        this.source = source;
    }

    record Result(String version, List<Entry> entries) {
    }

    static Result parse(Reader reader, String source) {
        GlossaryParser parser = new GlossaryParser(source);
        try {
            BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            int lineNo = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                parser.line(line, lineNo);
            }
            if (lineNo == 0) {
                throw parser.fail(1,
                        "missing version header: the file is empty (line 1 must be '#version<TAB><version>')");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary " + source, e);
        }
        return new Result(parser.version, List.copyOf(parser.entries));
    }

    private void line(String line, int lineNo) {
        if (lineNo == 1) {
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            var m = VERSION.matcher(line);
            if (!m.matches()) {
                throw fail(1, "missing version header: line 1 must be '#version<TAB><version>', found '" + line + "'");
            }
            version = m.group(1);
            return;
        }
        if (line.isBlank()) {
            return;
        }
        if (line.startsWith("#version")) {
            throw fail(lineNo, "a second version header; the version belongs on line 1 only");
        }
        if (line.startsWith("#")) {
            return;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw fail(lineNo, "malformed line: expected 4 tab-separated fields (canonical, category, lang, "
                    + "surface), found " + f.length);
        }
        for (int i = 0; i < 4; i++) {
            if (f[i].isEmpty()) {
                throw fail(lineNo, "malformed line: empty " + FIELDS[i] + " field");
            }
            if (!f[i].equals(f[i].strip())) {
                throw fail(lineNo, "malformed line: " + FIELDS[i] + " field has leading or trailing whitespace");
            }
        }
        TermCategory category = category(f[1], lineNo);
        String lang = f[2];
        if (!LANGS.contains(lang)) {
            throw fail(lineNo, "unknown lang '" + lang + "' (expected one of " + String.join(", ",
                    Language.tagsWithWordLists()) + ")");
        }
        String canonical = NFC.normalize(f[0]);
        String surface = NFC.normalize(f[3]);
        if (CharClasses.containsHangul(canonical) || CharClasses.containsHan(canonical)) {
            throw fail(lineNo, "canonical '" + canonical + "' must be English");
        }
        checkScript(surface, lang, lineNo);

        Term term = term(canonical, category, lineNo);
        add(new Entry(term, lang, surface, lineNo, false));
    }

    private TermCategory category(String name, int lineNo) {
        try {
            return TermCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw fail(lineNo, "unknown category '" + name + "' (expected one of "
                    + Arrays.toString(TermCategory.values()) + ")");
        }
    }

    /** A mislabelled line would put a surface in the wrong language's query expansion. */
    private void checkScript(String surface, String lang, int lineNo) {
        if (surface.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw fail(lineNo, "malformed line: surface '" + surface + "' has no letter or digit");
        }
        Script script = Language.ofTag(lang).orElseThrow().script();
        if (!script.fits(surface)) {
            throw fail(lineNo, "surface '" + surface + "' is tagged " + lang + " but " + switch (script) {
                case LATIN -> "contains Hangul or Han characters";
                case HANGUL -> "contains no Hangul";
                case HAN -> "contains no Han characters";
                case JAPANESE -> "contains no kana or Han characters";
            });
        }
    }

    /** The term for a canonical; its first line also gives it its implicit English entry. */
    private Term term(String canonical, TermCategory category, int lineNo) {
        Term known = terms.get(canonical);
        if (known != null) {
            if (known.category() != category) {
                throw fail(lineNo, "conflict: '" + canonical + "' is " + known.category() + " on line "
                        + firstLineOf.get(canonical) + " but " + category + " here");
            }
            return known;
        }
        Term term = new Term(canonical, category);
        terms.put(canonical, term);
        firstLineOf.put(canonical, lineNo);
        add(new Entry(term, Language.ENGLISH.tag(), canonical, lineNo, true));
        return term;
    }

    private void add(Entry entry) {
        int[] tokens = SurfacePattern.compile(entry.surface());
        String canonical = entry.term().canonical();

        String matchKey = SurfacePattern.matchKey(tokens);
        Seen sameMatch = byMatchKey.get(matchKey);
        if (sameMatch != null && !sameMatch.entry().term().equals(entry.term())) {
            Entry other = sameMatch.entry();
            throw fail(entry.line(), "conflict: " + describe(entry) + " maps to '" + canonical + "', but "
                    + describe(other) + " on line " + other.line() + " maps to '" + other.term().canonical()
                    + "' and matches the same text");
        }

        String spelling = entry.lang() + '\u0000' + SurfacePattern.spellingKey(tokens);
        Seen sameSpelling = bySpelling.get(spelling);
        if (sameSpelling != null) {
            Entry other = sameSpelling.entry();
            // The line that declares a Latin-only term repeats its canonical verbatim; that is the only
            // repetition allowed.
            boolean declaresCanonical = other.implicit() && !entry.implicit()
                    && entry.surface().equals(canonical) && other.term().equals(entry.term());
            if (declaresCanonical) {
                bySpelling.put(spelling, new Seen(entry)); // so a second such line is a duplicate
                return;
            }
            String why = other.implicit() ? " is its canonical, always a surface (Latin matching ignores case)"
                    : " is already on line " + other.line();
            throw fail(entry.line(), "duplicate entry: " + describe(entry) + " → '" + canonical + "'" + why);
        }
        if (sameMatch == null) {
            byMatchKey.put(matchKey, new Seen(entry));
        }
        bySpelling.put(spelling, new Seen(entry));
        entries.add(entry);
    }

    private static String describe(Entry e) {
        return "'" + e.surface() + "' (" + e.lang() + (e.implicit() ? ", canonical" : "") + ")";
    }

    private GlossaryException fail(int line, String problem) {
        return new GlossaryException(source, line, problem);
    }
}
