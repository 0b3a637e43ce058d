using static Aeo.Analysis.Questions.QuestionCategories;

namespace Aeo.Analysis.Questions;

/// <summary>
/// The built-in templates, phrased the way buyers ask, in American spelling (a locale respells them).
/// Order matters: it is the tie-break after priority. "{industry}" is followed by the noun the question needs
/// ("software", "tool", "tools", "platform", "vendors"), written so that it reads right for a field ("CRM"), a field
/// with its product noun ("CRM software") and a product ("running shoes"): see <see cref="IndustryPhrase"/>. After
/// "software", a word such as "which" or "best" makes a product singular ("the best running shoe") and a verb or
/// preposition makes it plural ("choose running shoes"), so a verb that must agree comes with a countable noun.
/// </summary>
internal static class QuestionTemplates
{
    public static IReadOnlyList<QuestionTemplate> All { get; } =
    [
        new(Comparison, "{brand} vs {competitor}: which is better?"),
        new(Comparison, "What are the main differences between {brand} and {competitor}?"),
        new(Comparison, "How does {brand} compare to {competitor} for {use_case}?"),
        new(Comparison, "Is {competitor} better than {brand} for small businesses?"),
        new(Comparison, "{competitor} vs {other_competitor}: which {industry} platform is better?"),
        new(Comparison, "How do the leading {industry} platforms compare?"),
        new(Comparison, "Which {industry} tools are most often compared, and how do they differ?"),
        new(Comparison, "How does {brand} compare to {competitor} for {persona}?"),

        new(Recommendation, "Which {industry} software would you recommend for a small business?"),
        new(Recommendation, "What {industry} tool do you recommend for a growing startup?"),
        new(Recommendation, "Can you recommend a {industry} platform for enterprise teams?"),
        new(Recommendation, "Which {industry} tools do consultants recommend most often?"),
        new(Recommendation, "Which {industry} software would you recommend for {use_case}?"),
        new(Recommendation, "Should I choose {brand} or {competitor}?"),
        new(Recommendation, "Is {brand} a good choice for a small team?"),
        new(Recommendation, "Would you recommend {brand} for {use_case}?"),
        new(Recommendation, "Which {industry} software would you recommend for {persona}?"),
        new(Recommendation, "Which {industry} software do you recommend for a large organization?"),
        new(Recommendation, "Which {industry} software would you recommend {market}?"),

        new(BestOf, "What is the best {industry} software for small teams?"),
        new(BestOf, "What are the top 10 {industry} tools right now?"),
        new(BestOf, "What is the best {industry} software for enterprises?"),
        new(BestOf, "What is the best free {industry} software?"),
        new(BestOf, "Which {industry} software is easiest for beginners?"),
        new(BestOf, "What is the best {industry} software for {use_case}?"),
        new(BestOf, "Is {brand} one of the best {industry} tools?"),
        new(BestOf, "What's the best {industry} tool for {persona}?"),
        new(BestOf, "What is the best {industry} software {market}?"),

        new(Alternatives, "What are the best alternatives to {competitor}?"),
        new(Alternatives, "What are the best alternatives to {brand}?"),
        new(Alternatives, "What is a cheaper alternative to {competitor}?"),
        new(Alternatives, "Why do companies switch from {competitor} to {brand}?"),
        new(Alternatives, "What should I use instead of {competitor} for {use_case}?"),
        new(Alternatives, "What are the best open-source {industry} alternatives?"),
        new(Alternatives, "Which {industry} tools are good alternatives to the market leaders?"),

        new(Features, "What features does {brand} offer?"),
        new(Features, "Does {competitor} offer features that {brand} lacks?"),
        new(Features, "How does {brand}'s reporting compare to {competitor}'s?"),
        new(Features, "Does {brand} support {use_case}?"),
        new(Features, "Which features matter most when choosing {industry} software?"),
        new(Features, "Which {industry} software has the best integrations?"),
        new(Features, "Which {industry} tools have the best automation features?"),
        new(Features, "Which {industry} tools offer the most customization?"),
        new(Features, "Which {industry} features matter most for {persona}?"),

        new(Pricing, "How much does {brand} cost?"),
        new(Pricing, "How much does {competitor} cost?"),
        new(Pricing, "Is {brand} cheaper than {competitor}?"),
        new(Pricing, "Is {competitor} worth the price?"),
        new(Pricing, "Does {brand} have a free plan?"),
        new(Pricing, "How much do {industry} tools typically cost?"),
        new(Pricing, "Which {industry} software offers the best value for the money?"),
        new(Pricing, "How much does a {brand} license cost per user per month in {currency}?"),
        new(Pricing, "How much should {persona} expect to pay for {industry} software?"),
        new(Pricing, "How much does {brand} cost {market}?"),

        new(Reviews, "What do users say about {brand}?"),
        new(Reviews, "What are the pros and cons of {brand}?"),
        new(Reviews, "What are the pros and cons of {competitor}?"),
        new(Reviews, "Is {brand} worth it?"),
        new(Reviews, "What are the most common complaints about {competitor}?"),
        new(Reviews, "Which {industry} software has the best customer reviews?"),
        new(Reviews, "Is {brand} a reputable company?"),
        new(Reviews, "What is {competitor}'s reputation for customer support?"),
        new(Reviews, "Has {brand} had any security incidents or outages?"),
        new(Reviews, "Which {industry} vendors have the best reputation {market}?"),

        new(UseCase, "Which {industry} tool works best for {use_case}?"),
        new(UseCase, "How can {industry} software help with {use_case}?"),
        new(UseCase, "Is {brand} a good fit for {use_case}?"),
        new(UseCase, "Is {brand} suitable for {persona}?"),
        new(UseCase, "Which {industry} tools are best for remote teams?"),
        new(UseCase, "What {industry} software do marketing agencies use?"),
        new(UseCase, "Which {industry} tool suits {persona} working on {use_case}?"),

        new(HowTo, "How do I choose the right {industry} software?"),
        new(HowTo, "How do I migrate from {competitor} to {brand}?"),
        new(HowTo, "How do I get started with {brand}?"),
        new(HowTo, "How do I use {brand} for {use_case}?"),
        new(HowTo, "How do I set up {industry} software for a small team?"),
        new(HowTo, "How do I evaluate {industry} vendors?"),
        new(HowTo, "How should {persona} choose {industry} software?"),
        new(HowTo, "How do I customize {brand} for my team?"),
    ];
}
