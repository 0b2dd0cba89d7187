"""The tokenizer of the default pipeline: spaCy's Tokenizer with rules for contract text.

Everything checker reads from a Doc is anchored on character offsets (tags come from
regexes, sentences from our own boundaries), so tokens only have to be words and
punctuation. spaCy's English rules (hundreds of exceptions and affix patterns for web and
news text) cost about 7x more on a long contract than these, which split off brackets,
quotes and trailing punctuation and keep clause numbers ("4.2"), amounts ("1,000.00"),
codes ("24x7", "P1") and hyphenated words ("non-renewal") whole. A trained pipeline the
user names keeps its own tokenizer: its models were trained on it.
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer
from spacy.util import registry
from spacy.vocab import Vocab

NAME = "checker.contract_tokenizer.v1"  # spacy.blank("en") builds it instead of English's (70 ms of rules thrown away)

_PREFIX = re.compile(r"""^[\[\(\{"'\u201c\u2018\u00ab$\u00a3\u20ac]""")
_SUFFIX = re.compile(r"""['\u2019]s$|[\]\)\}"'\u201d\u2019\u00bb,;:.!?%]$""")  # "Provider's" -> "Provider" + "'s"
_INFIX = re.compile(r"""[/\u2013\u2014|]|(?<=[^\W\d_])[,;:](?=[^\W\d_])|(?<=[a-z])\.(?=[A-Z][a-z])""")


def contract_tokenizer(vocab: Vocab) -> Tokenizer:
    return Tokenizer(vocab, rules={}, prefix_search=_PREFIX.search, suffix_search=_SUFFIX.search,
                     infix_finditer=_INFIX.finditer)


@registry.tokenizers(NAME)
def _factory():
    return lambda nlp: contract_tokenizer(nlp.vocab)
