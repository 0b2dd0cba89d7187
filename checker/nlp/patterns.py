"""The tag patterns: data, each with a stable id so every tag can be traced to the
pattern that made it. Labels:

DURATION    'four (4) hours', 'thirty (30) calendar days', 'one business day', '15 min', 'a thirty (30) day period',
            'two (2) calendar quarters', 'the third anniversary' (3 years from the date it names),
            '1 year and 6 months' (one tag, its parts summed), 'within an hour' (the words after the deadline
            word), 'the following working day', '2 to 4 hours' (one tag: the upper end,
            the lower in `low`); a part of a compound or range is not tagged on its own
PERCENT     '99.9%', '99.5 percent'
MONEY       '$1,000,000', 'GBP 250,000', 'EUR 5 million'
REGULATION  GDPR, UK GDPR, HIPAA, CCPA, SOC 2, ISO 27001, PCI DSS ...
PRIORITY    P1, Priority 1, Severity 1, Sev-2, Category B, Rank 1, Grade 2, Critical, Urgent, a high priority call, critical incidents
FREQUENCY   daily, weekly, monthly, quarterly, every 4 hours
COVERAGE    24x7, 24/7, 24 hours a day, Monday to Friday
FORMULA     an amount set by reference: 'the fees paid or payable under this Agreement', 'the total Contract amount'
CONTROL     a named security control: encryption, multi-factor authentication, penetration tests, firewalls
MODAL       shall / must / will / agrees to (strong) vs may / endeavour / reasonable efforts (weak)
VAGUE       promptly, timely, as soon as practicable, without undue delay ...
NEGATION    no, not, never, neither, nor, none
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.nlp.normalise import NUMBER_WORD, ORDINAL_WORDS

_WORDS = rf"{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})*"
# 'and' inside a number only after hundred / thousand ('one hundred and twenty'): 'between two and
# three days' is two numbers
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{NUMBER_WORD}[\s-]+)*(?:hundred|thousand)[\s-]+and[\s-]+{_WORDS}"
          rf"|{_WORDS})")
# the figure repeated in brackets: 'thirty (30) days', or in words after the digits, as South African and Indian drafters
# write it: '30 (thirty) days', '180 (one hundred and eighty) days' (issue 9, w32); as Brazilian and Spanish drafting has it, '1 (one) working hour' (w34)
_PAREN_NUMBER = (rf"(?:\s*\(\s*(?:\d+(?:\.\d+)?|(?:{NUMBER_WORD}[\s-]+)*(?:hundred|thousand)[\s-]+and[\s-]+{_WORDS}|{_WORDS})"
                 r"\s*\))?")
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|days?|workdays?|weeks?|months?|years?)"
_KIND = r"(?:business|working|banking|calendar|clock|consecutive|normal\s+business|work|school|trading)"
_ORDINAL = "(?:" + "|".join(w.replace("-", r"[\s-]") for w in ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))"
# one number and unit: the parts of a compound duration, the upper end of a range
_AMOUNT = rf"{NUMBER}{_PAREN_NUMBER}[\s-]*(?:\(?\s*{_KIND}\s*\)?[\s-]*)?(?:{_UNIT}|quarters?)\b"
_NOT_RATE = r"-?\s*(?:old|per)\b"  # 'five years old', '24 hours per day'; not 'a 30 day period'


@dataclass(frozen=True)
class TagPattern:
    id: str
    label: str
    regex: str
    flags: str = "i"  # 'i' = case-insensitive; '' = case-sensitive
    followed_by: str | None = None  # a tag only where this comes right after it
    not_followed_by: str | None = None  # no tag where this comes right after it


PATTERNS: list[TagPattern] = [
    # --- durations -------------------------------------------------------------
    TagPattern(
        "duration.number-unit",
        "DURATION",
        rf"\b(?P<number>{NUMBER}){_PAREN_NUMBER}[\s-]*(?:\(?\s*(?P<kind>{_KIND})\s*\)?[\s-]*)?(?P<unit>{_UNIT})\b",
        not_followed_by=_NOT_RATE,
    ),
    # 'two (2) calendar quarters'; not 'three quarters of the fee' (a share)
    TagPattern(
        "duration.quarter",
        "DURATION",
        rf"\b(?P<number>{NUMBER}){_PAREN_NUMBER}[\s-]*(?:(?P<kind>calendar|fiscal|financial)[\s-]+)?(?P<unit>quarters?)\b",
        not_followed_by=r"\s*of\b|-?\s*per\b",
    ),
    # 'the third (3rd) anniversary of the Effective Date': 3 years from the date it names
    TagPattern("duration.anniversary", "DURATION",
               rf"\b(?P<ordinal>{_ORDINAL})(?:\s*\(\s*\d{{1,3}}(?:st|nd|rd|th)?\s*\))?[\s-]+(?:year\s+)?anniversary\b"),
    # '1 year and 6 months', '4 months, three weeks and 1 day': one duration (its units checked to
    # come from the longest down when it is read, else it is a list and no compound)
    TagPattern("duration.compound", "DURATION",
               rf"\b{_AMOUNT}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|plus)\s+){_AMOUNT})+", not_followed_by=_NOT_RATE),
    # '2 to 4 hours', 'thirty (30) - sixty (60) days', 'between 5 and 10 business days'
    TagPattern("duration.range", "DURATION",
               rf"\b(?P<low>{NUMBER}){_PAREN_NUMBER}\s*(?:-|–|to|through)\s*(?P<number>{NUMBER}){_PAREN_NUMBER}[\s-]*"
               rf"(?:\(?\s*(?P<kind>{_KIND})\s*\)?[\s-]*)?(?P<unit>{_UNIT}|quarters?)\b", not_followed_by=_NOT_RATE),
    TagPattern("duration.range-between", "DURATION",
               rf"\bbetween\s+(?P<low>{NUMBER}){_PAREN_NUMBER}\s+and\s+(?P<number>{NUMBER}){_PAREN_NUMBER}[\s-]*"
               rf"(?:\(?\s*(?P<kind>{_KIND})\s*\)?[\s-]*)?(?P<unit>{_UNIT}|quarters?)\b", not_followed_by=_NOT_RATE),
    # EDGAR filings redact figures: "[***] days", "[ * ] ([*]) months", "[...***...] days": a duration is stated, its
    # length withheld
    TagPattern("duration.redacted", "DURATION",
               r"\[\s?(?:\.{3}\s?)?\*+(?:\s?\.{3})?\s?\](?:\s*\(\s?\[?\s?\*+\s?\]?\s?\))?[\s-]*(?:calendar\s+|business\s+|working\s+)?"
               r"(?P<unit>minutes?|hours?|days?|weeks?|months?|years?)\b"),
    # ... and with its unit withheld too: "for a period of [***] from shipment"
    TagPattern("duration.redacted-period", "DURATION",
               r"\b(?:period|term)\s+of\s+\[\s?(?:\.{3}\s?)?\*+(?:\s?\.{3})?\s?\](?:\s*\(\s?\[?\s?\*+\s?\]?\s?\))?",
               not_followed_by=r"[\s-]*(?:calendar\s+|business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b"),
    # ... or written alone before the event it runs from: "shall have [...***...] after the date of receipt"
    TagPattern("duration.redacted-alone", "DURATION", r"\[\s?(?:\.{3}\s?)?\*+(?:\s?\.{3})?\s?\]",
               followed_by=r"\s+(?:after|following|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:\w+.s\s+)?"
                           r"(?:receipt|delivery|shipment|discovery|installation|acceptance)\b"
                           # ... or after the event just named: "when delivered and for [***] thereafter"
                           r"|\s+thereafter\b"),
    TagPattern("duration.compact", "DURATION", rf"\b(?P<number>\d+(?:\.\d+)?)(?P<unit>h|hrs?|mins?|d)\b"),
    TagPattern("duration.half", "DURATION", r"\bhalf\s+an?\s+(?:(?P<kind>business|working)\s+)?(?P<unit>hour|day)\b"),
    # 'within an hour', 'in under a day', 'no later than a business day', 'within the hour': one unit, read only as a deadline (not '24 hours a
    # day', 'once a week', 'a day's notice'); the tag is the words after the deadline word
    TagPattern("duration.one-unit", "DURATION",
               r"\b(?:within|in\s+(?:under|less\s+than)|under|(?:no|not)\s+later\s+than|in\s+(?:no|not)\s+more\s+than|inside)\s+"
               r"(?P<tag>an?\s+(?:(?P<kind>business|working|calendar|school)\s+)?(?P<unit>hour|day|week|month))\b",
               not_followed_by=r"\W?s\b"),
    TagPattern("duration.one-unit-the", "DURATION",  # 'ring you back within the hour' (not 'within the month following')
               r"\b(?:within|inside)\s+(?P<tag>the\s+(?P<unit>hour|day))\b", not_followed_by=r"\W?s\b"),
    # a fortnight, as Australian, British, Irish, Indian and New Zealand drafters count two weeks: "a fortnight's notice"
    TagPattern("duration.fortnight", "DURATION", r"\b(?P<number>an?|one|two|three|four|\d+)\s+(?P<unit>fortnights?)\b"),
    TagPattern("duration.next-business-day", "DURATION", r"\b(?P<kind>next|following)\s+(?P<unit>business\s+day|working\s+day)\b"),
    # --- percentages -----------------------------------------------------------
    TagPattern("percent.number", "PERCENT", r"(?P<number>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"),
    # --- money -----------------------------------------------------------------
    TagPattern(
        "money.symbol-first",
        "MONEY",
        r"(?P<currency>US\s?\$|\$|£|€|USD|GBP|EUR|CAD|AUD|CHF)\s?(?P<amount>\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|m|bn|k)\b)?)",
    ),
    TagPattern(
        "money.amount-first",
        "MONEY",
        r"(?P<amount>\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand))?)\s?(?P<currency>dollars|pounds(?:\s+sterling)?|euros|USD|GBP|EUR)\b",
    ),
    # --- regulations and standards ---------------------------------------------
    TagPattern("regulation.uk-gdpr", "REGULATION", r"\bUK\s+GDPR\b", ""),
    TagPattern("regulation.gdpr", "REGULATION", r"\b(?:EU\s+)?GDPR\b|\bGeneral\s+Data\s+Protection\s+Regulation\b|\bRegulation\s+\(EU\)\s+2016/679\b"),
    TagPattern("regulation.dpa-2018", "REGULATION", r"\bData\s+Protection\s+Act\s+(?:2018|1998)\b"),
    TagPattern("regulation.hipaa", "REGULATION", r"\bHIPAA\b|\bHealth\s+Insurance\s+Portability\s+and\s+Accountability\s+Act\b|\bHITECH\b"),
    TagPattern("regulation.ccpa", "REGULATION", r"\bCCPA\b|\bCPRA\b|\bCalifornia\s+Consumer\s+Privacy\s+Act\b"),
    TagPattern("regulation.soc2", "REGULATION", r"\bSOC\s?[123]\b|\bSSAE\s?1[68]\b"),
    TagPattern("regulation.iso27001", "REGULATION", r"\bISO(?:/IEC)?\s?2700[12]\b"),
    TagPattern("regulation.iso-other", "REGULATION", r"\bISO(?:/IEC)?\s?(?:9001|20000(?:-1)?|22301|27017|27018)\b"),
    TagPattern("regulation.pci-dss", "REGULATION", r"\bPCI[\s-]?DSS\b|\bPayment\s+Card\s+Industry\s+Data\s+Security\s+Standard\b"),
    TagPattern("regulation.nist", "REGULATION", r"\bNIST\b(?:\s+(?:SP\s+)?800-\d+|\s+CSF)?|\bFedRAMP\b|\bCyber\s+Essentials(?:\s+Plus)?\b", ""),
    # --- priorities ------------------------------------------------------------
    TagPattern("priority.p-number", "PRIORITY", r"\b(?P<prefix>P|S|Sev|SEV)[\s-]?(?P<level>[0-4])\b", ""),
    TagPattern("priority.word-number", "PRIORITY", r"\b(?P<prefix>Priority|Severity|Level|Category|Incident\s+Level|Rank|Grade|Urgency|Impact)\s*(?:class\s+)?(?P<level>[0-4]|I{1,3}|IV|one|two|three|four|(?-i:[A-D]))\b"),
    # ... and in prose, before what it grades: 'critical incidents', 'a high priority call', 'Major Faults' (not 'low-usage')
    TagPattern("priority.named", "PRIORITY", r"\b(?P<name>[Cc]ritical|[Uu]rgent|[Ee]mergency|[Hh]igh|[Mm]edium|Moderate|[Ll]ow|[Mm]inor|"
               r"[Mm]ajor|Normal)\b", "",
               followed_by=r"\s*(?:\(|[-–](?:\s|(?i:priority|severity))|:|\||\n|(?i:priority|severity|(?:incident|issue|fault|problem|call|ticket|"
                           r"error|defect|outage|case)s?\b))"),
    # --- frequencies -----------------------------------------------------------
    TagPattern("frequency.adverb", "FREQUENCY", r"\b(?P<every>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|semi-annually|bi-annually)\b"),
    TagPattern("frequency.every", "FREQUENCY", rf"\b(?:every|each|once\s+(?:a|per|every))\s+(?:(?P<number>{NUMBER})\s+)?(?:calendar\s+|working\s+)?(?P<unit>minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|business\s+days?)\b"),
    TagPattern("frequency.per", "FREQUENCY", r"\b(?:once|twice)\s+(?:a|per|each)\s+(?P<unit>day|week|month|quarter|year)\b"),
    # --- an amount set by reference (a liability cap's formula) ---------------
    TagPattern("formula.contract-value", "FORMULA", r"\b(?:total|aggregate|maximum|annual)\s+(?:contract|agreement|order)\s+(?:amount|value|price|sum)\b|\b(?:the\s+)?(?:amount|value|price)\s+of\s+(?:this|the)\s+(?:contract|agreement|order)\b"),
    TagPattern("formula.fees-paid", "FORMULA", r"\b(?:fees|charges|sums|amounts|price|consideration)\s+(?:(?:you|we|it|they|customer|client|the\s+\w+)\s+)?(?:has\s+|have\s+)?(?:actually\s+)?(?:paid|payable|received)\b"),
    # --- a named security control (what a security clause is measured by, beside a standard) --
    TagPattern("control.encryption", "CONTROL", r"\bencrypt(?:ion|ed|s)?\b"),
    TagPattern("control.mfa", "CONTROL", r"\b(?:multi|two)[\s-]?factor\s+authenticat\w*|\b(?:MFA|2FA)\b", ""),
    TagPattern("control.testing", "CONTROL", r"\bpenetration\s+test\w*|\bvulnerability\s+(?:scan\w*|assessments?|testing|management)\b"),
    TagPattern("control.network", "CONTROL", r"\bfirewalls?\b|\bintrusion\s+(?:detection|prevention)\b|\b(?:anti-?virus|anti-?malware|endpoint\s+(?:protection|detection))\b"),
    TagPattern("control.access", "CONTROL", r"\b(?:role-based\s+)?access\s+controls?\b|\bleast\s+privilege\b"),
    # --- coverage hours --------------------------------------------------------
    TagPattern("coverage.24x7", "COVERAGE", r"\b24\s?(?:x|×|/)\s?7(?:\s?(?:x|/)\s?365)?\b|\b24\s+hours\s+(?:a|per)\s+day\b|\b(?:a)?round[\s-]the[\s-]clock\b|\b(?:365|seven\s+\(7\)|7|seven)\s+days\s+(?:a|per)\s+(?:year|week)\b|\bevery\s+day\s+of\s+the\s+year\b"),
    TagPattern("coverage.weekdays", "COVERAGE", r"\b(?:Monday|Mon)\s*(?:to|through|thru|-|–)\s*(?:Friday|Fri|Saturday|Sunday)\b"),
    TagPattern("coverage.clock-range", "COVERAGE", r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:to|-|–|until)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\b|\b\d{2}:\d{2}\s*(?:to|-|–)\s*\d{2}:\d{2}\b"),
    # --- obligation modality ---------------------------------------------------
    TagPattern("modal.strong", "MODAL", r"\b(?P<strong>shall|must|will|agrees?\s+to|undertakes?\s+to|is\s+(?:required|obliged|obligated)\s+to|commits?\s+to|guarantees?)\b"),
    TagPattern("modal.weak", "MODAL", r"\b(?P<weak>may|might|could|should|endeavou?rs?|aims?\s+to|(?:will|shall)\s+target|seeks?\s+to|strives?\s+to|(?:commercially\s+)?reasonable\s+(?:efforts|endeavou?rs)|best\s+(?:efforts|endeavou?rs)|where\s+possible|if\s+possible)\b"),
    # --- vague terms -----------------------------------------------------------
    TagPattern(
        "vague.timing",
        "VAGUE",
        r"\b(?:promptly|timely|in\s+a\s+timely\s+(?:manner|fashion)|as\s+soon\s+as\s+(?:is\s+)?(?:reasonably\s+)?(?:practicable|possible|feasible)|without\s+(?:undue|unreasonable)\s+delay|(?:within\s+)?a\s+reasonable\s+(?:time|period)|reasonable\s+(?:prior\s+)?notice|expeditiously|quickly|immediately|forthwith)\b",
    ),
    TagPattern(
        "vague.level",
        "VAGUE",
        r"\b(?:periodically|from\s+time\s+to\s+time|regular(?:ly)?|as\s+(?:appropriate|needed|required|necessary)|adequate(?:ly)?|appropriate|industry[\s-]standard|good\s+industry\s+practice|best\s+practices?|high\s+(?:level|degree)\s+of\s+availability|highly\s+available)\b",
    ),
    # --- negation --------------------------------------------------------------
    TagPattern("negation.cue", "NEGATION", r"\b(?:no|not|never|neither|nor|none|cannot|n't)\b"),
]
