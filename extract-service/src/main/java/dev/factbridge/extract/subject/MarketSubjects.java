package dev.factbridge.extract.subject;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures about a whole market rather than a company: "전 세계 소매 시장 부문의 약 80%", "全球IT支出中仍有超85%",
 * "全球数亿人将首次接入高速宽带". The subject is the market ({@code Worldwide retail market}), not the company the
 * document is about. Only a clause that names the world and the market counts.
 */
final class MarketSubjects {
    private record Market(String subject, Pattern noun) {
    }

    private static final Pattern WORLDWIDE = Pattern.compile("전\\s?세계|全球|世界|\\bworldwide\\b|\\bglobal(?:ly)?\\b|around the world",
            Pattern.CASE_INSENSITIVE);
    private static final List<Market> MARKETS = List.of(
            new Market("Worldwide retail market", Pattern.compile("소매|零售|\\bretail\\b", Pattern.CASE_INSENSITIVE)),
            new Market("Worldwide IT spending", Pattern.compile("IT\\s?지출|IT\\s?支出|\\bIT spend", Pattern.CASE_INSENSITIVE)),
            new Market("Worldwide broadband market", Pattern.compile("광대역|宽带|寬頻|寬帶|\\bbroadband\\b", Pattern.CASE_INSENSITIVE)),
            new Market("Worldwide cloud market", Pattern.compile("클라우드 시장|云市场|雲端市場|\\bcloud market\\b", Pattern.CASE_INSENSITIVE)),
            new Market("Worldwide advertising market", Pattern.compile("광고 시장|广告市场|廣告市場|\\badvertising market\\b", Pattern.CASE_INSENSITIVE)),
            new Market("Worldwide e-commerce market", Pattern.compile("전자상거래 시장|电商市场|電商市場|\\be-?commerce market\\b", Pattern.CASE_INSENSITIVE)));
    /** A clause starts after a comma, semicolon or colon, or after "…지만 " or "…고 " ({@link #clauseStart}). */
    private static final String CLAUSE_PUNCTUATION = ",，;；:：";

    private MarketSubjects() {
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
            if (isAsciiSpace(c) && (i >= 2 && sentence.charAt(i - 2) == '고'
                    || i >= 3 && sentence.charAt(i - 3) == '지' && sentence.charAt(i - 2) == '만')) {
                return i;
            }
        }
        return 0;
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
