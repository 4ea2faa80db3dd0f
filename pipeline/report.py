"""HTML report: every article with its mentions highlighted, scores and two charts.

`write_report` writes `output/report.html`, one self-contained file (inline CSS and SVG,
no script, no external resource). The same inputs give a byte-identical file.

- each article's original text, mentions highlighted by type; the normalization is on hover
  (the `title` attribute); where a gold file exists, spurious predictions have a dashed red
  outline, missed gold mentions a red underline in the text, and a list of every scoring error;
- the per-type score table (`pipeline.evaluate.evaluate`, the numbers of `eval.json`);
- a timeline of the cities' join dates (`cities.csv`): a dot for a day, a band for a
  month, quarter, week or year (a date with an `X` part is placed at the coarser known one);
- a bar chart of the figures per city (`metrics.csv`), stacked by qualifier.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pipeline.evaluate import TYPES, Row, evaluate, read_gold
from pipeline.export import write_atomic
from pipeline.ingest import Article, read_corpus

REPORT_NAME = "report.html"
# displaCy's default colours for the nearest spaCy labels (GPE, ORG, DATE), and one for METRIC.
COLORS = {"CITY": "#feca74", "ORG": "#7aecec", "DATE": "#bfe1d9", "METRIC": "#d9b8f7"}
OTHER_COLOR = "#dddddd"
QUALIFIER_COLORS = {"exact": "#4e79a7", "approx": "#f28e2b", "over": "#59a14f", "under": "#e15759"}
NO_CITY = "(no city)"

CSS = """
body { font-family: system-ui, "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "PingFang SC",
  "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 1.5em 3em; color: #222; }
h1 { margin-bottom: 0.2em; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
nav a { margin-right: 1em; }
.legend span { margin-right: 1.2em; }
.meta { color: #555; font-size: 0.9em; }
.warn { color: #a00; }
.text { white-space: pre-wrap; line-height: 2.3; font-size: 1.02em; border: 1px solid #e3e3e3;
  border-radius: 4px; padding: 0.8em 1em; background: #fcfcfc; }
mark.m, mark.key { padding: 0.2em 0.3em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1;
  color: inherit; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.m::after { content: attr(data-type); font-size: 0.62em; font-weight: bold; margin-left: 0.35em;
  vertical-align: middle; opacity: 0.75; }
mark.spurious { outline: 2px dashed #d00; outline-offset: 1px; }
mark.m.spurious::after { content: attr(data-type) " \\2717"; color: #d00; opacity: 1; }
mark.m.mismatch { box-shadow: inset 0 -3px 0 #d00; }
.missed { border-bottom: 3px solid #d00; background: #ffe3e3; padding: 0.1em 0.1em; }
.missed::before { content: "missed " attr(data-type); font-size: 0.62em; font-weight: bold; color: #d00;
  margin-right: 0.3em; vertical-align: super; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.92em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }
th { background: #f1f1f1; }
td.l, th.l { text-align: left; }
tr.all td { font-weight: bold; background: #fafafa; }
td.low { color: #b00; }
table.errors td { text-align: left; }
svg text { font-family: inherit; }
""".strip()


@dataclass(frozen=True)
class Mark:
    """One span to draw in an article's text: a predicted mention or a missed gold one."""

    start: int
    end: int
    kind: str  # "pred" or "missed"
    type: str
    title: str
    classes: tuple[str, ...] = ()


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _read_dicts(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _fmt(x: float) -> str:
    """A coordinate for SVG: one decimal, no `-0.0`."""
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


# ---------------------------------------------------------------- mention highlighting


def _mention_title(m: Mapping[str, str], spurious: bool, mismatch: str | None) -> str:
    lines = [f"{m['type']} [{m['start']}:{m['end']}] {m['text']}"]
    if m.get("normalized"):
        lines.append(f"normalized: {m['normalized']}")
    if m["type"] == "METRIC":
        lines.append(f"value: {m.get('value', '')} {m.get('unit', '')}".rstrip())
        lines.append(f"qualifier: {m.get('qualifier', '')}")
        if m.get("subject"):
            lines.append(f"subject: {m['subject']}")
    if m.get("city"):
        lines.append(f"city: {m['city']}")
    if m.get("inferred") == "1":
        lines.append("year inferred from the text (no manifest date)")
    if spurious:
        lines.append("SPURIOUS: no gold mention of this type overlaps it")
    if mismatch is not None:
        lines.append(f"WARNING: the text at these offsets is {mismatch!r}")
    return "\n".join(lines)


def _missed_title(g: Row) -> str:
    lines = [f"MISSED gold {g.type} [{g.start}:{g.end}] {g.text}"]
    if g.type == "METRIC":
        lines.append(f"expected value: {g.value} {g.unit}".rstrip())
        lines.append(f"expected qualifier: {g.qualifier}")
    elif g.normalized:
        lines.append(f"expected normalized: {g.normalized}")
    if g.city:
        lines.append(f"expected city: {g.city}")
    return "\n".join(lines)


def _open_tag(mark: Mark) -> str:
    if mark.kind == "pred":
        classes = " ".join(("m", f"m-{mark.type}", *mark.classes))
        return (
            f'<mark class="{_attr(classes)}" data-type="{_attr(mark.type)}" data-start="{mark.start}" '
            f'data-end="{mark.end}" style="background: {COLORS.get(mark.type, OTHER_COLOR)}" '
            f'title="{_attr(mark.title)}">'
        )
    return (
        f'<span class="missed" data-type="{_attr(mark.type)}" data-start="{mark.start}" '
        f'data-end="{mark.end}" title="{_attr(mark.title)}">'
    )


def _close_tag(mark: Mark) -> str:
    return "</mark>" if mark.kind == "pred" else "</span>"


def highlight(text: str, marks: Iterable[Mark]) -> tuple[str, list[Mark]]:
    """HTML of `text` with the marks as (nested) elements, and the marks that could not be drawn.

    A mark that crosses another one (starts inside it and ends after it), is empty or lies
    outside the text is returned in the second list instead of being drawn.
    """
    order = {"pred": 0, "missed": 1}
    ordered = sorted(marks, key=lambda k: (k.start, -k.end, order[k.kind], k.type, k.title))
    parts: list[str] = []
    stack: list[Mark] = []
    rest: list[Mark] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            parts.append(escape(text[pos:top.end], quote=False))
            parts.append(_close_tag(top))
            pos = top.end

    for mark in ordered:
        if not 0 <= mark.start < mark.end <= len(text):
            rest.append(mark)
            continue
        close_until(mark.start)
        if stack and mark.end > stack[-1].end:
            rest.append(mark)
            continue
        parts.append(escape(text[pos:mark.start], quote=False))
        parts.append(_open_tag(mark))
        pos = mark.start
        stack.append(mark)
    close_until(len(text))
    parts.append(escape(text[pos:], quote=False))
    return "".join(parts), rest


def _article_marks(
    article: Article, predicted: Sequence[Mapping[str, str]], errors: Sequence[Mapping],
    has_gold: bool,
) -> list[Mark]:
    spurious = {(e["type"], e["start"], e["end"]) for e in errors if e["error"] == "spurious"}
    marks = []
    for m in predicted:
        start, end = int(m["start"]), int(m["end"])
        is_spurious = has_gold and (m["type"], start, end) in spurious
        found = article.text[start:end]
        mismatch = None if found == m["text"] else found
        classes = tuple(c for c, on in (("spurious", is_spurious), ("mismatch", mismatch is not None)) if on)
        marks.append(Mark(start, end, "pred", m["type"], _mention_title(m, is_spurious, mismatch), classes))
    return marks


# ---------------------------------------------------------------- score table


def _score_table(scores: Mapping[str, Mapping]) -> str:
    head = (
        '<table class="scores" id="score-table"><thead><tr><th class="l" rowspan="2">type</th>'
        '<th rowspan="2">gold</th><th rowspan="2">predicted</th><th colspan="3">strict</th>'
        '<th colspan="3">overlap</th><th rowspan="2">value accuracy</th></tr>'
        "<tr><th>P</th><th>R</th><th>F1</th><th>P</th><th>R</th><th>F1</th></tr></thead><tbody>"
    )
    rows = []
    for typ in (*TYPES, "ALL"):
        s = scores[typ]
        cells = [f'<td class="l">{escape(typ)}</td>', f"<td>{s['gold']}</td>", f"<td>{s['predicted']}</td>"]
        for match in ("strict", "overlap"):
            for key in ("p", "r", "f1"):
                value = float(s[match][key])
                low = ' class="low"' if value < 0.9 else ""
                cells.append(f'<td data-score="{match}-{key}"{low}>{value:.4f}</td>')
        cells.append(f'<td data-score="value_accuracy">{float(s["value_accuracy"]):.4f}</td>')
        row_class = ' class="all"' if typ == "ALL" else ""
        rows.append(f'<tr data-type="{typ}"{row_class}>{"".join(cells)}</tr>')
    agreement = float(scores["METRIC"].get("city_agreement", 0.0))
    foot = (
        f'</tbody></table><p class="meta">METRIC city agreement on matched rows: '
        f'<span id="city-agreement">{agreement:.4f}</span></p>'
    )
    return head + "".join(rows) + foot


def _errors_table(errors: Sequence[Mapping]) -> str:
    head = (
        '<table class="errors"><thead><tr><th>error</th><th>type</th><th>start</th><th>end</th>'
        "<th>text</th><th>expected</th><th>predicted</th></tr></thead><tbody>"
    )
    rows = []
    for e in errors:
        cells = "".join(
            f"<td>{escape(str(e[k]))}</td>"
            for k in ("error", "type", "start", "end", "text", "expected", "predicted")
        )
        rows.append(f'<tr data-error="{_attr(e["error"])}">{cells}</tr>')
    return head + "".join(rows) + "</tbody></table>"


# ---------------------------------------------------------------- timeline of join dates

_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(?:(\d{2}|XX)(?:-(\d{2}|XX))?|Q([1-4X])|W(\d{2}|XX)))?$")


@dataclass(frozen=True)
class Placed:
    """Where a (possibly partial) ISO date goes on a time axis: [start, end) and its precision."""

    start: dt.date
    end: dt.date
    precision: str  # day, week, month, quarter, year


def _month_start(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, 1)


def place_date(value: str) -> Placed | None:
    """Place `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Wnn`; `X` parts fall back to the coarser one.

    `2017-XX-28` is the year 2017, `2017-06-XX` the month; an unknown year, or text that is
    not such a date, gives None.
    """
    match = _DATE.match(value.strip())
    if not match or match.group(1) == "XXXX":
        return None
    year = int(match.group(1))
    year_span = Placed(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year")
    month, day, quarter, week = match.group(2, 3, 4, 5)
    try:
        if quarter and quarter != "X":
            q = int(quarter)
            return Placed(_month_start(year, 3 * q - 2), _month_start(year, 3 * q + 1), "quarter")
        if week and week != "XX":
            monday = dt.date.fromisocalendar(year, int(week), 1)
            return Placed(monday, monday + dt.timedelta(days=7), "week")
        if month and month != "XX":
            first = dt.date(year, int(month), 1)
            if day and day != "XX":
                exact = dt.date(year, int(month), int(day))
                return Placed(exact, exact + dt.timedelta(days=1), "day")
            return Placed(first, _month_start(year, int(month) + 1), "month")
    except ValueError:
        return None
    return year_span


def _estimate_width(label: str, size: float = 12.0) -> float:
    wide = sum(1 for c in label if ord(c) > 0x2E80)
    return (len(label) - wide) * size * 0.58 + wide * size


def timeline_svg(cities: Sequence[Mapping[str, str]]) -> str:
    """Inline SVG: one row per city with a join date; undated cities are listed under it."""
    dated = []
    undated = []
    for city in cities:
        value = (city.get("joined_date") or "").strip()
        placed = place_date(value) if value else None
        if placed is None:
            undated.append(city)
        else:
            dated.append((placed, city["name"], value, city))
    dated.sort(key=lambda d: (d[0].start, d[0].end, d[1]))
    if not dated:
        note = "No city has a join date." if cities else "No cities."
        return f'<p class="meta" id="timeline-empty">{escape(note)}</p>'

    first = min(p.start for p, *_ in dated)
    last = max(p.end for p, *_ in dated)
    axis_start = dt.date(first.year, first.month, 1)
    axis_end = last if last.day == 1 else _month_start(last.year, last.month + 1)
    months = (axis_end.year - axis_start.year) * 12 + axis_end.month - axis_start.month
    if months < 3:
        axis_start = _month_start(axis_start.year, axis_start.month - 1)
        axis_end = _month_start(axis_end.year, axis_end.month + 1)
        months += 2
    width, left, right, top, row_h = 980.0, 120.0, 30.0, 34.0, 30.0
    height = top + row_h * len(dated) + 40.0
    span_days = (axis_end - axis_start).days

    def x_of(day: dt.date) -> float:
        return left + (width - left - right) * (day - axis_start).days / span_days

    parts = [
        f'<svg id="timeline-chart" xmlns="http://www.w3.org/2000/svg" width="{_fmt(width)}" '
        f'height="{_fmt(height)}" viewBox="0 0 {_fmt(width)} {_fmt(height)}" role="img" '
        f'aria-label="Join dates of the cities">',
        f'<rect x="0" y="0" width="{_fmt(width)}" height="{_fmt(height)}" fill="#ffffff"/>',
    ]
    axis_y = height - 30.0
    step = 1 if months <= 18 else 3 if months <= 48 else 12
    for i in range(0, months + 1, step):
        tick = _month_start(axis_start.year, axis_start.month + i)
        x = x_of(tick)
        label = str(tick.year) if step == 12 else f"{tick.year}-{tick.month:02d}"
        parts.append(
            f'<line x1="{_fmt(x)}" y1="{_fmt(top - 10)}" x2="{_fmt(x)}" y2="{_fmt(axis_y)}" '
            f'stroke="#e6e6e6"/>'
            f'<text x="{_fmt(x)}" y="{_fmt(axis_y + 16)}" font-size="11" text-anchor="middle" '
            f'fill="#555">{label}</text>'
        )
    parts.append(
        f'<line x1="{_fmt(left)}" y1="{_fmt(axis_y)}" x2="{_fmt(width - right)}" y2="{_fmt(axis_y)}" '
        f'stroke="#888"/>'
    )
    for row, (placed, name, value, city) in enumerate(dated):
        y = top + row_h * row + row_h / 2
        x0, x1 = x_of(placed.start), x_of(placed.end)
        order = (city.get("join_order") or "").strip()
        tip = f"{name}: joined {value} (placed at {placed.precision} precision)"
        if order:
            tip += f"; national order {order}"
        parts.append(
            f'<g class="join" data-city="{_attr(name)}" data-date="{_attr(value)}" '
            f'data-precision="{placed.precision}"><title>{escape(tip)}</title>'
            f'<text x="{_fmt(left - 10)}" y="{_fmt(y + 4)}" font-size="13" text-anchor="end">'
            f"{escape(name)}</text>"
        )
        if placed.precision == "day":
            parts.append(f'<circle cx="{_fmt(x0)}" cy="{_fmt(y)}" r="6" fill="#d62728" stroke="#7a1010"/>')
            mark_start, mark_end = x0 - 6, x0 + 6
        else:
            dash = ' stroke-dasharray="4 3"' if placed.precision in ("year", "quarter") else ""
            parts.append(
                f'<rect x="{_fmt(x0)}" y="{_fmt(y - 7)}" width="{_fmt(max(x1 - x0, 2.0))}" height="14" '
                f'rx="3" fill="#d62728" fill-opacity="0.22" stroke="#d62728"{dash}/>'
            )
            mark_start, mark_end = x0, x1
        label = value + (f"  (No. {order})" if order else "")
        label_w = _estimate_width(label)
        if mark_end + 8 + label_w <= width - 4:
            lx, anchor = mark_end + 8, "start"
        elif mark_start - 8 - label_w >= left:
            lx, anchor = mark_start - 8, "end"
        else:
            lx, anchor = mark_start + 6, "start"
        parts.append(
            f'<text x="{_fmt(lx)}" y="{_fmt(y + 4)}" font-size="12" text-anchor="{anchor}" '
            f'fill="#333">{escape(label)}</text></g>'
        )
    parts.append("</svg>")
    legend = (
        '<p class="meta">A dot is a known day; a band is the month (solid) or the quarter or year '
        "(dashed) a partial date is placed in: <code>2017-XX-28</code> has no known month, so it "
        "spans 2017.</p>"
    )
    if undated:
        names = ", ".join(escape(c["name"]) for c in undated)
        legend += f'<p class="meta" id="timeline-undated">Without a join date: {names}</p>'
    return "".join(parts) + legend


# ---------------------------------------------------------------- metrics per city


def metrics_svg(metrics: Sequence[Mapping[str, str]]) -> str:
    """Inline SVG: horizontal bars, the number of figures (metrics.csv rows) per city by qualifier."""
    if not metrics:
        return '<p class="meta" id="metrics-empty">No figures.</p>'
    per_city: dict[str, Counter[str]] = defaultdict(Counter)
    texts: dict[str, list[str]] = defaultdict(list)
    for m in metrics:
        city = m.get("city") or NO_CITY
        per_city[city][m.get("qualifier") or "exact"] += 1
        unit = m.get("unit") or ""
        texts[city].append(f"{m.get('text', '')} = {m.get('value', '')}{(' ' + unit) if unit else ''}")
    cities = sorted(per_city, key=lambda c: (-sum(per_city[c].values()), c == NO_CITY, c))
    qualifiers = [q for q in QUALIFIER_COLORS if any(per_city[c][q] for c in cities)]
    qualifiers += sorted({q for c in cities for q in per_city[c]} - set(qualifiers))
    most = max(sum(per_city[c].values()) for c in cities)
    width, left, right, top, bar_h, gap = 980.0, 120.0, 60.0, 40.0, 20.0, 8.0
    height = top + (bar_h + gap) * len(cities) + 30.0
    unit_w = (width - left - right) / most
    parts = [
        f'<svg id="metrics-chart" xmlns="http://www.w3.org/2000/svg" width="{_fmt(width)}" '
        f'height="{_fmt(height)}" viewBox="0 0 {_fmt(width)} {_fmt(height)}" role="img" '
        f'aria-label="Figures per city">',
        f'<rect x="0" y="0" width="{_fmt(width)}" height="{_fmt(height)}" fill="#ffffff"/>',
    ]
    lx = left
    for q in qualifiers:
        color = QUALIFIER_COLORS.get(q, "#999999")
        parts.append(
            f'<rect x="{_fmt(lx)}" y="10" width="12" height="12" fill="{color}"/>'
            f'<text x="{_fmt(lx + 16)}" y="20" font-size="12">{escape(q)}</text>'
        )
        lx += 30 + _estimate_width(q)
    step = max(1, -(-most // 10))
    for n in range(0, most + 1, step):
        x = left + unit_w * n
        parts.append(
            f'<line x1="{_fmt(x)}" y1="{_fmt(top - 4)}" x2="{_fmt(x)}" y2="{_fmt(height - 26)}" '
            f'stroke="#e6e6e6"/><text x="{_fmt(x)}" y="{_fmt(height - 12)}" font-size="11" '
            f'text-anchor="middle" fill="#555">{n}</text>'
        )
    for row, city in enumerate(cities):
        y = top + (bar_h + gap) * row
        total = sum(per_city[city].values())
        tip = f"{city}: {total} figure(s)\n" + "\n".join(texts[city])
        parts.append(
            f'<g class="bar" data-city="{_attr(city)}" data-count="{total}"><title>{escape(tip)}</title>'
            f'<text x="{_fmt(left - 10)}" y="{_fmt(y + bar_h / 2 + 4)}" font-size="13" '
            f'text-anchor="end">{escape(city)}</text>'
        )
        x = left
        for q in qualifiers:
            n = per_city[city][q]
            if not n:
                continue
            color = QUALIFIER_COLORS.get(q, "#999999")
            parts.append(
                f'<rect x="{_fmt(x)}" y="{_fmt(y)}" width="{_fmt(unit_w * n)}" height="{_fmt(bar_h)}" '
                f'fill="{color}" data-qualifier="{_attr(q)}"/>'
            )
            x += unit_w * n
        parts.append(
            f'<text x="{_fmt(x + 6)}" y="{_fmt(y + bar_h / 2 + 4)}" font-size="12" fill="#333">'
            f"{total}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts) + (
        '<p class="meta">Rows of <code>metrics.csv</code> (one per fact, figures in several articles '
        "counted once), by the qualifier of the figure; hover a bar for its figures.</p>"
    )


# ---------------------------------------------------------------- the page


def _article_section(
    article: Article, predicted: Sequence[Mapping[str, str]], gold: Sequence[Row] | None,
    errors: Sequence[Mapping],
) -> str:
    has_gold = gold is not None
    marks = _article_marks(article, predicted, errors, has_gold)
    missed = [e for e in errors if e["error"] == "missed"]
    if gold is not None:
        missed_keys = {(e["type"], e["start"], e["end"]) for e in missed}
        marks += [
            Mark(g.start, g.end, "missed", g.type, _missed_title(g))
            for g in gold if (g.type, g.start, g.end) in missed_keys
        ]
    body, rest = highlight(article.text, marks)
    counts = Counter(m["type"] for m in predicted)
    meta = [
        f"published {escape(article.published or '(unknown)')}",
        f"encoding {escape(article.encoding)}",
        f"{len(article.text)} characters",
        f"{len(predicted)} mention(s): " + ", ".join(f"{t} {counts.get(t, 0)}" for t in TYPES),
    ]
    if article.source:
        meta.append(f"source {escape(article.source)}")
    if gold is None:
        meta.append("no gold file")
    else:
        n_spurious = sum(e["error"] == "spurious" for e in errors)
        meta.append(f"gold: {len(gold)} mention(s), {len(missed)} missed, {n_spurious} spurious")
    title = f"{article.doc_id}" + (f" — {article.title}" if article.title else "")
    parts = [
        f'<article class="doc" id="doc-{_attr(article.doc_id)}" data-doc="{_attr(article.doc_id)}">',
        f"<h3>{escape(title)}</h3>",
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    mismatches = sum("mismatch" in m.classes for m in marks)
    if mismatches:
        parts.append(
            f'<p class="warn">{mismatches} mention(s) whose text differs from the article at its offsets '
            "(underlined in red).</p>"
        )
    parts.append(f'<div class="text">{body}</div>')
    if rest:
        items = "".join(
            f"<li>{_open_tag(m)}{escape(article.text[m.start:m.end] or '(empty)', quote=False)}"
            f"{_close_tag(m)} [{m.start}:{m.end}]</li>"
            for m in rest
        )
        parts.append(
            '<p class="warn">Overlapping another span or outside the text, so not drawn in place:</p>'
            f'<ul class="rest">{items}</ul>'
        )
    if errors:
        parts.append(f"<details open><summary>{len(errors)} scoring error(s)</summary>")
        parts.append(_errors_table(errors) + "</details>")
    elif gold is not None:
        parts.append('<p class="meta">No scoring errors: every mention matches the gold.</p>')
    parts.append("</article>")
    return "".join(parts)


def build_report(
    articles: Sequence[Article], predicted: Sequence[Mapping[str, str]], gold: Sequence[Row] | None,
    cities: Sequence[Mapping[str, str]] | None, metrics: Sequence[Mapping[str, str]] | None,
    warnings: Sequence[str] = (),
) -> str:
    """The report page as a string: articles, mention rows (all columns as text), gold rows or None."""
    by_doc: dict[str, list[Mapping[str, str]]] = defaultdict(list)
    for m in predicted:
        by_doc[m["doc_id"]].append(m)
    for rows in by_doc.values():
        rows.sort(key=lambda m: (int(m["start"]), int(m["end"]), m["type"]))
    gold_by_doc: dict[str, list[Row]] = defaultdict(list)
    scores: dict | None = None
    errors_by_doc: dict[str, list[dict]] = defaultdict(list)
    if gold is not None:
        for g in gold:
            gold_by_doc[g.doc_id].append(g)
        pred_rows = [
            Row(m["doc_id"], m["type"], int(m["start"]), int(m["end"]), m["text"], m["normalized"],
                m["value"], m["unit"], m["qualifier"], m["city"])
            for m in predicted
        ]
        scores, errors = evaluate(gold, pred_rows)
        for e in errors:
            errors_by_doc[e["doc_id"]].append(e)

    known = {a.doc_id for a in articles}
    orphan_docs = sorted(set(by_doc) - known)
    all_warnings = list(warnings)
    if orphan_docs:
        all_warnings.append(
            f"mentions for {len(orphan_docs)} doc_id(s) with no article in the corpus: "
            + ", ".join(orphan_docs)
        )
    type_counts = Counter(m["type"] for m in predicted)
    summary = (
        f"{len(articles)} article(s), {len(predicted)} mention(s) ("
        + ", ".join(f"{t} {type_counts.get(t, 0)}" for t in TYPES)
        + ")"
    )
    if gold is not None:
        summary += f"; gold for {len(gold_by_doc)} article(s)"
    legend = "".join(
        f'<span><mark class="key" style="background: {COLORS[t]}">{t}</mark></span>' for t in TYPES
    )
    legend += (
        '<span><mark class="key spurious" style="background: #eeeeee">spurious prediction</mark></span>'
        '<span><span class="missed key-missed" data-type="">gold mention not found</span></span>'
    )
    nav = ['<a href="#scores">scores</a>', '<a href="#timeline">join timeline</a>',
           '<a href="#metrics">figures per city</a>']
    nav += [f'<a href="#doc-{_attr(a.doc_id)}">{escape(a.doc_id)}</a>' for a in articles]
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>cn-news-extract report</title>",
        f"<style>\n{CSS}\n</style></head><body>",
        "<h1>Extraction report</h1>",
        f'<p class="meta" id="summary">{escape(summary)}</p>',
        f"<nav>{''.join(nav)}</nav>",
    ]
    for warning in all_warnings:
        out.append(f'<p class="warn">{escape(warning)}</p>')
    out.append(
        f'<p class="legend">{legend}</p><p class="meta">Hover a mention for its type, normalization, '
        "value, unit, qualifier and city.</p>"
    )
    out.append('<section id="scores"><h2>Scores against gold</h2>')
    if scores is None:
        out.append('<p class="meta">No gold annotations given: no scores.</p>')
    else:
        out.append(_score_table(scores))
    out.append('</section><section id="timeline"><h2>When the cities joined</h2>')
    if cities is None:
        out.append('<p class="warn">cities.csv not found: run extract first.</p>')
    else:
        out.append(timeline_svg(cities))
    out.append('</section><section id="metrics"><h2>Figures per city</h2>')
    if metrics is None:
        out.append('<p class="warn">metrics.csv not found: run extract first.</p>')
    else:
        out.append(metrics_svg(metrics))
    out.append('</section><section id="articles"><h2>Articles</h2>')
    for article in articles:
        doc_gold = gold_by_doc.get(article.doc_id) if gold is not None else None
        out.append(_article_section(article, by_doc.get(article.doc_id, []), doc_gold,
                                    errors_by_doc.get(article.doc_id, [])))
    out.append("</section></body></html>\n")
    return "\n".join(out)


def write_report(corpus_dir: Path, out_dir: Path, gold_dir: Path | None) -> Path:
    """Write `out_dir/report.html` from the corpus texts and the files of `out_dir`; return its path.

    Raises FileNotFoundError when `out_dir/mentions.csv` is missing. A missing gold folder
    (or None) gives a report without scores.
    """
    mentions_path = out_dir / "mentions.csv"
    if not mentions_path.exists():
        raise FileNotFoundError(f"{mentions_path} does not exist; run extract first")
    predicted = _read_dicts(mentions_path)
    corpus = read_corpus(corpus_dir)
    warnings = [str(e) for e in corpus.errors]
    gold = None
    if gold_dir is not None and gold_dir.is_dir() and any(gold_dir.glob("*.csv")):
        gold = read_gold(gold_dir)
    cities_path, metrics_path = out_dir / "cities.csv", out_dir / "metrics.csv"
    cities = _read_dicts(cities_path) if cities_path.exists() else None
    metrics = _read_dicts(metrics_path) if metrics_path.exists() else None
    page = build_report(corpus.articles, predicted, gold, cities, metrics, warnings)
    path = out_dir / REPORT_NAME
    write_atomic(path, page)
    return path


def run_report(corpus_dir: Path, out_dir: Path, gold_dir: Path | None) -> int:
    """The `report` subcommand: write output/report.html; returns the exit status."""
    if not (out_dir / "mentions.csv").exists():
        print(f"error: {out_dir / 'mentions.csv'} does not exist; run extract first", file=sys.stderr)
        return 2
    if gold_dir is not None and not gold_dir.is_dir():
        print(f"warning: gold folder {gold_dir} does not exist; report without scores", file=sys.stderr)
    if not corpus_dir.is_dir():
        print(f"error: corpus folder {corpus_dir} does not exist", file=sys.stderr)
        return 2
    try:
        path = write_report(corpus_dir, out_dir, gold_dir)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot write the report: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}", file=sys.stderr)
    return 0
