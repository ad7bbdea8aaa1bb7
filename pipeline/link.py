"""Directive-item linking: which items of a directive (a ministry's công văn, a chỉ thị, a kế hoạch with tasks)
each task of an implementing document carries out.

A document implements another when one of its legal references resolves to a stored document with tasks
that is not newer than it ("Thực hiện Công văn số …", "Căn cứ …", "Triển khai …"). Each of its tasks is then
compared with every item of that directive; candidates above THRESHOLD are kept, ranked, many-to-many, with
the shared phrases as evidence. A task nothing fits gets a kind "none" row. A document without tasks that
cites or carries an attached copy of a directive ("Bản sao văn bản kèm theo") forwards it: one document-level
link (kind "forward") with the agency it hands the work to as lead.

Similarity is Vietnamese-aware: underthesea's word segmentation (compound words such as "trẻ_em") folded
by textnorm.fold, TF-IDF over words and word pairs, plus TF-IDF over character 3–5-grams of the folded text,
which tolerates OCR errors inside words. The score is the mean of the two cosines.
"""
from __future__ import annotations

import json
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import regex
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sqlmodel import Session, delete, select

from models import Document, DocumentSource, ImplementationLink, LegalRef, Task, TaskAgency
from pipeline import resolve
from pipeline.textnorm import fold, normalize

# Chosen on gold/links/65-KH-UBND.json (13 tasks against the 8 items of 1481/BYT-BMTE) by a grid over both:
# F1 0.897 (P 0.929, R 0.867) on the plateau threshold 0.25 × relative 0.6–0.8; top-1 on clear tasks 10/10.
THRESHOLD = 0.25  # absolute: below it an item is not a candidate
RELATIVE = 0.7  # a second candidate must score at least this fraction of the task's best
TOP_K = 3
METHOD = "tfidf words+char3-5"
ROOT = Path(__file__).resolve().parent.parent

# Function words and the boilerplate of task sentences: never evidence, and no weight in the word vectors.
STOPWORDS = {fold(w) for w in """và các của cho có được với về trong theo tại đối_với là những này đó để từ khi
    như trên đến bằng việc cũng nhằm thì mà hoặc một hai nhiều mọi đã đang sẽ ra vào lên do bởi nơi vì""".split()}
_WORDISH = regex.compile(r"^[\p{L}\p{N}_]+$")
_GIAO = regex.compile(r"\b[Gg]iao\s+(.+?)\s+(?:chủ trì|chủ động|tham mưu|hướng dẫn|nghiên cứu|triển khai|"
                      r"thực hiện|phối hợp)")


@lru_cache(maxsize=8192)
def _segment(text: str) -> tuple[tuple[str, str], ...]:
    """(word as written, folded word) pairs of `text`; compound words joined by "_" ("trẻ_em", "tre_em")."""
    from underthesea import word_tokenize
    words = word_tokenize(normalize(text or ""), format="text").split()
    return tuple((w, f) for w, f in ((w, fold(w)) for w in words) if _WORDISH.match(f))


def tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens of `text`, compound words joined by "_" ("tre_em")."""
    return tuple(f for _, f in _segment(text))


def _content(toks: Iterable[str]) -> list[str]:
    return [t for t in toks if t not in STOPWORDS and not t.isdigit()]


def _word_features(text: str) -> list[str]:
    toks = _content(tokens(text))
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


def similarity(left: list[str], right: list[str]) -> np.ndarray:
    """Scores in [0, 1] between every text of `left` and every text of `right`."""
    if not left or not right:
        return np.zeros((len(left), len(right)))
    corpus = list(left) + list(right)
    words = TfidfVectorizer(analyzer=_word_features, sublinear_tf=True).fit(corpus)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                            preprocessor=lambda t: " ".join(_content(tokens(t))).replace("_", " ")).fit(corpus)
    try:
        sw = cosine_similarity(words.transform(left), words.transform(right))
    except ValueError:  # no words at all
        sw = np.zeros((len(left), len(right)))
    sc = cosine_similarity(chars.transform(left), chars.transform(right))
    return 0.5 * sw + 0.5 * sc


def shared_phrases(a: str, b: str, limit: int = 5, corpus: list[str] | None = None) -> list[str]:
    """Word sequences (without function words at their ends, without numbers) that both texts contain, the
    most telling first: longest, then rarest in `corpus` (when given, words in most of its texts are no
    evidence on their own)."""
    seg = _segment(a)
    ta, tb = [f for _, f in seg], tokens(b)
    grams_b = {tuple(tb[i:i + n]) for n in range(1, 7) for i in range(len(tb) - n + 1)}
    df: dict[str, int] = {}
    for text in corpus or []:
        for t in set(tokens(text)):
            df[t] = df.get(t, 0) + 1
    n_docs = len(corpus or [])

    def weight(g: tuple[str, ...]) -> float:
        return sum(np.log((1 + n_docs) / (1 + df.get(t, 0))) + 1 for t in g if t not in STOPWORDS)

    used = [False] * len(ta)
    found: list[tuple[float, int, str]] = []
    for n in range(6, 0, -1):
        for i in range(len(ta) - n + 1):
            g = tuple(ta[i:i + n])
            if any(used[i:i + n]) or g[0] in STOPWORDS or g[-1] in STOPWORDS or g not in grams_b:
                continue
            if n == 1 and ("_" not in g[0] or (n_docs >= 4 and df.get(g[0], 0) > n_docs / 2)):
                continue  # a lone simple word, or a word most texts share, is weak evidence
            if any(ch.isdigit() for t in g for ch in t):  # a shared citation ("số 28 CT TW") is not content
                continue
            used[i:i + n] = [True] * n
            phrase = " ".join(w for w, _ in seg[i:i + n]).replace("_", " ")
            if all(phrase.lower() != p.lower() for _, _, p in found):
                found.append((weight(g), i, phrase))
    found.sort(key=lambda x: (-x[0], x[1]))
    return [p for _, _, p in found[:limit]]


# ---------------------------------------------------------------- writing links
def relink(s: Session, doc_ids: Iterable[int]) -> None:
    """Recompute the links of `doc_ids` and of every document implementing one of them."""
    ids = set(doc_ids)
    if not ids:
        return
    dependents = set(s.exec(select(LegalRef.document_id).where(LegalRef.resolved_document_id.in_(ids))))
    for doc_id in sorted(ids | dependents):
        link_document(s, doc_id)
    s.flush()


def _tasks(s: Session, doc_id: int) -> list[Task]:
    return [t for t in s.exec(select(Task).where(Task.document_id == doc_id).order_by(Task.position))
            if t.text and t.text.strip()]


def _directives(s: Session, doc: Document) -> list[tuple[Document, LegalRef | None]]:
    """The stored documents `doc` implements: its resolved references to documents with tasks (in citing
    order), then the documents attached to it as copies in the same file."""
    out: list[tuple[Document, LegalRef | None]] = []
    seen: set[int] = set()
    copies = _attached_copies(s, doc.id)
    for ref in s.exec(select(LegalRef).where(LegalRef.document_id == doc.id).order_by(LegalRef.position)):
        rid = ref.resolved_document_id
        if rid is None or rid == doc.id or rid in seen:
            continue
        target = s.get(Document, rid)
        if target is None or (doc.issued_on and target.issued_on and target.issued_on > doc.issued_on):
            continue
        if not _tasks(s, rid) and rid not in copies.values():
            continue
        seen.add(rid)
        out.append((target, ref))
    for rid in copies.values():
        if rid not in seen and rid != doc.id:
            seen.add(rid)
            out.append((s.get(Document, rid), None))
    return out


def _attached_copies(s: Session, doc_id: int) -> dict[str, int]:
    """Code key → document id of the documents attached as copies in the same files as `doc_id`."""
    sources = set(s.exec(select(DocumentSource.source_id).where(DocumentSource.document_id == doc_id)))
    if not sources:
        return {}
    out: dict[str, int] = {}
    for ds in s.exec(select(DocumentSource).where(DocumentSource.source_id.in_(sources))
                     .order_by(DocumentSource.id)):
        copy = (ds.reading or {}).get("attached_copy_of")
        if ds.document_id != doc_id and copy:
            out.setdefault(resolve.code_key(copy), ds.document_id)
    return out


DISPATCH_TYPES = {"Công văn", "Công điện"}


def _opens_with(s: Session, doc: Document, ref: LegalRef | None) -> bool:
    """A dispatch (công văn, công điện) whose first cited document is `ref`: "Thực hiện Công văn số … của …"."""
    if ref is None or doc.doc_type not in DISPATCH_TYPES:
        return False
    first = s.exec(select(LegalRef).where(LegalRef.document_id == doc.id).where(LegalRef.code_key.is_not(None))
                   .order_by(LegalRef.position)).first()
    return first is not None and first.id == ref.id


def forward_leads(s: Session, doc: Document) -> list[str]:
    """The agencies a forwarding dispatch hands the work to: "Giao Sở Y tế chủ trì …" in its text when the
    reading carries one ("body"/"text"), else its first "Kính gửi" entry."""
    from models import DocumentAgency
    for ds in s.exec(select(DocumentSource).where(DocumentSource.document_id == doc.id)):
        reading = ds.reading or {}
        body = reading.get("body") or reading.get("text") or ""
        m = _GIAO.search(body)
        if m:
            return [p.strip() for p in regex.split(r",|\s+và\s+", m.group(1)) if p.strip()]
    first = s.exec(select(DocumentAgency).where(DocumentAgency.document_id == doc.id)
                   .where(DocumentAgency.role == "recipient").order_by(DocumentAgency.position)).first()
    return [first.text] if first else []


def link_document(s: Session, doc_id: int) -> None:
    s.exec(delete(ImplementationLink).where(ImplementationLink.document_id == doc_id))
    doc = s.get(Document, doc_id)
    if doc is None:
        return
    directives = _directives(s, doc)
    if not directives:
        return
    tasks = _tasks(s, doc_id)
    if not tasks:
        copies = set(_attached_copies(s, doc_id).values())
        target, ref = next(((d, r) for d, r in directives if d.id in copies), directives[0])
        how = "attached copy" if target.id in copies else "cites"
        if how == "cites" and not _opens_with(s, doc, ref):
            return  # a decision citing a resolution "Căn cứ …" among others does not hand it on
        cited = f"{ref.type or ''} {ref.code or ''}".strip() if ref is not None else f"Bản sao {target.code}"
        s.add(ImplementationLink(document_id=doc_id, directive_id=target.id, kind="forward", score=1.0,
                                 method=how, evidence=[cited],
                                 lead=forward_leads(s, doc), rank=1))
        return
    for directive, _ref in directives:
        items = _tasks(s, directive.id)
        if not items:
            continue
        corpus = [t.text for t in tasks] + [i.text for i in items]
        scores = similarity([t.text for t in tasks], [i.text for i in items])
        for ti, task in enumerate(tasks):
            order = np.argsort(-scores[ti], kind="stable")
            best = scores[ti, order[0]]
            picked = [j for j in order[:TOP_K] if scores[ti, j] >= THRESHOLD and scores[ti, j] >= RELATIVE * best]
            if not picked:
                s.add(ImplementationLink(document_id=doc_id, task_id=task.id, directive_id=directive.id,
                                         kind="none", score=round(float(best), 4), method=METHOD,
                                         evidence=[], rank=0))
                continue
            for rank, j in enumerate(picked, 1):
                item = items[int(j)]
                s.add(ImplementationLink(document_id=doc_id, task_id=task.id, directive_id=directive.id,
                                         item_task_id=item.id, item_label=item.label, kind="task",
                                         score=round(float(scores[ti, j]), 4), method=METHOD,
                                         evidence=shared_phrases(task.text, item.text, corpus=corpus), rank=rank))


# ---------------------------------------------------------------- reading links
def _directive(s: Session, code: str) -> Document | None:
    cands = list(s.exec(select(Document).where(Document.code_key == resolve.code_key(code)).order_by(Document.id)))
    with_tasks = [d for d in cands if _tasks(s, d.id)]
    return (with_tasks or cands or [None])[0]


def _leads(s: Session, task_id: int) -> list[str]:
    return [a.text for a in s.exec(select(TaskAgency).where(TaskAgency.task_id == task_id)
                                   .where(TaskAgency.role == "lead").order_by(TaskAgency.position))]


def links_for(store, code: str) -> dict[str, Any]:
    """Items of directive `code` and the documents/tasks implementing each (schema in the module doc)."""
    with store.session() as s:
        d = _directive(s, code)
        out: dict[str, Any] = {"directive": d.code if d else code, "items": [], "forwarded_by": [],
                               "unmatched_tasks": []}
        if d is None:
            return out
        rows = list(s.exec(select(ImplementationLink).where(ImplementationLink.directive_id == d.id)
                           .order_by(ImplementationLink.document_id, ImplementationLink.task_id,
                                     ImplementationLink.rank)))
        docs = {i: s.get(Document, i) for i in {r.document_id for r in rows}}
        tasks = {i: s.get(Task, i) for i in {r.task_id for r in rows if r.task_id}}
        for item in _tasks(s, d.id):
            impl = sorted((r for r in rows if r.kind == "task" and r.item_task_id == item.id),
                          key=lambda r: (-(r.score or 0), r.document_id, r.task_id or 0))
            out["items"].append({"label": item.label, "text": item.text, "implemented_by": [
                {"document": docs[r.document_id].code, "task": tasks[r.task_id].label, "lead": _leads(s, r.task_id),
                 "score": r.score, "method": r.method, "evidence": r.evidence or []}
                for r in impl]})
        out["forwarded_by"] = [{"document": docs[r.document_id].code, "lead": r.lead or []}
                               for r in rows if r.kind == "forward"]
        out["unmatched_tasks"] = [{"document": docs[r.document_id].code, "task": tasks[r.task_id].label}
                                  for r in rows if r.kind == "none"]
        return out


# ---------------------------------------------------------------- evaluation against gold
def _gold_document_code(path: Path, gold: dict) -> str:
    if gold.get("document"):
        return gold["document"]
    return path.stem.replace("-", "/", 1)


def predicted_links(store, doc_code: str, directive_code: str | None = None) -> dict[str, list[tuple[str, float]]]:
    """task label → [(item label, score)] ranked, for the document `doc_code` (towards one directive)."""
    with store.session() as s:
        doc = next((x for x in s.exec(select(Document).where(Document.code_key == resolve.code_key(doc_code)))
                    if _tasks(s, x.id)), None)
        if doc is None:
            return {}
        q = select(ImplementationLink).where(ImplementationLink.document_id == doc.id)
        if directive_code:
            directive = _directive(s, directive_code)
            if directive is None:
                return {}
            q = q.where(ImplementationLink.directive_id == directive.id)
        out: dict[str, list[tuple[str, float]]] = {}
        for r in s.exec(q.order_by(ImplementationLink.task_id, ImplementationLink.rank)):
            label = s.get(Task, r.task_id).label if r.task_id else None
            if label is None:
                continue
            out.setdefault(label, [])
            if r.kind == "task":
                out[label].append((r.item_label, r.score))
        return out


def evaluate_links(store, gold_dir: str | Path = "gold/links") -> dict[str, Any]:
    """Precision and recall of the (task, item) links, and top-1 accuracy on the tasks gold marks clear."""
    tp = fp = fn = 0
    top1 = clear = 0
    doc_ok = doc_total = 0
    per_file = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_code = _gold_document_code(path, gold)
        pred = predicted_links(store, doc_code, gold.get("directive"))
        f_tp = f_fp = f_fn = f_top1 = f_clear = 0
        for g in gold.get("links", []):
            label = str(g["task"])
            want = {str(i) for i in g.get("items", [])}
            got = [item for item, _ in pred.get(label, [])]
            f_tp += len(want & set(got))
            f_fp += len(set(got) - want)
            f_fn += len(want - set(got))
            if g.get("clear"):
                f_clear += 1
                f_top1 += (got[0] in want) if got else not want
        tp, fp, fn, top1, clear = tp + f_tp, fp + f_fp, fn + f_fn, top1 + f_top1, clear + f_clear
        per_file[path.name] = {"document": doc_code, "tasks": len(gold.get("links", [])), "clear": f_clear,
                               "top1": f_top1}
        for g in gold.get("document_links", []):
            fwd = [f for f in links_for(store, g["directive"])["forwarded_by"] if f["document"] == g["document"]]
            doc_total += 1
            doc_ok += bool(fwd) and (not g.get("lead") or {fold(x) for x in fwd[0]["lead"]} == {fold(x) for x in g["lead"]})
    return {"precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
            "top1_clear": round(top1 / clear, 3) if clear else 0.0,
            "clear_tasks": clear, "document_links": f"{doc_ok}/{doc_total}", "threshold": THRESHOLD,
            "files": per_file}


def store_seeds(store, seeds_dir: str | Path = ROOT / "samples" / "seeds") -> list[int]:
    """Parse the seed transcriptions and store them (each as its own source)."""
    import hashlib
    from pipeline.parse import parse_text
    ids: list[int] = []
    for p in sorted(Path(seeds_dir).glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        ids += store.ingest({"source": str(p), "sha256": hashlib.sha256(text.encode()).hexdigest(), "pages": 1,
                             "documents": parse_text(text)})
    return ids


def evaluate_links_from_samples(gold_dir: str | Path = ROOT / "gold" / "links") -> dict[str, Any] | None:
    """`make eval`: the seeds parsed into a throw-away SQLite store, links scored against gold/links."""
    if not any(Path(gold_dir).glob("*.json")):
        return None
    from pipeline.store import Store
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/links.db")
        try:
            store_seeds(store)
            return evaluate_links(store, gold_dir)
        finally:
            store.close()
