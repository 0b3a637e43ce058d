namespace Aeo.Analysis.Discovery;

/// <summary>
/// Words that stand where names stand in answers (headings, bold leads, list items, table cells) without being names:
/// the parts of a review ("Pricing", "Pros", "Verdict", "Step 1", "Best for"), category nouns ("CRM software",
/// "platform", "suite"), plan and audience words ("Enterprise", "Small teams") and company-form suffixes. Curated by
/// hand; the common English words (<see cref="Brands.CommonWordBrandNames"/>) cover the rest of ordinary language.
/// </summary>
internal static class GenericTerms
{
    private static readonly HashSet<string> Terms = new(
        """
        a an the and or of for to in on with by at vs versus via from your our my their its this that these those
        pricing price prices cost costs feature features conclusion conclusions overview summary pros cons pro con step steps
        best top key takeaway takeaways verdict recommendation recommendations recommended option options alternative
        alternatives comparison comparisons compared faq faqs introduction intro note notes tip tips example examples
        bottom line pick picks choice choices winner winners tl dr tldr honorable honourable mention mentions final thoughts
        consideration considerations criteria factor factors why how what which who when where general other others more
        crm crms erp erps saas paas iaas software tool tools platform platforms app apps application applications suite suites
        solution solutions system systems service services provider providers vendor vendors product products
        ai api apis seo sem b2b b2c smb smbs sme smes kpi kpis roi ui ux sql hr it cms ats pos vpn llm llms sdk sso mfa
        inc ltd llc gmbh corp co plc ag sa bv oy ab pty limited corporation company
        free freemium paid plan plans tier tiers starter plus premium enterprise enterprises business businesses basic
        standard advanced essentials professional team teams small large medium mid midsize market startups startup
        agencies agency freelancers use case cases integration integrations automation reporting support security
        scalability ease setup onboarding customization customisation customizations mobile cloud online open source
        management marketing sales customer customers project projects email analytics data workflow workflows
        pipeline contact contacts lead leads deal deals dashboard dashboards users user review reviews rating ratings
        score scores category categories capterra's g2's
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public static bool Contains(ReadOnlySpan<char> word) => Terms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
