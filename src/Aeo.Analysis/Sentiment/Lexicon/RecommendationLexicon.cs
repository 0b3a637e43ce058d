namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Our domain lexicon for how answer engines talk about software products: recommendation, usability, price,
/// reliability, support and market position. Weights are in [-1, 1]: about ±0.3 for faint praise or criticism,
/// ±0.5 for a plain evaluation, ±0.7 for a strong one and ±0.9 for an unreserved verdict. Multi-word phrases win over
/// their words (longest match), so "steep learning curve" or "not ideal" are judged as a whole. Phrases of several
/// words are also matched hyphenated ("easy-to-use"); spaced forms of hyphenated words are listed where they are safe.
/// Deliberately absent: words that are mostly not evaluative in answers ("like", "plus", "premium", "open source").
/// </summary>
internal static class RecommendationLexicon
{
    public static readonly (string Phrase, double Weight)[] Positive =
    [
        ("highly recommend", 0.9), ("highly recommended", 0.9), ("strongly recommend", 0.9), ("strongly recommended", 0.9),
        ("not hesitate to recommend", 0.9), ("can not recommend it enough", 0.9), ("recommend", 0.6), ("recommended", 0.6),
        ("recommendation", 0.4), ("best-in-class", 0.9), ("best overall", 0.9), ("best value", 0.8), ("best", 0.7),
        ("best for", 0.7), ("best choice", 0.8), ("best option", 0.8), ("top choice", 0.8), ("top pick", 0.8),
        ("top-rated", 0.7), ("top-tier", 0.7), ("top-notch", 0.8), ("first-rate", 0.8), ("first-class", 0.8),
        ("world-class", 0.8), ("gold standard", 0.9), ("industry leader", 0.8), ("industry-leading", 0.8),
        ("market leader", 0.7), ("category leader", 0.7), ("leader", 0.4), ("leading", 0.4), ("no-brainer", 0.8),
        ("go-to", 0.7), ("must-have", 0.8), ("game changer", 0.8), ("second to none", 0.9), ("hard to beat", 0.8),
        ("can not beat", 0.7), ("can not go wrong", 0.8), ("unbeatable", 0.8), ("unmatched", 0.8), ("unrivaled", 0.8),
        ("unrivalled", 0.8), ("excellent", 0.8), ("outstanding", 0.9), ("exceptional", 0.9), ("superb", 0.9),
        ("fantastic", 0.8), ("amazing", 0.8), ("stellar", 0.8), ("phenomenal", 0.9), ("brilliant", 0.8), ("great", 0.6),
        ("great for", 0.6), ("excellent for", 0.8), ("perfect", 0.7), ("perfect for", 0.7), ("ideal", 0.6),
        ("ideal for", 0.6), ("well-suited", 0.5), ("great fit", 0.6), ("good fit", 0.5), ("strong fit", 0.6),
        ("good choice", 0.6), ("great choice", 0.7), ("excellent choice", 0.8), ("solid choice", 0.6), ("smart choice", 0.6),
        ("safe bet", 0.6), ("safe choice", 0.5), ("strong contender", 0.5), ("strong option", 0.5), ("solid option", 0.5),
        ("popular choice", 0.4), ("favorite", 0.6), ("favourite", 0.6), ("fan favorite", 0.7), ("preferred", 0.5),
        ("winner", 0.7), ("standout", 0.7), ("stands out", 0.6), ("shines", 0.6), ("excels", 0.7), ("impressive", 0.6),
        ("impressed", 0.6), ("love", 0.7), ("loved", 0.7), ("loves", 0.6), ("beloved", 0.7), ("enjoy", 0.5),
        ("satisfied", 0.5), ("happy", 0.5), ("praised", 0.6), ("praise", 0.5), ("acclaimed", 0.6), ("award-winning", 0.6),
        ("good", 0.5), ("nice", 0.4), ("solid", 0.5), ("strong", 0.5), ("decent", 0.3), ("fine", 0.2), ("okay", 0.1),
        ("easy to use", 0.6), ("easy", 0.4), ("easier", 0.4), ("easiest", 0.6), ("user-friendly", 0.6),
        ("beginner-friendly", 0.5), ("intuitive", 0.6), ("straightforward", 0.5), ("simple", 0.4), ("simpler", 0.4),
        ("simplicity", 0.4), ("ease of use", 0.5), ("easy to learn", 0.6), ("easy to set up", 0.6), ("quick to set up", 0.6),
        ("easy onboarding", 0.5), ("gentle learning curve", 0.5), ("shallow learning curve", 0.5),
        ("minimal learning curve", 0.5), ("no learning curve", 0.5), ("hassle-free", 0.6), ("painless", 0.5),
        ("clean interface", 0.5), ("clean", 0.3), ("polished", 0.6), ("sleek", 0.5), ("elegant", 0.6), ("beautiful", 0.6),
        ("modern", 0.3), ("well-designed", 0.6), ("thoughtfully designed", 0.6), ("delightful", 0.7), ("enjoyable", 0.5),
        ("reliable", 0.6), ("reliability", 0.4), ("dependable", 0.6), ("rock-solid", 0.8), ("stable", 0.5), ("robust", 0.6),
        ("battle-tested", 0.6), ("proven", 0.5), ("mature", 0.4), ("trusted", 0.5), ("trustworthy", 0.5), ("secure", 0.5),
        ("enterprise-grade", 0.5), ("high uptime", 0.5), ("powerful", 0.6), ("capable", 0.4), ("feature-rich", 0.6),
        ("full-featured", 0.5), ("comprehensive", 0.5), ("well-rounded", 0.6), ("versatile", 0.5), ("versatility", 0.4),
        ("flexible", 0.5), ("flexibility", 0.4), ("customizable", 0.4), ("customisable", 0.4), ("scalable", 0.5),
        ("scales well", 0.6), ("fast", 0.5), ("faster", 0.4), ("fastest", 0.6), ("speedy", 0.5), ("snappy", 0.5),
        ("blazing fast", 0.8), ("lightning fast", 0.8), ("quick", 0.3), ("responsive", 0.4), ("efficient", 0.5),
        ("seamless", 0.6), ("seamlessly", 0.5), ("smooth", 0.5), ("integrates well", 0.5), ("integrates seamlessly", 0.7),
        ("great integrations", 0.6), ("extensive integrations", 0.5), ("rich ecosystem", 0.5), ("innovative", 0.5),
        ("cutting-edge", 0.5), ("state-of-the-art", 0.6), ("advanced", 0.3), ("sophisticated", 0.4), ("accurate", 0.5),
        ("effective", 0.5), ("useful", 0.4), ("helpful", 0.4), ("handy", 0.4), ("valuable", 0.5), ("productive", 0.4),
        ("boosts productivity", 0.6), ("saves time", 0.5), ("time-saving", 0.5), ("well-documented", 0.5),
        ("great documentation", 0.6), ("great support", 0.7), ("excellent support", 0.8), ("responsive support", 0.6),
        ("helpful support", 0.6), ("great customer support", 0.7), ("affordable", 0.5),         ("great value", 0.7), ("good value", 0.6), ("value for money", 0.5), ("bang for the buck", 0.7),
        ("bang for your buck", 0.7), ("cost-effective", 0.5), ("budget-friendly", 0.5), ("reasonably priced", 0.5),
        ("fairly priced", 0.5), ("competitively priced", 0.5), ("competitive pricing", 0.5), ("transparent pricing", 0.5),
        ("inexpensive", 0.4), ("cheap", 0.3), ("low-cost", 0.4),
        ("generous free tier", 0.7), ("generous free plan", 0.7), ("generous", 0.5),         ("worth it", 0.6), ("worth the price", 0.7), ("worth the money", 0.7), ("worth every penny", 0.9),
        ("pays for itself", 0.8), ("worth considering", 0.4), ("worth a look", 0.4), ("better", 0.5), ("superior", 0.6),
        ("stronger", 0.4), ("smarter", 0.4), ("popular", 0.3), ("widely used", 0.3), ("widely adopted", 0.3),
        ("well-regarded", 0.5), ("highly rated", 0.7), ("strength", 0.3), ("strengths", 0.3), ("advantage", 0.4),
        ("upside", 0.3), ("benefit", 0.3), ("suitable", 0.3), ("accessible", 0.3), ("thrives", 0.5),
        ("best in class", 0.9), ("top rated", 0.7), ("top notch", 0.8), ("world class", 0.8), ("industry leading", 0.8),
        ("no brainer", 0.8), ("user friendly", 0.6), ("beginner friendly", 0.5), ("well suited", 0.5),
        ("well designed", 0.6), ("rock solid", 0.8), ("battle tested", 0.6), ("enterprise grade", 0.5),
        ("feature rich", 0.6), ("full featured", 0.5), ("well rounded", 0.6), ("cutting edge", 0.5),
        ("state of the art", 0.6), ("well documented", 0.5), ("cost effective", 0.5), ("budget friendly", 0.5),
        ("low cost", 0.4), ("hassle free", 0.6), ("time saving", 0.5), ("well regarded", 0.5), ("award winning", 0.6),
        ("industry standard", 0.7), ("pairs well", 0.5), ("works well", 0.5), ("just works", 0.6), ("effortless", 0.7),
        ("broadest", 0.5), ("widest", 0.5), ("power", 0.3), ("appreciate", 0.5), ("appreciated", 0.5),
        ("nothing beats", 0.8), ("nothing comes close", 0.8), ("can not be beat", 0.8), ("can not be beaten", 0.8),
        ("deeper", 0.3), ("complete", 0.4), ("convenient", 0.5), ("right fit", 0.5), ("full control", 0.5),
        ("improved", 0.4), ("more features", 0.4),
        ("close second", 0.5), ("runner-up", 0.5), ("close alternative", 0.5), ("sweet spot", 0.6), ("default choice", 0.6),
        ("safe default", 0.6), ("benchmark to beat", 0.6), ("well reviewed", 0.5), ("well-reviewed", 0.5), ("worth checking", 0.4),
        ("pick", 0.4), ("choose", 0.3), ("opt for", 0.4), ("stick with", 0.4), ("practical", 0.3), ("realistic choice", 0.4),
        ("sensible choice", 0.5), ("easiest win", 0.6), ("quickest win", 0.5), ("pairs nicely", 0.5), ("pros", 0.3),
        ("right pick", 0.5), ("good enough", 0.4), ("forgiving", 0.4), ("first choice", 0.6),
        ("obvious choice", 0.6), ("clear choice", 0.7), ("clear winner", 0.8), ("top recommendation", 0.8), ("best suited", 0.6), ("first pick", 0.7), ("strong pick", 0.6), ("my recommendation", 0.6), ("hard to fault", 0.7), ("a joy", 0.6), ("handles it well", 0.5), ("well-liked", 0.5), ("well liked", 0.5), ("highly regarded", 0.6), ("well respected", 0.5), ("well-respected", 0.5), ("reliable choice", 0.6), ("dependable choice", 0.6), ("good bet", 0.5), ("solid bet", 0.5), ("worth the cost", 0.6), ("money well spent", 0.7),
        ("pleasant", 0.5), ("happiest", 0.6), ("safest", 0.5), ("safer", 0.3), ("natural choice", 0.6),
        ("better fit", 0.5), ("closer fit", 0.4), ("better choice", 0.6), ("better option", 0.6), ("better value", 0.6),
        ("pragmatic choice", 0.5), ("reasonable choice", 0.4), ("great deal", 0.6), ("wins on", 0.5), ("wins", 0.4),
        ("far ahead", 0.6), ("worth a serious look", 0.6), ("worth the premium", 0.6), ("worth trying", 0.5),
        ("start with", 0.4), ("go with", 0.4), ("simplest", 0.4), ("transparent", 0.4), ("kept pace", 0.4),
        ("all-rounder", 0.5), ("way to go", 0.6), ("best bet", 0.7), ("strong choice", 0.6), ("good option", 0.5),
        ("great option", 0.6), ("excellent option", 0.8), ("good pick", 0.5), ("great pick", 0.6), ("solid pick", 0.6),
        ("worth checking out", 0.5), ("worth exploring", 0.4), ("worth a try", 0.5), ("best fit", 0.7), ("natural fit", 0.6),
        ("perfect fit", 0.8), ("ideal choice", 0.7), ("strong suit", 0.5), ("place to start", 0.4), ("favored", 0.5),
        ("favoured", 0.5), ("makes sense", 0.3), ("tight integration", 0.4), ("deep integration", 0.4), ("dominant", 0.4), ("enough for", 0.4), ("broad", 0.4), ("excellent value", 0.8), ("shine", 0.5), ("strongest", 0.6),
    ];

    public static readonly (string Phrase, double Weight)[] Negative =
    [
        ("avoid", -0.7), ("stay away", -0.9), ("steer clear", -0.9), ("not recommend", -0.7), ("not recommended", -0.7),
        ("terrible", -0.9), ("awful", -0.9), ("horrible", -0.9), ("worst", -0.9), ("nightmare", -0.8), ("unusable", -0.9),
        ("disaster", -0.8), ("deal-breaker", -0.8), ("dealbreaker", -0.8), ("scam", -1.0), ("rip-off", -0.9),
        ("waste of money", -0.9), ("waste of time", -0.9), ("regret", -0.6), ("broken", -0.7), ("bad", -0.6),
        ("poor", -0.6), ("poorly", -0.5), ("poorly documented", -0.6), ("poor support", -0.7), ("disappointing", -0.7),
        ("disappointed", -0.6), ("underwhelming", -0.6), ("mediocre", -0.5), ("subpar", -0.6), ("sub-par", -0.6),
        ("lackluster", -0.6), ("lacklustre", -0.6), ("middling", -0.4), ("meh", -0.4), ("weak", -0.5), ("weaker", -0.4),
        ("worse", -0.5), ("inferior", -0.6), ("frustrating", -0.7), ("frustrated", -0.6), ("frustration", -0.5),
        ("annoying", -0.6), ("painful", -0.6), ("headache", -0.6), ("headaches", -0.6), ("pain point", -0.5),
        ("pain points", -0.4), ("unfortunately", -0.4), ("unreliable", -0.7), ("unstable", -0.7), ("buggy", -0.7),
        ("glitchy", -0.6), ("janky", -0.6), ("flaky", -0.6), ("finicky", -0.5), ("crashes", -0.7), ("crashing", -0.7),
        ("crash", -0.5), ("bugs", -0.5), ("bug", -0.3), ("errors", -0.3), ("downtime", -0.6), ("outage", -0.6),
        ("outages", -0.7), ("data loss", -0.8), ("security issues", -0.7), ("security concerns", -0.6),
        ("privacy concerns", -0.5), ("vulnerabilities", -0.5), ("breach", -0.6), ("slow", -0.5), ("slower", -0.4),
        ("sluggish", -0.6), ("laggy", -0.6), ("lag", -0.4), ("clunky", -0.6), ("clunkier", -0.5), ("cumbersome", -0.6),
        ("clumsy", -0.5), ("awkward", -0.5), ("confusing", -0.6), ("convoluted", -0.6), ("complicated", -0.5),
        ("complex", -0.2), ("overwhelming", -0.5), ("cluttered", -0.5), ("messy", -0.5), ("chaotic", -0.5),
        ("unintuitive", -0.6), ("counterintuitive", -0.5), ("dated", -0.5), ("outdated", -0.6), ("old-fashioned", -0.4),
        ("antiquated", -0.6), ("obsolete", -0.7), ("behind the curve", -0.5), ("losing ground", -0.5), ("declining", -0.4),
        ("steep learning curve", -0.6), ("learning curve", -0.3), ("hard to learn", -0.5), ("difficult to learn", -0.5),
        ("hard to use", -0.6), ("difficult to use", -0.6), ("hard to navigate", -0.5), ("difficult to navigate", -0.5),
        ("hard to set up", -0.5), ("difficult", -0.4), ("harder", -0.3), ("tedious", -0.5), ("time-consuming", -0.4),
        ("expensive", -0.5), ("pricey", -0.5), ("costly", -0.5),         ("overpriced", -0.8), ("steep", -0.4), ("high price", -0.4), ("high prices", -0.4), ("high cost", -0.4),
        ("price hikes", -0.6), ("price increases", -0.4), ("hidden fees", -0.7), ("hidden costs", -0.7),
        ("add-on costs", -0.4), ("nickel-and-dime", -0.6), ("cost-prohibitive", -0.7), ("prohibitively expensive", -0.8),
        ("prohibitive", -0.6), ("out of reach", -0.5), ("not cheap", -0.4),         ("hard to justify", -0.5), ("difficult to justify", -0.5), ("not worth", -0.6),
        ("not worth it", -0.7), ("paywall", -0.4), ("paywalled", -0.4), ("locked behind", -0.4), ("limited", -0.5),
        ("limitation", -0.4), ("limitations", -0.4), ("limiting", -0.5), ("restrictive", -0.5), ("rigid", -0.5),
        ("inflexible", -0.6), ("lacks", -0.5), ("lacking", -0.5), ("lack of", -0.5), ("missing", -0.4),
        ("bare-bones", -0.4), ("barebones", -0.4), ("basic", -0.2), ("few integrations", -0.4), ("bloated", -0.6),
        ("resource-hungry", -0.5), ("vendor lock-in", -0.5), ("lock-in", -0.4), ("not scale", -0.6), ("scales poorly", -0.6),
        ("hard to scale", -0.5), ("not ideal", -0.5), ("less than ideal", -0.5), ("far from ideal", -0.6),
        ("overkill", -0.7), ("falls short", -0.6), ("fall short", -0.6), ("fell short", -0.6), ("slow support", -0.6),
        ("unresponsive", -0.6), ("unhelpful", -0.6), ("sparse documentation", -0.5), ("inconsistent", -0.5),
        ("inaccurate", -0.6), ("spotty", -0.5), ("patchy", -0.4), ("hit-or-miss", -0.4), ("problems", -0.4),
        ("problematic", -0.5), ("issues", -0.3), ("concerns", -0.3), ("complaints", -0.5), ("complain", -0.5),
        ("criticized", -0.6), ("criticised", -0.6), ("drawback", -0.5), ("drawbacks", -0.4), ("downside", -0.5),
        ("downsides", -0.4), ("weakness", -0.5), ("weaknesses", -0.4), ("shortcomings", -0.5), ("caveat", -0.3),
        ("struggle", -0.4), ("struggles", -0.5), ("fails", -0.6), ("failed", -0.5), ("failure", -0.5), ("risky", -0.5),
        ("discontinued", -0.6), ("deprecated", -0.4), ("abandoned", -0.6), ("leaves a lot to be desired", -0.7),
        ("leaves much to be desired", -0.7), ("could be better", -0.4), ("could be improved", -0.4),
        ("needs improvement", -0.5), ("room for improvement", -0.3), ("excessive", -0.5),
        ("deal breaker", -0.8), ("rip off", -0.9), ("sub par", -0.6), ("time consuming", -0.4), ("old fashioned", -0.4),
        ("bare bones", -0.4), ("hit or miss", -0.4), ("resource hungry", -0.5), ("cost prohibitive", -0.7),
        ("run out", -0.4), ("runs out", -0.4),
        ("breaches", -0.7), ("no longer recommend", -0.8), ("fees", -0.3), ("transaction fees", -0.4),
        ("lost ground", -0.5), ("raised prices", -0.5), ("confused", -0.5), ("confuses", -0.5),
        ("hard to maintain", -0.5), ("let us down", -0.6), ("let you down", -0.6), ("complexity", -0.3),
        ("adds up", -0.4),
        ("unhappy", -0.6), ("cautions", -0.4), ("the catch", -0.4), ("trade-offs", -0.3), ("tradeoffs", -0.3),
        ("upsells", -0.4), ("hard to predict", -0.5), ("unpredictable", -0.5), ("hard to exit", -0.4), ("add up", -0.4),
        ("overspend", -0.4), ("heavy", -0.3), ("not my first choice", -0.6), ("second best", -0.4), ("more than you need", -0.5),
        ("more than they need", -0.5), ("more than you'd need", -0.5), ("wrong tool", -0.7), ("wrong choice", -0.7),
        ("more trouble than it's worth", -0.7), ("outgrow", -0.5), ("outgrow it", -0.5), ("hard to recommend", -0.6),
        ("not built for", -0.5), ("not designed for", -0.5), ("not start here", -0.6), ("not start there", -0.6),
        ("hit and miss", -0.4), ("prices jump", -0.5), ("pricing jumps", -0.5), ("costs climb", -0.5), ("climb quickly", -0.5),
        ("climbs quickly", -0.5), ("shut down", -0.6), ("shutdown", -0.6), ("scares off", -0.5), ("scare off", -0.5),
        ("slippery", -0.4), ("skip", -0.6), ("not choose", -0.7), ("not pick", -0.7), ("not go with", -0.6), ("lack", -0.5),
        ("wound down", -0.5), ("winding down", -0.5), ("not for everyone", -0.3),
        ("look elsewhere", -0.6), ("pass on", -0.5), ("hard pass", -0.8), ("ill-suited", -0.6), ("ill suited", -0.6), ("a pain", -0.5), ("not support", -0.4), ("no support for", -0.4), ("red flag", -0.6), ("red flags", -0.6), ("concerning", -0.5), ("questionable", -0.5), ("aging", -0.4), ("ageing", -0.4), ("stagnant", -0.5), ("slowed", -0.3), ("fallen behind", -0.5), ("lagging", -0.5), ("behind the times", -0.5), ("overcomplicated", -0.6), ("over-engineered", -0.5), ("frustrations", -0.5), ("disappoints", -0.6), ("underpowered", -0.5), ("bare minimum", -0.4), ("not worth the", -0.6), ("poor value", -0.7), ("bad value", -0.7), ("not great", -0.4), ("not good", -0.5), ("no longer recommended", -0.8), ("too complex", -0.5), ("too expensive", -0.6), ("too pricey", -0.6), ("too limited", -0.6), ("steep price", -0.5), ("only if", -0.3), ("only once", -0.3),
        ("only when", -0.3), ("complained", -0.5), ("surprise you", -0.4), ("cons", -0.3), ("steeper learning curve", -0.6), ("steeper", -0.4),
    ];

    /// <summary>
    /// Price comparisons, which the definition counts as neutral evidence ("more expensive than X"): listed, with no
    /// weight, so that their words ("expensive") do not count on their own.
    /// </summary>
    public static readonly string[] PriceComparisons =
    [
        "more expensive than", "less expensive than", "more costly than", "less costly than", "more affordable than",
    ];

    public static readonly (string Phrase, double Factor)[] Intensifiers =
    [
        ("very", 1.3), ("extremely", 1.5), ("highly", 1.4), ("really", 1.25), ("incredibly", 1.5), ("super", 1.3),
        ("so", 1.2), ("too", 1.3), ("overly", 1.3), ("quite", 1.1), ("pretty", 1.1), ("particularly", 1.2),
        ("especially", 1.2), ("exceptionally", 1.5), ("truly", 1.3), ("remarkably", 1.4), ("genuinely", 1.2),
        ("most", 1.3), ("more", 1.1), ("much", 1.2), ("far", 1.2), ("way", 1.2), ("even", 1.1), ("absolutely", 1.4),
        ("totally", 1.3), ("completely", 1.3), ("insanely", 1.5), ("seriously", 1.3), ("notably", 1.2),
        ("significantly", 1.3), ("noticeably", 1.2), ("considerably", 1.2), ("substantially", 1.2), ("vastly", 1.3), ("consistently", 1.2),
        ("by far", 1.4), ("a lot", 1.2), ("not only", 1.0), ("not just", 1.0), ("but also", 1.0),
        ("somewhat", 0.6), ("slightly", 0.5), ("a bit", 0.6), ("a little", 0.6), ("a tad", 0.6), ("fairly", 0.8),
        ("rather", 0.8), ("relatively", 0.8), ("reasonably", 0.8), ("kind of", 0.6), ("sort of", 0.6), ("kinda", 0.6),
        ("mildly", 0.5), ("marginally", 0.5), ("moderately", 0.7), ("partly", 0.6), ("partially", 0.6),
        ("occasionally", 0.6), ("sometimes", 0.7), ("at times", 0.7), ("notoriously", 1.3),
    ];

    public static readonly (string Phrase, double Factor)[] Negators =
    [
        ("not", -0.7), ("never", -0.7), ("no", -0.7), ("nothing", -0.7), ("neither", -0.7), ("nor", -0.7),
        ("zero", -0.7), ("hardly", -0.6), ("barely", -0.6), ("rarely", -0.6), ("seldom", -0.6), ("few", -0.6), ("fewer", -0.6),
        ("minimal", -0.6), ("less", -0.8), ("without", -0.8), ("free of", -0.8), ("removed", -0.7), ("dropped", -0.7),
        ("eliminated", -0.7),
    ];

    public static readonly (string Phrase, double Factor)[] Hedges =
    [
        ("might", 0.7), ("may", 0.7), ("could", 0.7), ("perhaps", 0.7), ("possibly", 0.7), ("potentially", 0.7),
        ("arguably", 0.8), ("reportedly", 0.7), ("some users", 0.7), ("some reviewers", 0.7), ("some say", 0.7),
        ("can be", 0.8), ("tends to", 0.8), ("tend to", 0.8), ("seems", 0.8), ("seem", 0.8), ("appears", 0.8),
        ("in theory", 0.7), ("depending on", 0.8), ("used to be", 0.5), ("was once", 0.5),
    ];

    public static readonly string[] Adversatives =
    [
        "but", "however", "yet", "nevertheless", "nonetheless", "that said", "having said that", "on the other hand",
        "on the downside", "on the flip side", "except that",
    ];

    /// <summary>Concessive markers and the weight of the clause they open.</summary>
    public static readonly (string Phrase, double ClauseWeight)[] Concessives =
    [
        ("although", 0.5), ("though", 0.5), ("even though", 0.5), ("even if", 0.6), ("despite", 0.5),
        ("in spite of", 0.5), ("while", 0.8), ("whereas", 1.0),
    ];

    /// <summary>"Asana is cheaper than Monday": what the clause says about its subject, the object gets with the opposite sign.</summary>
    public static readonly string[] ComparisonMarkers =
    [
        "than", "compared to", "compared with", "relative to", "next to", "unlike", "alternative to", "alternatives to",
        "replacement for", "replacements for",
    ];

    /// <summary>Words that present a list as a ranking or recommendation ("The best CRMs:", "Top alternatives to X:").</summary>
    public static readonly IReadOnlySet<string> RankingCues = new HashSet<string>(StringComparer.Ordinal)
    {
        "best", "top", "strongest", "leading", "alternatives", "recommended", "recommend", "recommendations", "picks",
        "favourites", "favorites", "switches", "contenders",
    };

    /// <summary>"Pick Asana over Monday": a preference for the subject (the weight) when a brand follows at once.</summary>
    public static readonly (string Phrase, double Weight)[] PreferenceMarkers =
    [
        ("over", 0.4), ("instead of", 0.3), ("rather than", 0.3),
    ];

    /// <summary>"Asana outperforms Monday": polarity for the subject; the object, if a brand, gets the opposite.</summary>
    public static readonly (string Phrase, double Weight)[] ComparisonVerbs =
    [
        ("outperforms", 0.6), ("outperform", 0.6), ("outperformed", 0.6), ("beats", 0.6), ("beats out", 0.6),
        ("outshines", 0.6), ("surpasses", 0.6), ("edges out", 0.5), ("trumps", 0.6), ("ahead of", 0.5),
        ("falls behind", -0.6), ("fall behind", -0.6), ("lags behind", -0.6), ("lags", -0.6), ("trails", -0.5),
        ("loses to", -0.6), ("loses out to", -0.6), ("pales in comparison to", -0.7), ("pales next to", -0.7),
        ("can not compete with", -0.6), ("no match for", -0.6), ("outclassed by", -0.6), ("lost ground to", -0.5),
        ("losing ground to", -0.5), ("falls short of", -0.6), ("fall short of", -0.6),
    ];
}
