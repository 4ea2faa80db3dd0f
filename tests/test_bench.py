"""The benchmark's jieba timings: only the runs asked for, in characters per second."""

from __future__ import annotations

from pipeline.bench import JIEBA_RUNS, after_start_speedup, time_jieba


def test_time_jieba_times_the_runs_asked_for() -> None:
    texts = ["杭州成为全国首个无现金城市，支付宝覆盖率达到98%。"] * 20
    rates, cpu_rates = time_jieba(texts, 2, ("jieba_cut", "jieba_cut_no_hmm"))
    assert set(rates) == set(cpu_rates) == {"jieba_cut", "jieba_cut_no_hmm"}
    assert all(rate > 0 for rate in (*rates.values(), *cpu_rates.values()))
    everything, _ = time_jieba(texts[:2])
    assert set(everything) == set(JIEBA_RUNS)


def test_per_round_speedups_pair_the_runs_of_each_round() -> None:
    from pipeline.bench import per_round_speedups

    one = [{"seconds": 10.0}, {"seconds": 9.0}, {"seconds": 12.0}]
    two = [{"seconds": 5.0}, {"seconds": 6.0}, {"seconds": 7.5}]
    assert per_round_speedups(one, two) == [2.0, 1.5, 1.6]


def test_traditional_articles_keep_their_length_and_convert_back() -> None:
    """The benchmark's traditional corpus: the same articles, character for character, in
    traditional script, which the pipeline's t2s turns back into the simplified text."""
    from pipeline.bench import to_traditional
    from pipeline.convert import to_simplified

    articles = ["杭州成为全国首个无现金城市，支付宝覆盖率达到98%。\n",
                "国务院发展研究中心的报告说，经济稳定增长。\n"]
    traditional = to_traditional(articles)
    assert [len(t) for t in traditional] == [len(a) for a in articles]
    assert traditional[0].startswith("杭州成爲全國首個無現金城市")
    assert [to_simplified(t).simplified for t in traditional] == articles


def test_after_start_speedup_leaves_out_the_start_phases() -> None:
    one = {"phases": {"read": 0.05, "first results": 0.9, "articles": 6.0, "outputs": 2.0}}
    two = {"phases": {"read": 0.05, "first results": 0.9, "articles": 3.0, "outputs": 1.0}}
    assert after_start_speedup(one, two) == 2.0
    assert after_start_speedup({"seconds": 9.0}, two) is None  # a run without phases
