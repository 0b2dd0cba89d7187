"""Names of jurisdictions whose law a contract may choose: US states, Canadian provinces, the parts
of the United Kingdom, Australian states and the countries contracts commonly name; and the
adjectives that name a law ("English law", "PRC laws"). Read by the governing-law key term.
"""

from __future__ import annotations

US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia", "Puerto Rico",
]
PROVINCES = [
    "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
    "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "England", "Wales", "Scotland",
    "Northern Ireland", "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia",
    "Hong Kong", "Macau", "Macao", "Bavaria",
]
COUNTRIES = [
    "United States of America", "United States", "U.S.A", "USA", "Canada", "United Kingdom", "Ireland", "France",
    "Germany", "Federal Republic of Germany", "Switzerland", "Netherlands", "Belgium", "Luxembourg", "Austria", "Italy",
    "Spain", "Portugal", "Sweden", "Norway", "Denmark", "Finland", "Iceland", "Poland", "Czech Republic", "Hungary",
    "Greece", "Cyprus", "Malta", "Turkey", "Russia", "Russian Federation", "Ukraine", "Israel", "State of Israel",
    "United Arab Emirates", "Saudi Arabia", "Qatar", "Egypt", "South Africa", "Republic of South Africa", "Nigeria",
    "Kenya", "India", "Pakistan", "Singapore", "Malaysia", "Thailand", "Indonesia", "Philippines", "Vietnam", "Taiwan",
    "Republic of China", "R.O.C", "People's Republic of China", "China", "PRC", "P.R.C", "Japan", "Korea", "Republic of Korea",
    "South Korea", "Australia", "New Zealand", "Brazil", "Mexico", "Argentina", "Chile", "Colombia", "Peru",
    "Kazakhstan", "Bermuda", "Cayman Islands", "British Virgin Islands", "Isle of Man", "Jersey", "Guernsey",
    "Liechtenstein", "Monaco", "Barbados", "Bahamas", "Panama",
]
def longest_first(names) -> list[str]:
    """Longest first (an alternation tries them in order), names of one length in alphabetical order: the same
    pattern in every process (a set's order changes with each run's string hashes, and a new pattern is
    read, compiled and written to the pattern cache again: checker/pattern_cache.py)."""
    return sorted(set(names), key=lambda name: (-len(name), name))


JURISDICTIONS = longest_first(US_STATES + PROVINCES + COUNTRIES)

# adjective (as in "English law", "Israeli laws") -> the jurisdiction
LAW_ADJECTIVES = {
    "English": "England", "Scottish": "Scotland", "Irish": "Ireland", "British": "United Kingdom", "French": "France",
    "German": "Germany", "Swiss": "Switzerland", "Dutch": "Netherlands", "Belgian": "Belgium", "Austrian": "Austria",
    "Italian": "Italy", "Spanish": "Spain", "Portuguese": "Portugal", "Swedish": "Sweden", "Norwegian": "Norway",
    "Danish": "Denmark", "Finnish": "Finland", "Polish": "Poland", "Israeli": "Israel", "Indian": "India",
    "Singapore": "Singapore", "Singaporean": "Singapore", "Japanese": "Japan", "Chinese": "China", "PRC": "China",
    "Korean": "Korea", "Taiwanese": "Taiwan", "Australian": "Australia", "Canadian": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Luxembourg": "Luxembourg", "Hong Kong": "Hong Kong", "New York": "New York",
    "Delaware": "Delaware", "California": "California", "Texas": "Texas", "Ontario": "Ontario",
}


# The families of law a rule's fix may be worded for (`fix: {default: ..., uk: ..., us: ...}` in a
# rulebook): the governing law a contract chooses decides which wording its findings propose.
LAW_FAMILIES = {
    "uk": "the law of England and Wales, Scotland or Northern Ireland",
    "eu": "the law of a member state of the European Union",
    "us": "the law of a US state",
    "ca": "the law of Canada or a Canadian province",
    "au": "the law of Australia or an Australian state",
}
_UK = {"England", "Wales", "Scotland", "Northern Ireland", "United Kingdom", "Great Britain", "England and Wales"}
_EU = {"Ireland", "France", "Germany", "Federal Republic of Germany", "Netherlands", "Belgium", "Luxembourg", "Austria",
       "Italy", "Spain", "Portugal", "Sweden", "Denmark", "Finland", "Poland", "Czech Republic", "Hungary", "Greece",
       "Cyprus", "Malta", "Bavaria", "European Union"}
_US = {*US_STATES, "United States of America", "United States", "U.S.A", "USA", "U.S."}
_CA = {"Canada", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
       "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island"}
_AU = {"Australia", "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania"}
_FAMILY_OF = {name.lower(): family for family, names in (("uk", _UK), ("eu", _EU), ("us", _US), ("ca", _CA), ("au", _AU))
              for name in names}
_FAMILY_OF.update({adjective.lower(): _FAMILY_OF[place.lower()] for adjective, place in LAW_ADJECTIVES.items()
                   if place.lower() in _FAMILY_OF})


def law_family(law: str | None) -> str | None:
    """The family of a governing law as the key terms name it ('State of New York', 'England and
    Wales', 'the Province of Ontario', 'English'): uk, eu, us, ca, au; None when unknown or another."""
    if not law:
        return None
    words = " ".join(law.replace(",", " ").split()).lower()
    for prefix in ("the ", "state of ", "commonwealth of ", "province of ", "laws of ", "law of "):
        words = words.removeprefix(prefix)
    if words in _FAMILY_OF:
        return _FAMILY_OF[words]
    # 'New York, United States', 'England and Wales': the longest known name inside it
    found = [(len(name), family) for name, family in _FAMILY_OF.items() if f" {name} " in f" {words} "]
    return max(found)[1] if found else None
