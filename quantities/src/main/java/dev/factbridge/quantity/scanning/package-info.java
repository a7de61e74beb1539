/**
 * The pass over a text: {@code QuantityScanner} finds number cores and reads what is attached to them,
 * {@code NonQuantityShapes} and {@code EnglishContext} drop what is no amount, {@code CountedNouns} finds the
 * noun of a count, {@code RangeLinker} settles ranges and changes; {@link
 * dev.factbridge.quantity.scanning.NumeralQuantities} runs them and keeps the candidates that stand as quantities.
 */
package dev.factbridge.quantity.scanning;
