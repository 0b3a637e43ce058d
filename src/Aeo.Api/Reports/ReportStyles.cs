namespace Aeo.Api.Reports;

/// <summary>
/// The report's one stylesheet, inlined in a <c>style</c> element: system fonts only (nothing fetched), a print
/// stylesheet that drops the screen chrome, keeps tables and charts whole across pages and prints colours.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1c2330; background: #f4f6f9; }
        main { max-width: 1080px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #e3e7ee; }
        h3 { font-size: 15px; margin: 20px 0 8px; }
        p.lead { color: #5b6577; margin: 0 0 16px; }
        .note { color: #5b6577; font-size: 12.5px; }
        .banner { padding: 12px 16px; margin: 0 0 20px; border-radius: 6px; font-weight: 600; }
        .banner.simulated { background: #fff4d6; border: 2px solid #e0a100; color: #6b4a00; }
        .banner.partial { background: #fde8e8; border: 2px solid #c53030; color: #7b1d1d; }
        dl.identity { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; }
        dl.identity dt { color: #5b6577; }
        dl.identity dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
        th, td { border-bottom: 1px solid #e3e7ee; padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #f0f3f7; font-weight: 600; }
        th.platform { text-align: center; border-left: 2px solid #fff; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td .ci { display: block; color: #5b6577; font-size: 11.5px; }
        tr.client td:first-child { font-weight: 700; color: #1f5fbf; }
        .tag { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11.5px; background: #e3e7ee; color: #1c2330; }
        .tag.sim { background: #fff4d6; color: #6b4a00; }
        .tag.up { background: #dcf3e3; color: #14532d; }
        .tag.down { background: #fde2e2; color: #7b1d1d; }
        .tag.positive { background: #dcf3e3; color: #14532d; }
        .tag.negative { background: #fde2e2; color: #7b1d1d; }
        .tag.neutral { background: #e3e7ee; color: #334155; }
        tr.insignificant td { color: #7a8496; }
        svg.chart { display: block; width: 100%; box-sizing: border-box; padding: 0 6px; overflow: visible; margin: 4px 0 12px; font-size: 12px; break-inside: avoid; }
        svg.chart .grid { stroke: #d8dde6; stroke-width: 1; }
        svg.chart .tick { fill: #5b6577; font-size: 11px; }
        svg.chart .label { fill: #1c2330; font-size: 13px; }
        svg.chart .label.client { font-weight: 700; }
        svg.chart .figure { fill: #1c2330; }
        svg.chart .muted { fill: #5b6577; }
        svg.chart .interval.client { fill: #1f5fbf; fill-opacity: .28; }
        svg.chart .interval.other { fill: #6b7a90; fill-opacity: .28; }
        svg.chart .value.client { fill: #1f5fbf; }
        svg.chart .value.other { fill: #6b7a90; }
        .answer { border: 1px solid #e3e7ee; border-radius: 6px; padding: 12px 14px; margin: 12px 0; break-inside: avoid; }
        .answer .meta { color: #5b6577; font-size: 12.5px; margin-bottom: 6px; }
        .answer .question { font-weight: 600; margin-bottom: 6px; }
        .answer .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 13px; max-height: none; }
        .answer ul.mentions { margin: 8px 0 0; padding-left: 18px; font-size: 12.5px; }
        mark { border-radius: 3px; padding: 0 2px; color: inherit; }
        mark.b0 { background: #cfe0ff; } mark.b1 { background: #ffe0b8; } mark.b2 { background: #d6f0d0; }
        mark.b3 { background: #f2d4f0; } mark.b4 { background: #fff1a8; } mark.b5 { background: #d4eef2; }
        ol.questions { padding-left: 28px; font-size: 13px; }
        ol.questions li { margin: 2px 0; }
        footer { margin-top: 40px; color: #5b6577; font-size: 12px; }
        @media screen and (max-width: 720px) {
          main { padding-left: 12px; padding-right: 12px; }
          table { display: block; overflow-x: auto; }
        }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { background: #fff; font-size: 11.5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          table, svg.chart, .answer, dl.identity { break-inside: avoid; }
          tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
