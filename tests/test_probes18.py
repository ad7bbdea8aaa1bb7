"""Stop 18's probe rounds M-R (gold/development/probes18): 42 documents in the genre's usual shapes, written by six
writers from gold/README alone, their expected tasks, leads and coordinators (EXPECTED.tsv) written before the parser
ran on them. Synthetic development material, not gold and not scored by `make eval`: the parser was mended on them, so
they guard what was mended — a reading lost again shows here as a fall below the round's level.

Stop 19's real documents read blind (gold/development/real19, README there): public texts, their tasks, leads and
coordinators read by the same rule before the parser ran on them; mended on too, guarded the same way (levels below
today's, the open rule questions left out of them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from expected_rounds import f1, missing_labels

DEVELOPMENT = Path(__file__).resolve().parents[1] / "gold" / "development"
ROUNDS = DEVELOPMENT / "probes18"
REAL = DEVELOPMENT / "real19"


@pytest.mark.parametrize("folder, key, least, entries", [
    (ROUNDS, "lead", 0.95, 300), (ROUNDS, "coordinators", 0.95, 200),
    (REAL, "lead", 0.84, 800), (REAL, "coordinators", 0.73, 400),
    (REAL / "B", "lead", 0.93, 40),  # directives, công điện and a notice, headers and all: read as their readers did
])
def test_read_blind_documents_hold(folder, key, least, entries):
    score, p, r, expected = f1(folder, key)
    assert expected > entries
    assert score >= least, f"{folder.name} {key}: F1 {score:.3f} (P {p:.3f}, R {r:.3f}) below {least}"


def test_probe_labels_hold():
    missing = missing_labels(ROUNDS)
    assert len(missing) <= 1, missing  # (q02's "Điều 2. Giao trách nhiệm: 1.-7." is an open rule question)


def test_real_labels_hold():
    missing = missing_labels(REAL)
    # open: 4169/UBND-VX and 5526/CT-CS (pages without their header, no document's tasks read), 6225/BVHTTDL (its
    # annex table read, the body's four items not), 182/KH-UBND (a "Phân công trách nhiệm" sub-part as the list),
    # 157/KH-UBND and 174/KH-UBND (which section holds the work), 2638/LĐTBXH (part I's guidance), 1351/QĐ-UBND (a
    # decision's "Trách nhiệm của các cơ quan" article), 380/NQ-CP (which section), 21/CT-TTg (a directive's
    # principles), 126/NQ-CP (requests among an article's items), 980/KH-UBND (rows the page lost, labels inferred),
    # 3176/QĐ-BYT (a decision's own "Tổ chức thực hiện"): rule questions, real19/README
    assert len(missing) <= 13, missing
