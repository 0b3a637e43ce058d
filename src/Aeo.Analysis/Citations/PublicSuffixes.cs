namespace Aeo.Analysis.Citations;

/// <summary>
/// The multi-label public suffixes under which registrants buy names, for the registrable domain.
/// A built-in subset of the ICANN section of the Public Suffix List covering the markets our clients
/// sell in; any other host is treated as having a one-label suffix ("com", "de", "io"). Private
/// suffixes (github.io, blogspot.com) are deliberately absent: their sites count under the platform.
/// </summary>
internal static class PublicSuffixes
{
    private static readonly HashSet<string> MultiLabel = new(StringComparer.Ordinal)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk", "nhs.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
        "co.nz", "org.nz", "net.nz", "ac.nz", "govt.nz", "geek.nz",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "ad.jp", "ed.jp", "gr.jp", "lg.jp",
        "co.kr", "or.kr", "ne.kr", "ac.kr", "go.kr",
        "co.in", "net.in", "org.in", "firm.in", "gen.in", "ind.in", "ac.in", "edu.in", "gov.in",
        "com.br", "net.br", "org.br", "gov.br", "edu.br",
        "com.mx", "org.mx", "gob.mx", "edu.mx", "net.mx",
        "com.ar", "org.ar", "gob.ar", "com.co", "org.co", "com.pe", "com.cl", "com.ve", "com.uy",
        "co.za", "org.za", "gov.za", "ac.za", "web.za",
        "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
        "com.hk", "org.hk", "edu.hk", "gov.hk", "com.tw", "org.tw", "edu.tw",
        "com.sg", "org.sg", "edu.sg", "gov.sg", "com.my", "org.my", "edu.my",
        "co.id", "or.id", "ac.id", "go.id", "com.ph", "org.ph", "com.vn", "co.th", "ac.th", "go.th",
        "co.il", "org.il", "ac.il", "gov.il", "com.tr", "org.tr", "edu.tr", "gov.tr",
        "com.ua", "org.ua", "com.pl", "net.pl", "org.pl", "com.eg", "com.sa", "com.ng", "co.ke",
    };

    /// <summary>Number of labels in <paramref name="host"/>'s public suffix (1 unless it is a listed multi-label suffix).</summary>
    public static int SuffixLabelCount(string host)
    {
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return 1;
        }

        var secondLastDot = host.LastIndexOf('.', lastDot - 1);
        var lastTwo = secondLastDot < 0 ? host : host[(secondLastDot + 1)..];
        return MultiLabel.Contains(lastTwo) ? 2 : 1;
    }

    /// <summary>The suffix plus one label, or null when the host is itself a public suffix.</summary>
    public static string? RegistrableDomain(string host)
    {
        var labels = host.Split('.');
        var keep = SuffixLabelCount(host) + 1;
        return labels.Length < keep ? null : string.Join('.', labels[^keep..]);
    }
}
