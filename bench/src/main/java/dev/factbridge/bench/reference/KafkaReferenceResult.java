package dev.factbridge.bench.reference;

/**
 * Raw Kafka on the benchmark's files: every file produced as one message (acks=all), then consumed back.
 *
 * @param messages       messages produced and consumed
 * @param bytes          their total payload size
 * @param produceSeconds from the first send until every message was acknowledged
 * @param consumeSeconds from the first poll until the last message arrived
 */
public record KafkaReferenceResult(int messages, long bytes, double produceSeconds, double consumeSeconds) {
    public double produceMessagesPerSecond() {
        return messages / produceSeconds;
    }

    public double consumeMessagesPerSecond() {
        return messages / consumeSeconds;
    }

    /** Megabytes of 10^6 bytes per second. */
    public double produceMegabytesPerSecond() {
        return bytes / 1e6 / produceSeconds;
    }

    /** Megabytes of 10^6 bytes per second. */
    public double consumeMegabytesPerSecond() {
        return bytes / 1e6 / consumeSeconds;
    }
}
