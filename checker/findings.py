"""Findings: what the engine concludes, as plain records every renderer reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

STATUSES = ("met", "weak", "missing", "not_applicable", "error")  # error: the rule itself failed
SEVERITIES = ("critical", "high", "medium", "low", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}  # 0 = most severe


@dataclass
class Evidence:
    document: str
    page: int | None
    section: str | None  # the section number, "4.2"
    heading: str | None  # the section heading, "Response Times"
    start: int
    end: int
    quote: str
    context: dict | None = None  # {"before", "after"}: the words around the quote, for showing it in place
    match_start: int | None = None  # where the rule's pattern matched inside the passage
    ocr_confidence: float | None = None  # the page was a scan read by OCR, with this confidence (0-1)
    ocr_low: bool = False  # ... below LOW_CONFIDENCE: the quote may be misread, check it against the scan

    def as_dict(self) -> dict:
        out = asdict(self)
        if self.ocr_confidence is None:  # only for a scanned page: a text page's evidence is as it was
            del out["ocr_confidence"], out["ocr_low"]
        return out


@dataclass
class Finding:
    rule: str
    element: str
    status: str
    severity: str
    title: str
    category: str
    message: str
    fix: str
    measurable: bool | None = None
    facts: list[dict] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    waived: dict | None = None  # {reason, expires, source}: a known gap accepted by a waiver
    # what the rule's kind concluded, as checker/reasons.py words it into `message`; and whether its
    # 'met' means 'no slips found' (its weak finding lists slips, one piece of evidence each)
    reason: str = field(default="", compare=False)
    detail: dict = field(default_factory=dict, compare=False, repr=False)
    met_means_clean: bool = False

    @property
    def is_gap(self) -> bool:
        """A gap to act on: weak, missing, or not judged at all because the rule failed."""
        return self.status in ("weak", "missing", "error")

    def as_dict(self) -> dict:
        return {"rule": self.rule, "element": self.element, "status": self.status, "severity": self.severity,
                "title": self.title, "category": self.category, "message": self.message, "fix": self.fix,
                "measurable": self.measurable, "facts": self.facts,
                "evidence": [e.as_dict() for e in self.evidence], "waived": self.waived}


@dataclass
class DocumentInfo:
    path: str
    format: str
    pages: int
    sha256: str
    language: str
    ocr: dict | None = None  # scanned pages: {"engine", "pages": [{page, confidence, status}]} (see note_ocr)

    def as_dict(self) -> dict:
        out = asdict(self)
        if self.ocr is None:
            del out["ocr"]
        return out


@dataclass
class Report:
    tool: dict
    rulebook: dict
    documents: list[DocumentInfo]
    findings: list[Finding]
    waivers: list[dict] = field(default_factory=list)  # what each waiver naming this contract did
    key_terms: dict = field(default_factory=dict)  # checker/keyterms.py: the deal at a glance, with evidence
    sources: list = field(default_factory=list, repr=False, compare=False)  # the Documents read; not serialised
    scope: dict = field(default_factory=lambda: {"in_scope": True})  # checker/nlp/scope.py: an IT contract at all?

    def __post_init__(self):
        """Scanned pages show: each document's OCR readings, and the evidence quoted from a
        scanned page carries that page's confidence."""
        if self.sources:
            note_ocr(self)

    @property
    def summary(self) -> dict:
        return {status: sum(f.status == status for f in self.findings) for status in STATUSES}

    def element_status(self) -> dict[str, str]:
        """One status per element: present when any of its rules is met or weak; met only
        when every applicable rule for it is met."""
        by_element: dict[str, list[str]] = {}
        for finding in self.findings:
            by_element.setdefault(finding.element, []).append(finding.status)
        return {element: element_status(statuses) for element, statuses in by_element.items()}

    @property
    def score(self) -> int | None:
        """The one score (report, HTML, audit table): of the applicable elements, met counts 1
        and weak 1/2, out of 100. None for a contract out of scope or with nothing applicable."""
        if not self.scope.get("in_scope", True):
            return None
        statuses = [s for s in self.element_status().values() if s != "not_applicable"]
        if not statuses:
            return None
        return round(100 * sum(1 if s == "met" else 0.5 if s == "weak" else 0 for s in statuses) / len(statuses))

    def as_dict(self) -> dict:
        return {"schema": "checker.report/1", "tool": self.tool, "rulebook": self.rulebook,
                "documents": [d.as_dict() for d in self.documents], "scope": self.scope, "score": self.score,
                "summary": self.summary, "elements": self.element_status(),
                "findings": [f.as_dict() for f in self.findings], "waivers": self.waivers,
                "key_terms": self.key_terms}


def element_status(statuses: list[str]) -> str:
    applicable = [s for s in statuses if s != "not_applicable"]
    if not applicable:
        return "not_applicable"
    if not any(s in ("met", "weak") for s in applicable):
        return "error" if "error" in applicable else "missing"  # error: not judged, say so
    return "met" if all(s == "met" for s in applicable) else "weak"


def value_of(item, key):
    """item[key] of a dict (a JSON report), item.key of a record (a live report); None when absent."""
    return item.get(key) if isinstance(item, dict) else getattr(item, key, None)


def where(evidence) -> str:
    """'msa.pdf, p. 3, §4.2 Response Times': where a quote stands (an Evidence, or its dict in
    a JSON report or the key terms), with the warning a quote from a poorly read scan carries."""
    document, page = value_of(evidence, "document"), value_of(evidence, "page")
    section, heading = value_of(evidence, "section"), value_of(evidence, "heading")
    scan = ""
    if value_of(evidence, "ocr_low"):  # a quote from a poorly read scanned page
        scan = f"scanned page read by OCR with {value_of(evidence, 'ocr_confidence'):.0%} confidence: check the quote"
    parts = (document, page and f"p. {page}", " ".join(p for p in (section and f"§{section}", heading) if p), scan)
    return ", ".join(str(p) for p in parts if p)


def note_ocr(report: Report) -> None:
    """Each document's OCR readings onto its DocumentInfo; the confidence of the scanned page
    a quote comes from onto the quote: a finding's evidence and a key term's alike."""
    from checker.ingest.ocr import LOW_CONFIDENCE

    by_name = {}
    for info, document in zip(report.documents, report.sources):
        if getattr(document, "ocr", None):  # how its scanned pages were read
            info.ocr = {"engine": document.ocr_engine, "pages": [asdict(reading) for reading in document.ocr]}
            by_name[document.name or document.path] = document
    if not by_name:
        return

    def flags(name, page) -> dict:  # what a quote from this page carries: {} for a page with a text layer
        document = by_name.get(name)
        reading = document.reading_of(page) if document else None
        if reading is None or reading.confidence is None:
            return {}
        return {"ocr_confidence": reading.confidence, "ocr_low": reading.confidence < LOW_CONFIDENCE}

    for finding in report.findings:
        for evidence in finding.evidence:
            vars(evidence).update(flags(evidence.document, evidence.page))
    for items in (report.key_terms or {}).values():
        for item in items:
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if evidence:
                evidence.update(flags(evidence.get("document"), evidence.get("page")))
