"""Stop 17, faults the review of stop 16 found and left: a capitalised run of common words or a place taken for a
person's name, the place after a Party committee title-cased, and near-copies of shared lists."""
from __future__ import annotations

from pipeline.parse import gazetteer


def test_the_place_after_a_party_committee_is_written_as_after_an_uy_ban_nhan_dan():
    # (a Party committee's header, the unit's word in lower case as after "Ủy ban nhân dân")
    assert gazetteer.agency_case("THỊ ỦY THỊ XÃ SƠN TÂY") == "Thị ủy thị xã Sơn Tây"
    assert gazetteer.agency_case("ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY") == "Ủy ban nhân dân thị xã Sơn Tây"
    assert gazetteer.agency_case("HUYỆN ỦY HUYỆN NAM ĐÀN") == "Huyện ủy huyện Nam Đàn"
    assert gazetteer.agency_case("BAN TỔ CHỨC THỊ ỦY THỊ XÃ SƠN TÂY") == "Ban Tổ chức Thị ủy thị xã Sơn Tây"
    # (no unit's word: the place's name after the committee, as before)
    assert gazetteer.agency_case("HUYỆN ỦY NAM ĐÀN") == "Huyện ủy Nam Đàn"
    assert gazetteer.agency_case("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"
