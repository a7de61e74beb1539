package dev.factbridge.translate.api;

import dev.factbridge.events.Segment;
import dev.factbridge.language.Language;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.SentenceAligner;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code POST /api/align}: the segments of two texts and the sentence links between them (interfaces.md section
 * 4), as the pipeline links documents that translate each other. A side's {@code lang}, when given, overrides
 * detection for its segments.
 */
@Path("/api/align")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlignResource {

    public record Side(String text, String lang) {
    }

    public record AlignRequest(Side a, Side b) {
    }

    public record Segments(List<Segment> segments) {
    }

    public record AlignResponse(Segments a, Segments b, List<SentenceAligner.Link> links) {
    }

    private final DocumentAnalyzer analyzer;
    private final CrossDocumentAligner aligner;

    AlignResource(DocumentAnalyzer analyzer, CrossDocumentAligner aligner) {
        this.analyzer = analyzer;
        this.aligner = aligner;
    }

    @POST
    public AlignResponse align(AlignRequest request) {
        if (request == null || request.a() == null || request.b() == null || request.a().text() == null
                || request.b().text() == null) {
            throw new BadRequestException("the body must be {\"a\": {\"text\": \"...\"}, \"b\": {\"text\": \"...\"}}");
        }
        List<Segment> a = segments(request.a(), "a");
        List<Segment> b = segments(request.b(), "b");
        if ((long) (a.size() + 1) * (b.size() + 1) > SentenceAligner.MAX_CELLS) {
            throw new BadRequestException("a has " + a.size() + " and b " + b.size()
                    + " segments: their product may be at most "
                    + SentenceAligner.MAX_CELLS + " (align a long text in parts)");
        }
        return new AlignResponse(new Segments(a), new Segments(b), aligner.align(a, b));
    }

    private List<Segment> segments(Side side, String name) {
        AnalyzeResource.checkLength(side.text(), name + ".text");
        if (side.lang() != null && !side.lang().matches("[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2})?")) {
            throw new BadRequestException(name + ".lang must be a BCP-47 tag such as " + Language.tags());
        }
        List<Segment> segments = analyzer.analyze(side.text()).segments();
        if (side.lang() == null) {
            return segments;
        }
        return segments.stream().map(s -> Language.UNDETERMINED.equals(s.lang()) ? s
                : new Segment(s.segmentId(), s.start(), s.end(), side.lang(), s.text())).toList();
    }
}
