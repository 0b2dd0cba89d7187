"""References from one part of a contract to another: which parts (sections, schedules,
exhibits ...) a package holds, and whether a passage only points to one instead of saying
what it points to ("the service levels set out in Schedule 2")."""

from __future__ import annotations

import re

from checker.engine.context import cached
from checker.engine.definitions import definitions, variants
from checker.matching import Found, TextPattern, searchable

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(value: str) -> int | None:
    if not value or any(c not in _ROMAN for c in value):
        return None
    total = 0
    for i, c in enumerate(value):
        v = _ROMAN[c]
        total += -v if i + 1 < len(value) and _ROMAN[value[i + 1]] > v else v
    return total


def part_keys(kind: str, ident: str) -> set[tuple[str, str]]:
    """('schedule', 'B'), ('annex', '2'); an identifier that may be a Roman numeral stands for
    both readings ("Annex I" is Annex 1, "Schedule C" is Schedule C or 100)."""
    kind, ident = kind.lower(), ident.upper()
    keys = {(kind, ident)}
    roman = _roman(ident)
    if roman:
        keys.add((kind, str(roman)))
    return keys


def package_targets(package) -> tuple[set[str], set[tuple[str, str]]]:
    """Section numbers ('4.2') and parts (('schedule', 'B'), ('article', '5')) of the package."""
    return cached(package, "cross_reference_targets", lambda: _targets(package))


def _targets(package) -> tuple[set[str], set[tuple[str, str]]]:
    numbers, parts = set(), set()
    for document in package.documents:
        for section in document.sections:
            number = (section.number or "").strip().rstrip(".")
            if not number:
                continue
            typed = re.match(r"(?i)(section|clause|article|schedule|exhibit|annex|appendix|attachment|part)\s+(\S+)", number)
            if typed:
                kind, ident = typed.group(1).lower(), typed.group(2).rstrip(".:")
                if kind in ("section", "clause"):
                    numbers.add(ident)
                else:
                    parts |= part_keys(kind, ident)
            elif re.fullmatch(r"\d+(?:\.\d+)*", number):
                numbers.add(number)
        # a clause numbered at the start of its line ("8.3 Additional services ...") is a target
        # even when it is not a heading
        numbers.update(re.findall(r"(?m)^[ \t]*(\d{1,3}(?:\.\d{1,3})*)[.)]?[ \t]+\S", document.text))
        # a part named at the start of a line ("SCHEDULE 2 - SERVICE LEVELS") even when the
        # heading finder took it for body text
        for line in re.finditer(r"(?m)^[ \t#*]*(Schedule|Exhibit|Annex|Appendix|Attachment|Article)\s+(\d{1,3}|[A-Z]{1,2}|[IVXL]{1,5})\b",
                                document.text, re.I):
            parts |= part_keys(line.group(1), line.group(2))
    for kind, ident in list(parts):
        if kind == "article" and ident.isdigit():
            numbers.add(ident)
    return numbers, parts


# a web address: a document published there is never one of the files reviewed
_URL = r"(?:https?://|www\.)[^\s)\]]+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|example|gov|edu|co\.uk|de|eu)/[^\s)\]]+"
# what a pointer not held may name by its kind: a policy, a plan, a rate card, the remuneration still to be agreed
_PAPER = (r"polic(?:y|ies)|plans?|procedures?|arrangements|concepts?|handbooks?|manuals?|documentation|agreements?|addend(?:um|a)|terms|"
          r"rate\s+cards?|price\s+lists?|(?:service\s+)?descriptions?|specifications?|catalogues?|details|(?:target\s+|service\s+)?(?:times|targets|levels)|remuneration|fees|charges|prices|pricing")
# another document a provision may be left to, by its name
_DOCUMENT = (r"(?:applicable\s+|relevant\s+|separate\s+)?(?:service\s+level\s+agreement|sla|order\s+form|"
             r"statement\s+of\s+work|sow|purchase\s+order|(?:principal|underlying|main|basic|umbrella|parent|head)\s+agreement|(?:master|framework)\s+(?:[\w-]+\s+)?agreement|msa|data\s+processing\s+(?:addendum|agreement)|dpa|"
             r"business\s+associate\s+(?:agreement|addendum)|baa|(?:[\w-]+\s+)?(?:support|service)\s+(?:level\s+)?polic(?:y|ies)|"
             # an institution's standing terms, named by whose they are (issue 9, w32): "addressed in the University's IT Terms of Service"
             # (not "these Terms of Service": the document itself)
             r"[\w-]+[\x27\u2019]s\s+(?:[\w-]+\s+){0,2}?terms\s+of\s+(?:service|use|business))")
_POINTS_TO = TextPattern(  # "(are calculated as) described in Appendix 2", "the availability targets in Schedule 2"
    r"\b(?:(?:are|is|shall\s+be|will\s+be)\s+(?:[a-z]+ed\s+)?(?:as\s+)?)?"
    r"(?:(?:set\s+(?:out|forth)|laid\s+down|specified|described|defined|contained|provided|stated|listed|detailed|identified|"
    r"attached|included|addressed|dealt\s+with|handled|covered|governed|regulated|published|posted|agreed|recorded)\s+"
    r"(?:(?:solely|exclusively|only|entirely|wholly)\s+)?(?:in|on|under|at|as|by)|"  # "dealt with exclusively in"
    r"(?:is|are)\s+subject\s+to|"
    r"in\s+accordance\s+with|pursuant\s+to|as\s+per|see|(?:have|has|bear|bears)\s+the\s+(?:same\s+)?meanings?\s+(?:(?:given|assigned|ascribed)\s+(?:to\s+(?:them|it)\s+)?)?(?:in|by|under)|"
    r"(?:targets?|levels?|procedures?|process|table|matrix|times|credits|requirements|arrangements|plans?|terms|measures)\s+(?:in|under))\s+"
    r"(?:the\s+|an?\s+|any\s+|each\s+|our\s+|its\s+|their\s+|your\s+)?"
    r"(?:(?:section|clause|article|paragraph)\s+\d{1,3}(?:\.\d{1,3})*(?:\s?\([a-z\d]{1,4}\))?\s+of\s+(?:the\s+)?)?"  # "in clause 14 of the Master Agreement"
    # a part named by its title first: "the Price Sheet (Annex 4)", "the Compensation Schedule, Exhibit C"
    r"(?:(?:[\w-]+\s+){0,2}?(?:sheet|schedule|list|table|card|matrix|description|specification)(?:\s+\(|,\s+))?"
    r"(?:(?P<kind>schedule|exhibit|attachment|appendix|annex|addendum)\s+(?P<id>\d{1,3}|[A-Z]{1,2}|[IVXL]{1,5})\b"
    r"|(?:[\"\u201c][^\"\u201d.]{1,40}[\"\u201d]\s+)(?:section|clause|article)\s+of\s+(?:the\s+)?(?P<agreement>agreement)\b"
    r"|(?P<document>" + _DOCUMENT + r"\b)"
    # ... a document the parties will agree later: "set out in a Service Level Schedule that the parties shall agree within
    # 90 days" (issue 9, w27)
    r"|(?P<agree_later>(?:[\w-]+\s+){0,3}?(?:schedule|exhibit|annex|appendix|attachment|document|plan|polic(?:y|ies)|agreement|addendum)\s+"
    r"(?:(?:that|which)\s+the\s+parties\s+(?:shall|will|are\s+to|must|intend\s+to)\s+(?:\w+ly\s+)?(?:agree|negotiate|settle|draw\s+up)|to\s+be\s+agreed)\b)"
    r"|(?P<url>" + _URL + r"))"
    # a document named with the address it is published at: "the Data Processing Addendum at example.com/dpa"
    r"|\b(?:agreement|addendum|terms|polic(?:y|ies)|schedule|conditions)\s+(?:\([^)]{1,40}\)\s+)?(?:(?:published|available|posted|found)\s+)?at\s+(?P<url2>" + _URL + r")"
    # a document the text itself says is not there: "which is a separate document and is not attached"
    # (not "The following are not included:", the scope's own exclusions)
    r"|(?P<absent>(?:\bwhich\s+)?\b(?:is|are)\s+(?:(?:a\s+)?separate\s+documents?\s+and\s+(?:is|are)\s+not\s+(?:attached|included|reproduced)"
    r"|not\s+(?:attached|reproduced|restated)(?:\s+(?:here\w*|in\s+this\s+\w+))?)\b)"
    # ... a document only handed over when asked for: "Provider's backup policy is available to Client on request"
    r"|(?P<on_request>\b(?:" + _PAPER + r")\s+(?:is|are|will\s+be|shall\s+be)\s+(?:only\s+|also\s+)?(?:(?:made\s+)?available|provided|supplied|sent|shown|disclosed)\s+"
    r"(?:(?:to|for)\s+(?:the\s+)?[\w-]+\s+)?(?:on|upon)\s+(?:(?:its|their|his|her|your|the\s+[\w-]+.s|written|prior|reasonable|a)\s+)?request\b)"
    # ... or one the parties have yet to agree: "The backup concept (Annex 3) will be agreed by the parties after signature",
    # "The remuneration will be agreed in a separate quotation"
    r"|(?P<to_agree>(?:\b(?:" + _PAPER + r")(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?|\([^()]{1,40}\))\s+(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:\w+ly\s+)?agreed\s+(?:(?:by|between)\s+the\s+parties\s+)?"
    r"(?:(?:after|following|once)\s+(?:signature|signing|execution|the\s+(?:commencement|effective|start)\s+date|(?:this|the)\s+(?:agreement|contract))"
    r"|later|separately|at\s+a\s+later\s+(?:date|stage)|in\s+(?:a|the)\s+(?:separate|later|future|subsequent)\s+[\w-]+)\b)"
    # a document a web address holds: "our Data Processing Addendum, published at example.com/legal/dpa"
    r"|\b(?:published|available|posted|located|found|accessible|hosted)\s+(?:at|on|via)\s+"
    r"(?P<web>(?:https?://|www\.)[^\s,;]*[^\s.,;:)]|[\w-]+(?:\.[\w-]+)+/(?:[^\s,;]*[^\s.,;:)])?|"
    r"(?:the\s+|our\s+|its\s+|their\s+|your\s+)?"
    r"(?:[\w-]+\s+)?(?:web\s*site|web\s*page|online\s+portal)\b)"
    # the other document as the sentence's subject, what it governs listed before it: "On every other subject, including
    # confidentiality and liability, the Master Agreement alone applies", "for those matters the MSA governs" (issue 9, w29)
    r"|\b(?:the\s+)?(?:(?:terms|provisions)\s+of\s+the\s+)?(?P<governs>" + _DOCUMENT + r")\s+(?:(?:alone|exclusively|solely|only)\s+)?"
    r"(?:(?:shall|will|is\s+to)\s+)?(?:continues?\s+to\s+|continue\s+to\s+)?(?:(?:alone|exclusively|solely|only)\s+)?(?:appl(?:y|ies)|governs?|controls?)\b",
    sentence_window=False)


def unsettled(match: Found) -> bool:
    """Is the pointer to a document handed over only on request, or one still to be agreed? Said as an aside after a duty
    ("...; its backup procedures are available on request"), it takes nothing from the duty."""
    return bool(match.group("on_request") or match.group("to_agree") or match.group("agree_later"))


def pointer(text: str) -> Found | None:
    """'set out in Schedule 2', 'in accordance with the Service Level Agreement'."""
    return _POINTS_TO.search(text)


# a word that says something of its own before a pointer: the pointer is then an aside
VERB = re.compile(r"\b(?:shall|will|must|may|can|should|would|agrees?|undertakes?|is|are|was|were|be|been|has|have|had|"
                  r"does|do|which|that|who|where)\b", re.I)


def agreed_later(text: str) -> Found | None:
    """The pointer of a sentence that only says its provision is in a document still to be agreed, nothing before the
    pointer but its subject ('Fix times will be set out in a schedule that the parties shall agree within 90 days'):
    any figure it holds is the time the parties take to agree."""
    found = pointer(text)
    if found is None or not unsettled(found) or VERB.search(text, 0, found.start()):
        return None
    return found


def left_to_agree(passages) -> str | None:
    """The document every passage only says its provision is left to, still to be agreed (`agreed_later`), in words;
    None when one passage says more."""
    later = [agreed_later(p.source.text[p.start:p.end]) for p in passages]
    return " ".join(later[0].group(0).split()) if later and all(later) else None


# a document the package names by a term it defines, and says is on the web or not attached: 'the Master Subscription
# Terms published at example.com/mst (the "Terms")', 'the General Conditions, which are not attached (the "Conditions")'
_ABSENT_DEFINED = TextPattern(r"(?:(?:published|available|posted|found|located|accessible)\s+(?:at|on|via)\s+(?:" + _URL + r")"
                              r"|\bnot\s+(?:attached|reproduced|included)\b)[^.;\"\u201c]{0,20}?\(\s*(?:the\s+)?[\"\u201c]"
                              r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})[\"\u201d]\s*\)", sentence_window=False, ignore_case=False)
# ... and a provision said to be as that document states it: "are exclusively as stated in the Terms"
_AS_IN = (r"\b(?:(?:are|is|shall\s+be|will\s+be)\s+(?:\w+ly\s+)?(?:as\s+)?)?(?:set\s+(?:out|forth)|specified|described|stated|"
          r"provided|contained|addressed|dealt\s+with|covered|governed)\s+(?:in|by|under)\s+the\s+")


def absent_names(package) -> frozenset[str]:
    """The names the package defines for documents it says are not among its files ('Terms')."""
    return cached(package, "absent_names", lambda: frozenset(
        m.group(1) for d in package.documents for m in _ABSENT_DEFINED.finditer(d.searchable)))


def absent_pointer(text: str, names: frozenset[str]) -> re.Match | None:
    """'as stated in the Terms', where the Terms are a document the package says is not attached."""
    # a pattern made of one contract's names: Python's `re` (its cache is bounded; the matcher keeps every pattern it is
    # given), over one sentence, of literal words; a `re.Match`, not a `Found`: no part `holds` could find
    return re.search(_AS_IN + "(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b", text, re.I) if names else None


def holds(package, match: Found, besides=None) -> bool:
    """Does the package hold the part a pointer names (a document other than `besides`, the one
    that points, when the pointer names a document)? A web page is no part of a package."""
    if any(match.group(name) for name in ("url", "url2", "absent", "web", "on_request", "to_agree", "agree_later")):
        return False  # a document on the web, or one the text says is not attached, is not one of the files reviewed
    if match.group("agreement"):
        return not supplements_an_agreement(besides)
    if match.group("kind"):
        _, parts = package_targets(package)
        return bool(part_keys(match.group("kind"), match.group("id")) & parts)
    return holds_document(package, match.group("document") or match.group("governs"), besides)


# a document named by its short form is held under its long one, and the other way round
_SHORT_NAMES = {"sla": ("service level agreement", "level agreement"), "sow": ("statement of work", "of work"),
                "level agreement": ("sla",), "of work": ("sow",),
                "msa": ("master agreement", "services agreement", "subscription agreement", "master services agreement"),
                "master agreement": ("msa", "services agreement", "subscription agreement"),
                "dpa": ("processing addendum", "processing agreement"), "processing addendum": ("dpa",),
                "processing agreement": ("dpa",), "baa": ("associate agreement", "associate addendum"),
                "associate agreement": ("baa",)}


def holds_document(package, name: str, besides=None) -> bool:
    """Does a document of the package (other than `besides`) open with, or head a section with,
    the last two words of `name` ('the Asset Purchase Agreement': 'Purchase Agreement')?"""
    last = " ".join(name.split()[-2:])
    forms = [last, *_SHORT_NAMES.get(last.lower(), ())]
    # a contract's own name: Python's `re`, whose cache is bounded (the matcher keeps every pattern it is given)
    words = re.compile("|".join(r"\b" + r"\s+".join(map(re.escape, form.split())) + r"\b" for form in forms), re.I)
    return any(words.search(document.text[:400]) or any(words.search(s.heading) for s in document.document.sections if s.heading)
               for document in package.documents if document is not besides)  # a document of the package that is the one named


_NAMES_ITSELF = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,3}?(?P<what>agreement|contract|addendum|schedule|order\s+form|statement\s+of\s+work"
                           r"|annex|exhibit|appendix|amendment|sow)\b", re.I)


def supplements_an_agreement(document) -> bool:
    """Does the document call itself something other than the agreement ('This Data Processing Addendum
    supplements the Online Services Agreement (the "Agreement")'), so that 'the Agreement' is another document?"""
    if document is None:
        return False
    names = {m.group("what").lower() for m in _NAMES_ITSELF.finditer(document.text[:1500])}
    return bool(names) and not names & {"agreement", "contract"}


# Definitions incorporated by reference: "Capitalized terms used but not defined herein have the
# meanings given to them in the Asset Purchase Agreement", "terms defined in the Master Agreement
# have the same meanings when used in this Agreement"
_AGREEMENT = (r"(?P<source>(?:the|that\s+certain)\s+(?:(?-i:[A-Z])[\w&'\u2019-]*\s+(?:of\s+|and\s+)?){0,6}"
              r"(?:Agreement|Contract|Terms(?:\s+and\s+Conditions)?|Deed|Plan))\b")
_INCORPORATED = (
    TextPattern(r"\bterms?\s+(?:(?:which|that)\s+are\s+)?(?:used\s+)?(?:(?:but|and)\s+|herein\s+(?:but\s+|and\s+)?)?"
                r"not\s+(?:otherwise\s+)?defined\b[^.;]{0,80}?\bmeanings?\b[^.;]{0,60}?\b(?:in|under|by)\s+" + _AGREEMENT,
                sentence_window=False),
    TextPattern(r"\bterms?\s+(?:(?:which|that)\s+are\s+)?(?:defined|used)\s+in\s+" + _AGREEMENT
                + r"[^.;]{0,100}?\b(?:have|has|bear|shall\s+have|will\s+have)\s+the\s+(?:same\s+|respective\s+)?meanings?\b",
                sentence_window=False),
)


def incorporated_definitions(text: str) -> Found | None:
    """A clause that gives the terms the contract does not define the meanings another
    agreement gives them (group 'source': that agreement): the first match of either wording."""
    found = [match for pattern in _INCORPORATED if (match := pattern.search(searchable(text)))]
    return min(found, key=Found.start, default=None)


# a figure or term said to be elsewhere, whichever part or document it names (thresholds read it)
_POINTS_ELSEWHERE = TextPattern(
    r"\b(?:specified|set\s+(?:forth|out)|described|defined|stated|listed|provided|contained)\s+(?:in|on|under)\b[^.]{0,40}?"
    r"\b(?:schedule|exhibit|attachment|appendix|annex|service\s+level\s+agreement|sla|order\s+form|statement\s+of\s+work|"
    r"sow|policy|website|documentation)\b", sentence_window=False)


def refers_elsewhere(text: str) -> bool:
    """'within the period of time specified in our Service Level Agreement'."""
    return bool(_POINTS_ELSEWHERE.search(text))


def reference_words(passage) -> str:
    """The words of a passage that point elsewhere, as one line."""
    match = _POINTS_ELSEWHERE.search(passage.source.text[passage.start:passage.end])
    return " ".join(match.group(0).split()) if match else ""


# ---------------------------------------------------------------- terms defined only by a pointer
# A defined term whose definition only points to a part the package lacks ('"Service Credits" means the amounts
# calculated under Schedule 4', '"Support Hours" has the meaning given in Schedule 3', 'The "Services" are those described
# in Schedule 1 to the Master Agreement') carries no content: a sentence that names the term without saying what it is
# ('shall perform the Services', 'entitled to Service Credits') is a pointer too, for what the definition would have said.

# a definition's pointer by a verb `_POINTS_TO` does not know: "the amounts calculated under Schedule 4"
_DEFINED_BY = TextPattern(r"\b(?:calculated|determined|computed|measured|assessed|payable|set|fixed)\s+(?:in|under|by|pursuant\s+to|"
                          r"in\s+accordance\s+with|according\s+to)\s+(?:the\s+)?(?P<kind>schedule|exhibit|attachment|appendix|annex)\s+"
                          r"(?P<id>\d{1,3}|[A-Z]{1,2}|[IVXL]{1,5})\b", sentence_window=False)
# what a definition says before its pointer and still says nothing: 'means', 'has the meaning', 'are those', 'shall mean the
# services', 'means the application management services'
_CUE = re.compile(r"^\W*(?:\([^)]{0,60}\)\s*)?[,:]?\s*(?:shall\s+|will\s+)?(?:means?|has\s+the\s+meaning|have\s+the\s+meanings?|refers?\s+to|"
                  r"(?:is|are)(?:\s+(?:those|that|the\s+ones?))?|(?:is|are)\s+defined)\b", re.I)
_EMPTY_HEAD = 6  # at most so many words ('the application management services'), none that lists or names a figure
_SAYS_WHAT = re.compile(r"[,;:\d]|\b(?:and|or|including|includes?|namely|such\s+as|compris\w+|consist\w*|other\s+than|except)\b", re.I)
# ... and after it: a part's title in brackets, the document the part belongs to, 'as amended from time to time'
_EMPTY_TAIL = re.compile(r"^\s*(?:\([^)]{0,80}\)\s*)?(?:(?:here(?:to|in|of|under|with)|below|above)\s*)?(?:(?:to|of)\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|msa)\s*)?"
                         r"(?:\([^)]{0,80}\)\s*)?(?:,?\s*as\s+(?:amended|updated|varied|revised)\s+from\s+time\s+to\s+time\s*)?"
                         r"(?:\([^)]{0,80}\)\s*)?[.;,:]?\s*$", re.I)


class HollowTerm:
    """A term defined only by a pointer the package does not hold; `group(0)` the pointer's words, as a `Found` gives them."""

    def __init__(self, term: str, words: str):
        self.term, self.words = term, words

    def group(self, _index=0) -> str:
        return self.words


def _definition_body(text: str, definition) -> tuple[int, int]:
    """Where the words after a defined term run to: its sentence, cut at a ';' or a line's end (a Definitions list)."""
    end = len(text)
    for stop in (".\u0020", ".\n", ";", "\n"):
        at = text.find(stop, definition.end, end)
        if at >= 0:
            end = at
    return definition.end, end


_TITLE_AT_END = re.compile(r"\s*\([^()]{0,80}\)\s*$")  # a part's title before the definition: 'Schedule 2 (Service Description)'
_DETERMINER = re.compile(r"\b(?:the|all|such|those|any|certain|each)\b", re.I)


def _hollow_before(package, document, definition) -> HollowTerm | None:
    """A term defined in brackets after a pointer: 'the support services set forth in Exhibit A (the "Services")'."""
    text = document.text
    opened = text.rfind("(", max(0, definition.start - 40), definition.start)
    if opened < 0:
        return None
    window_start = max(document.sentence_span(opened)[0], opened - 200)
    before = _TITLE_AT_END.sub("", text[window_start:opened]).rstrip(" ,")
    found = [m for m in _POINTS_TO.finditer(before)] or [m for m in _DEFINED_BY.finditer(before)]
    if not found or found[-1].end() < len(before):
        return None  # the pointer does not end where the definition opens
    found = found[-1]
    held = holds(package, found, besides=document) if "url" in found.groupdict() else bool(
        part_keys(found.group("kind"), found.group("id")) & package_targets(package)[1])
    article = [m for m in _DETERMINER.finditer(before, max(0, found.start() - 80), found.start())]
    if held or not article:
        return None
    head = before[article[-1].end():found.start()]
    if len(re.findall(r"[\w\x27\u2019-]+", head)) > _EMPTY_HEAD or _SAYS_WHAT.search(head):
        return None
    return HollowTerm(definition.term, " ".join(found.group(0).split()))


def _hollow(package, document, definition) -> HollowTerm | None:
    text = document.text
    if definition.how == "parenthetical":
        return _hollow_before(package, document, definition)
    start, end = _definition_body(text, definition)
    body = text[start:end].lstrip("*_\"\u201d\u2019' \t")
    if definition.how == "external":
        found = pointer(text[start:min(len(text), start + 160)])
        if found is None or found.start() > 4 or holds(package, found, besides=document):
            return None
        return HollowTerm(definition.term, " ".join(found.group(0).split()))
    cue = _CUE.match(body)
    if cue is None:
        return None
    found, held = pointer(body), None
    if found is not None:
        held = holds(package, found, besides=document)
    elif (found := _DEFINED_BY.search(body)) is not None:
        held = bool(part_keys(found.group("kind"), found.group("id")) & package_targets(package)[1])
    if found is None or held:
        return None
    head = body[cue.end():max(cue.end(), found.start())]
    if len(re.findall(r"[\w\x27\u2019-]+", head)) > _EMPTY_HEAD or _SAYS_WHAT.search(head) or not _EMPTY_TAIL.match(body[found.end():]):
        return None  # the definition says what the term is: 'means the help desk, monitoring and patching described in Schedule 2'
    return HollowTerm(definition.term, " ".join(found.group(0).split()))


def hollow_terms(package) -> dict[str, HollowTerm]:
    """Every form of every term the package defines only by pointing to a part or document it does not hold; a term also
    defined with content elsewhere in the package is not hollow."""
    def compute():
        hollow, full = {}, set()
        for document in package.documents:
            for definition in definitions(document):
                if definition.how == "label":
                    continue
                found = _hollow(package, document, definition)
                for form in variants(definition.term):
                    if found is not None:
                        hollow.setdefault(form, found)
                    elif definition.how != "external":
                        full.add(form)
        return {form: term for form, term in hollow.items() if form not in full}
    return cached(package, "hollow_terms", compute)


# a figure the sentence states beside the term: 'Service Credits of 5% of the monthly fee' says what they are
_FIGURES = frozenset({"PERCENT", "MONEY", "DURATION", "FORMULA"})


def hollow_pointer(package, passage) -> HollowTerm | None:
    """The hollow term a passage's matched words end on ('shall perform the Services', 'entitled to Service Credits'),
    when the passage says nothing else the rule looks for and states no figure of its own."""
    terms = hollow_terms(package)
    if not terms or passage.via not in ("pattern", "heading") or passage.hits > 1:
        return None
    doc, text = passage.source, passage.source.text
    if doc.tags_in(passage.start, passage.end, _FIGURES):
        return None
    if passage.via == "heading":  # a heading ('2. Scope', '2. Services') says nothing: its clause's sentence does
        return next((term for form, term in terms.items() for at in _names(text, form, passage.match_end, passage.end)
                     if not _EXPANDS.match(text, at + len(form), passage.end)), None)
    last = passage.match_end - 1
    for form, term in terms.items():
        for at in _names(text, form, max(passage.start, passage.match_start - len(form)), passage.match_end + len(form)):
            if at <= last < at + len(form) and not _EXPANDS.match(text, at + len(form), passage.end):
                return term  # the matched words end on the term: it is what they name, and the sentence says no more of it
    return None


# the sentence says what the term is after naming it: 'the Services, namely support for the twelve laptops', 'the Services,
# including a help desk', 'the Services: (a) ...'
_EXPANDS = re.compile(r"[^.;]{0,20}?(?::|\b(?:namely|including|includes?|comprising|compris(?:e|es)|consisting\s+of|consists?\s+of|"
                      r"such\s+as|that\s+is|i\.\s?e\.|in\s+particular|in\s+the\s+form\s+of)\b)", re.I)


def _names(text: str, form: str, start: int, end: int) -> list[int]:
    """Where the term's form stands as whole words in text[start:end]."""
    found, at = [], text.find(form, start, end)
    while at >= 0:
        after = at + len(form)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            found.append(at)
        at = text.find(form, at + 1, end)
    return found
