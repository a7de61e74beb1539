package dev.factbridge.extract.subject;

import dev.factbridge.extract.regex.Word;
import dev.factbridge.extract.regex.WordLists;
import dev.factbridge.extract.regex.Words;
import dev.factbridge.language.WordListFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures about a whole market rather than a company: "전 세계 소매 시장 부문의 약 80%",
 * "全球IT支出中仍有超85%", "全球数亿人将首次接入高速宽带". The subject is the market
 * ({@code Worldwide retail market}), not the company the document is about. Only a clause that names the world and
 * the market counts. The markets and their words are {@code markets.tsv}; the words for the world and the Korean
 * clause endings, {@code market-words.tsv}.
 */
final class MarketSubjects {
    private record Market(String subject, Pattern noun) {
    }

    private static final WordLists WORDS = WordLists.resource(MarketSubjects.class, "market-words.tsv", "worldwide",
            "clause_ending");
    private static final Pattern WORLDWIDE = WORDS.get("worldwide").pattern(Pattern.CASE_INSENSITIVE);
    private static final List<Market> MARKETS = markets(WordListFile.resource(MarketSubjects.class, "markets.tsv",
            "market", "lang", "word", Word.MATCH, Word.SPACES));
    /** A clause starts after a comma, semicolon or colon, or after a Korean clause ending ({@link #clauseStart}). */
    private static final String CLAUSE_PUNCTUATION = ",，;；:：";
    private static final String[] CLAUSE_ENDINGS = WORDS.get("clause_ending").texts().toArray(String[]::new);

    private MarketSubjects() {
    }

    /** The markets in file order, each with a pattern of its words. */
    private static List<Market> markets(WordListFile file) {
        Map<String, List<Word>> words = new LinkedHashMap<>();
        for (WordListFile.Row row : file.rows()) {
            words.computeIfAbsent(row.get("market"), m -> new ArrayList<>()).add(Word.of(row));
        }
        List<Market> markets = new ArrayList<>();
        words.forEach((subject, list) -> markets.add(
                new Market(subject, Words.of(list).pattern(Pattern.CASE_INSENSITIVE))));
        return List.copyOf(markets);
    }

    /**
     * The end of the last clause break before {@code position}, else 0. Read backwards from the value, so that it costs
     * the length of the value's clause, not of the sentence before it (a run-on text has many values).
     */
    static int clauseStart(String sentence, int position) {
        for (int i = position; i > 0; i--) {
            char c = sentence.charAt(i - 1);
            if (CLAUSE_PUNCTUATION.indexOf(c) >= 0) {
                return i;
            }
            if (isAsciiSpace(c) && endsClause(sentence, i - 1)) {
                return i;
            }
        }
        return 0;
    }

    /** Whether the text before {@code end} ends with a Korean clause ending ("…지만", "…고"). */
    private static boolean endsClause(String sentence, int end) {
        for (String ending : CLAUSE_ENDINGS) {
            if (end >= ending.length() && sentence.startsWith(ending, end - ending.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The market the value at {@code [start, end)} is a figure of, or null. */
    static String of(String sentence, int start, int end) {
        int clauseStart = clauseStart(sentence, start);
        String before = sentence.substring(clauseStart, start);
        Matcher world = WORLDWIDE.matcher(before);
        if (world.find()) {
            String rest = before.substring(world.end());
            for (Market m : MARKETS) {
                if (m.noun().matcher(rest).find()) {
                    return m.subject();
                }
            }
        }
        // "全球数亿人将首次接入高速宽带": the world right before the value, the market shortly after it.
        if (WORLDWIDE.matcher(before.substring(Math.max(0, before.length() - 4)).toLowerCase(Locale.ROOT)).find()) {
            String after = sentence.substring(end, Math.min(sentence.length(), end + 20));
            for (Market m : MARKETS) {
                if (m.noun().matcher(after).find()) {
                    return m.subject();
                }
            }
        }
        return null;
    }
}
