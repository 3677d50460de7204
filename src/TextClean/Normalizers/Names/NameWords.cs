using System.Collections.Frozen;

namespace TextClean.Normalizers.Names;

/// <summary>
/// Hand-written word lists the name rules need besides the gazetteer. All lookups ignore case.
/// They are general English and mail vocabulary, not a copy of any evaluation sentence.
/// </summary>
internal static class NameWords
{
    // Titles that precede a name; the recognizer keeps them outside the name.
    private static readonly FrozenSet<string> Honorifics = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord", "Rev", "Fr",
        "Sen", "Senator", "Rep", "Gov", "Governor", "President", "Pres", "Capt", "Captain", "Col", "Gen", "Lt", "Sgt",
        "Mme", "Mlle", "Herr", "Frau");

    // Words that never belong to a name: pronouns, articles, prepositions, auxiliaries, greetings, forms of address.
    // Capitalized, they follow an ambiguous first name at a sentence start ("May I", "Had I", "See Is") or in Title Case.
    private static readonly FrozenSet<string> Function = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "I", "A", "An", "The", "And", "Or", "But", "Nor", "Of", "To", "In", "On", "At", "By", "For", "With", "From", "Into",
        "Onto", "Upon", "About", "As", "If", "Than", "Then", "So", "Not", "No", "Yes", "Is", "Are", "Was", "Were", "Be",
        "Been", "Am", "Do", "Does", "Did", "Has", "Have", "Had", "Can", "Could", "Shall", "Should", "Would", "Must",
        "Might", "You", "Your", "Yours", "We", "Our", "Us", "They", "Them", "Their", "He", "Him", "His",
        "She", "Her", "It", "Its", "My", "Me", "Mine", "This", "That", "These", "Those", "What", "Who", "Whom", "Whose",
        "Which", "How", "Why", "When", "Where", "All", "Any", "Some", "Every", "Each", "Here", "There", "Now", "Just",
        "Only", "Also", "Very", "More", "Most", "Get", "Got", "See", "Say", "Let", "Please", "Thanks", "Thank", "Hi",
        "Hello", "Hey", "Dear", "Friend", "Friends", "Sir", "Madam", "Everyone", "Everybody", "Folks", "Guys", "Team",
        "OK", "Okay", "Re", "Fw", "Fwd", "Cc", "Bcc", "PS", "Even", "Else", "Way", "New", "Free", "Best");

    // Months, weekdays and their abbreviations: several are first names too (May, June, August, Tuesday, Jan).
    private static readonly FrozenSet<string> Calendar = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Christmas", "Easter");

    // Capitalized words that are in the gazetteer but are far more often something else in mail text:
    // places, brands and software.
    private static readonly FrozenSet<string> NotFirstNames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "York", "Paris", "London", "Berlin", "Carolina", "Dakota", "Indiana", "Israel", "China", "India", "Kenya",
        "Washington", "Phoenix", "Orlando", "Denver", "Jersey", "Santa", "San", "Los", "Las", "New", "Fort", "Port", "Mount",
        "Perl", "Mac", "Red", "Link", "Web", "Linux", "Apple", "Java", "Ruby", "Python", "Opera", "Star", "Bear",
        "Mercedes", "Porsche", "Tesla", "Ford", "Dell", "Ada", "God", "Lord", "Jesus", "Christ");

    // Capitalized words that end a name instead of extending it: organizations, places, media, mail headers.
    private static readonly FrozenSet<string> NotSurnames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Inc", "Ltd", "LLC", "Corp", "Corporation", "Company", "Co", "Group", "Services", "Service", "Systems",
        "Solutions", "Technologies", "Software", "Institute", "University", "College", "School", "Academy",
        "Foundation", "Association", "Society", "Club", "Agency", "Department", "Ministry", "Council", "Committee",
        "Bank", "Hospital", "Hotel", "Airlines", "Airways", "Times", "News", "Post", "Journal", "Daily", "Weekly",
        "Magazine", "Review", "Tribune", "Herald", "Press", "Radio", "TV", "Network", "Park", "Street", "St", "Road",
        "Rd", "Avenue", "Ave", "Square", "Center", "Centre", "City", "County", "State", "States", "Island", "Beach",
        "Valley", "Hat", "Site", "Page", "Home", "Online", "Internet", "Mail", "Mailer", "Email", "E-mail",
        "Headline", "Headlines", "Sales", "Marketing", "Support", "Manager", "Director", "Sent", "Subject", "Date",
        "Message", "Original", "Forwarded", "Wrote", "Reply", "Report", "Update", "Newsletter", "Edition", "Show",
        "Jr", "Sr", "II", "III", "PhD", "MD", "Esq", "Clinic", "Research", "Lab", "Labs", "Laboratories", "Book", "Books",
        "Law", "Doctrine", "List", "Networks", "Prize", "Award", "Act", "Sea", "Ocean", "River", "Mountain", "Trial");

    // Verbs of an attribution line: the capitalized words right before them are the writer's name.
    private static readonly FrozenSet<string> Reporting = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "wrote", "writes", "said", "says", "sez", "stated", "states", "joked", "replied", "replies", "asked", "asks",
        "added", "adds", "commented", "comments", "noted", "notes", "explained", "explains", "reported", "reports",
        "posted", "answered");

    // Auxiliaries that are also first names: sentence-initial and followed by another first name they are verbs
    // ("Will Alan Cox go to jail?", "May Ann come?").
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "Will", "May", "Can", "Did", "Had", "Hope", "Let", "Say", "See");

    // Ambiguous names (ambiguous.tsv) whose word sense is rare or lower-case only: capitalized, they are names.
    private static readonly FrozenSet<string> MostlyNames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "John", "Peter", "Tom", "Mike", "Bob", "Bobby", "Billy", "Tony", "Martin", "Harry", "Victor", "Roger", "Dick",
        "Jimmy", "Matt", "Nick", "Rick", "Rob", "Ken", "Sally", "Sue", "Terry", "Chuck", "Brad", "Josh", "Hank",
        "Hector", "Maria", "Marina", "Colleen", "Bonnie", "Phoebe", "Eddy", "Don", "Drew", "Earl", "Noel", "Robin",
        "Wade", "Warren", "Homer", "Mickey", "Barney", "Basil", "Beau", "Sonny", "Jay", "Dean", "Ray",
        "Carol", "Jasper", "Heather", "Hazel", "Ivy", "Iris", "Daisy", "Kitty", "Dolly");

    // Words before a capitalized word that make it a common noun or title, not a person: "the Bill", "your Will".
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "his", "her", "their", "its", "every",
        "each", "no", "any", "some", "of", "in", "on", "at");

    // Words that open a greeting or a sign-off before a name: "Hi Will,", "Thanks Grace".
    private static readonly FrozenSet<string> Greetings = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Hi", "Hello", "Hey", "Dear", "Thanks", "Thank", "Cheers", "Regards", "Love", "Sincerely", "Yours", "Bye");

    private static readonly WordList DeterminerLookup = new(Determiners);
    private static readonly WordList GreetingLookup = new(Greetings);
    private static readonly WordList HonorificLookup = new(Honorifics);
    private static readonly WordList FunctionLookup = new(Function);
    private static readonly WordList CalendarLookup = new(Calendar);
    private static readonly WordList NotFirstNameLookup = new(NotFirstNames);
    private static readonly WordList NotSurnameLookup = new(NotSurnames);
    private static readonly WordList ReportingLookup = new(Reporting);
    private static readonly WordList AuxiliaryLookup = new(Auxiliaries);
    private static readonly WordList MostlyNameLookup = new(MostlyNames);

    /// <summary>the, a, your, of ...: a word that makes the next capitalized word a thing, not a person.</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => DeterminerLookup.Contains(word);

    /// <summary>Hi, Dear, Thanks ...: a word that opens a greeting or sign-off.</summary>
    public static bool IsGreeting(ReadOnlySpan<char> word) => GreetingLookup.Contains(word);

    /// <summary>Mr, Dr, Prof ... (without the dot).</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => HonorificLookup.Contains(word);

    /// <summary>A pronoun, article, preposition, auxiliary, greeting or form of address: never part of a name.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionLookup.Contains(word);

    /// <summary>A gazetteer entry that, capitalized, is usually a month, day, place or brand.</summary>
    public static bool IsNotFirstName(ReadOnlySpan<char> word) => CalendarLookup.Contains(word) || NotFirstNameLookup.Contains(word);

    /// <summary>A month or weekday name or abbreviation.</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> word) => CalendarLookup.Contains(word);

    /// <summary>An organization, place, media or mail-header word that does not continue a name.</summary>
    public static bool IsNotSurname(ReadOnlySpan<char> word) => NotSurnameLookup.Contains(word);

    /// <summary>False when no reporting verb starts with <paramref name="first"/>; a filter before <see cref="IsReportingVerb"/>.</summary>
    public static bool MayBeReportingVerb(char first) => ReportingLookup.MayStartWith(first);

    /// <summary>wrote, writes, said ...: the verb of an attribution line.</summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> word) => ReportingLookup.Contains(word);

    /// <summary>wrote, writes, sez: verbs of a mail attribution line, where any single word before them is a name.</summary>
    public static bool IsMailAttributionVerb(ReadOnlySpan<char> word) =>
        word.Equals("wrote", StringComparison.OrdinalIgnoreCase) || word.Equals("writes", StringComparison.OrdinalIgnoreCase)
        || word.Equals("sez", StringComparison.OrdinalIgnoreCase);

    /// <summary>Will, May, Can ...: an ambiguous first name that is an auxiliary verb at a sentence start.</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word) => AuxiliaryLookup.Contains(word);

    /// <summary>An ambiguous first name that is still a name whenever it is capitalized (John, Peter, Tony ...).</summary>
    public static bool IsMostlyName(ReadOnlySpan<char> word) => MostlyNameLookup.Contains(word);
}
