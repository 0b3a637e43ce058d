namespace Aeo.Platforms.Simulated;

/// <summary>
/// Sentences in the register real answer engines use. <c>{topic}</c> is replaced by the question's subject,
/// <c>{brand}</c> by a brand reference. None of them name a real product, so detection only finds tracked brands.
/// </summary>
internal static class PhraseBank
{
    public static readonly string[] Openings =
    [
        "Choosing the right option for {topic} depends on your team size, budget and how much setup time you can afford.",
        "There is no single best answer for {topic}, but a few options consistently come up in reviews and practitioner discussions.",
        "Great question. When it comes to {topic}, the market has matured a lot over the last few years.",
        "Here is an overview of the options people most often consider for {topic}, based on features, pricing and user feedback.",
        "For {topic}, the right choice usually comes down to ease of use, integrations and total cost of ownership.",
        "Most teams evaluating {topic} end up comparing a handful of well-known options against each other.",
    ];

    public static readonly string[] Strengths =
    [
        "It is widely praised for an intuitive interface that new users can pick up in a day.",
        "Reviewers highlight its strong automation features and a generous free tier.",
        "It offers deep integrations with popular email, calendar and analytics tools.",
        "Its reporting dashboards are flexible enough for managers without needing a data team.",
        "Customer support is frequently mentioned as responsive and knowledgeable.",
        "It scales well from small teams to larger organisations without a painful migration.",
        "The mobile app is solid, which matters for teams that work on the road.",
        "It has an active community and a large library of templates and tutorials.",
    ];

    public static readonly string[] Weaknesses =
    [
        "Pricing can climb quickly once you need the advanced tiers.",
        "Some users find the customisation options limited compared with enterprise tools.",
        "The learning curve is steeper than the marketing suggests.",
        "A few reviewers mention that reporting feels basic for complex use cases.",
        "Integrations outside its own ecosystem can require third-party connectors.",
        "Onboarding larger teams may need dedicated admin time.",
    ];

    public static readonly string[] BestFor =
    [
        "small teams", "growing agencies", "enterprises", "startups on a budget", "sales-led teams",
        "marketing-heavy teams", "non-technical users", "teams that need heavy customisation",
    ];

    public static readonly string[] Pricing =
    [
        "Free tier, paid plans from about $15/user/month",
        "From about $25/user/month",
        "From about $50/user/month",
        "Custom quote",
        "Free and open source; hosting extra",
        "From about $9/user/month",
    ];

    public static readonly string[] ShortStrengths =
    [
        "Ease of use", "Automation", "Integrations", "Reporting", "Customer support", "Scalability", "Price", "Customisation",
    ];

    public static readonly string[] GenericOptions =
    [
        "Open-source alternatives",
        "Spreadsheet-based tracking",
        "Niche specialist tools",
        "Enterprise suites",
        "Lightweight freemium tools",
        "An in-house build",
        "All-in-one workspace apps",
    ];

    public static readonly string[] GenericDescriptions =
    [
        "These work well if you have technical staff and want full control over your data.",
        "This is often where teams start before they outgrow manual processes.",
        "Specialised tools can beat general platforms for a narrow workflow.",
        "Large suites cover everything but usually need a longer implementation project.",
        "Lightweight tools are quick to adopt, though they can be limiting as you grow.",
        "Building your own is flexible but rarely cheaper once maintenance is counted.",
    ];

    public static readonly string[] BrandSentences =
    [
        "{brand} is a popular choice for {topic}.",
        "Many reviewers recommend {brand} as a strong all-round option.",
        "{brand} is often mentioned alongside the market leaders.",
        "If you want something that works out of the box, {brand} is worth a look.",
        "{brand} has built a loyal following among smaller teams.",
        "Users of {brand} tend to mention how quickly they got started.",
    ];

    public static readonly string[] PossessiveBrandSentences =
    [
        "{brand}'s pricing is transparent, which many buyers appreciate.",
        "{brand}'s integrations are among the most complete in this category.",
        "{brand}'s onboarding is frequently described as smooth.",
    ];

    public static readonly string[] Considerations =
    [
        "Before committing, check how each option handles data import from your current system.",
        "Ask for a trial period and test the workflows your team uses every day.",
        "Look closely at the total cost over two or three years, not just the entry price.",
        "Consider which integrations you truly need today and which can wait.",
        "Read recent reviews, because products in this space change quickly.",
        "Involve the people who will use the tool daily in the final decision.",
        "Check the vendor's security certifications if you handle customer data.",
        "Make sure reporting covers the metrics your leadership actually asks for.",
        "Think about how easy it will be to leave if the tool stops fitting your needs.",
        "Evaluate the quality of documentation and the responsiveness of support during the trial.",
    ];

    public static readonly string[] Closings =
    [
        "Ultimately, the best choice for {topic} is the one your team will actually use consistently.",
        "If you share more about your team size and budget, I can narrow this down further.",
        "Shortlist two or three options, run a short pilot, and decide based on real usage.",
        "Any of these can work well for {topic}; the differences show up in pricing and day-to-day usability.",
    ];

    public static readonly string[] ComparisonVerdicts =
    [
        "Choose the first if ease of use matters most; choose the second if you need more depth.",
        "For most small teams the first is the safer bet, while larger teams may prefer the second.",
        "Both are solid; the deciding factor is usually price and which integrations you rely on.",
    ];

    public static string Pick(this Random random, IReadOnlyList<string> bank) => bank[random.Next(bank.Count)];
}
