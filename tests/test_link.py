"""Directive-item linking on the parsed seeds (1481/BYT-BMTE, 1471/UBND-VX, 65/KH-UBND, 28-CT/TW)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline import link
from pipeline.parse import parse_text
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
GOLD = ROOT / "gold" / "links"


def seed_result(prefix: str) -> dict:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return {"source": f"{prefix}.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(), "pages": 1,
            "documents": parse_text(text)}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('links')}/links.db")
    for p in ("000", "001", "003", "004"):
        store.ingest(seed_result(p))
    yield store
    store.close()


def test_links_for_shape(seeded):
    out = link.links_for(seeded, "1481/BYT-BMTE")
    assert out["directive"] == "1481/BYT-BMTE"
    assert [i["label"] for i in out["items"]] == [str(n) for n in range(1, 9)]
    impl = [x for i in out["items"] for x in i["implemented_by"]]
    assert impl and {x["document"] for x in impl} == {"65/KH-UBND"}
    assert set(out) == {"directive", "items", "forwarded_by", "unmatched_tasks"}
    assert all(set(i) == {"label", "text", "implemented_by"} for i in out["items"])
    assert all(set(u) == {"document", "task"} for u in out["unmatched_tasks"])
    for x in impl:
        assert set(x) == {"document", "task", "lead", "score", "method", "evidence"}
        assert 0 < x["score"] <= 1 and x["evidence"], x
    # Item 8 (statistics) is carried out by task 11, nearly word for word, led by Sở Y tế and Công an tỉnh.
    item8 = out["items"][7]["implemented_by"]
    assert item8[0]["task"] == "11" and "Sở Y tế" in item8[0]["lead"]
    assert any("thống kê" in e for e in item8[0]["evidence"])
    json.dumps(out, ensure_ascii=False)  # serialisable for `vanban links --json`


def test_plan_tasks_find_their_items_against_gold(seeded):
    report = link.evaluate_links(seeded, GOLD)
    assert report["clear_tasks"] >= 8
    assert report["top1_clear"] >= 0.9, report
    assert report["precision"] >= 0.8 and report["recall"] >= 0.75, report
    assert report["document_links"] == "1/1"


def test_task_without_source_item_is_unmatched(seeded):
    gold = json.loads((GOLD / "65-KH-UBND.json").read_text(encoding="utf-8"))
    no_item = {g["task"] for g in gold["links"] if not g["items"]}
    unmatched = {u["task"] for u in link.links_for(seeded, "1481/BYT-BMTE")["unmatched_tasks"]
                 if u["document"] == "65/KH-UBND"}
    assert no_item and no_item <= unmatched


def test_forwarding_dispatch_linked_at_document_level(seeded):
    out = link.links_for(seeded, "1481/BYT-BMTE")
    assert out["forwarded_by"] == [{"document": "1471/UBND-VX", "lead": ["Sở Y tế"]}]
    # A plan carrying the Party directive is linked to its items too (28-CT/TW is cited by 65/KH-UBND).
    ct = link.links_for(seeded, "28-CT/TW")
    assert ct["directive"] == "28-CT/TW" and len(ct["items"]) >= 5


def test_attached_copy_and_assignment_sentence(tmp_path):
    """A dispatch carrying the directive as an attached copy forwards it to the agency named by "Giao … chủ trì"."""
    store = Store(f"sqlite:///{tmp_path}/fwd.db")
    try:
        [directive] = seed_result("000")["documents"]
        fwd = {"doc_type": "Công văn", "code": "210/UBND-KGVX", "number": "210", "symbol": "UBND-KGVX",
               "issuer": "Ủy ban nhân dân tỉnh Lâm Đồng", "issued_on": "2025-03-20", "tasks": [],
               "recipients": ["Sở Giáo dục và Đào tạo", "Sở Tư pháp"], "legal_refs": [],
               "body": "Giao Sở Tư pháp chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện."}
        copy_ = dict(directive, attached_copy_of="1481/BYT-BMTE")
        store.ingest({"source": "fwd.pdf", "sha256": "f" * 64, "pages": 3, "documents": [fwd, copy_]})
        out = link.links_for(store, "1481/BYT-BMTE")
        assert out["forwarded_by"] == [{"document": "210/UBND-KGVX", "lead": ["Sở Tư pháp"]}]
        with store.session() as s:
            from models import ImplementationLink
            from sqlmodel import select
            assert s.exec(select(ImplementationLink.method).where(ImplementationLink.kind == "forward")).one() \
                == "attached copy"
    finally:
        store.close()


def test_links_do_not_depend_on_arrival_order(db_url, tmp_path):
    """The plan stored before its directive is linked when the directive arrives; a second scan of the
    directive (its tasks rewritten) keeps the plan's links."""
    late = Store(db_url)
    early = Store(f"sqlite:///{tmp_path}/early.db")
    try:
        for p in ("000", "003"):
            early.ingest(seed_result(p))
        late.ingest(seed_result("003"))
        assert link.links_for(late, "1481/BYT-BMTE")["items"] == []
        late.ingest(seed_result("000"))
        want = link.links_for(early, "1481/BYT-BMTE")
        assert link.links_for(late, "1481/BYT-BMTE") == want
        rescan = seed_result("000")
        rescan["sha256"] = "9" * 64
        late.ingest(rescan)
        assert late.counts()["documents"] == 2 and late.counts()["sources"] == 3
        assert link.links_for(late, "1481/BYT-BMTE") == want
    finally:
        late.close()
        early.close()


def test_similarity_tolerates_ocr_errors():
    clean = "Tăng cường kiểm tra, giám sát việc thực hiện pháp luật, chính sách về trẻ em"
    ocr = "Tăng cưòng kiếm tra, giám sảt việc thực hiên pháp luật, chinh sách vê trẻ em"
    other = "Tổ chức Tết Trung thu cho thiếu nhi với chủ đề ưu tiên nguồn lực"
    s = link.similarity([ocr], [clean, other])
    assert s[0, 0] > link.THRESHOLD > s[0, 1]


def test_shared_phrases_are_written_as_in_the_task():
    ev = link.shared_phrases("Triển khai thu thập chỉ tiêu thống kê về trẻ em",
                             "Tiếp tục triển khai thu thập chỉ tiêu thống kê, báo cáo về tình hình trẻ em")
    assert ev[0] == "Triển khai thu thập chỉ tiêu thống kê"


def test_decision_citing_a_directive_is_not_a_forward(tmp_path):
    """Only a dispatch that opens with the directive (or carries it as a copy) hands it on; a Quyết định
    without tasks that cites it "Căn cứ …" after other grounds is not linked."""
    store = Store(f"sqlite:///{tmp_path}/qd.db")
    try:
        store.ingest(seed_result("000"))
        ground = {"type": "Luật", "code": "102/2016/QH13", "date": "2016-04-05", "issuer": "Quốc hội", "title": None}
        cite = {"type": "Công văn", "code": "1481/BYT-BMTE", "date": "2025-03-14", "issuer": "Bộ Y tế", "title": None}
        qd = {"doc_type": "Quyết định", "code": "412/QĐ-UBND", "number": "412", "symbol": "QĐ-UBND",
              "issuer": "Ủy ban nhân dân tỉnh Gia Lai", "issued_on": "2025-04-01", "tasks": [],
              "legal_refs": [ground, cite]}
        cv = dict(qd, doc_type="Công văn", code="88/UBND-VX", number="88", symbol="UBND-VX",
                  recipients=["Sở Y tế tỉnh Gia Lai"], legal_refs=[cite, ground])
        store.ingest({"source": "qd.pdf", "sha256": "1" * 64, "pages": 2, "documents": [qd]})
        store.ingest({"source": "cv.pdf", "sha256": "2" * 64, "pages": 1, "documents": [cv]})
        assert link.links_for(store, "1481/BYT-BMTE")["forwarded_by"] == [{"document": "88/UBND-VX",
                                                                            "lead": ["Sở Y tế tỉnh Gia Lai"]}]
    finally:
        store.close()
