"""Issue 3's must-show, on the twenty sample scans as `make eval` reads them (real Tesseract, every page):
the cleaned text's error rate under 3 % averaged over the samples, the receipt stamp's number and date read on at
least 90 % of the stamped samples, and every document's number and date of issue intact. (The comparison with
plain `tesseract` on every profile is `make eval`'s; it reads each page a second time.)"""
import pytest

from pipeline import evaluate_ocr


@pytest.fixture(scope="module")
def report():
    return evaluate_ocr.ocr_report("samples", baseline=False)


def test_cleaned_text_error_rate_under_three_percent(report):
    everything = report["profiles"]["all"]
    assert everything["n"] == 20
    assert everything["cer"] < 0.03, everything


def test_receipt_stamps_read_on_nine_in_ten(report):
    everything = report["profiles"]["all"]
    wrong = [(r["file"], r["stamp_truth"], r["receipts"]) for r in report["samples"] if r.get("stamp_truth")
             and not r["stamp_both"]]
    assert everything["stamped"] == 14
    assert everything["stamp_ok"] >= 0.9 * everything["stamped"], wrong


def test_document_numbers_and_dates_intact(report):
    assert [r["file"] for r in report["samples"] if not (r["codes_ok"] and r["dates_ok"])] == []
