package dev.factbridge.quantity;

/** What a recognized quantity measures; it tells how {@link Quantity#unit()} is to be read. */
public enum QuantityKind { MONEY, PERCENT, BASIS_POINTS, PERCENTAGE_POINTS, MULTIPLE, COUNT, DURATION, NUMBER }
