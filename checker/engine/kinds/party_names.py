"""`party_names`: a party called by more than one name.

- Role words: the parties are defined as "Provider" and "Customer", yet a clause says
  "the Supplier" or "the Client". Per side (provider / customer), the defined role word (or,
  when none is defined, the one used most) is the name; every other role word of that side
  used as a capitalised term is a slip.
- Legal names: "Northwind IT Ltd" in the preamble, "Northwind IT Limited" or "Northwind Ltd"
  in the signature block. Names that start with the same word and differ (letter case and
  punctuation aside) are slips, each against the form used first.
"""

from __future__ import annotations

import re

from checker.engine.definitions import defined_forms, definitions
from checker.engine.kinds.drafting import (times as _times, CUSTOMER_ROLES, PROVIDER_ROLES, HygieneKind, Slip, company_names,
                                           SpanSet, heading_spans, whole_word_positions)


_IN_CLAUSE = re.compile(r"[a-z,;(][ \t]+$")


def _role_uses(text: str, role: str) -> list[int]:
    """Where a role word is used as a party's name: capitalised, after a lower-case word on its
    line ("the Supplier shall", "by Client"), so not a table label or a heading ("Customer
    relationship management"), and not part of a longer role ("Service Provider")."""
    # "Customer's": the apostrophe ends the word, so the possessive is a whole-word use
    return [at for at in whole_word_positions(text, role)
            if not text.endswith("Service ", 0, at) and _IN_CLAUSE.search(text, max(0, at - 30), at)]


def _key(name: str) -> str:
    return " ".join(re.sub(r"[.,]", "", name).casefold().split())


class PartyNamesKind(HygieneKind):
    name = "party_names"
    noun = ("inconsistent party name", "inconsistent party names")
    clean = "each party is called by one name"

    def slips(self, spec, document, package):
        return self._roles(document, package) + self._legal_names(document, package)

    @staticmethod
    def _roles(document, package) -> list[Slip]:
        defined = defined_forms(package)
        skip = SpanSet(heading_spans(document) + [(d.start, d.end) for d in definitions(document)])
        slips = []
        for side in (PROVIDER_ROLES, CUSTOMER_ROLES):
            counts = {role: sum(len(_role_uses(d.text, role)) for d in package.documents) for role in side}
            used = [role for role in side if counts[role] or role in defined]
            if len(used) < 2:
                continue
            named = [role for role in used if role in defined] or [max(used, key=lambda r: counts[r])]
            for role in used:
                if role in named:
                    continue
                uses = [u for u in _role_uses(document.text, role) if u not in skip]
                if uses:
                    slips.append(Slip(uses[0], uses[0] + len(role),
                                      f"'{role}' (used {_times(len(uses))}) for the party called '{named[0]}'"))
        return slips

    @staticmethod
    def _legal_names(document, package) -> list[Slip]:
        first: dict[str, str] = {}  # first word -> the name as first written
        for doc in package.documents:
            for name, _, _ in company_names(doc.text):
                first.setdefault(name.split()[0].casefold(), name)
        slips, seen = [], set()
        for name, start, end in company_names(document.text):
            canonical = first[name.split()[0].casefold()]
            if _key(name) != _key(canonical) and _key(name) not in seen:
                seen.add(_key(name))
                slips.append(Slip(start, end, f"'{name}' for '{canonical}'"))
        return slips


KIND = PartyNamesKind()
