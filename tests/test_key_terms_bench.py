"""How bench/key_terms.py compares party names with the lawyers' answers: the same names written
another way are the same, and nothing more. Every name here is invented."""

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("key_terms_bench", Path(__file__).resolve().parents[1] / "bench" / "key_terms.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


@pytest.mark.parametrize(("answer", "expected"), [
    # a quoted alias without parenthesis ends the name
    ('Quillon.com Inc. "Quillon"; Tarn Foods, Inc."Sponsor"', ["quillon com", "tarn foods"]),
    # an entry that groups names given before it is no party of its own
    ('Harrow Labs, Inc. ("Seller"); Harrow IP LLC ("Licensing"); Harrow IP LLC together with Harrow Labs, Inc. ("Harrow");'
     ' Bexley Holdings, Inc. ("Buyer"); Seller and Buyer ("Principals")', ["harrow labs", "harrow ip", "bexley holdings"]),
    ('Orme AB ("Orme"); Tarn GmbH ("Tarn"); Orme AB, Tarn GmbH (collectively referred to as the "Parties")', ["orme", "tarn"]),
    # what comes with a party is no part of its name; names joined by 'and' that each end in a suffix are two
    ('Calder Bank Corporation together with its successors and assigns ("Lender"); Kestrel Foods Ltd. and all of its '
     'subsidiaries ("Kestrel")', ["calder bank", "kestrel foods"]),
    ('Wexley, Inc. and Wexley Radio, Inc. (collectively "Wexley"); Dunmore, L.L.C. ("Dunmore")', ["wexley", "wexley radio", "dunmore"]),
    # ', ' after an alias starts another name; ';' inside brackets splits nothing
    ('Zephyr Tools, LLC ("Zephyr"), Zephyr do Brasil Ltda. ("Zephyr Brazil"); Pike Ltd ("Pike"), solely for Section 2[Confidentiality; Non-solicitation]',
     ["zephyr tools", "zephyr do brasil", "pike"]),
])
def test_gold_party_names(answer, expected):
    assert bench.gold_parties(answer) == expected


def test_the_same_name_written_another_way_matches_and_another_name_does_not():
    assert bench.same_party(bench.party_name("The Babcock and Ridley Company"), bench.party_name("BABCOCK & RIDLEY CO."))
    assert bench.same_party(bench.party_name("Pifzar Inc."), bench.party_name("Pfizar Inc"))  # two letters swapped
    assert not bench.same_party(bench.party_name("Torevic Inc."), bench.party_name("Torvec Inc."))
    assert not bench.same_party(bench.party_name("Acme Inc."), bench.party_name("Acne Inc."))  # too short for a slip
    assert bench.party_names("Capsule US, LLC and its Affiliates") == ["capsule us"]
    assert bench.party_names("Babcock and Ridley Company") == ["babcock and ridley"]
