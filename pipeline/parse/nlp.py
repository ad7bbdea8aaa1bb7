"""The parser as a blank spaCy `vi` pipeline.

Tokenisation splits on white space and punctuation (no pyvi: word segmentation, where needed, comes from
underthesea). One component, `vanban_fields`, runs the extractors of :mod:`pipeline.parse` and adds every
field it found as a labelled span to ``doc.spans["fields"]`` (labels: CODE, DOC_TYPE, ISSUER, PLACE,
ISSUED_ON, SUBJECT, RECIPIENT, DISTRIBUTION, SIGNER, LEGAL_REF, DEADLINE, TASK); the field values are in
``doc._.documents``.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

if not Doc.has_extension("documents"):
    Doc.set_extension("documents", default=None)

LABELS = {"code": "CODE", "doc_type": "DOC_TYPE", "issuer": "ISSUER", "place": "PLACE", "issued_on": "ISSUED_ON",
          "subject": "SUBJECT", "recipients": "RECIPIENT", "distribution": "DISTRIBUTION", "signer": "SIGNER",
          "legal_refs": "LEGAL_REF", "deadlines": "DEADLINE"}


@Language.component("vanban_fields")
def vanban_fields(doc: Doc) -> Doc:
    from pipeline.parse import parse_segments

    docs = parse_segments(doc.text)
    spans = []
    for d in docs:
        for field, prov in d.get("provenance", {}).items():
            if field not in LABELS:
                continue
            for p in prov if isinstance(prov, list) else [prov]:
                span = doc.char_span(p["span"][0], p["span"][1], label=LABELS[field], alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        for t in d.get("tasks", []):
            p = t.get("provenance")
            if p:
                span = doc.char_span(p["span"][0], p["span"][1], label="TASK", alignment_mode="expand")
                if span is not None:
                    spans.append(span)
    doc.spans["fields"] = spans
    doc._.documents = docs
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    defaults = spacy.blank("xx").Defaults
    from spacy.tokenizer import Tokenizer

    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
    )
    nlp.add_pipe("vanban_fields")
    return nlp
