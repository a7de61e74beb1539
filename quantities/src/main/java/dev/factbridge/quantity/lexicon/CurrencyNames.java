package dev.factbridge.quantity.lexicon;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.util.ULocale;
import dev.factbridge.language.CharClasses;
import dev.factbridge.language.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The currencies ICU knows (CLDR: every legal tender, current or historical), as the words the unit tries read:
 * each currency's display and plural names in every language with word lists ({@code Canadian dollars},
 * {@code 스위스 프랑}, {@code 瑞士法郎}), its symbols that carry a currency sign ({@code CA$}, {@code ₡}, {@code ₾},
 * {@code ₹}), and its ISO 4217 code. A name or symbol that two currencies share is left out: which one it means is
 * for the word lists to say ({@code $}, {@code ¥}, {@code 元}), and they are read first, so their meaning wins.
 */
final class CurrencyNames {
    private CurrencyNames() {
    }

    /** A word for a currency: a name (any case), a symbol, or the code itself. */
    record Word(String text, String code) {
    }

    /** Legal tender, current or historical: no metals, funds or test codes (XAU, XDR, XTS). */
    static Set<String> tenderCodes() {
        Set<String> codes = new TreeSet<>();
        for (CurrencyMetaInfo.CurrencyInfo info
                : CurrencyMetaInfo.getInstance().currencyInfo(CurrencyMetaInfo.CurrencyFilter.all())) {
            if (info.isTender()) {
                codes.add(info.code);
            }
        }
        return codes;
    }

    /** The display and plural names of every tender currency; a name shared by two currencies is left out. */
    static List<Word> names() {
        Set<String> tender = tenderCodes();
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (ULocale locale : locales()) {
            for (Map.Entry<String, String> e : CurrencyDisplayNames.getInstance(locale).nameMap().entrySet()) {
                String name = e.getKey().strip();
                // "(1993–1998)", "(same day)": qualified names that text does not write; a locale without a name
                // gives the code, which codes() reads in capitals only
                if (!tender.contains(e.getValue()) || name.indexOf('(') >= 0 || name.indexOf('（') >= 0
                        || name.length() < 2 || name.equals(e.getValue())) {
                    continue;
                }
                for (String form : forms(name)) {
                    String previous = byName.putIfAbsent(form, e.getValue());
                    if (previous != null && !previous.equals(e.getValue())) {
                        shared.put(form, true);
                    }
                }
            }
        }
        return words(byName, shared);
    }

    /**
     * A name and the forms text also writes it in: Korean names in 화 (貨, "currency") without it, as in
     * {@code 중국 위안화} / {@code 중국 위안}, {@code 일본 엔화} / {@code 일본 엔}.
     */
    static List<String> forms(String name) {
        if (name.length() > 2 && name.endsWith("화") && CharClasses.isHangul(name.charAt(name.length() - 2))) {
            return List.of(name, name.substring(0, name.length() - 1));
        }
        return List.of(name);
    }

    /**
     * The standard and narrow symbols of every tender currency that carry a currency sign ({@code CA$}, {@code ₭});
     * symbols made of letters only ({@code Rs}, {@code TL}, {@code kr}) are words of their own and left out.
     */
    static List<Word> symbols() {
        Map<String, String> bySymbol = new LinkedHashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        List<CurrencyDisplayNames> displayNames = locales().stream().map(CurrencyDisplayNames::getInstance).toList();
        for (String code : tenderCodes()) {
            for (CurrencyDisplayNames names : displayNames) {
                for (String symbol : List.of(names.getSymbol(code), names.getNarrowSymbol(code))) {
                    if (symbol == null || symbol.equals(code) || !hasCurrencySign(symbol)) {
                        continue;
                    }
                    String previous = bySymbol.putIfAbsent(symbol, code);
                    if (previous != null && !previous.equals(code)) {
                        shared.put(symbol, true);
                    }
                }
            }
        }
        return words(bySymbol, shared);
    }

    /** The ISO 4217 codes of the tender currencies. */
    static List<Word> codes() {
        return tenderCodes().stream().map(code -> new Word(code, code)).toList();
    }

    private static List<Word> words(Map<String, String> byText, Map<String, Boolean> shared) {
        List<Word> words = new ArrayList<>();
        byText.forEach((text, code) -> {
            if (!shared.containsKey(text)) {
                words.add(new Word(text, code));
            }
        });
        return words;
    }

    static boolean hasCurrencySign(String symbol) {
        return symbol.codePoints().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
    }

    private static List<ULocale> locales() {
        return Language.withWordLists().stream().map(l -> ULocale.forLanguageTag(l.tag())).toList();
    }
}
