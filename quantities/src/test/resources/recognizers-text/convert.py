#!/usr/bin/env python3
"""Turns Recognizers-Text specification files (MIT licence) into suite.tsv and excluded.tsv.

Usage: convert.py SPEC_DIR OUT_DIR, where SPEC_DIR holds en-currency.json, ko-currency.json, zh-currency.json,
en-percent.json, ko-percent.json and zh-percent.json as SOURCES.tsv names them. Deterministic: the same specs give
the same files.

A case keeps the results we can judge; each result is written as start:end:value:unit:judge, offsets in UTF-16
units into the input, unit an ISO 4217 code or "percent". judge is "value" (value and unit must match) or "span"
(the spec marks its own value unreliable with IgnoreResolution: a quantity of that unit over the text must be found).
A case without results is a negative case: no quantity of the file's kind may be found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

FILES = ["en-currency", "ko-currency", "zh-currency", "en-percent", "ko-percent", "zh-percent"]

# The spec's currency names that carry no isoCurrency, and what they are in ISO 4217. A minor unit divides.
NAMED = {
    "Dollar": ("USD", 1), "United States dollar": ("USD", 1), "Cent": ("USD", 100),
    "Pound": ("GBP", 1), "British pound": ("GBP", 1), "Pence": ("GBP", 100), "Penny": ("GBP", 100),
    "Finnish markka": ("FIM", 1), "Peseta": ("ESP", 1), "Netherlands guilder": ("NLG", 1),
    "Rupee": ("INR", 1),
}
# Names that do not pick one currency, or that name no ISO 4217 currency at all.
UNJUDGEABLE = {
    "Franc": "the spec's unit is 'Franc' without a country (French, Swiss, Belgian ... francs are different currencies)",
    "Sen": "'Sen' is the minor unit of several currencies (yen, ringgit, rupiah ...); the spec names none",
    "Bitcoin": "a crypto-asset, not an ISO 4217 currency",
    "Satoshi": "a crypto-asset unit, not an ISO 4217 currency",
}


# Shapes a financial-document reader does not need, by the expected text: (pattern, reason).
SHAPES = [
    (re.compile(r"[0-9０-９.．]\s*[kKＫmM]\s*(?:个|個|$)|[0-9０-９]\s*[kKＫmM]$"),
     "a thousand or million letter on a percentage (15K%, 12k个百分点) is not a figure business text writes"),
    (re.compile(r"^per\s?cents? of ", re.IGNORECASE),
     "'percent of N' names a share of N in business text, not N percent"),
]


def utf16(s, i):
    """The UTF-16 offset of code point index i."""
    return len(s[:i].encode("utf-16-le")) // 2


def locate(text, found, start):
    """Code point span of found in text, the occurrence nearest the spec's Start (its offsets drift in places)."""
    fold = lambda s: unicodedata.normalize("NFKC", s).lower()
    hay, needle = text.lower(), found.lower()
    hits = [i for i in range(len(text)) if hay.startswith(needle, i)]
    if not hits:  # full-width digits in the input, half-width in the expected text
        hits = [i for i in range(len(text)) if fold(text[i:i + len(found) + 4]).startswith(fold(found))]
        if not hits:
            return None
        i = min(hits, key=lambda h: abs(h - (start or 0)))
        j = i + len(found)
        while fold(text[i:j]) != fold(found) and j <= len(text):
            j += 1
        return (i, j) if j <= len(text) else None
    i = min(hits, key=lambda h: abs(h - (start or 0)))
    return i, i + len(found)


def escape(text):
    """Backslash escapes for tab, line breaks and backslash; \\s for a space at either end (the loader strips)."""
    s = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    core = s.strip(" ")
    lead = len(s) - len(s.lstrip(" "))
    trail = len(s) - len(s.rstrip(" ")) if core else 0
    return "\\s" * lead + core + "\\s" * trail


def number(value):
    v = value.strip().rstrip("%")
    return repr(float(v)) if "." in v or "e" in v.lower() else str(int(v))


def convert(spec_dir, out_dir):
    suite = ["#version\t1", "#columns\tfile\tcase\tinput\texpected"]
    excluded = ["#version\t1", "#columns\tfile\tcase\tinput\tresult\treason"]
    for name in FILES:
        kind = name.split("-")[1]
        cases = json.loads(Path(spec_dir, name + ".json").read_text(encoding="utf-8"))
        for index, case in enumerate(cases, 1):
            text = case["Input"]
            escaped = escape(text)
            kept, dropped = [], []
            for r in case.get("Results", []):
                res = r.get("Resolution") or {}
                value = res.get("value")
                if value is None:
                    dropped.append((r["Text"], "a currency name without an amount is not a quantity"))
                    continue
                if kind == "currency":
                    unit, divisor = res.get("isoCurrency"), 1
                    if not unit:
                        if res.get("unit") in UNJUDGEABLE:
                            dropped.append((r["Text"], UNJUDGEABLE[res["unit"]]))
                            continue
                        unit, divisor = NAMED[res["unit"]]
                    amount = float(value) / divisor
                    value = repr(amount) if amount != int(amount) else str(int(amount))
                else:
                    unit, value = "percent", number(value)
                shape = next((reason for pattern, reason in SHAPES if pattern.search(r["Text"])), None)
                if shape:
                    dropped.append((r["Text"], shape))
                    continue
                span = locate(text, r["Text"], r.get("Start"))
                if span is None:
                    dropped.append((r["Text"], "the expected text is not in the input"))
                    continue
                judge = "span" if case.get("IgnoreResolution") else "value"
                kept.append(f"{utf16(text, span[0])}:{utf16(text, span[1])}:{value}:{unit}:{judge}")
            for found, reason in dropped:
                excluded.append(f"{name}\t{index}\t{escaped}\t{found}\t{reason}")
            if kept or not case.get("Results"):
                suite.append(f"{name}\t{index}\t{escaped}\t{' | '.join(kept)}")
            elif dropped:
                excluded.append(f"{name}\t{index}\t{escaped}\t*\tthe whole case: none of its results can be judged")
    Path(out_dir, "suite.tsv").write_text("\n".join(suite) + "\n", encoding="utf-8")
    Path(out_dir, "excluded.tsv").write_text("\n".join(excluded) + "\n", encoding="utf-8")


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
