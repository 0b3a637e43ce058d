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
        "Setup is quick, and most teams report being productive within the first week.",
        "Its permission model is granular enough for teams with contractors or clients.",
        "Recent releases added AI-assisted features that users say save real time.",
        "The free trial is long enough to test real workflows before paying.",
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

    /// <summary>Non-brand entries for lists, tables and comparisons, each with a fitting description.</summary>
    public static readonly (string Name, string Description)[] GenericOptions =
    [
        ("Open-source alternatives", "These work well if you have technical staff and want full control over your data."),
        ("Spreadsheet-based tracking", "This is often where teams start before they outgrow manual processes."),
        ("Niche specialist tools", "Specialised tools can beat general platforms for a narrow workflow."),
        ("Enterprise suites", "Large suites cover everything but usually need a longer implementation project."),
        ("Lightweight freemium tools", "Lightweight tools are quick to adopt, though they can be limiting as you grow."),
        ("An in-house build", "Building your own is flexible but rarely cheaper once maintenance is counted."),
        ("All-in-one workspace apps", "Workspace apps combine docs, tasks and simple databases, which suits teams that want fewer tools."),
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
        "Map out your must-have features before you look at any demos, so sales pitches do not set the agenda.",
        "Check whether the pricing is per user, per contact or usage-based, because that changes the long-term cost a lot.",
        "Ask peers in similar organisations what they use and what they would change.",
        "Confirm that the tool supports the languages and currencies you work in.",
        "Plan who will own the tool internally; adoption usually stalls without a clear owner.",
        "Test the search and filtering features with realistic amounts of data.",
        "Look at the product roadmap and release notes to see how actively it is developed.",
        "Consider data residency requirements if you operate in the EU or other regulated markets.",
        "Budget time for training, even for tools that look simple.",
        "Check the API limits if you plan to connect other systems later.",
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
