"""The first-character indexes the finders use: same answers as trying every length."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.finders.prefix import PrefixIndex, by_first_char, by_last_char

FORMS = ["北京", "北京市", "北京大学", "南京", "京", "杭州湾", "杭州"]


def brute_longest(forms: list[str], text: str, pos: int, max_len: int | None = None) -> int:
    best = 0
    for n in range(1, len(text) - pos + 1):
        if (max_len is None or n <= max_len) and text[pos : pos + n] in forms:
            best = n
    return best


def test_longest_form_at_a_position():
    index = PrefixIndex(FORMS)
    text = "北京大学在北京市，杭州湾在杭州"
    assert index.longest(text, 0) == 4
    assert index.longest(text, 0, max_len=3) == 2
    assert index.longest(text, 5) == 3
    assert index.longest(text, 1) == 1  # 京
    assert index.longest(text, 4) == 0
    assert index.matches(text, 0) == [4, 2]


def test_a_form_longer_than_the_rest_of_the_text_never_matches():
    index = PrefixIndex(["北京市", "北"])
    assert index.longest("在北京", 1) == 1
    assert index.matches("北京", 0) == [1]


def test_min_len_leaves_out_short_forms():
    index = PrefixIndex(FORMS, min_len=2)
    assert "京" not in index
    assert index.longest("京城", 0) == 0


@given(
    st.lists(st.text(alphabet="北京南杭州市", min_size=1, max_size=4), max_size=12),
    st.text(alphabet="北京南杭州市，", max_size=20),
    st.integers(min_value=0, max_value=20),
    st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
)
def test_longest_agrees_with_trying_every_length(forms, text, pos, max_len):
    pos = min(pos, len(text))
    assert PrefixIndex(forms).longest(text, pos, max_len) == brute_longest(forms, text, pos, max_len)


def test_groups_keep_the_given_order():
    words = ["不超过", "超过", "约", "近"]
    assert by_last_char(words)["过"] == ("不超过", "超过")
    assert by_first_char(words)["超"] == ("超过",)
    pairs = [("港币", "HKD"), ("人民币", "CNY")]
    assert by_last_char(pairs, lambda p: p[0])["币"] == (("港币", "HKD"), ("人民币", "CNY"))
