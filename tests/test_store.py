"""The relational store on a real SQLite file and a real PostgreSQL server (see conftest.db_url)."""
from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from pipeline.cleanup import clean_text
from pipeline.parse import parse_text
from pipeline.store import Store, default_url
from pipeline.types import VanbanError

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def seed_result(prefix: str, **extra) -> dict:
    text = seed_text(prefix)
    return {"source": f"{prefix}.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(), "pages": 2,
            "documents": parse_text(clean_text(text).text), **extra}  # cleaned, as the pipeline reads a text


def letter(code="1481/BYT-BMTE", issuer="Bộ Y tế", issued_on="2025-03-14", **fields) -> dict:
    doc = {"doc_type": "Công văn", "number": code.split("/")[0], "symbol": code.split("/", 1)[1], "code": code,
           "issuer": issuer, "issuer_parent": None, "place": "Hà Nội", "issued_on": issued_on,
           "subject": "Hướng dẫn thực hiện công tác trẻ em năm 2025",
           "recipients": ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
           "distribution": ["Như trên", "Bộ trưởng (để báo cáo)", "Lưu: VT, BMTE"],
           "signer": {"authority": "KT.", "title": "Thứ trưởng", "name": "Nguyễn Thị Liên Hương"},
           "tasks": [{"label": "1", "text": "Tăng cường truyền thông về quyền trẻ em", "lead": ["Sở Y tế"],
                      "coordinators": ["Sở Giáo dục và Đào tạo"], "timeline": "Thường xuyên"},
                     {"label": "1.1", "text": "In tài liệu tuyên truyền", "lead": [], "coordinators": [],
                      "timeline": None}],
           "legal_refs": [{"type": "Chỉ thị", "code": "28-CT/TW", "date": "2023-12-25", "issuer": "Bộ Chính trị",
                           "title": "tăng cường công tác chăm sóc, giáo dục, bảo vệ trẻ em"}],
           "deadlines": [{"date": "2025-12-15", "what": "báo cáo kết quả thực hiện"}],
           "receipts": [], "attached_copy_of": None}
    doc.update(fields)
    return doc


def result(sha: str, *docs: dict, conf: float | None = None, source: str | None = None) -> dict:
    return {"source": source or f"/scans/{sha}.pdf", "sha256": sha * (64 // len(sha)), "pages": 1,
            "ocr_confidence": conf, "documents": list(docs)}


@pytest.fixture
def store(db_url):
    """A store on the test's database (SQLite file or PostgreSQL), closed afterwards."""
    s = Store(db_url)
    yield s
    s.close()


def test_schema_made_by_alembic(db_url, store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"documents", "sources", "document_sources", "receipts", "agencies", "document_agencies", "tasks",
            "task_agencies", "legal_refs", "deadlines", "implementation_links", "ingestion_runs",
            "ingestion_errors", "alembic_version"} <= tables
    indexes = {i["name"] for i in inspect(store.engine).get_indexes("documents")}
    assert "ix_documents_code" in indexes
    assert store.counts()["agencies"] > 10  # seeded from the gazetteer
    Store(db_url).close()  # opening again upgrades nothing and seeds nothing twice
    assert store.counts()["agencies"] == Store(db_url).counts()["agencies"]


def test_same_results_twice_change_no_count(store):
    results = [seed_result(p) for p in ("000", "001", "003", "004")]
    first = [store.ingest(r) for r in results]
    before = store.counts()
    assert before["documents"] == 4 and before["sources"] == 4 and before["tasks"] > 20
    assert before["implementation_links"] > 0
    again = [store.ingest(copy.deepcopy(r)) for r in results]
    assert again == first
    assert store.counts() == before
    assert store.has_source(results[0]["sha256"]) and not store.has_source("0" * 64)


def test_second_scan_merges_into_one_document(store):
    poor = letter(subject="Hướng dẫn thục hiện cổng tác trẻ em năm 2O25", tasks=[],
                  receipts=[{"office": "Sở Y tế tỉnh Quảng Ngãi", "arrival_number": "812",
                             "arrival_date": "2025-03-17"}])
    good = letter(receipts=[{"office": "Ủy ban nhân dân tỉnh Bình Dương", "arrival_number": "1290",
                             "arrival_date": "2025-03-16"}])
    a = store.ingest(result("a1", poor, conf=71.5))
    b = store.ingest(result("b2", good, conf=93.0))
    assert a == b
    counts = store.counts()
    assert counts["documents"] == 1 and counts["sources"] == 2 and counts["document_sources"] == 2
    doc = store.document(a[0])
    assert doc["subject"] == "Hướng dẫn thực hiện công tác trẻ em năm 2025"  # the better scan's reading
    assert [t["label"] for t in doc["tasks"]] == ["1", "1.1"]  # only the second scan had tasks
    assert {r["arrival_number"] for r in doc["receipts"]} == {"812", "1290"}  # both stamps kept
    assert len(doc["sources"]) == 2 and doc["ocr_confidence"] == 93.0
    # A different document with the same number from another issuer stays apart.
    other = letter(issuer="Ủy ban nhân dân tỉnh Bình Dương", issued_on="2025-04-02")
    assert store.ingest(result("c3", other))[0] != a[0]
    assert store.counts()["documents"] == 2


def test_attached_copy_merges_with_the_original(store):
    forward = letter(code="1471/UBND-VX", issuer="Ủy ban nhân dân tỉnh Bình Dương", issued_on="2025-03-18",
                     tasks=[], recipients=["Sở Y tế", "Ủy ban nhân dân các huyện, thành phố"],
                     legal_refs=[{"type": "Công văn", "code": "1481/BYT-BMTE", "date": "2025-03-14",
                                  "issuer": "Bộ Y tế", "title": None}])
    copy_ = letter(attached_copy_of="1481/BYT-BMTE")
    ids = store.ingest(result("d4", forward, copy_, conf=88.0))
    assert len(ids) == 2 and store.document(ids[1])["attached_copy_of"] == "1481/BYT-BMTE"
    original = store.ingest(result("e5", letter(), conf=80.0))
    assert original == [ids[1]]
    doc = store.document(ids[1])
    assert doc["attached_copy_of"] is None and len(doc["sources"]) == 2
    assert store.counts()["documents"] == 2


def test_reference_resolved_when_the_directive_arrives(store):
    [bmte] = store.ingest(seed_result("000"))
    [plan] = store.ingest(seed_result("003"))

    def ref_to(doc_id, code):
        return next(r for r in store.document(doc_id)["legal_refs"] if r["code"] == code)

    assert ref_to(bmte, "28-CT/TW")["resolved"] is None
    assert ref_to(plan, "1481/BYT-BMTE")["resolved"] == bmte  # resolved on arrival
    [ct28] = store.ingest(seed_result("004"))
    assert ref_to(bmte, "28-CT/TW")["resolved"] == ct28  # resolved afterwards, the other direction
    assert ref_to(plan, "28-CT/TW")["resolved"] == ct28
    assert store.find("28 CT/TW") == [ct28]


def test_same_code_from_two_provinces_resolved_by_date(tmp_path):
    store = Store(f"sqlite:///{tmp_path}/s.db")
    try:
        [qn] = store.ingest(result("f6", letter(code="65/KH-UBND", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
                                                issued_on="2025-03-31", legal_refs=[])))
        [bd] = store.ingest(result("a7", letter(code="65/KH-UBND", issuer="Ủy ban nhân dân tỉnh Bình Dương",
                                                issued_on="2024-05-02", legal_refs=[])))
        assert qn != bd
        citing = letter(code="9/BC-UBND", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi", issued_on="2025-06-01",
                        legal_refs=[{"type": "Kế hoạch", "code": "65/KH-UBND", "date": "2025-03-31", "issuer": None,
                                     "title": None},
                                    {"type": "Kế hoạch", "code": "65/KH-UBND", "date": None, "issuer": None,
                                     "title": None}])
        [c] = store.ingest(result("b8", citing))
        refs = store.document(c)["legal_refs"]
        assert refs[0]["resolved"] == qn
        assert refs[1]["resolved"] is None  # two candidates and nothing to choose by: left for a clerk
    finally:
        store.close()


def test_runs_and_errors_recorded(tmp_path):
    store = Store(f"sqlite:///{tmp_path}/runs.db")
    try:
        run = store.start_run({"inputs": ["scans/"], "workers": 2})
        store.ingest(result("c9", letter()), run)
        store.record_error("scans/broken.pdf", None, "is not a PDF, an image or a text file", run)
        store.finish_run(run, {"files": 2, "errors": 1})
        with store.session() as s:
            from models import IngestionError, IngestionRun, Source
            r = s.get(IngestionRun, run)
            assert r.finished_at is not None and r.stats == {"files": 2, "errors": 1}
            assert s.exec(__import__("sqlmodel").select(IngestionError)).one().reason.startswith("is not a PDF")
            assert s.exec(__import__("sqlmodel").select(Source)).one().run_id == run
    finally:
        store.close()


def test_bad_url_is_a_sentence():
    with pytest.raises(VanbanError) as e:
        Store("not a url")
    assert "is not a database URL" in e.value.reason


def test_default_url(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert default_url() == "sqlite:///vanban.db"
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert default_url() == "postgresql+psycopg://u@h/db"


# ---------------------------------------------------------------- round trip
_VI = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩị"
                                            "óòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠ 0123456789,.;:-()/\"'")),
              min_size=1, max_size=40).filter(lambda s: s.strip() != "")
_DATE = st.dates(min_value=__import__("datetime").date(1945, 9, 2),
                 max_value=__import__("datetime").date(2099, 12, 31)).map(lambda d: d.isoformat())
_OPT = st.one_of(st.none(), _VI)


@st.composite
def documents(draw):
    n_tasks = draw(st.integers(0, 4))
    labels = [str(i + 1) for i in range(n_tasks)]
    return {
        "doc_type": draw(st.sampled_from(["Công văn", "Kế hoạch", "Quyết định", "Chỉ thị", "Thông báo"])),
        "number": None, "symbol": None, "code": None,  # set per example to a unique code
        "issuer": draw(_VI), "issuer_parent": draw(_OPT), "place": draw(_OPT), "issued_on": draw(_DATE),
        "subject": draw(_OPT),
        "recipients": draw(st.lists(_VI, max_size=3)), "distribution": draw(st.lists(_VI, max_size=4)),
        "signer": {"authority": draw(st.sampled_from(["KT.", "TM.", "TL.", "TUQ.", "Q.", None])),
                   "title": draw(_OPT), "name": draw(_VI)},
        "tasks": [{"label": lab, "text": draw(_VI), "lead": draw(st.lists(_VI, max_size=2)),
                   "coordinators": draw(st.lists(_VI, max_size=2)), "timeline": draw(_OPT)} for lab in labels],
        "legal_refs": [{"type": draw(_OPT), "code": draw(st.one_of(st.none(), st.just("77/ZZ-QQ"))),
                        "date": draw(st.one_of(st.none(), _DATE)), "issuer": draw(_OPT), "title": draw(_OPT)}
                       for _ in range(draw(st.integers(0, 3)))],
        "deadlines": [{"date": draw(st.one_of(st.none(), _DATE)), "what": draw(_OPT)}
                      for _ in range(draw(st.integers(0, 2)))],
        "receipts": [{"office": draw(_OPT), "arrival_number": draw(st.one_of(st.none(), st.from_regex(r"\d{1,5}",
                                                                                                        fullmatch=True))),
                      "arrival_date": draw(st.one_of(st.none(), _DATE))} for _ in range(draw(st.integers(0, 2)))],
        "attached_copy_of": None,
    }


def _roundtrip(store: Store, doc: dict, n: int) -> None:
    doc = dict(doc, number=str(n), symbol="RT-TEST", code=f"{n}/RT-TEST")
    sha = hashlib.sha256(f"roundtrip {n}".encode()).hexdigest()
    [i] = store.ingest({"source": f"rt{n}.pdf", "sha256": sha, "pages": 1, "documents": [doc]})
    back = store.document(i)
    for r in back["legal_refs"]:
        assert r.pop("resolved") is None
    for f in doc:
        assert back[f] == doc[f], f


_COUNTER = iter(range(1, 10**9))


@pytest.fixture(scope="module")
def rt_store(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('roundtrip')}/rt.db")
    yield store
    store.close()


@settings(max_examples=40, deadline=None)
@given(doc=documents())
def test_what_is_written_reads_back_equal_sqlite(rt_store, doc):
    _roundtrip(rt_store, doc, next(_COUNTER))


@pytest.mark.postgres
def test_what_is_written_reads_back_equal_postgresql(pg_database):
    store = Store(pg_database)
    try:
        @settings(max_examples=15, deadline=None)
        @given(doc=documents())
        def check(doc):
            _roundtrip(store, doc, next(_COUNTER))
        check()
    finally:
        store.close()


def test_migrations_match_the_models(db_url):
    """The tables Alembic made are the ones models/ declares (a model changed without a migration fails)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import models
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), models.metadata)
        assert diff == []
    finally:
        store.close()


def test_reference_with_a_misread_symbol_resolved_by_number_and_date(store):
    """OCR slips in a cited symbol ("BMTF" for "BMTE") still resolve when number and date agree, in both
    directions; a different date does not."""
    slip = {"type": "Công văn", "code": "1481/BYT-BMTF", "date": "2025-03-14", "issuer": "Bộ Y tế", "title": None}
    other_day = dict(slip, code="1481/BYT-BMT", date="2024-03-14")
    [plan] = store.ingest(result("aa", letter(code="65/KH-UBND", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
                                              issued_on="2025-03-31", legal_refs=[slip, other_day])))
    [bmte] = store.ingest(result("bb", letter(legal_refs=[])))
    refs = store.document(plan)["legal_refs"]
    assert refs[0]["resolved"] == bmte and refs[1]["resolved"] is None
    [late] = store.ingest(result("cc", letter(code="70/KH-UBND", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
                                              issued_on="2025-04-02", legal_refs=[slip])))
    assert store.document(late)["legal_refs"][0]["resolved"] == bmte
