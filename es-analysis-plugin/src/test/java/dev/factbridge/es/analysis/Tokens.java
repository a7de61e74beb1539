package dev.factbridge.es.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs Lucene token streams and collects their terms. */
final class Tokens {

  private Tokens() {}

  static List<String> of(Analyzer analyzer, String text) {
    try (analyzer; TokenStream ts = analyzer.tokenStream("field", text)) {
      return drain(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> of(Tokenizer tokenizer, java.util.function.UnaryOperator<TokenStream> filters, String text) {
    tokenizer.setReader(new StringReader(text));
    try (TokenStream ts = filters.apply(tokenizer)) {
      return drain(ts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> whitespace(java.util.function.UnaryOperator<TokenStream> filters, String text) {
    return of(new WhitespaceTokenizer(), filters, text);
  }

  private static List<String> drain(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    return out;
  }
}
