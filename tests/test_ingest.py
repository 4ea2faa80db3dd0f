"""Decoding and manifest validation on bytes the tests write themselves."""

from __future__ import annotations

import codecs

import pytest

from pipeline.ingest import DecodeError, decode, read_corpus, read_manifest

SIMPLIFIED = "深圳市地铁集团与招商银行签署合作协议，乘客可以扫码乘车。"
TRADITIONAL = "臺北市政府與國泰世華銀行合作，民眾可以用手機支付停車費。"
# 碁 (of 宏碁, Acer) is in Taiwan's Big5 (cp950) but not in plain Big5
TAIWAN_CP950 = "宏碁與台積電公布10月營收，電腦與伺服器出貨同步成長。"
# 邨 and 㗎 are Hong Kong characters of Big5-HKSCS
HONG_KONG_HKSCS = "香港房屋委員會表示，天水圍的公共屋邨今年首十個月輪候人數下降，居民認為環境幾好㗎。"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), SIMPLIFIED, "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (TAIWAN_CP950.encode("cp950"), TAIWAN_CP950, "cp950"),
        (HONG_KONG_HKSCS.encode("big5hkscs"), HONG_KONG_HKSCS, "big5hkscs"),
        (TRADITIONAL.encode("utf-8"), TRADITIONAL, "utf-8"),
    ],
)
def test_decode_known_encodings(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (codecs.BOM_UTF16_LE, "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_decode_rejects_bad_input(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_bom_is_removed_and_nothing_else_changes() -> None:
    text = "\ufeff 第一行\r\n第二行  "
    assert decode(codecs.BOM_UTF8 + text[1:].encode("utf-8"))[0] == text[1:]


def test_manifest_rows_are_validated(tmp_path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text(
        "doc_id,published,source,title\n"
        "a,2021-03-04,x,t\n"
        "b,2021/03/04,x,t\n"
        ",2021,x,t\n"
        "a,2020,x,t\n"
        "c,2020-05,,\n",
        encoding="utf-8",
    )
    rows, errors = read_manifest(path)
    assert sorted(rows) == ["a", "c"]
    assert rows["c"]["published"] == "2020-05"
    reasons = [str(e) for e in errors]
    assert any("row 3" in r and "2021/03/04" in r for r in reasons)
    assert any("row 4" in r and "empty doc_id" in r for r in reasons)
    assert any("row 5" in r and "duplicate" in r for r in reasons)


def test_manifest_without_columns_is_one_error(tmp_path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text("id,date\na,2020\n", encoding="utf-8")
    rows, errors = read_manifest(path)
    assert rows == {} and len(errors) == 1 and "doc_id" in errors[0].reason


def test_corpus_keeps_good_files_and_names_bad_ones(tmp_path) -> None:
    (tmp_path / "good_gbk.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (tmp_path / "good_big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,published,source,title\ngood_gbk,2019-06-01,,\n")
    corpus = read_corpus(tmp_path)
    assert [a.doc_id for a in corpus.articles] == ["good_big5", "good_gbk"]
    assert corpus.articles[1].published == "2019-06-01"
    assert corpus.articles[0].encoding == "big5"
    bad = {e.path.rsplit("/", 1)[-1]: e.reason for e in corpus.errors}
    assert set(bad) == {"empty.txt", "binary.txt"}
    assert "empty" in bad["empty.txt"] and "binary" in bad["binary.txt"]
    assert any("notes.md" in w for w in corpus.warnings)
