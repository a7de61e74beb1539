/**
 * Numeral parsing: each parser reads one kind of numeral at a position and fills a caller-owned
 * {@link dev.factbridge.quantity.numerals.NumberParse} with the value and the shape facts the recognizer's rules
 * need. {@link dev.factbridge.quantity.numerals.Numerals} reads Arabic digits and Chinese and Sino-Korean numerals
 * with scale characters, {@link dev.factbridge.quantity.numerals.EnglishNumbers} English number words,
 * {@link dev.factbridge.quantity.numerals.NativeKoreanNumbers} native Korean numerals,
 * {@link dev.factbridge.quantity.numerals.OrderOfMagnitude} vague magnitudes ({@code 数万}, {@code tens of
 * thousands}) and {@link dev.factbridge.quantity.numerals.MultipleWords} multiples in a word ({@code doubled}).
 */
package dev.factbridge.quantity.numerals;
