/**
 * The vocabulary of quantity recognition: the word lists of the module (versioned TSV files beside
 * {@link dev.factbridge.quantity.lexicon.WordList}, read with the shared {@code WordListFile} loader) and the
 * lookups built from them once, at class initialization: {@link dev.factbridge.quantity.lexicon.UnitLexicon},
 * {@link dev.factbridge.quantity.lexicon.ScaleWords}, {@link dev.factbridge.quantity.lexicon.QualifierLexicon},
 * {@link dev.factbridge.quantity.lexicon.KoreanParticles}, on the shared longest-match
 * {@code PhraseTrie} (matching as {@link dev.factbridge.quantity.lexicon.Phrases} sets it) and the char-indexed
 * {@link dev.factbridge.quantity.lexicon.CharTable}. Readers in other packages load their own lists through
 * {@code WordList} and check their rows with {@link dev.factbridge.quantity.lexicon.Rows}.
 */
package dev.factbridge.quantity.lexicon;
