package dev.factbridge.translate.mt;

import java.util.List;

/** Machine translation switched off, for tests of the pipeline without a server: any call to translate fails the test. */
public final class MachineTranslationOff implements MachineTranslator {
    public static final MachineTranslator INSTANCE = new MachineTranslationOff();

    private MachineTranslationOff() {
    }

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public String name() {
        return "off";
    }

    @Override
    public List<String> translate(List<String> texts, String sourceLang, String targetLang) {
        throw new AssertionError("machine translation is off");
    }
}
