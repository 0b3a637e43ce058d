namespace Aeo.Analysis.Brands;

/// <summary>
/// Everyday English words that are also product or company names. A brand term that is one of these
/// words counts only with evidence of brand use (see <see cref="BrandDetector"/>): "the notion of",
/// "an apple a day", "a major factor" and "zoom in" are not mentions. Two lists: one curated by hand from
/// software, finance, consumer and retail brands, and the ten thousand most common English words
/// (EnglishWords.txt, from SCOWL), so a brand named "Factor", "Plausible" or "On" is handled without anyone
/// having listed it. Proper nouns (weekdays, months, first names such as "Bob" or "Jasper") are kept apart:
/// English always capitalises them, so capitals prove nothing.
/// </summary>
public static class CommonWordBrandNames
{
    private static readonly Lazy<HashSet<string>> EnglishWords = new(LoadEnglishWords);

    private static readonly HashSet<string> CommonWords = new(
        """
        access acorns affinity affirm agile ally amplitude apollo apple arc atlas audible beats bench bear bill bird
        bolt box brave breezy brother bubble buddy buffer calendar calm canon capsule champion chase checkout chime
        chorus chrome circle clay clerk close clover coach coda columbia compass contacts converse copilot copper
        corsair craft crucial current cursor discover discord docker dove drift drip drop echo edge elastic excel
        explorer fathom fetch files fire fireflies fitness fly folk ford framer front ghost glide gong grain gusto
        grasshopper greenhouse guess guru harvest headspace health heap height hey hive home honey honeycomb hopper
        indeed insomnia instantly intercom kayak keynote kick kindle kit kong kraken later lattice ledger lever
        lightspeed lime line linear loom looker lucid mail make mango maps medium meet mercury messages mini
        missive mode monzo music namely neon nest nimble notes notion numbers obsidian office opera oracle otter
        outlook outreach oyster pages paddle paramount peacock peloton photos pilot pipe plum podcasts postman prime
        prisma prometheus public puma quip railway ramp realm redshift reflect regions relay reminders remote render
        reply revel ring rippling riverside roam robinhood rumble safari sage scribe seamless segment sentry shell
        shield shortcuts shortwave signal slack smart snap snowflake spark sprout square stacker starling stash
        stitch streak stripe superhuman surface swagger tableau tally tango target teams teamwork telegram things
        threads thumbtack tidal tide toast tray twitch vanguard vans vault vend visa wallet wave whale whereby whoop
        windows wise wish word workable workday writer yelp zoom answer base basis beam bloom bond bounce bridge
        brick cake carbon cascade catalyst chart cloud clockwork coin comet compose connect core crew
        crystal dash delta depot diamond dynamo ember envoy equity evergreen fable fern flare flow focus
        forge fountain fresh frontier fusion gather glass globe harbor haven hello horizon hub impact inbox insight
        iris jet journey juice keystone kin lemonade level lift lighthouse loop lumen magnet maple marble matter
        maven meridian metric mint mosaic motion nexus north nova oak orbit origin paper parcel patch path pebble
        pepper pioneer pivot pixel planet pocket polar portal prism pulse quest radar rally range reef
        ripple river rocket rover sail scout shelf shift sketch sonar spruce stack summit sun swift switch thread
        tile timber token torch trail tribe tulip unity venture vertex vista voyage wealth willow zeal zen
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> CalendarWords = new(
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> FirstNames = new(
        [
            "ada", "alexa", "bob", "claude", "dave", "harvey", "jasper", "jenkins", "marcus", "oscar", "otto", "penny",
            "rosie", "siri", "travis", "vera", "wendy",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is an everyday word that is also a product name (any case).</summary>
    public static bool IsCommonWord(string word) => CommonWords.Contains(word) || IsEnglishWord(word) || IsProperNoun(word);

    /// <summary>Whether <paramref name="word"/> is one of the common English words (any case).</summary>
    internal static bool IsEnglishWord(ReadOnlySpan<char> word) =>
        EnglishWords.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether <paramref name="word"/> is a weekday, a month or a first name (any case).</summary>
    public static bool IsProperNoun(string word) => IsCalendarWord(word) || FirstNames.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a weekday or a month (any case).</summary>
    public static bool IsCalendarWord(string word) => CalendarWords.Contains(word);

    private static HashSet<string> LoadEnglishWords()
    {
        using var stream = typeof(CommonWordBrandNames).Assembly.GetManifestResourceStream("Aeo.Analysis.Brands.EnglishWords.txt")
            ?? throw new InvalidOperationException("The English word list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
