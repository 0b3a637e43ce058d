namespace Aeo.Analysis.Tests.Citations;

public sealed class CitationNormalizerTests
{
    [Theory]
    [InlineData("https://www.HubSpot.com/", "https://hubspot.com")]
    [InlineData("HTTPS://HUBSPOT.COM/Blog/", "https://hubspot.com/Blog")]
    [InlineData("https://hubspot.com:443/pricing", "https://hubspot.com/pricing")]
    [InlineData("http://hubspot.com:80/pricing", "http://hubspot.com/pricing")]
    [InlineData("https://hubspot.com:8443/pricing", "https://hubspot.com:8443/pricing")]
    [InlineData("https://m.example.com/a", "https://example.com/a")]
    [InlineData("https://amp.example.com/a", "https://example.com/a")]
    [InlineData("https://www.m.example.com/a", "https://example.com/a")]
    [InlineData("https://amp.dev/", "https://amp.dev")]
    [InlineData("https://www.co.uk/", "https://www.co.uk")]
    [InlineData("https://example.com/a#section-2", "https://example.com/a")]
    [InlineData("https://example.com/a?utm_source=chatgpt.com", "https://example.com/a")]
    [InlineData("https://example.com/a?UTM_Medium=x&gclid=1&fbclid=2&ref=hn", "https://example.com/a")]
    [InlineData("https://example.com/a?z=1&utm_campaign=c&a=2", "https://example.com/a?a=2&z=1")]
    [InlineData("https://example.com/a?tag=2&tag=1", "https://example.com/a?tag=2&tag=1")]
    [InlineData("https://example.com/a?referrer=x", "https://example.com/a?referrer=x")]
    [InlineData("https://user:secret@example.com/a", "https://example.com/a")]
    [InlineData("https://example.com./a/", "https://example.com/a")]
    [InlineData("  https://example.com/a  ", "https://example.com/a")]
    [InlineData("http://192.168.1.10/report", "http://192.168.1.10/report")]
    public void Normalises_to_the_canonical_form(string input, string expected)
    {
        Assert.True(CitationNormalizer.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized.Url);
    }

    [Theory]
    [InlineData("https://www.hubspot.com/blog", "hubspot.com", "hubspot.com")]
    [InlineData("https://blog.hubspot.com/sales", "blog.hubspot.com", "hubspot.com")]
    [InlineData("https://blog.hubspot.co.uk/", "blog.hubspot.co.uk", "hubspot.co.uk")]
    [InlineData("https://www.bbc.co.uk/news", "bbc.co.uk", "bbc.co.uk")]
    [InlineData("https://news.example.com.au/x", "news.example.com.au", "example.com.au")]
    [InlineData("https://shop.example.co.jp/", "shop.example.co.jp", "example.co.jp")]
    [InlineData("https://a.b.example.com.br/", "a.b.example.com.br", "example.com.br")]
    [InlineData("https://www.ox.ac.uk/", "ox.ac.uk", "ox.ac.uk")]
    [InlineData("https://docs.github.com/en", "docs.github.com", "github.com")]
    [InlineData("https://example.uk/", "example.uk", "example.uk")]
    public void Gives_domain_and_registrable_domain(string input, string domain, string registrable)
    {
        Assert.True(CitationNormalizer.TryNormalize(input, out var normalized));
        Assert.Equal(domain, normalized.Domain);
        Assert.Equal(registrable, normalized.RegistrableDomain);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hubspot.com/pricing")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:sales@example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://localhost/admin")]
    [InlineData("https://co.uk/")]
    [InlineData("https://-bad-.com/")]
    [InlineData("https://exa mple.com/")]
    [InlineData("https://[::1]/")]
    public void Rejects_non_http_and_malformed_urls(string? input)
    {
        Assert.False(CitationNormalizer.TryNormalize(input, out var normalized));
        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("hubspot.com", "hubspot.com")]
    [InlineData("www.HubSpot.com", "hubspot.com")]
    [InlineData("https://www.hubspot.com/", "hubspot.com")]
    [InlineData("blog.hubspot.co.uk", "blog.hubspot.co.uk")]
    public void Normalises_configured_brand_domains(string input, string expected)
    {
        Assert.True(CitationNormalizer.TryNormalizeDomain(input, out var domain));
        Assert.Equal(expected, domain);
    }

    [Theory]
    [InlineData("hubspot.com", "hubspot.com", true)]
    [InlineData("hubspot.com", "blog.hubspot.com", true)]
    [InlineData("hubspot.com", "a.b.hubspot.com", true)]
    [InlineData("hubspot.com", "nothubspot.com", false)]
    [InlineData("hubspot.com", "hubspot.com.evil.io", false)]
    [InlineData("blog.hubspot.com", "hubspot.com", false)]
    [InlineData("hubspot.com", "hubspot.co.uk", false)]
    public void A_domain_owns_itself_and_its_subdomains_only(string owner, string domain, bool owns)
    {
        Assert.Equal(owns, CitationNormalizer.Owns(owner, domain));
    }
}
