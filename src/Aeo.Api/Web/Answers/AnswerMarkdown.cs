using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Aeo.Api.Web.Answers;

/// <summary>
/// An answer's markdown as safe HTML with every tracked brand mention marked. Provider text is never trusted: raw HTML
/// is not parsed (it stays visible as escaped text), a link or image whose address is not http, https or mailto loses
/// its address and keeps only its text, images become links (nothing is fetched from the provider's choice of server),
/// and every link carries <c>rel="nofollow noopener noreferrer"</c>. Mentions are marked from their stored character
/// offsets, on the text runs whose source position is known exactly, with the classes of the HTML report
/// (<see cref="Reports.MentionHighlighter"/>): <c>b0</c>–<c>b5</c> by brand and <c>s-{sentiment}</c>.
/// </summary>
public static class AnswerMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .UsePreciseSourceLocation()
        .Build();

    public static string Render(string text, IReadOnlyList<MentionReport> mentions, IReadOnlyDictionary<string, int> brandIndex)
    {
        var document = Markdown.Parse(text, Pipeline);
        Defuse(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new MarkedLiteralRenderer(Spans(text, mentions, brandIndex)));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Whether a link may keep its address: absolute http, https or mailto only.</summary>
    public static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static void Defuse(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            link.IsImage = false;
            if (!IsSafeUrl(link.Url))
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<LiteralInline>())
        {
            text.Append(inline.Content.ToString());
        }
        return text.ToString();
    }

    /// <summary>The mention spans in the text, in order, none overlapping an earlier (longer first at one start), none outside it.</summary>
    private static IReadOnlyList<MarkSpan> Spans(string text, IReadOnlyList<MentionReport> mentions, IReadOnlyDictionary<string, int> brandIndex)
    {
        var spans = new List<MarkSpan>();
        var cursor = 0;
        foreach (var (start, length, mention) in mentions
            .SelectMany(m => m.Positions.Select(p => (p.Start, p.Length, Mention: m)))
            .Where(s => s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= text.Length)
            .OrderBy(s => s.Start)
            .ThenByDescending(s => s.Length))
        {
            if (start < cursor)
            {
                continue;
            }
            var colour = brandIndex.GetValueOrDefault(mention.Brand) % Reports.MentionHighlighter.BrandColours;
            spans.Add(new MarkSpan(start, start + length, $"b{colour} s-{mention.Sentiment.Label}", $"{mention.Brand}: {mention.Sentiment.Label}"));
            cursor = start + length;
        }
        return spans;
    }

    private sealed record MarkSpan(int Start, int End, string Classes, string Title);

    /// <summary>Writes a text run escaped, with the parts that fall in a mention span inside a <c>mark</c>.</summary>
    private sealed class MarkedLiteralRenderer(IReadOnlyList<MarkSpan> spans) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline literal)
        {
            var content = literal.Content.AsSpan();
            var source = literal.Span;
            // Only a run that is the source text itself (not an escape, an entity or a defused link) maps to offsets.
            if (!renderer.EnableHtmlForInline || source.IsEmpty || source.Length != content.Length || spans.Count == 0)
            {
                renderer.WriteEscape(content);
                return;
            }
            var cursor = 0;
            foreach (var span in spans)
            {
                var from = Math.Max(span.Start - source.Start, cursor);
                var to = Math.Min(span.End - source.Start, content.Length);
                if (to <= from)
                {
                    continue;
                }
                renderer.WriteEscape(content[cursor..from]);
                renderer.Write("<mark class=\"").WriteEscape(span.Classes).Write("\" title=\"").WriteEscape(span.Title).Write("\">");
                renderer.WriteEscape(content[from..to]);
                renderer.Write("</mark>");
                cursor = to;
            }
            renderer.WriteEscape(content[cursor..]);
        }
    }
}
