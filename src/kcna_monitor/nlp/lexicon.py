"""Closed word classes of English news copy that the person and envoy rules rely on.

These are facts about the language of KCNA and wire copy (titles, eponym heads,
verbs of travel and meeting), not about any particular article or person.
"""

from __future__ import annotations

# Titles and honorifics written before a name ("Marshal Kim Jong Un", "respected
# Comrade", "Foreign Minister Sergei Lavrov"); compared in lower case.
TITLE_WORDS: frozenset[str] = frozenset({
    "marshal", "vice-marshal", "vice", "comrade", "respected", "dear", "beloved", "great",
    "supreme", "leader", "president", "president-elect", "vice-president", "chairman",
    "chairwoman", "vice-chairman", "premier", "vice-premier", "prime", "minister", "vice-minister",
    "foreign", "secretary", "general", "generalissimo", "first", "deputy", "state", "councillor",
    "councilor", "ambassador", "envoy", "special", "representative", "mr", "mr.", "mrs", "mrs.",
    "ms", "ms.", "dr", "dr.", "madam", "madame", "mme", "sir", "lord", "lady", "king", "queen",
    "prince", "princess", "emperor", "pope", "sheikh", "senator", "sen.", "rep.", "governor",
    "gov.", "mayor", "chancellor", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
    "commander", "colonel", "col.", "gen.", "lt.", "captain", "admiral", "major", "defence",
    "defense", "unification", "intelligence", "security", "national", "kremlin", "party",
    "committee", "central", "political", "bureau", "presidium",
    # The last words of a capitalised remit before the name ("Special Representative for
    # North Korea Policy Joseph Yun"); no name starts with them.
    "policy", "affairs", "issues",
    # Honorifics of other countries' leaders ("Samdech Hun Manet", "Ayatollah Ali
    # Khamenei", "Comandante en Jefe Fidel Castro Ruz").
    "ayatollah", "samdech", "comandante", "en", "jefe", "emir", "sultan", "imam", "crown",
    "cardinal", "archbishop", "excellency", "honourable", "honorable", "father", "majesty",
    "highness", "late",
    "mwalimu", "datuk", "dato", "tun", "haji", "hajji", "shri", "mullah", "rabbi", "reverend",
    "rev.", "bishop", "patriarch", "venerable", "moha", "borvor", "thipadei", "techo",
})

# Titles that stand right before their holder's name ("Comrade", "counterpart" is a
# role noun): the institution words of TITLE_WORDS ("Party", "Committee") are left
# out, since "the Committee Plenary Meeting" is no person.
TITLE_HEADS: frozenset[str] = frozenset({
    "marshal", "vice-marshal", "comrade", "leader", "president", "president-elect",
    "vice-president", "chairman", "chairwoman", "vice-chairman", "premier", "vice-premier",
    "minister", "vice-minister", "secretary", "generalissimo", "councillor", "councilor",
    "ambassador", "envoy", "representative", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
    "dr.", "madam", "madame", "mme", "sir", "lord", "lady", "king", "queen", "prince",
    "princess", "emperor", "pope", "sheikh", "senator", "sen.", "rep.", "governor", "gov.",
    "mayor", "chancellor", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
    "commander", "colonel", "col.", "gen.", "lt.", "captain", "admiral", "ayatollah",
    "samdech", "emir", "sultan", "imam", "cardinal", "archbishop", "excellency", "venerable",
    "comandante", "majesty", "highness",
    "reverend", "father", "bishop", "rabbi", "mwalimu",
})

# Capitalised words of institutions, events and documents, never parts of a name
# ("the Ninth Congress", "Plenary Meeting", "People's Republic").
INSTITUTION_WORDS: frozenset[str] = frozenset({
    "meeting", "session", "congress", "conference", "plenary", "summit", "forum", "republic",
    "democratic", "people", "peoples", "workers", "army", "navy", "assembly", "government",
    "cabinet", "day", "anniversary", "declaration", "agreement", "treaty", "games", "agency",
    "news", "radio", "television", "daily", "times", "post", "union", "organization",
    "organisation", "nations", "federation", "kingdom", "embassy", "office", "council",
    "parliament", "senate", "house", "court", "revolution", "war", "front", "association",
    "society", "delegation", "group", "force", "forces", "air", "united", "states",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "north", "south", "east", "west", "northeast", "asia", "pacific",
    "friendship", "assistance", "mutual", "peace", "fatherland", "liberation", "victory",
    "reconciliation", "fisheries", "railways",
    "trade", "development", "industry", "economic", "culture", "sports", "health", "education",
})

# Nouns before a vessel's name ("the cargo ship Song Hong"), which may look Korean.
VESSEL_NOUNS: frozenset[str] = frozenset({
    "ship", "vessel", "boat", "tanker", "freighter", "ferry", "liner", "trawler", "carrier",
})

# Verbs whose object is a person met on a visit ("met Joko Widodo", "called on ...").
MEETING_VERBS: frozenset[str] = frozenset({
    "meet", "receive", "greet", "congratulate", "thank", "welcome", "accompany",
})

# Nouns that make "Kim Il Sung ___" a place, institution or award, not a person.
EPONYM_HEADS: frozenset[str] = frozenset({
    "square", "university", "stadium", "prize", "street", "avenue", "road", "boulevard", "highway",
    "bridge", "hall", "foundation", "museum", "mausoleum", "palace", "institute", "college",
    "school", "academy", "hospital", "library", "station", "order", "medal", "award", "trophy",
    "cup", "tournament", "festival", "statue", "statues", "memorial", "monument", "tower", "plaza",
    "airport", "theatre", "theater", "gymnasium", "arena", "hotel", "building", "complex", "works",
    "factory", "mine", "farm", "company", "corporation", "center", "centre", "fund", "scholarship",
    "military", "naval", "youth", "league", "socialist", "birthplace", "park", "network", "mill",
    "plant", "textile", "shipyard", "kindergarten", "orphanage", "house", "river", "bay",
    "mountain", "mount", "island", "lake", "sea", "strait", "peninsula", "province", "county",
    "city", "district", "port", "dam", "reservoir", "line", "era", "thought", "doctrine", "guard",
    "guards", "hill", "hills", "studio", "gallery", "cemetery", "pavilion", "garden", "gardens",
    "valley", "council", "commission", "committee", "ministry", "department", "agency",
    "troupe", "ensemble", "orchestra", "choir", "band", "war",
})

# Lower-case nouns after which a name the NER files as a person is a project or
# structure named after someone or something ("the Funan Techo canal project").
STRUCTURE_NOUNS: frozenset[str] = frozenset({
    "canal", "project", "dam", "bridge", "railway", "railroad", "highway", "expressway",
    "tunnel", "pipeline", "port", "airport", "stadium", "complex", "plant", "mine", "reservoir",
    "square", "street", "avenue", "university", "hospital", "museum", "dynasty", "doctrine",
})

# Words that end a portfolio in a capitalised title ("on Korean Peninsula Affairs",
# "for Human Rights Issues"), never a name.
PORTFOLIO_ENDS: frozenset[str] = frozenset({
    "affairs", "issues", "relations", "questions", "cooperation", "talks", "security",
})

# Nouns after "X Y's" that only a person owns or sends ("Sonexay Siphandone's personal
# letter"): they mark an unlabelled possessor as a person.
PERSONAL_POSSESSIONS: frozenset[str] = frozenset({
    "letter", "message", "greetings", "congratulations", "condolences", "invitation", "wife",
    "husband", "son", "daughter", "sister", "brother", "envoy", "emissary", "representative",
    "adviser", "advisor", "aide", "remarks", "speech",
})

# English title-case words that happen to spell a Korean syllable ("Has" = 핫).
# Such a word ends a name only when no capitalised word follows it, so
# "Moon Jae In of" keeps "In" but the headline "Kim Jong Un Has Talks" drops "Has".
ENGLISH_LOOKALIKES: frozenset[str] = frozenset({
    "a", "an", "as", "at", "be", "by", "do", "go", "has", "he", "her", "him", "his", "i", "if",
    "in", "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "ye",
    "yes", "man", "men", "sun", "son", "hang", "bang", "pin", "one", "hail", "hails", "sees",
    "meets", "home", "tours", "gets", "sends", "greets", "leaves", "holds", "hold", "hosts", "hong",
})

# Multi-word names of offices and places written like personal names.
NON_PERSON_PHRASES: frozenset[str] = frozenset({
    "cheong wa dae", "chong wa dae", "chongwadae", "cheongwadae", "viet nam",
    # Newspapers whose names have the shape of Korean personal names.
    "rodong sinmun", "minju joson", "joson sinbo", "tongil sinbo",
})

# Nouns of an apposition that says the preceding name is a person
# ("Glyn Davies, the U.S. special representative").
PERSON_ROLE_NOUNS: frozenset[str] = frozenset({
    "envoy", "emissary", "representative", "spokesman", "spokeswoman", "spokesperson", "minister",
    "president", "chairman", "chairwoman", "secretary", "director", "ambassador", "premier",
    "adviser", "advisor", "chief", "head", "leader", "official", "member", "sister", "brother",
    "wife", "husband", "daughter", "son", "general", "commander", "negotiator", "diplomat",
    "councillor", "councilor", "deputy", "governor", "mayor", "senator", "lawmaker", "aide",
    "defector", "counterpart", "rapporteur", "commissioner", "coordinator", "mediator",
    "widow", "widower", "monk", "priest",
    # Private persons in the news ("Aijalon Gomes, a Boston teacher").
    "teacher", "student", "journalist", "reporter", "professor", "scholar", "businessman",
    "businesswoman", "soldier", "citizen", "missionary", "pastor", "writer", "activist",
    "lawyer", "analyst", "researcher", "tourist", "politician", "veteran", "historian",
    "economist", "expert", "academic", "author", "editor", "commentator", "scientist",
    "specialist", "striker", "goalkeeper", "midfielder", "coach", "player", "athlete",
})

# Role nouns that make a named person an envoy (FORMAT.md); "special
# representative" only with "special" (a "permanent representative" is not).
ENVOY_NOUNS: frozenset[str] = frozenset({"envoy", "envoys", "emissary", "emissaries"})
REPRESENTATIVE_NOUNS: frozenset[str] = frozenset({"representative", "representatives"})

# Words that may sit between an apposition comma and the role noun.
ROLE_MODIFIERS: frozenset[str] = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "special", "chief", "top", "personal",
    "senior", "presidential", "new", "and", "also", "as",
})

# Personal pronouns that can stand for the envoy in a later clause.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they"})

# Heads under which an infinitive or a send verb is only planned or hoped for.
HYPOTHETICAL_HEADS: frozenset[str] = frozenset({
    "consider", "offer", "propose", "suggest", "urge", "ask", "request", "reject", "deny",
    "refuse", "want", "hope", "mull", "weigh", "discuss", "decline", "seek", "call", "demand",
})
MODAL_HYPOTHETICAL: frozenset[str] = frozenset({"could", "might", "may", "should", "would"})

# Heads that put a following infinitive in the future ("is due to meet").
FUTURE_HEADS: frozenset[str] = frozenset({
    "be", "due", "schedule", "expect", "plan", "set", "intend", "go", "slate", "likely", "hope",
    "aim", "prepare",
})
FUTURE_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "would"})

# Verbs that put an envoy on a mission: "will dispatch a special envoy".
# Verbs whose subject is the source of the report, not an envoy.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "announce", "report", "note", "state", "confirm", "quote", "brief",
})
SEND_VERBS: frozenset[str] = frozenset({
    "send", "dispatch", "appoint", "name", "designate", "choose", "tap", "pick", "nominate",
})

# Markers that a clause reports an earlier mission, not the current one.
# "has visited China several times": a frequency adverbial describes past trips.
BACKGROUND_WORDS: frozenset[str] = frozenset({
    "ago", "previously", "formerly", "once", "twice", "times", "repeatedly", "often",
    "frequently",
})
CANCEL_VERBS: frozenset[str] = frozenset({"cancel", "postpone", "scrap", "delay", "abandon",
                                          "shelve", "suspend"})
