package dev.factbridge.es.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Emits each distinct term once per stream; later repeats are dropped. */
final class UniqueTokenFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final CharArraySet emitted = new CharArraySet(16, false);

  UniqueTokenFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (!emitted.contains(term.buffer(), 0, term.length())) {
        emitted.add(term.toString()); // copies the chars; the attribute buffer is reused
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    emitted.clear();
  }
}
