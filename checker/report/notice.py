"""The one line every human-readable report ends with (text, Markdown, HTML; reviews and diffs)."""

NOT_LEGAL_ADVICE = "Not legal advice: an automated check against a rulebook; have a lawyer review the contract."


def out_of_scope(report) -> str | None:
    """The line a human report opens with when the contract is not an IT services contract."""
    scope = getattr(report, "scope", None) or {}
    if scope.get("in_scope", True):
        return None
    return (f"Out of scope: this reads as {scope.get('reason', 'not an IT services contract')}. The rulebook judges "
            "IT support and managed-services contracts, so no score is given; the findings below are for reference.")
