package dev.factbridge.operations;

import dev.factbridge.events.Topics;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./factbridge dead-letters [--replay] [topic...]}: lists the dead letters of the pipeline (all three
 * dead-letter topics unless named) with their source topic, key, reason and whether they were replayed; with
 * {@code --replay}, sends those not yet replayed back onto their source topic.
 */
public final class DeadLettersMain {
    /** The consumer group whose committed offsets say how far the replays got. */
    static final String REPLAY_GROUP = "factbridge-dead-letter-replay";

    private DeadLettersMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        boolean replay = false;
        List<String> topics = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--replay")) {
                replay = true;
            } else if (args[i].startsWith("dead-letter.")) {
                topics.add(args[i]);
            } else {
                System.err.println("unknown argument '" + args[i] + "': --replay, or dead-letter topics "
                        + deadLetterTopics());
                System.exit(2);
            }
        }
        if (topics.isEmpty()) {
            topics.addAll(deadLetterTopics());
        }
        DeadLetters deadLetters = new DeadLetters(bootstrap, REPLAY_GROUP);
        if (replay) {
            List<DeadLetters.DeadLetter> sent = deadLetters.replay(topics);
            sent.forEach(d -> System.out.println("replayed " + line(d)));
            System.out.println(sent.size() + " dead letter(s) replayed onto their source topics");
        } else {
            List<DeadLetters.DeadLetter> all = deadLetters.list(topics);
            all.forEach(d -> System.out.println((d.replayed() ? "replayed " : "pending  ") + line(d)));
            long pending = all.stream().filter(d -> !d.replayed()).count();
            System.out.println(all.size() + " dead letter(s), " + pending + " not replayed"
                    + (pending > 0 ? " (./factbridge dead-letters --replay sends them back)" : ""));
        }
    }

    private static List<String> deadLetterTopics() {
        return Topics.ALL.stream().filter(t -> t.startsWith("dead-letter.")).toList();
    }

    private static String line(DeadLetters.DeadLetter d) {
        String reason = d.reason() == null ? "" : d.reason().replaceAll("\\s+", " ");
        return d.topic() + "@" + d.partition() + ":" + d.offset() + " <- " + d.sourceTopic() + "  key " + d.key()
                + "  " + (reason.length() > 160 ? reason.substring(0, 160) + "…" : reason);
    }
}
