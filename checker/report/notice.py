"""The one line every human-readable report ends with (text, Markdown, HTML; reviews and diffs)."""

NOT_LEGAL_ADVICE = "Not legal advice: an automated check against a rulebook; have a lawyer review the contract."
