package dev.factbridge.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Map;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Tika's encoding detection, widened to the superset each legacy CJK label stands for in practice (as the
 * WHATWG Encoding Standard does): a file detected as EUC-KR is decoded as Windows-949 (UHC), whose extra
 * Hangul syllables EUC-KR cannot represent; GB2312/GBK as GB18030; Big5 as Big5-HKSCS. On bytes of the
 * narrower encoding the superset decodes identically, so nothing is lost by widening.
 */
public final class SupersetEncodingDetector implements EncodingDetector {
    private static final Map<String, String> SUPERSETS = Map.of(
            "EUC-KR", "x-windows-949",
            "GB2312", "GB18030",
            "GBK", "GB18030",
            "Big5", "Big5-HKSCS",
            "ISO-8859-1", "windows-1252");

    private final EncodingDetector delegate = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset charset = widen(delegate.detect(input, metadata));
        if (charset != null) {
            metadata.set(TikaCoreProperties.DETECTED_ENCODING, charset.name()); // report what is decoded
        }
        return charset;
    }

    static Charset widen(Charset detected) {
        if (detected == null) {
            return null;
        }
        String superset = SUPERSETS.get(detected.name());
        return superset != null && Charset.isSupported(superset) ? Charset.forName(superset) : detected;
    }
}
