"""HTML coverage report of one directive: its items beside the tasks that implement them, items nobody
implements highlighted, the documents that only forward it, the tasks with no source item, and the deadlines.
One self-contained file (inline CSS, no script); every stored text is escaped."""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from sqlmodel import select

from models import Deadline, Document, Task
from pipeline import link, resolve

CSS = """
body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;margin:2rem;color:#222;max-width:1400px}
h1{font-size:1.4rem;margin-bottom:.2rem} h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccc}
.meta{color:#555;margin:.2rem 0 1rem} .summary span{display:inline-block;margin-right:1.5rem;font-weight:bold}
table{border-collapse:collapse;width:100%;margin-top:.5rem} th,td{border:1px solid #ccc;padding:.4rem .5rem;
vertical-align:top;text-align:left} th{background:#f2f2f2} td.label{white-space:nowrap;font-weight:bold;width:3rem}
td.item{width:40%} tr.gap td{background:#fff1f0} tr.gap td.item::after{content:"Chưa có nhiệm vụ thực hiện";
display:block;color:#b42318;font-weight:bold;margin-top:.3rem;font-size:.85rem}
.impl{border-left:3px solid #2e7d32;padding-left:.5rem;margin-bottom:.6rem} .impl:last-child{margin-bottom:0}
.who{font-size:.85rem;color:#333} .score{font-family:monospace;color:#555} .ev{font-size:.8rem;color:#2e7d32}
.ev span{background:#edf7ed;border-radius:3px;padding:0 .25rem;margin-right:.25rem} .none{color:#888}
"""


NONE = '<span class="none">—</span>'


def _doc_tasks(store, codes: set[str]) -> dict[tuple[str, str], Task]:
    out: dict[tuple[str, str], Task] = {}
    with store.session() as s:
        for code in codes:
            for d in s.exec(select(Document).where(Document.code_key == resolve.code_key(code))):
                for t in s.exec(select(Task).where(Task.document_id == d.id)):
                    out.setdefault((d.code, t.label), t)
    return out


def _deadlines(store, codes: list[str]) -> list[tuple[str, str | None, str | None]]:
    rows = []
    with store.session() as s:
        for code in codes:
            for d in s.exec(select(Document).where(Document.code_key == resolve.code_key(code))):
                for x in s.exec(select(Deadline).where(Deadline.document_id == d.id).order_by(Deadline.position)):
                    rows.append((d.code, x.date.isoformat() if x.date else None, x.what))
    return sorted(set(rows), key=lambda r: (r[1] or "9999", r[0]))


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def render(store, code: str) -> str:
    data = link.links_for(store, code)
    with store.session() as s:
        d = link._directive(s, code)
        head = {"doc_type": d.doc_type, "issuer": d.issuer, "issued_on": d.issued_on, "subject": d.subject} if d \
            else {}
    impl_codes = {x["document"] for i in data["items"] for x in i["implemented_by"]} | \
                 {u["document"] for u in data["unmatched_tasks"]}
    tasks = _doc_tasks(store, impl_codes)
    items = data["items"]
    covered = sum(1 for i in items if i["implemented_by"])
    title = f"{head.get('doc_type') or 'Văn bản'} {data['directive']}"
    out = [f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Theo dõi thực hiện {_e(title)}"
           f"</title><style>{CSS}</style></head><body>",
           f"<h1>Theo dõi thực hiện {_e(title)}</h1>"]
    if d is None:
        out.append(f"<p class=\"meta\">Văn bản {_e(code)} chưa có trong cơ sở dữ liệu.</p></body></html>")
        return "".join(out)
    meta = " · ".join(_e(x) for x in (head.get("issuer"), head.get("issued_on") and
                                      head["issued_on"].strftime("%d/%m/%Y")) if x)
    out.append(f"<p class=\"meta\">{meta}</p><p>{_e(head.get('subject'))}</p>")
    out.append(f"<p class=\"summary\"><span>{covered}/{len(items)} nội dung có nhiệm vụ thực hiện</span>"
               f"<span>{len(items) - covered} nội dung chưa có</span>"
               f"<span>{len(impl_codes)} văn bản triển khai</span>"
               f"<span>{len(data['forwarded_by'])} văn bản chuyển tiếp</span></p>")
    out.append("<h2>Nội dung của văn bản và nhiệm vụ thực hiện</h2><table><thead><tr><th>Mục</th>"
               "<th>Nội dung chỉ đạo</th><th>Nhiệm vụ thực hiện (văn bản, nhiệm vụ, chủ trì, độ tương đồng)"
               "</th></tr></thead><tbody>")
    for item in items:
        gap = not item["implemented_by"]
        cells = []
        for x in item["implemented_by"]:
            t = tasks.get((x["document"], x["task"]))
            ev = "".join(f"<span>{_e(e)}</span>" for e in x["evidence"])
            when = f'<div class="who">Thời gian: {_e(t.timeline)}</div>' if t and t.timeline else ""
            cells.append(f"<div class=\"impl\"><div class=\"who\"><b>{_e(x['document'])}</b> — nhiệm vụ "
                         f"{_e(x['task'])}{' — chủ trì: ' + _e(', '.join(x['lead'])) if x['lead'] else ''} "
                         f"<span class=\"score\">{x['score']:.2f}</span></div>"
                         f"<div>{_e(t.text if t else '')}</div>"
                         f"{when}"
                         f"<div class=\"ev\">{ev}</div></div>")
        out.append(f"<tr class=\"{'gap' if gap else 'ok'}\"><td class=\"label\">{_e(item['label'])}</td>"
                   f"<td class=\"item\">{_e(item['text'])}</td>"
                   f"<td>{''.join(cells) or NONE}</td></tr>")
    out.append("</tbody></table>")
    out.append("<h2>Văn bản chuyển tiếp (giao thực hiện toàn bộ)</h2>")
    if data["forwarded_by"]:
        out.append("<ul>" + "".join(f"<li><b>{_e(f['document'])}</b> — giao chủ trì: {_e(', '.join(f['lead']))}</li>"
                                    for f in data["forwarded_by"]) + "</ul>")
    else:
        out.append("<p class=\"none\">Không có.</p>")
    out.append("<h2>Nhiệm vụ không gắn với nội dung nào của văn bản</h2>")
    if data["unmatched_tasks"]:
        out.append("<table><thead><tr><th>Văn bản</th><th>Nhiệm vụ</th><th>Nội dung</th></tr></thead><tbody>" +
                   "".join(f"<tr><td>{_e(u['document'])}</td><td class=\"label\">{_e(u['task'])}</td>"
                           f"<td>{_e(getattr(tasks.get((u['document'], u['task'])), 'text', ''))}</td></tr>"
                           for u in data["unmatched_tasks"]) +
                   "</tbody></table>")
    else:
        out.append("<p class=\"none\">Không có.</p>")
    out.append("<h2>Thời hạn</h2>")
    dl = _deadlines(store, [data["directive"], *sorted(impl_codes)])
    if dl:
        out.append("<table><thead><tr><th>Ngày</th><th>Văn bản</th><th>Việc phải xong</th></tr></thead><tbody>" +
                   "".join(f"<tr><td>{_e(dt.date.fromisoformat(day).strftime('%d/%m/%Y') if day else '')}</td>"
                           f"<td>{_e(c)}</td><td>{_e(what)}</td></tr>" for c, day, what in dl) + "</tbody></table>")
    else:
        out.append("<p class=\"none\">Không có thời hạn nào được ghi nhận.</p>")
    out.append(f"<p class=\"meta\">Lập ngày {dt.date.today().strftime('%d/%m/%Y')} bởi vanban.</p></body></html>")
    return "".join(out)


def write_report(store, code: str, path: str | Path) -> Path:
    """Write the coverage report of directive `code` to `path` (HTML) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(store, code), encoding="utf-8")
    return path
