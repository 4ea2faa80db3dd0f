#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g333_petrochemical_refiners_chemical_parks and
g334_macao_public_funds_grants (annotator YC).

Adapted from the precedent set's tools/annotate_xb.py (now dev/tools/annotate_g325_g326.py) (/tmp/ho57/precedent:
a simplified mainland article stored as GBK with characters outside GB2312
on its byline, and a traditional Hong Kong article stored as UTF-16 BE with
a BOM; copied and the data changed; g333's reference date is 2026-11-20,
g334's 2026-11-26).  My pair is its pair in the script and storage of the
simplified article, but its traditional article is a Macao one (市民日報,
with the opener 【本報訊】) stored as UTF-8 WITH A BOM.  So:

- the GBK block (annotate_xb.py's, unchanged but its data and its byline):
  the declared characters are the only ones GB2312 lacks, each written
  with its declared GBK bytes at its own place (the file walked character
  by character, two bytes a non-ASCII character), of the kinds declared
  per article (GBK_KINDS: one GBK/3 code, 垚 88 90, and one GBK/4 code, 祎
  B5 74); gb2312 fails on the file at 垚, gbk, cp936 and gb18030 read it
  as the same text.  The byline 21世纪经济报道记者 卢垚 邓祎 广州报道 NAMES
  its outlet (SPEC: news outlets in bylines are ORGs), 21世纪经济报道, which
  ends in 报道 where annotate_xb.py's check asked for 报 (GUIDELINES' list
  of byline tails is open, 报, 日报, 时报, 周刊, 新闻 …; the outlet ending in
  报道 must be the article's source), and closes with the city filed from,
  广州, a CITY row at its place (new here: BYLINE gains the city, as
  annotate_xa.py's BYLINE_PARTS had it for its 本报 byline).
- the UTF-16 BE block of annotate_xb.py is replaced by a UTF-8 block WITH A
  BOM for a traditional Macao text (annotate_xa.py's UTF-8-with-a-BOM block
  for its simplified g323, with annotate_xb.py's Big5 measure and opener
  checks of its UTF-16 block): exactly one BOM EF BB BF; utf-8-sig reads
  the text, plain utf-8 reads U+FEFF and the text; 科 = E7 A7 91 after the
  BOM; the file walked character by character, three bytes every
  non-ASCII character; the legacy codecs and UTF-16 fail or read another
  text, with and without the BOM; GB2312 cannot write the text, Big5-HKSCS
  writes it as another file; the characters plain Big5 cannot write are
  exactly OUTSIDE_BIG5 (氹 of 氹仔, 9C AE, hkscs-low; 滙 of the ORG 滙業銀行,
  FA C0, hkscs-udf; 着 of 隨着, FE D3, hkscs-udf; each once), each with
  its UTF-8 bytes at its places (DECLARED_UTF8), and plain big5 and cp950
  fail to encode the text first at 滙.  The opener 【本報訊】 opens the first
  paragraph and holds no row.  The region block serves Macao (MACAO =
  {g334}, no Hong Kong article): annotate_xb.py's Hong Kong-or-Macao block,
  unchanged, with IN_ROW used again (滙 in 滙業銀行).

It keeps every check of annotate_xb.py: strict decoding, offsets, overlaps
(two ORG rows never touch; a bare 今年/明年/去年 never touches the DATE after
it), span edges, formats, calendar-valid DATEs, a DATE span holding only
date characters (DATE_CHARS), METRIC values re-derived from the span (Arabic
figures with 万/亿, Chinese figures with 萬/億 sections: cn_big, cn_whole),
ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the whole
simplified article, audits of digits, magnitude characters, Latin words,
Chinese numerals, time characters, holiday words, city strings (absent
cities as guards), ORG words with the trade names before each head, the
places that open bodies' names, and ORG strings; the declared
organizations; the independent `city` rule (city sections under headings
included, though neither article has one, a headline one sentence)
asserted against my hand value on every DATE/METRIC row; the month and day
a DATE span writes, its precision, a bare month, day or quarter in the
reference year, the holiday table by exact span and the holidays recomputed
without it (the lunar table against lunardate where installed), ROC years
only in a Taiwan text (none here); relative words resolved from the
reference date (昨日, 昨（25）日, 本周一, 上周, 上周五, 上月, 今年, 明年,
去年, 两年前); 上月 as a baseline (较上月 after 11月); the bare-day
rule (23日); the range checks (今年1月至10月, 6900元/吨至7150元/吨, 80亿至
120亿元, 元旦至春节); 同日 (after 昨日); 去年同期 a year before its sentence's
period (x3: after 三季度, 10月 and 今年首十個月); the bracketed gloss
(本周一（23日）); the 上季 and 十一 checks (kept, unused); check_forward
(kept: no bare month after 明年 in a sentence); check_holiday_period (kept:
十二月十五日 is a day, which the bare-year check reads); check_bare_period
(上半年); the 约占 check (約佔3%, 約佔35%); markers before, touching and
after a span (超1200亿元, 突破6000万吨/年, 逾四成, 七成以上, 不足50萬元 …);
余/餘/多 after a span; 约为/約為 as a separated marker (约为每桶66美元,
約為58億元); the declared shared unit (80亿至120亿元); the collective labels
(揭阳、湛江两地; 澳門大學、澳門科技大學及澳門理工大學三所) and
check_no_collective_metric; the time unit (約45天, 約30天 after 平均 and
縮短); the narrowest codec; no Taiwan marker and no bare 2-3 digit year in
either text; the byline block; the declared characters' bytes and kinds;
the NO_SHI and FOREIGN_SHI checks; the two 市 checks, CITY_STOPS and
CITY_AMBIGUOUS; CITY_IN_NAME (used: 宁波石化经济技术开发区, 上海化学工业区,
舟山绿色石化基地); the ORG-row check (no 旗下, 的, 、, 子公司 or 屬下 inside, no
start after 国家/中国, no role or descriptor in front); the joiner checks
(JOINED_NAMES, JOINER_CHAR_NAMES, LISTED_PAIRS) and the
university-department check; the 约为-inside check; the check that a
traditional article holds no simplified character (S2T_ALLOWED: 里 of
里斯本); the OpenCC t2s-then-s2hk round trip (S2HK_KEPT: 周/週); the
SIMPLIFIED_ONLY coverage check; check_per_before and the slash-rate audit.

Comments that say "new here" in code kept from the precedent scripts are
those of the script that introduced the check.

Changes besides the data:
- the UTF-16 BE block replaced by a UTF-8-with-a-BOM block for a
  traditional Macao text (above); STORAGE_BLOCKS declares gbk and utf-8;
  DECLARED_UTF16 and DECLARED_UTF16_KINDS are gone with the UTF-16 block,
  DECLARED_UTF8 (the UTF-8 bytes of the characters declared outside Big5)
  comes with the UTF-8 one.
- the byline block reads a closing city filed from (BYLINE's fifth item,
  a CITY row at its place, checked in Doc and check()) and an outlet ending
  in 报道 that is the article's source.
- PER_UNITS declares g333's rates (吨/年, 元/吨); the slash-rate audit, which
  stopped on every slash rate, now stops on a slash rate outside a METRIC
  row of a declared rate, and every declared rate must be used.
- 桶 joins the bases of check_per_before and of the marker check (约为每桶66
  美元).
- check_holiday stops with a named assertion on a lunar holiday no table
  dates (annotate_xc.py's change, ported).
- the holiday table (国庆, 元旦, 春节; 聖誕, 農曆新年) and its calendar
  asserts for the reference dates 2026-11-20 and 2026-11-26.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (a BOM removed, nothing else
changed):

- g333 is simplified (mainland, 21世纪经济报道, 2026-11-20), stored as GBK
  WITHOUT a BOM; the title's 今 (BD F1) opens the file.  Its byline
  21世纪经济报道记者 卢垚 邓祎 广州报道 stands on line 3 and holds one ORG row
  (the outlet) and one CITY row (广州).  Two characters are outside GB2312,
  both in the reporters' given names, in no span: 垚 (U+579A; GBK/3 88 90)
  and 祎 (U+794E; GBK/4 B5 74).  Every other character is GB2312; OpenCC
  t2s leaves the article unchanged.
- g334 is traditional (Macao, 市民日報, 2026-11-26), stored as UTF-8 WITH A
  BOM (EF BB BF); the title's 科 (E7 A7 91) follows the BOM.  Three
  characters are outside plain Big5 and cp950: 氹 (U+6C39; Big5-HKSCS 9C
  AE) of 氹仔 and 着 (U+7740; FE D3) of 隨着, once each in no span, and 滙
  (U+6ED9; FA C0) once inside the ORG row 滙業銀行.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official names with 市, Macao and
  Lisbon by their common names).  A Macao text (澳門 and 本澳 written far
  more often than 香港, which it never writes): Macao bodies without a
  place in their names (文化局, 財政局, 體育局, 社會工作局, 經濟及科技發展局,
  教育及青年發展局 …) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho57/precedent: README, NOTES_xa/xb/xc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g333_g334.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule, a headline one sentence); every DATE/METRIC row states the
city I expect by hand, and the two must agree.

Re-run (from anywhere):

    python3 dev/tools/annotate_g333_g334.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP


HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)                       # holds corpus/ and gold/
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
PYTHON_CANDIDATES = [os.environ.get("CN_NEWS_PYTHON", ""),
                     os.path.join(os.path.dirname(BASE), ".venv", "bin",
                                  "python"),
                     "/work/main/.venv/bin/python"]
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
BOM8 = b"\xef\xbb\xbf"
BOM16LE = b"\xff\xfe"
BOM16BE = b"\xfe\xff"
G333 = "g333_petrochemical_refiners_chemical_parks"
G334 = "g334_macao_public_funds_grants"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G333: ("gbk", b"", False, "2026-11-20", "21世纪经济报道"),
    G334: ("utf-8", BOM8, True, "2026-11-26", "市民日報"),
}
# every declared codec must have its storage block in Doc (annotate_rb.py's
# check: a codec without one would skip every byte check); annotate_xb.py's
# UTF-16 BE block is replaced by a UTF-8-WITH-A-BOM block for the Macao
# text (annotate_xa.py's UTF-8 block for its simplified g323, turned to a
# traditional text with annotate_xb.py's Big5 measure and opener checks)
STORAGE_BLOCKS = ("gbk", "utf-8")
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g333: 今 of the title in GBK, BD F1, at byte 0; g334: 科
# of the title in UTF-8, E7 A7 91, after the BOM EF BB BF)
FIRST_CHAR = {G333: ("今", b"\xbd\xf1"), G334: ("科", b"\xe7\xa7\x91")}
# characters outside the BMP each article declares, in text order: none
# (GBK cannot write one; the Macao article writes none)
OUTSIDE_BMP = {G333: [], G334: []}
# characters of the mainland GBK article that GB2312 lacks, with their GBK
# bytes (annotate_rb.py's OUTSIDE_GB2312, via annotate_wc.py and
# annotate_xb.py): 垚 (U+579A, GBK 88 90) of the first reporter's given name
# and 祎 (U+794E, GBK B5 74) of the second's, both on the byline line, in
# no span
OUTSIDE_GB2312 = {G333: {"垚": b"\x88\x90", "祎": b"\xb5\x74"}}
# ... and the kinds they are of, one each (annotate_rb.py's GBK_KINDS):
# "gbk3" (GBK/3, the rows GBK added before GB2312's: lead byte 81-A0, trail
# 40-FE but 7F; 垚 88 90) and "gbk4" (GBK/4, the low half of GB2312's own
# rows: lead byte AA-FE, trail 40-A0 but 7F; 祎 B5 74); "gbk5" (symbols) is
# kept in the block, unused
GBK_KINDS = {G333: Counter({"gbk3": 1, "gbk4": 1})}
# characters of the mainland article that GBK writes with bytes that
# GB2312 reads as another character (annotate_pc.py's name dot of
# 农民日报·中国农网): none here; the block stays
GB_FORMS = {G333: {}}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, the reporters' names separated by a space,
# then a space, the city filed from and 报道 (21世纪经济报道's house form,
# 21世纪经济报道记者 X 广州报道; annotate_xa.py's byline with a city, whose
# 本报 named no outlet, and annotate_xb.py's, whose outlet ended in 报).
# SPEC: news outlets in bylines are ORGs (新华社, 澎湃新闻), so the line
# holds one ORG row, the outlet 21世纪经济报道, at its start (its 21 a
# name's digits, no figure: SPEC "Not METRIC: names"), and one CITY row,
# 广州, the city filed from (precedents WB, XA: 北京报道, 杭州报道)
BYLINE = {G333: ("", ["21世纪经济报道"], "记者 ", ["卢垚", "邓祎"], "广州")}
BYLINE_ORG = {G333: True}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP: none here (GBK has no astral
# character); the check stays
ASTRAL_BEFORE_BODY = set()
# the paragraph opener of a Hong Kong or Macao article and the rows it
# holds: 【本報訊】 opens g334's first paragraph (the Macao papers' opener;
# 本報 names no outlet, GUIDELINES, so it holds no row; annotate_xc.py's
# 【本報消息】 of 澳門日報 held none either)
OPENER = {G334: ("【本報訊】", [])}
# characters of the Macao article that plain Big5 lacks, each with whether
# cp950 (Taiwan's Big5) holds it: 氹 (U+6C39, of 氹仔; Big5-HKSCS 9C AE: a
# lead byte below A1, HKSCS's added area), 滙 (U+6ED9, of the ORG 滙業銀行;
# Big5-HKSCS FA C0: a lead byte of Big5's user-defined area, which HKSCS
# fills) and 着 (U+7740, of 隨着; Big5-HKSCS FE D3, the same area), none of
# which plain Big5 or cp950 reads.  The file is UTF-8: the declaration
# describes what a converter to the region's legacy codec meets (the
# storage block and the region block below; annotate_xb.py's reading for
# its UTF-16 file, annotate_wc.py's for its UTF-8 one)
OUTSIDE_BIG5 = {G334: {"氹": False, "滙": False, "着": False}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"氹": b"\x9c\xae", "滙": b"\xfa\xc0", "着": b"\xfe\xd3"}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): one "hkscs-low" (氹) and two "hkscs-udf" (滙, 着); the
# "hkscs-c6c8" and "cp950" kinds are kept in the block, unused here
BIG5_KINDS = {G334: Counter({"hkscs-low": 1, "hkscs-udf": 2})}
# ... the rows a declared character may stand in (annotate_qb.py's IN_ROW,
# used by annotate_sc.py for 邨 of 綠邨電台; unused by annotate_xb.py and
# annotate_xc.py): 滙 in the ORG 滙業銀行 (Banco Delta Asia, a Macao bank,
# as Macao writes its name), once
IN_ROW = {G334: {"滙": ("ORG", ["滙業銀行"])}}
# ... and the words a declared character may stand in outside every span,
# with their counts: 氹 in 氹仔 (Taipa, a district: 位於氹仔的長者院舍) and 着
# in 隨着 (隨着審批電子化), once each
OUTSIDE_BIG5_WORD = {G334: {"氹": {"氹仔": 1}, "着": {"隨着": 1}}}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 財政局, 文化局 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G334}
# the region's names, which a text of the region writes at least twice and
# more often than the other region's (annotate_bc.py's, via annotate_xb.py)
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao or Hong Kong text writes as traditional though OpenCC
# s2t would change them, taken alone (annotate_sc.py's 台 of 電台,
# annotate_xc.py's 台 of 平台): 里 of 里斯本 (Lisbon, as Macao writes it; s2t
# writes 裏 for the character alone; an earlier script's reading, which
# annotate_xb.py's comments cite)
S2T_ALLOWED = {G334: ("里",)}
# ... each confined to its declared words with their counts: 里斯本 once
S2T_ALLOWED_WORD = {G334: {"里": {"里斯本": 1}}}
# ORG names that join two fields with 及/和/與/与 inside one body (GUIDELINES:
# 上海市文化和旅游局, 运输及物流局; an association naming two trades after its
# place is one name, 澳门酒店及饮食业商会): g333's 中国石油和化学工业联合会
# (two trades after the country), 烟台市发展和改革委员会 and 宁波市发展和改革
# 委员会 (a city's commission of two fields joined by 和), 工业和信息化部 (a
# ministry of two fields); g334's 經濟及科技發展局 and 教育及青年發展局
# (Macao bureaus of two fields joined by 及)
JOINED_NAMES = {G333: ("中国石油和化学工业联合会", "烟台市发展和改革委员会",
                       "宁波市发展和改革委员会", "工业和信息化部"),
                G334: ("經濟及科技發展局", "教育及青年發展局")}
# ORG names that write 和/及/與/与 as a character of their trade name, not as
# a joiner (annotate_ra.py's JOINER_CHAR_NAMES): none here
JOINER_CHAR_NAMES = {G333: {}, G334: {}}
# pairs of ORG rows joined by 及/和/與/与 (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair
# (annotate_ra.py's LISTED_PAIRS): none in g333 (its lists use 、); g334's
# 澳門科技大學及澳門理工大學 and 聖若瑟大學及鏡湖護理學院 (the last items of
# two lists of schools), 科技基金與國家自然科學基金委員會 and 科技基金與廣東省
# 科學技術廳 (partners), 澳門培正中學和勞工子弟學校 (a list's last items)
LISTED_PAIRS = {G333: (),
                G334: (("澳門科技大學", "澳門理工大學"),
                       ("聖若瑟大學", "鏡湖護理學院"),
                       ("科技基金", "國家自然科學基金委員會"),
                       ("科技基金", "廣東省科學技術廳"),
                       ("澳門培正中學", "勞工子弟學校"))}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 of 上周五, 本周一 and 上周 (s2hk 週;
# annotate_xb.py's and annotate_xc.py's pair; Macao's papers write 周)
S2HK_KEPT = {G334: {("周", "週")}}
# the number of halves each title has (a space between Han characters or
# after a figure's % splits it for dates, GUIDELINES; annotate_qa.py's
# TITLE_HALVES): g333's space after 约86%, g334's after 逾4.2億元
TITLE_HALVES = {G333: 2, G334: 2}
# event, place and heritage names that hold a CITY at their start and are
# no ORG (SPEC: a city inside a scenic spot's, a park's or an event's name
# counts; annotate_rc.py's CITY_IN_NAME, as annotate_vc.py changed it; kept
# unused by annotate_xb.py and annotate_xc.py): g333's chemical parks named
# by their cities (宁波石化经济技术开发区, 上海化学工业区, 舟山绿色石化基地:
# places, not bodies; their management committees, 宁波石化经济技术开发区
# 管理委员会 and 上海化学工业区管理委员会, are ORGs holding no CITY), each
# once outside an ORG row
CITY_IN_NAME = {G333: {"宁波石化经济技术开发区": 1, "上海化学工业区": 1,
                       "舟山绿色石化基地": 1}}
# the UTF-8 bytes of the characters the UTF-8 article declares outside Big5
# (new here, in place of annotate_xb.py's DECLARED_UTF16 for its UTF-16
# file: the byte walk of the UTF-8 block finds each at its places): 氹 E6 B0
# B9, 滙 E6 BB 99, 着 E7 9D 80, each three bytes like every Han character
DECLARED_UTF8 = {"氹": b"\xe6\xb0\xb9", "滙": b"\xe6\xbb\x99",
                 "着": b"\xe7\x9d\x80"}
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "还务贸进监协调组织计划补贴额实际预测据显"
                   "横粤区执设简闻运统签协综渐圣罗诞语层"
                   "学医疗参费诊药级养寿术专谈头宁设门师将绩毕"
                   "历业论课础读选优奖贷职荐锦韩兰"
                   "馆类价变总数显报贴压业绩连锁减关闭结旧摊栏"
                   "图热诞农历节际联会鸿领东广尔"
                   "税预岁储备拨资审议综开闸轻线设卫养凭证评级维稳缓销"
                   "检视赖较"
                   "会议览贸进项获签举办观众设标认证厂联团组机场营专达馆径际环车队"
                   "检缓紧训课员"
                   "猪鲜饮类涨电门调规标监辅场岛闭"
                   "创资询腾讯证监启维红马锡谋导"
                   "产业园协议备录诉验实访"
                   "写楼级净纳积续让扩业报亿"
                   "龄护陆鉴础钟骤扬纲"
                   "请审评线购设税资际仅荐阶层劳务区总联会夹经筑妇简构贸环疗绝备"
                   "铁规筑亿划测础尽"
                   "邮轮码启签厅岘冈庄厦亚补给饮馆寻预团费额携"
                   "纵远胜爱达际监处务运输关"
                   "两为于从传体侦军击则别动占后响复岚岭带并应强当担温点独碍筛继"
                   "缴网范记负责货赌赛转键间顾驳"
                   "读录资贵费诉违筹规检杂层剂岗启驻维诸验觉伦届树争现义讨该咨讲赁趋辖饷"
                   "冻临举养则别办号图坛庄构样榄汇粮绍络诺谈购贸转轮边采销韵鸡"
                   "偿听属帐床愿择断禄罚肠诚赔镜阅陈风"
                   "预轨铁筹赁颁缆违续筑庞饰驳骤劝扰拨劳释剂"
                   # annotate_bb.py's g242 words (their t2s forms; 注, the t2s
                   # form of 註, taken out here: s2t leaves it alone, a
                   # character of both scripts (注意), like annotate_pc.py's 布,
                   # and g284 writes 註冊)
                   "万与业东两个为举乐习于产亿价会传体关养内册写农冲净减凭划则办"
                   "务动劳区协占历参发后员咨团圣场处学对导将岁师带并广应开强当录"
                   "总户报择据撑数无时显机来构楼汇汉湾现笔签类约经统绩续维缴职"
                   "联获营虚补观规计订认讨议论设访证评诉试诞询语读课调负责费资赖"
                   "较达过运连选铜银锣长间阶陆预领额饷鸿龄"
                   # g248's words (their t2s forms, none written in it; 𫚭
                   # is t2s's form of 鱲)
                   "云仓双吨宝库欧矶载递郑顺飞鸟缘𫚭"
                   # g254's words (their t2s forms, none written in it)
                   "宝库态拟润盖虚许账跃钱双余"
                   # g260's words (their t2s forms, none written in it)
                   "云准无献称纪细终触贡锋"
                   # g266's words (their t2s forms, none written in it: 寬 of
                   # 寬頻, 歡 of 歡迎, 滲 of 滲透率, 競 of 競爭, 纖 of 光纖,
                   # 裝 of 安裝, 譜 and 頻 of 頻譜)
                   "宽欢渗竞纤装谱频"
                   # g272's words (their t2s forms, none written in it: 暫 of
                   # 暫報, 盤 of 推盤 and 新盤, 萊 of 萊坊, 贈 of 回贈, 閣 of
                   # 利嘉閣, 隨 of 跟隨, 魚 and 鰂 of 鰂魚涌 (t2s 鲗))
                   "暂盘莱赠阁随鱼鲗"
                   # g280's words (their t2s forms, none written in it: 兒 of
                   # 幼兒, 嬰 of 嬰兒, 瑪 of 聖瑪大肋納學校, 碩 of 碩士, 確 of 確認,
                   # 繕 of 修繕, 貧 of 清貧; 佈's 布 is no simplified-only
                   # character, main())
                   "儿婴玛硕确缮贫"
                   # g284's words (their t2s forms, none written in it: 劏 of
                   # 劏房 (t2s 㓥), 問 of 問題, 嚴 of 嚴重, 慮 of 焦慮, 緒 of 情緒,
                   # 親 of 單親, 託 of 信託, 鄰 of 鄰舍輔導會, 鎮 of 新市鎮, 陽 of
                   # 重陽節, 頤 of 頤養院, 題 of 問題; 註's 注 is no
                   # simplified-only character, main())
                   "㓥问严虑绪亲托邻镇阳颐题"
                   # annotate_rc.py's g292's words (their t2s forms, none
                   # written in it: 劇 of
                   # 劇場, 宮 of 故宮博物院, 戲 of 戲劇, 暢 of 暢旺, 曉 of
                   # 曉角話劇研進社, 檔 of 檔期, 畫 of 書畫, 盧 of 盧家大屋, 紓
                   # of 紓緩, 練 of 排練, 話 of 話劇, 賞 of 觀賞, 贊 of 贊助, 遺
                   # of 遺產, 閒 of 休閒, 頂 of 崗頂劇院; 台 of 大炮台 is a
                   # declared s2t form, S2T_ALLOWED)
                   "剧宫戏畅晓档画卢纾练话赏赞遗闲顶"
                   # annotate_sc.py's g298's words (their t2s forms, none
                   # written in it: 僑 of
                   # 華僑報, 圍 of 範圍, 夠 of 不夠, 況 of 狀況, 瀏 of 瀏覽, 狀 of
                   # 狀況, 紙 of 紙本, 蹤 of 追蹤, 輯 of 特輯; 台 of 電台 and
                   # 平台 is a declared s2t form, S2T_ALLOWED)
                   "侨围够况浏状纸踪辑"
                   # annotate_tc.py's g304's words (their t2s forms, none
                   # written in it: 塊 of
                   # 一百二十塊, 懷 of 懷疑, 揀 of 分揀線, 漁 of 休漁期, 鍋 of
                   # 火鍋)
                   "块怀拣渔锅"
                   # annotate_uc.py's g310's words (their t2s forms, none
                   # written in it: 噴 of
                   # 噴射飛航, 競 of 競爭, 載 of 載客, 隨 of 隨團, 飛 of 飛航)
                   "喷竞载随飞"
                   # annotate_vc.py's g316's words (their t2s forms, none
                   # written in it: 奧 of
                   # 奧林匹克 and 體奧會, 奪 of 奪得, 籃 of 籃球, 賀 of 賀歲)
                   "奥夺篮贺"
                   # annotate_wc.py's g322's words (their t2s forms, none
                   # written in it: 傾 of
                   # 傾倒量, 廚 of 廚餘, 廢 of 廢物, 棄 of 棄置 and 即棄, 潔 of
                   # 清潔, 灘 of 沙灘, 牽 of 牽頭, 腦 of 電腦, 膠 of 膠樽 and
                   # 微塑膠)
                   "倾厨废弃洁滩牵脑胶"
                   # g326's words (their t2s forms, none written in it: 傭 of
                   # 僱傭條例, 傷 of 傷亡, 僱 of 僱員 and 僱主, 決 of 決定, 糾 and
                   # 紛 of 糾紛, 脹 of 通脹, 難 of 困難)
                   "佣伤雇决纠纷胀难"
                   # g334's words: none needed (its t2s forms all stand in
                   # the list already; the coverage check in main() reads
                   # them)
                   )


# Holidays the articles name, by their exact span (2025-2027): g333
# (mainland, 2026-11-20): 国庆 2026-10-01 (国庆假期以来: yearless, the
# nearest, 50 days before), 元旦 2027-01-01 and 春节 2027-02-06 (元旦至春节
# 期间: yearless, the coming ones, 42 and 78 days after); g334 (Macao,
# 2026-11-26): 聖誕 2026-12-25 and 農曆新年 2027-02-06 (臨近聖誕及農曆新年:
# yearless, the coming ones, 29 and 72 days after; GUIDELINES: 农历新年 is
# 春节).
HOLIDAY = {"国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
           "聖誕": "2026-12-25", "農曆新年": "2027-02-06"}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "复活", "復活", "十一",
                 "大年", "丰收节", "豐收節")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao (国庆 10-01, 元旦, 聖誕, 双11 11-11), a table of lunar days
# (正月初一, 五月初五 and 九月初九, as the precedent annotators checked them
# with lunardate for 2025-2027, and as the table is checked against
# lunardate below where it is installed: 2027-02-06 for 正月初一 of 2027;
# 大年初三 is 正月初一 + 2 days) and days computed from the calendar
# (黑色星期五; Western Easter; 中国农民丰收节 on the autumn equinox;
# annotate_qb.py's, kept, unused here)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11), "十一": (10, 1)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
# 五月初五 (端午; annotate_vc.py's, kept, unused here)
_DUANWU = {2025: datetime.date(2025, 5, 31), 2026: datetime.date(2026, 6, 19),
           2027: datetime.date(2027, 6, 9)}
_THIRD_DAY = {y: d + datetime.timedelta(days=2) for y, d in _SPRING.items()}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽": _DOUBLE_NINTH, "重阳": _DOUBLE_NINTH,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "大年初三": _THIRD_DAY, "端午": _DUANWU, "端午节": _DUANWU,
         "端午節": _DUANWU}
# the lunar table against the calendar: 2026's 重阳 (九月初九) is 23 days
# after 中秋 of 2026 (八月十五, 2026-09-25); 正月初三 of 2027 is a Monday;
# 端午 (五月初五) of 2027 is 123 days after its 春节 and falls on a
# Wednesday (the table checked against lunardate below); 春节 of 2027 is 78
# days after g333's reference date and 72 after g334's; 春节 of 2026 is 276
# days before g333's and 282 before g334's (so the nearest 春节 is 2027's);
# 元旦 of 2027 is 42 days after g333's, 元旦 of 2026 323 days before it;
# 国庆 of 2026 is 50 days before g333's, 国庆 of 2027 315 after; 聖誕 of
# 2026 is 29 days after g334's, 聖誕 of 2025 336 before
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_DUANWU[2027] - _SPRING[2027]).days == 123 and \
    _DUANWU[2027].isoweekday() == 3
assert (_SPRING[2027] - datetime.date(2026, 11, 20)).days == 78
assert (_SPRING[2027] - datetime.date(2026, 11, 26)).days == 72
assert (datetime.date(2026, 11, 20) - _SPRING[2026]).days == 276
assert (datetime.date(2026, 11, 26) - _SPRING[2026]).days == 282
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 20)).days == 42
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 1, 1)).days == 323
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 10, 1)).days == 50
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 20)).days == 315
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 26)).days == 29
assert (datetime.date(2026, 11, 26) - datetime.date(2025, 12, 25)).days == 336
# the reference dates: g333's the Friday of ISO week 2026-W47 (本周 W47
# from 16 to 22 November: 本周一 2026-11-16; 上周 W46 from 9 to 15
# November, 上周五 2026-11-13; 昨日 2026-11-19), g334's the Thursday of W48
# (本周一 2026-11-23; 上周 W47, 上周五 2026-11-20; 昨（25）日 2026-11-25)
assert datetime.date(2026, 11, 20).isocalendar()[1:] == (47, 5)
assert datetime.date(2026, 11, 26).isocalendar()[1:] == (48, 4)
assert datetime.date.fromisocalendar(2026, 47, 1) == \
    datetime.date(2026, 11, 16)
assert datetime.date.fromisocalendar(2026, 46, 5) == \
    datetime.date(2026, 11, 13)
assert datetime.date.fromisocalendar(2026, 48, 1) == \
    datetime.date(2026, 11, 23)
assert datetime.date.fromisocalendar(2026, 47, 5) == \
    datetime.date(2026, 11, 20)
# where lunardate is installed (the project venv holds it), the lunar table
# against it (annotate_qb.py's; 五月初五 annotate_vc.py's)
try:
    from lunardate import LunarDate as _LD

    def _solar(ld):
        return (getattr(ld, "to_solar_date", None) or ld.toSolarDate)()
    for _y in (2025, 2026, 2027):
        assert _solar(_LD(_y, 1, 1)) == _SPRING[_y], _y
        assert _solar(_LD(_y, 5, 5)) == _DUANWU[_y], _y
        assert _solar(_LD(_y, 9, 9)) == _DOUBLE_NINTH[_y], _y
except ImportError:
    pass


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


assert _black_friday(2026) == datetime.date(2026, 11, 27) and \
    _black_friday(2026).isoweekday() == 5
assert _black_friday(2025) == datetime.date(2025, 11, 28)


def _easter(y):
    """Western (Gregorian) Easter Sunday by the anonymous Gregorian
    computus (Meeus/Jones/Butcher); GUIDELINES: 复活节 and 耶稣受难节
    follow Western Easter (annotate_ib.py)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return datetime.date(y, month, day)


# the computus against known Easter Sundays (2025-04-20, 2026-04-05,
# 2027-03-28) and, where it is installed, against dateutil
assert [_easter(y) for y in (2025, 2026, 2027)] == [
    datetime.date(2025, 4, 20), datetime.date(2026, 4, 5),
    datetime.date(2027, 3, 28)]
try:
    from dateutil.easter import easter as _du_easter
    assert all(_easter(y) == _du_easter(y) for y in range(1990, 2060))
except ImportError:
    pass

# the periodic terms (A, B, C in degrees) of Meeus, Astronomical
# Algorithms, table 27.C, for the equinoxes and solstices
_EQ_TERMS = [(485, 324.96, 1934.136), (203, 337.23, 32964.467),
             (199, 342.08, 20.186), (182, 27.85, 445267.112),
             (156, 73.14, 45036.886), (136, 171.52, 22518.443),
             (77, 222.54, 65928.934), (74, 296.72, 3034.906),
             (70, 243.58, 9037.513), (58, 119.81, 33718.147),
             (52, 297.17, 150.678), (50, 21.02, 2281.226),
             (45, 247.54, 29929.562), (44, 325.15, 31555.956),
             (29, 60.93, 4443.417), (18, 155.12, 67555.328),
             (17, 288.79, 4562.452), (16, 198.04, 62894.029),
             (14, 199.76, 31436.921), (12, 95.39, 14577.848),
             (12, 287.11, 31931.756), (12, 320.81, 34777.259),
             (9, 227.73, 1222.114), (8, 15.45, 16859.074)]


def _autumn_equinox_utc(y):
    """The September equinox of year y in UTC (Meeus, chapter 27: the mean
    equinox of table 27.B for 1000-3000, corrected by the 24 periodic
    terms; TT - UT taken as 69.2 s): accurate to about a minute now."""
    import math
    t = (y - 2000) / 1000
    jde0 = (2451810.21715 + 365242.01767 * t - 0.11575 * t ** 2 +
            0.00337 * t ** 3 + 0.00078 * t ** 4)
    cent = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * cent - 2.47)
    dlam = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * cent)) for a, b, c in _EQ_TERMS)
    jd_utc = jde0 + 0.00001 * s / dlam - 69.2 / 86400
    return datetime.datetime(2000, 1, 1, 12) + datetime.timedelta(
        days=jd_utc - 2451545.0)


def _harvest_festival(y):
    """中国农民丰收节, on the autumn equinox (秋分) as Beijing (UTC+8) counts
    the day (GUIDELINES; new here)."""
    return (_autumn_equinox_utc(y) + datetime.timedelta(hours=8)).date()


# the computation against the equinoxes as published (UTC): 2024-09-22
# 12:44, 2025-09-22 18:19, 2026-09-23 00:05, 2027-09-23 06:01, each within
# five minutes; in Beijing time 2025's falls on 09-23 (02:19), 2026's on
# 09-23 (08:05), 2027's on 09-23 (14:01), each hours from midnight
for _y, _known in ((2024, (9, 22, 12, 44)), (2025, (9, 22, 18, 19)),
                   (2026, (9, 23, 0, 5)), (2027, (9, 23, 6, 1))):
    _diff = _autumn_equinox_utc(_y) - datetime.datetime(_y, *_known)
    assert abs(_diff.total_seconds()) < 300, (_y, _diff)
assert [_harvest_festival(y) for y in (2025, 2026, 2027)] == [
    datetime.date(2025, 9, 23), datetime.date(2026, 9, 23),
    datetime.date(2027, 9, 23)]
# 2026's festival is 58 days before g333's reference date, 2027's 307 after
# (kept from annotate_sc.py, annotate_tc.py, annotate_uc.py, annotate_vc.py
# and annotate_xb.py, with my date; neither article names the festival)
assert (datetime.date(2026, 11, 20) - _harvest_festival(2026)).days == 58
assert (_harvest_festival(2027) - datetime.date(2026, 11, 20)).days == 307

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter, "中国农民丰收节": _harvest_festival,
                 "中國農民豐收節": _harvest_festival}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g333, mainland (2026: the municipality 上海; the sub-provincial 广州,
    # 宁波, 大连; the prefecture-level 茂名, 湛江, 惠州, 连云港, 烟台, 漳州,
    # 舟山, 揭阳; the county-level 龙口 (under 烟台; written 龙口市, its short
    # form declared beside it, as the 市 check asks) and 张家港 (under 苏州);
    # each + 市; the foreign 路德维希港 (Ludwigshafen) by its common Chinese
    # name; 上海 shares its entry with g334's)
    "广州": "广州市", "宁波": "宁波市", "茂名": "茂名市", "湛江": "湛江市",
    "惠州": "惠州市", "大连": "大连市", "连云港": "连云港市",
    "龙口": "龙口市", "龙口市": "龙口市", "烟台": "烟台市", "路德维希港": "路德维希港",
    "漳州": "漳州市", "舟山": "舟山市", "上海": "上海市", "揭阳": "揭阳市",
    "张家港": "张家港市",
    # g334 (traditional spans; Macao by its common name; the mainland cities
    # + 市: 珠海, 廣州, 深圳, 北京, 上海; the foreign 里斯本)
    "澳門": "澳门", "珠海": "珠海市", "廣州": "广州市", "深圳": "深圳市",
    "北京": "北京市", "里斯本": "里斯本",
}
# cities normalized without 市: Macao by its common Chinese name, foreign
# cities by their common Chinese names (SPEC); every other (mainland) city
# ends with 市
NO_SHI = {"澳门", "里斯本", "路德维希港"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "科技基金": "科技基金", "文化基金": "文化基金",
    "科學技術發展基金": "科学技术发展基金", "澳門大學": "澳门大学",
    "澳門科技大學": "澳门科技大学", "澳門理工大學": "澳门理工大学",
    "澳門城市大學": "澳门城市大学", "聖若瑟大學": "圣若瑟大学",
    "鏡湖護理學院": "镜湖护理学院",
    "澳門電力股份有限公司": "澳门电力股份有限公司", "澳電": "澳电",
    "國家自然科學基金委員會": "国家自然科学基金委员会",
    "廣東省科學技術廳": "广东省科学技术厅", "澳門基金會": "澳门基金会",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "街總": "街总",
    "澳門工會聯合總會": "澳门工会联合总会", "工聯": "工联",
    "澳門婦女聯合總會": "澳门妇女联合总会", "婦聯": "妇联",
    "文化發展基金": "文化发展基金", "文化局": "文化局",
    "澳門中華總商會": "澳门中华总商会", "中總": "中总",
    "澳門廣播電視股份有限公司": "澳门广播电视股份有限公司",
    "澳廣視": "澳广视", "經濟及科技發展局": "经济及科技发展局",
    "經科局": "经科局", "工商業發展基金": "工商业发展基金",
    "中國銀行澳門分行": "中国银行澳门分行", "大豐銀行": "大丰银行",
    "滙業銀行": "汇业银行", "教育及青年發展局": "教育及青年发展局",
    "教青局": "教青局", "教育發展基金": "教育发展基金",
    "濠江中學": "濠江中学", "澳門培正中學": "澳门培正中学",
    "勞工子弟學校": "劳工子弟学校", "高等教育基金": "高等教育基金",
    "澳門旅遊大學": "澳门旅游大学", "社會工作局": "社会工作局",
    "社工局": "社工局", "澳門明愛": "澳门明爱", "財政局": "财政局",
    "體育局": "体育局",
    "橫琴粵澳深度合作區經濟發展局": "横琴粤澳深度合作区经济发展局",
    "葡萄牙科學技術基金會": "葡萄牙科学技术基金会",
    "珠海市科技創新局": "珠海市科技创新局",
    "澳門中華教育會": "澳门中华教育会",
    "澳門中華新青年協會": "澳门中华新青年协会",
}
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
# ISO weekday numbers (Monday 1), as datetime.date.fromisocalendar takes them
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}
def cn_number(s):
    """1-31 written in Chinese numerals (十五, 廿三, 三十, 卅一)."""
    m = re.fullmatch(r"(?:([二三]?)(十|廿|卅))?([一二三四五六七八九]?)", s)
    assert m and s, s
    tens = {"十": 1, "廿": 2, "卅": 3, None: 0}[m.group(2)]
    if m.group(1):
        assert m.group(2) == "十", s
        tens = CN_DAY[m.group(1)]
    return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)


def cn_int(s):
    """1-99 in Chinese numerals (十五, 三十, 四十二) for 百分之N."""
    m = re.fullmatch(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)", s)
    assert m and s, s
    if m.group(2):
        tens = CN_DAY[m.group(1)] if m.group(1) else 1
        return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)
    assert not m.group(3), s
    return CN_DAY[m.group(1)]


def cn_whole(s):
    """1-9999 in Chinese numerals with 千/百/十 (一百二十六, 三十八, 三十一;
    annotate_ic.py's, ported from annotate_bc.py): each digit before its place character, 十 alone
    at the head standing for 一十; a 零 between places is allowed.  Two
    digits side by side (两三, 七八) are vague (GUIDELINES) and fail."""
    m = re.fullmatch(r"(?:([一二两兩三四五六七八九])千)?零?"
                     r"(?:([一二两兩三四五六七八九])百)?零?"
                     r"(?:([一二两兩三四五六七八九]?)十)?"
                     r"([一二三四五六七八九]?)", s)
    assert m and s and not re.search("[一二三四五六七八九]{2}", s), s
    dg = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
    v = 0
    if m.group(1):
        v += dg[m.group(1)] * 1000
    if m.group(2):
        v += dg[m.group(2)] * 100
    if "十" in s:
        v += (dg[m.group(3)] if m.group(3) else 1) * 10
    if m.group(4):
        v += dg[m.group(4)]
    assert v > 0, s
    return v


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def decodes(raw, enc):
    try:
        raw.decode(enc)
        return True
    except UnicodeDecodeError:
        return False




def cn_big(s):
    """A whole number in Chinese numerals with 億/萬 sections (new here, for
    澳門日報's figures: 七萬九千四百 -> 79400, 一百二十二萬七千 -> 1227000,
    一億三千萬 -> 130000000, 兩萬一千 -> 21000): each section below 10^4 in
    the form cn_whole() reads, 兩/两 allowed as a leading digit; a section
    after a magnitude must be smaller than it.  Adjacent digits (七八萬) are
    vague (GUIDELINES) and fail."""
    m = re.fullmatch(r"(?:(.+?)[億亿])?(?:(.+?)[萬万])?(.*)", s)
    assert m and s, s
    assert not re.search("[一二两兩三四五六七八九]{2}", s), s
    total = 0
    for part, mag in ((m.group(1), 10 ** 8), (m.group(2), 10 ** 4),
                      (m.group(3), 1)):
        if not part:
            continue
        if re.fullmatch("[两兩]", part):
            v = 2
        else:
            v = cn_whole(part.replace("兩", "二").replace("两", "二"))
        assert v < 10 ** 4, s
        total += v * mag
    assert total > 0, s
    return total


assert [cn_big(x) for x in ("七萬九千四百", "一百二十二萬七千", "一億三千萬",
                            "兩萬一千", "一千零五十", "二十九億")] == [
    79400, 1227000, 130000000, 21000, 1050, 2900000000]

# months written in Chinese numerals (澳門日報's 十一月, 一月)
CN_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"


def month_num(g):
    """1-12 from a month written in Arabic or Chinese numerals."""
    n = int(g) if g.isdigit() else cn_number(g)
    assert 1 <= n <= 12, g
    return n



class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        enc, bom, self.traditional, self.published, self.source = \
            DOC_FORMAT[doc_id]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        full = raw
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM expected"
            raw = raw[len(bom):]
            for b in (BOM8, BOM16LE, BOM16BE):     # one BOM only
                assert not raw.startswith(b), f"{doc_id}: second BOM"
        else:
            for b in (BOM8, BOM16LE, BOM16BE):
                assert not raw.startswith(b), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        # every declared codec has its storage block below: a codec without
        # one would skip every byte check (annotate_rb.py's check, which
        # annotate_rc.py lacked)
        assert enc in STORAGE_BLOCKS, (doc_id, enc, "no storage block")
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        # line ends are LF alone, checked before the line checks of the
        # codec blocks below read the byline or the opener (annotate_mc.py's
        # order: a CRLF file stopped at those line checks before)
        assert "\r" not in self.text, f"{doc_id}: CR line ends"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        self.in_row_span = {}
        self.astral_before_body = False
        self.byline = None
        self.opener = None
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a GBK file that GB2312 reads is GB2312
        # (new here), a Big5-HKSCS file that Big5 reads is Big5 (from
        # annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("gbk", "gb2312"),
                             ("big5hkscs", "big5"), ("cp950", "big5"),
                             ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM (if any) are the title's first
        # character (annotate_aa.py's: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "gbk":        # GBK WITHOUT A BOM, A SIMPLIFIED MAINLAND
            # ARTICLE (new here, after annotate_qb.py's GB18030 block, one
            # step narrower: the declared characters are the only ones
            # GB2312 lacks, each written with its declared GBK bytes at its
            # own place; the declared GB forms (GB_FORMS: a byline's name
            # dot) are the only other characters outside GB2312)
            declared = OUTSIDE_GB2312[doc_id]
            forms = GB_FORMS.get(doc_id, {})
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312") and c not in forms})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            # every character is GBK (the strict decoding above) and none
            # lies outside the BMP (GBK has no code for one)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # each declared GB form: GBK writes it with its declared bytes,
            # which gb2312 reads as another character (the name dot · A1 A4,
            # read by gb2312 as ・ U+30FB), once per declared count, in no
            # span (check()); none here, the check stays
            for c, (code, other, k) in forms.items():
                assert c.encode(enc) == code, c
                assert code.decode("gb2312") == other != c, c
                assert not enc_ok(c, "gb2312"), c
                assert self.text.count(c) == k, (doc_id, c)
            # the file walked character by character: each character's GBK
            # bytes at its own place, one byte an ASCII character and two
            # any other, the declared characters with their declared codes
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                if c in forms:
                    assert b == forms[c][0], (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            kinds = Counter()
            for c, code in declared.items():
                # a CJK ideograph that GB2312 lacks and GBK writes in two
                # bytes; cp936 (Microsoft's GBK) and GB18030 (a superset of
                # GBK) write it with the same bytes and read them back as
                # the same character; gb2312 fails on the bytes
                assert unicodedata.name(c).startswith(
                    "CJK UNIFIED IDEOGRAPH-"), c
                assert len(code) == 2 and code.decode("gbk") == c, c
                assert c.encode("cp936") == c.encode("gb18030") == code, c
                assert code.decode("cp936") == code.decode("gb18030") == c
                assert not enc_ok(c, "gb2312"), c
                assert not decodes(code, "gb2312"), (doc_id, c)
                lead, trail = code[0], code[1]
                assert trail != 0x7F, c
                if 0x81 <= lead <= 0xA0:
                    # GBK/3: the rows GBK added before GB2312's (here 喆
                    # 86 B4), trail 40-FE
                    assert 0x40 <= trail <= 0xFE, c
                    kinds["gbk3"] += 1
                elif 0xAA <= lead <= 0xFE:
                    # GBK/4: the low half of GB2312's own rows, which
                    # GB2312 leaves empty (here 玥 AB 68), trail 40-A0
                    assert 0x40 <= trail <= 0xA0, c
                    kinds["gbk4"] += 1
                else:
                    # GBK/5: symbols (A8-A9, trail 40-A0); kept, unused
                    assert lead in (0xA8, 0xA9) and 0x40 <= trail <= 0xA0, c
                    kinds["gbk5"] += 1
            # the declared kinds (declared per article)
            assert kinds == GBK_KINDS[doc_id], kinds
            # the narrowest codec: gb2312 fails on the file (checked above,
            # and here at the declared place); gbk and cp936 read it
            assert raw.decode("cp936") == self.text, doc_id
            # GB18030 reads the GBK bytes as the same text (GUIDELINES'
            # reader decodes GBK as GB18030): no character of the file has
            # a GBK code that GB18030 maps elsewhere
            assert raw.decode("gb18030") == self.text, doc_id
            # a UTF-16 count equals the code points (no astral character)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # every line without a declared character is GB2312, byte for
            # byte; the declared characters stand on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside or c in forms for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in list(outside) + list(forms):
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # gb2312 fails first at the first declared character of the
            # byline (the file's first byte GB2312 cannot read: the failure
            # stands at the declared place, not elsewhere; annotate_qb.py's
            # check for gbk on its GB18030 file)
            first = min(self.text.index(c) for c in outside)
            first_byte = len(self.text[:first].encode(enc))
            try:
                raw.decode("gb2312")
                raise AssertionError((doc_id, "gb2312", "decodes"))
            except UnicodeDecodeError as ex:
                assert ex.start == first_byte, (doc_id, "gb2312", ex.start)
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the declared characters and GB forms stand in no span
            self.no_span_chars = sorted(set(outside) | set(forms))
            # an astral declared character would stand on the byline before
            # every span of the body (annotate_qb.py's ASTRAL_BEFORE_BODY):
            # none here
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
            # the byline line: the outlets joined by the name dot + 记者 + a
            # space, then the reporters' names separated by a space (g289:
            # 本报记者 刘喆 孙玥; annotate_qb.py's g283: 本报记者 黄𬱖 陈䶮); each
            # name holds one declared character, after the outlets;
            # GUIDELINES: a byline at the start of a line names its outlet,
            # and 本报 names none (checked in check(); annotate_qb.py's
            # block).  New here: a space, the city filed from and 报道 may
            # close the line (21世纪经济报道's house form, 21世纪经济报道记者
            # 卢垚 邓祎 广州报道; annotate_xa.py's BYLINE_PARTS wrote its 杭州报道
            # after a 本报 byline), the city a CITY row at its own place
            # (precedents WB, XA); and the outlet may end in 报道 as well as
            # in 报: 21世纪经济报道 is a news outlet in a byline, an ORG by
            # SPEC (新华社, 澎湃新闻), which GUIDELINES' list of byline tails
            # (报, 日报, 时报, 周刊, 新闻 …) does not close; it is the
            # article's source (DOC_FORMAT), checked here
            prefix, outlets, role, names, bcity = BYLINE[doc_id]
            outlet = "·".join(outlets)
            is_org = BYLINE_ORG.get(doc_id, True)
            tail = (" " + bcity + "报道") if bcity else ""
            assert lines[2] == prefix + outlet + role + " ".join(names) + \
                tail, (doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlets[0].endswith(("报", "报道")) and \
                role.startswith("记者")
            assert not outlets[0].endswith("报道") or \
                outlets == [self.source], (doc_id, outlets)
            assert not bcity or bcity in CITY_NORM, bcity
            assert len(outlets) == 1 or outlet.count("·") == len(outlets) - 1
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(prefix) + len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            line_start = len(lines[0]) + 1 + len(lines[1]) + 1
            starts, k = [], line_start + len(prefix)
            for o in outlets:           # each outlet's place on the line
                starts.append((o, k))
                k += len(o) + 1
            # the city filed from, at its place before 报道 (a CITY row)
            city_at = ((bcity, line_start + len(lines[2]) - len(bcity) - 2)
                       if bcity else None)
            self.byline = (starts, is_org, line_start, len(lines[2]),
                           city_at)
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-8":      # UTF-8 WITH A BOM, A TRADITIONAL MACAO
            # ARTICLE (new here: annotate_xa.py's UTF-8-with-a-BOM block for
            # its simplified mainland g323, itself annotate_wb.py's, turned
            # to a traditional text with the checks of annotate_xb.py's UTF-16
            # block for its Hong Kong g326: the Big5-HKSCS measure read on
            # the decoded text, the characters outside plain Big5, the
            # Big5/cp950 forms and the opener; the GB2312 declarations of
            # annotate_xa.py's block are gone with the simplified text):
            # exactly one BOM EF BB BF, in front; the BOM-aware utf-8-sig
            # reads the text, plain utf-8 reads U+FEFF and the text (one code
            # point that would shift every offset by one); the offsets count
            # from the first byte after the BOM
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.count(BOM8) == 1 and BOM8 not in raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-8-sig") == raw.decode("utf-8") == \
                self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert full.decode("utf-8").count("\ufeff") == 1, doc_id
            # the first character after the BOM is the title's (科 = E7 A7
            # 91), so the BOM is three bytes and no more
            assert full[3:6] == code and len(code) == 3, doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation, 「」, （） and 【】 included, the
            # declared 氹, 滙 and 着 too; no four-byte character), so a count
            # in bytes would run two ahead after every Han character, and
            # the file is the BOM's three bytes longer than the text's UTF-8
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 2000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points) and no character outside the BMP (a UTF-16 count
            # equals the code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the file walked character by character after the BOM: each
            # character's UTF-8 bytes at its own place (annotate_ra.py's
            # byte walk, as annotate_xa.py kept it), the declared characters
            # outside Big5 each with its UTF-8 bytes (氹 E6 B0 B9, 滙 E6 BB
            # 99, 着 E7 9D 80)
            decl = OUTSIDE_BIG5[doc_id]
            pos, places = 3, Counter()
            for c in self.text:
                b = c.encode("utf-8")
                assert full[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in decl:
                    assert b == DECLARED_UTF8[c], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(full), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in decl), places
            assert set(DECLARED_UTF8) == set(decl), doc_id
            # a legacy codec or UTF-16 fails on the file or reads another
            # text, with the BOM and without it (annotate_ta.py's list, as
            # annotate_xa.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a traditional text: GB2312 cannot write it; Big5-HKSCS (the
            # region's legacy codec) writes every character and its bytes
            # are another file, two bytes a non-ASCII character
            # (annotate_tc.py's checks of its UTF-8 block, as annotate_xb.py
            # kept them for its UTF-16 one)
            assert self.traditional, doc_id
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # (every character is Big5-HKSCS's before the text is written in
            # it: a character outside it stops here with its name, not at a
            # bare UnicodeEncodeError; annotate_vc.py's)
            outside_hkscs = sorted({c for c in self.text
                                    if not enc_ok(c, "big5hkscs")})
            assert not outside_hkscs, (doc_id, "outside Big5-HKSCS",
                                       outside_hkscs)
            b5 = self.text.encode("big5hkscs")
            assert b5 != raw and b5.decode("big5hkscs") == self.text, doc_id
            assert len(b5) == sum(1 if ord(c) < 0x80 else 2
                                  for c in self.text), doc_id
            # what a converter to a Big5 codec meets (annotate_tc.py's
            # measure, read on the decoded text as annotate_xb.py read it):
            # the declared characters with their declared Big5-HKSCS codes,
            # asserted against the declaration first (an emptied declaration
            # stops here with a message, not at min() of nothing), and plain
            # big5 and cp950 fail first at the first of them (here 滙 of
            # 滙業銀行), not elsewhere
            assert sorted({c for c in self.text if not enc_ok(c, "big5")}) \
                == sorted(decl), (doc_id, "outside Big5")
            assert decl, f"{doc_id}: declare a character outside Big5"
            for c in decl:
                assert c.encode("big5hkscs") == BIG5_CODE[c], (doc_id, c)
                # and in the UTF-8 file three bytes at each of its places
                # (the walk above): as many places in the bytes as in the
                # text (new here)
                u = c.encode("utf-8")
                assert len(u) == 3 and raw.count(u) == self.text.count(c), c
            first = min(self.text.index(c) for c in decl)
            for narrow in ("big5", "cp950"):
                try:
                    self.text.encode(narrow)
                    raise AssertionError((doc_id, narrow, "encodes"))
                except UnicodeEncodeError as ex:
                    assert ex.start == first, (doc_id, narrow, ex.start)
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (annotate_va.py's BIG5_FORMS, as
            # annotate_xb.py checked it: none here)
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c not in decl and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == [], (doc_id, "Big5/cp950 forms", diff)
            # an opener, where one is declared (annotate_xb.py's block, from
            # annotate_wc.py's UTF-8 block): 【本報訊】 opens the third line,
            # the first paragraph (市民日報's articles carry no byline or
            # dateline line), once, and no other line opens with 【
            lines = self.text.split("\n")
            assert lines[1] == "" and lines[2] != "", doc_id
            if doc_id in OPENER:
                opener, _ = OPENER[doc_id]
                assert lines[2].startswith(opener), doc_id
                assert self.text.count(opener) == 1, doc_id
                assert opener[0] == "【" and opener[-1] == "】", opener
                self.opener = (len(lines[0]) + 1 + len(lines[1]) + 1,
                               len(opener))
                # no other line opens with 【
                assert sum(x.startswith("【") for x in lines) == 1, doc_id
                assert self.text.count("【") == self.text.count("】") == 1
            else:
                assert not any(x.startswith("【") for x in lines), doc_id
                assert "【" not in self.text and "】" not in self.text, doc_id
        # a traditional article declares its region (annotate_ec.py: an
        # empty HONGKONG would otherwise skip the Hong Kong block and the
        # s2hk round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in HONGKONG
                                    or doc_id in TAIWAN), (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GB2312.get(
                doc_id, {}) or c in GB_FORMS.get(doc_id, {})
                for c in self.text), doc_id  # GB2312 but the declared ones
        if doc_id in HONGKONG or doc_id in MACAO:
            # a Hong Kong or Macao text (annotate_ob.py's Hong Kong block,
            # opened to Macao here; annotate_ab.py's block,
            # after annotate_cb.py's and annotate_db.py's; annotate_ab.py
            # applied it to the text of a Big5-HKSCS file, as annotate_ob.py
            # and this script do): Big5-HKSCS holds every character; the
            # declared ones alone are outside plain Big5, each inside or
            # outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            kinds = Counter()
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                # with its declared Big5-HKSCS bytes, which plain Big5 does
                # not read (鱲 9E 50: a lead byte below A1, in HKSCS's added
                # area; 滙 FA C0: a lead byte of Big5's user-defined area,
                # which HKSCS fills; annotate_bb.py's 恒 F9 DA: an ETEN
                # character of the F9 row); cp950 reads the same bytes as
                # the same character where it holds it, and fails on them
                # where it does not (annotate_cc.py asserted a lead byte
                # below A1 for every declared character, annotate_cb.py
                # dropped it for 滙 FA C0, annotate_bb.py told the cp950 kind
                # apart by its F9 row: here the lead byte tells three kinds
                # apart)
                code = c.encode("big5hkscs")
                assert code == BIG5_CODE[c] and len(code) == 2, c
                assert code.decode("big5hkscs") == c, c
                if 0xC6 <= code[0] <= 0xC8:
                    # new here: a lead byte of plain Big5's reserved rows
                    # C6-C8 (〇 C6 E2), which HKSCS fills; Python's big5 and
                    # cp950 read the same bytes as another character (the
                    # ETEN kana ま), so they do not stop on it: a file
                    # holding only such characters would read in plain Big5
                    # as another text
                    assert not OUTSIDE_BIG5[doc_id][c], c
                    for narrow in ("big5", "cp950"):
                        assert decodes(code, narrow) and \
                            code.decode(narrow) != c, (c, narrow)
                    kinds["hkscs-c6c8"] += 1
                    continue
                assert not decodes(code, "big5"), c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == code, c
                    assert code.decode("cp950") == c, c
                    assert code[0] == 0xF9, c
                    kinds["cp950"] += 1
                else:
                    assert not decodes(code, "cp950"), c
                    if code[0] < 0xA1:
                        kinds["hkscs-low"] += 1
                    else:
                        assert 0xFA <= code[0] <= 0xFE, c
                        kinds["hkscs-udf"] += 1
            # the declared kinds (annotate_ab.py's BIG5_KINDS, declared per
            # article; annotate_ob.py's g272 had three: hkscs-udf 滙,
            # hkscs-low 鰂 邨 埗, cp950 恒; an earlier script's two: hkscs-low
            # 氹 and the new hkscs-c6c8 〇; here hkscs-low 氹 and hkscs-udf 滙
            # and 着)
            assert kinds == BIG5_KINDS[doc_id], kinds
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # every line without a declared character is plain Big5 and
            # cp950 alike (annotate_fc.py), and a line holding one is plain
            # Big5 elsewhere (annotate_dc.py)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(outside), line):
                        assert part.encode("big5").decode("big5") == part
            # the region is named at least twice (GUIDELINES: Hong Kong and
            # Macao bodies without a place, 政府統計處, 統計暨普查局 …, stand
            # alone as ORGs; annotate_eb.py's check), and more often than
            # the other region (annotate_bc.py's REGION_NAMES)
            region, other_region = (("macao", "hongkong") if doc_id in MACAO
                                    else ("hongkong", "macao"))
            assert sum(self.text.count(w) for w in
                       REGION_NAMES[region]) >= 2, doc_id
            assert sum(self.text.count(w) for w in
                       REGION_NAMES[region]) > sum(
                self.text.count(w) for w in REGION_NAMES[other_region]), \
                doc_id
            # every declared character is either confined to rows of a
            # declared type and text (IN_ROW, new here after annotate_ob.py's
            # IN_ORG: 氹 in the ORG 氹仔坊眾學校, 〇 in the DATE 二〇二五年; by
            # position here and by row in check()) or to declared words in
            # no span (OUTSIDE_BIG5_WORD, each word with its count, together
            # holding every occurrence; here 滙 in the ORG 滙業銀行, 氹 in 氹仔
            # and 着 in 隨着)
            in_org = {c: names for c, (typ, names) in
                      IN_ROW.get(doc_id, {}).items()}
            in_word = OUTSIDE_BIG5_WORD.get(doc_id, {})
            assert sorted(set(in_org) | set(in_word)) == outside, doc_id
            assert not set(in_org) & set(in_word), doc_id
            for c, words in in_word.items():
                assert all(c in w for w in words), (c, words)
                for w, k in words.items():
                    assert self.text.count(w) == k, (doc_id, w, k)
                    assert w.count(c) == 1, w
                assert self.text.count(c) == sum(words.values()), (doc_id, c)
                # no declared word hides inside another (each occurrence of
                # the character is counted once)
                hits = sorted(m.start() + w.index(c) for w in words
                              for m in re.finditer(re.escape(w), self.text))
                assert len(hits) == len(set(hits)) == self.text.count(c), c
            for c, names in in_org.items():
                assert names and all(c in n and n in self.text
                                     for n in names), (doc_id, c, names)
                # every occurrence of the character stands inside one of its
                # declared names (annotate_cb.py's position check; the rows
                # themselves: check())
                hits = sorted({m.start() + n.index(c) for n in names
                               for m in re.finditer(re.escape(n),
                                                    self.text)})
                assert hits == [m.start() for m in
                                re.finditer(re.escape(c), self.text)], c
            self.in_row_span = {c: IN_ROW[doc_id][c] for c in in_org}
            self.no_span_chars = sorted(in_word)
            # a character declared in S2T_ALLOWED stands only in its
            # declared words, each with its count, together holding every
            # occurrence (annotate_cc.py's 里 in 公里, one word;
            # annotate_ob.py's several words a character, 伙 in six METRIC
            # spans; here 里 in 里斯本, once)
            for c, words in S2T_ALLOWED_WORD.get(doc_id, {}).items():
                assert c in S2T_ALLOWED.get(doc_id, ()) and words, c
                for w, k in words.items():
                    assert c in w and self.text.count(w) == k, (doc_id, w, k)
                assert self.text.count(c) == sum(
                    k * w.count(c) for w, k in words.items()), (doc_id, c)
                hits = sorted(m.start() + i for w in words
                              for m in re.finditer(re.escape(w), self.text)
                              for i, x in enumerate(w) if x == c)
                assert len(hits) == len(set(hits)) == self.text.count(c), c
            assert set(S2T_ALLOWED_WORD.get(doc_id, {})) == set(
                S2T_ALLOWED.get(doc_id, ())), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), f"{doc_id}: one final newline"
        if self.traditional:
            # (a character declared in S2T_ALLOWED, which the region block
            # confines to its declared words, is that word's traditional
            # form, not a simplified character: annotate_vc.py's g316's 游 of 游泳, which the
            # list holds as the t2s form of 遊 (旅遊); new here, annotate_uc.py
            # exempted none, as no article of its set wrote a listed
            # character in a declared word)
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY and
                   c not in S2T_ALLOWED.get(doc_id, ())]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or HK text writes no Taiwan
            allowed = MARKER_ALLOWED.get(doc_id, {})  # marker but the
            for w in TAIWAN_MARKERS:                  # declared ones, and
                assert self.text.count(w) == allowed.get(w, 0), (  # no bare
                    doc_id, w)                        # 2-3 digit year
            found = Counter(m.group() for m in re.finditer(
                r"(?<![\d.,])\d{2,3}年.?", self.text))
            assert found == Counter(TWO_DIGIT_NIAN_ALLOWED.get(
                doc_id, {})), (doc_id, found)
            assert not re.search(r"(?<![\d,])\d{2,3}[）)]年", self.text)
        self.rows = []

    def _locate(self, ctx, n):
        m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", ctx, re.S)
        assert m, f"context needs one [[span]]: {ctx!r}"
        pre, span, post = m.groups()
        plain = pre + span + post
        hits = [i for i in range(len(self.text))
                if self.text.startswith(plain, i)]
        assert len(hits) == n, "%s: %r occurs %d times, expected %d" % (
            self.doc_id, plain, len(hits), n)
        return span, [(h + len(pre), h + len(pre) + len(span)) for h in hits]

    def add(self, typ, ctx, normalized="", value="", unit="", qualifier="",
            city=None, n=1, outer="", shared="", sep=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            if outer:                   # marker/currency right before span
                assert self.text[start - len(outer):start] == outer, (
                    ctx, outer)
            if sep:                     # a marker separated by words, same
                before = self.text[max(0, start - 30):start]   # clause
                k = before.rfind(sep)
                assert k >= 0 and not re.search("[，,。；;！？]",
                                                before[k:]), (ctx, sep)
            if shared:                  # unit written after the next figure
                assert re.match(r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?"
                                + re.escape(shared),
                                self.text[end:]), (ctx, shared)
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": "", "_expect_city": city,
                              "_outer": outer or sep, "_shared": shared})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.traditional else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        # (十一 before 月 or 日 is the month or day eleven, 十一月中旬, no
        # holiday: new here for the Chinese numerals of 澳門日報's dates)
        probe = re.sub("十一(?=[月日])", "", span)
        if any(w in probe for w in HOLIDAY_WORDS):  # holidays as tabulated
            # (a holiday missing from the table is a named assertion, not a
            # KeyError: precedent MA's change, ported here)
            assert span in HOLIDAY, (ctx, "a holiday missing from HOLIDAY")
            assert HOLIDAY[span] == normalized, (ctx, normalized)
        m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)   # ROC years
        if m:
            assert self.doc_id in TAIWAN, (ctx, "ROC year in a mainland text")
            assert normalized[:4] == str(int(m.group(1)) + 1911), ctx
            assert 40 <= int(m.group(1)) <= 199, ctx       # GUIDELINES
        m = re.search("([〇零一二三四五六七八九]{4})年", span)
        if m:                                   # a year in Chinese numerals
            y = "".join(CN_YEAR_DIGIT[c] for c in m.group(1))
            assert normalized[:4] == y, (ctx, normalized)
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city, n=1, outer="",
               shared="", sep=""):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                 outer=outer, shared=shared, sep=sep)






DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn



# ===========================================================================
# g333 Petrochemicals: refiners, chemical makers and chemical parks, November
# 2026: the industry (中国石油和化学工业联合会 and 石化联合会 昨日: 今年前三季度,
# 上半年, 9月底), the state groups (中国石化 本周一, 明年3月, 今年前10个月: 宁波,
# 茂名, 湛江; 中国石油广东石化分公司 三季度, 10月; 中国海油, 壳牌, 中海壳牌: 惠州),
# the private refiners and their listed units (隆众资讯: 三季度 against
# 去年同期; 浙石化, 荣盛石化 今年前三季度; 恒力石化: 大连, 10月; 东方盛虹, 盛虹炼化:
# 连云港, 三季度; 卫星化学 上月: 连云港; 裕龙石化: 龙口, 今年6月; 烟台市发展和改革
# 委员会: 今年前10个月, 烟台; 万华化学), the foreign ventures (巴斯夫: 路德维希港,
# 上月, 湛江; 埃克森美孚: 惠州, 今年前三季度; 福建古雷石化: 漳州, 2027年底;
# 大亚湾开发区管委会 今年), the parks (宁波石化经济技术开发区管理委员会 昨日: 今年前
# 10个月; 宁波市发展和改革委员会 同日: 宁波, 舟山, 明年; 上海化学工业区管理委员会
# 上周: 上海, 今年1月至10月), prices (卓创资讯: 11月, 上月; 大连商品交易所 上周五;
# 10月 against 去年同期), money and safety (揭阳、湛江两地 今年: 国家开发银行广东省
# 分行; 揭阳大南海石化工业区管理委员会 明年; 国家发展改革委、工业和信息化部 上月:
# 2028年; 应急管理部 今年) and the outlook (明年, 2027年; 两年前; 东华能源: 元旦至
# 春节, 张家港, 宁波, 年底; 国庆; 明年一季度).
# Simplified, GBK with 垚 (88 90) and 祎 (B5 74) on the byline 21世纪经济报道
# 记者 卢垚 邓祎 广州报道, 2026-11-20 (a Friday, ISO week 2026-W47), 21世纪
# 经济报道.  昨日 (x2), 同日 2026-11-19; 本周一 2026-11-16; 上周五 2026-11-13;
# 国庆 2026-10-01; 元旦 2027-01-01; 春节 2027-02-06; 上周 2026-W46; 今年1月
# 2026-01; 今年6月 2026-06; 9月底 2026-09; 10月 (x4), 上月 (x4) 2026-10;
# 11月 2026-11; 明年3月 2027-03; 去年同期 after 10月 2025-10; 三季度 (x3)
# 2026-Q3; 去年同期 after 三季度 2025-Q3; 明年一季度 2027-Q1; 今年前三季度 (x5,
# the title's included), 今年前10个月 (x3), 上半年, 今年 (x3), 年底 2026;
# 两年前 2024; 明年 (x3), 2027年, 2027年底 2027; 2028年 2028.
# ===========================================================================


@doc
def g333():
    d = Doc(G333)
    Y, NY = "2026", "2027"
    GZ, NB, ZJ, HZ, DL = "广州市", "宁波市", "湛江市", "惠州市", "大连市"
    LYG, LK, YT, LDH, ZZ = "连云港市", "龙口市", "烟台市", "路德维希港", "漳州市"
    ZS, SH, ZJG = "舟山市", "上海市", "张家港市"
    # title (a heading that opens with no city: no city section, and no
    # CITY in it; the space after 约86% splits it into two halves for dates,
    # GUIDELINES; 今年前三季度: 今年 attached, several quarters of a year, the
    # year, SPEC; 升至约86%: 约 touching, inside; 超1200亿元: 超 an
    # over-marker inside the span, SPEC 超过, GUIDELINES 超)
    d.date("[[今年前三季度]]民营", Y, "")
    d.metric("开工率升至[[约86%]] ", 86, "%", "approx", "")
    d.metric("投资[[超1200亿元]]", "1200e8", "元", "over", "")
    # byline 21世纪经济报道记者 卢垚 邓祎 广州报道: 21世纪经济报道 right before
    # 记者 at the start of the line is the outlet, an ORG (SPEC: news
    # outlets in bylines, 新华社, 澎湃新闻; GUIDELINES: a byline at the start
    # of a line names its outlet), its 21 a name's digits (SPEC: names are
    # no METRIC); 广州 before 报道 is the city filed from, a CITY (precedents
    # WB, XA); 垚 and 祎 in no span; the line holds no DATE or METRIC
    d.org("[[21世纪经济报道]]记者")
    d.city("邓祎 [[广州]]报道")
    # P1 the industry (中国石油和化学工业联合会（以下简称“石化联合会”）: an
    # association naming two trades joined by 和 after its place, one name
    # (GUIDELINES 澳门酒店及饮食业商会; JOINED_NAMES), and its bracketed
    # short form, 石…化…联合会 in the name's order, quotes outside; 昨日;
    # 今年前三季度; 约5.42亿吨 …; the sentence ends at ；; 增速较上半年: several
    # months of a year, the year (SPEC), a bare one in a sentence stating no
    # year: the reference year (check_bare_period), 较 outside; 近2个百分点 ->
    # 百分点, approx (SPEC); 截至9月底: an end of a month is the month (SPEC
    # 6月底), 截至 outside; 约9.6亿吨/年 and 10亿吨/年: capacities per year,
    # the denominator kept in the span and the unit (GUIDELINES: a rate keeps
    # its denominator, 45万人次/日; PER_UNITS); “十五五” a plan's name, no
    # figure and no DATE (excluded); no city)
    d.org("[[中国石油和化学工业联合会]]（")
    d.org("简称“[[石化联合会]]”）")
    d.date("“石化联合会”）[[昨日]]发布", "2026-11-19", "")
    d.date("显示，[[今年前三季度]]全国", Y, "")
    d.metric("原油加工量[[约5.42亿吨]]", "5.42e8", "吨", "approx", "")
    d.metric("同比增长[[约1.8%]]", "1.8", "%", "approx", "")
    d.metric("乙烯产量[[约2480万吨]]", 24800000, "吨", "approx", "")
    d.metric("同比增长[[约9.6%]]", "9.6", "%", "approx", "")
    d.date("增速较[[上半年]]回落", Y, "")
    d.metric("回落[[近2个百分点]]", 2, "百分点", "approx", "")
    d.org("。[[石化联合会]]相关")
    d.date("截至[[9月底]]国内", "2026-09", "")
    d.metric("炼油能力[[约9.6亿吨/年]]", "9.6e8", "吨/年", "approx", "")
    d.metric("距[[10亿吨/年]]的", "10e8", "吨/年", "exact", "")
    # P2 the state groups (中国石油化工集团有限公司（以下简称“中国石化”）, 中…国…
    # 石…化 in order; 中国石化镇海炼化分公司: a group's branch named by its
    # business before 分公司 is one ORG with it (GUIDELINES 中石化北京销售公司;
    # 镇海 a district, no CITY); 150万吨/年 exact; 本周一 (W47's Monday; 已于
    # outside); 明年3月 one span; 约326亿元; 今年前10个月 opens its sentence
    # (今年 attached) and takes 宁波 (first after), and 约418亿元 湛江 (nearest
    # before: the list's last), though they are the group's: the rule as
    # written; 宁波、茂名、湛江等地: a list sharing one head, SPEC 广州、深圳等
    # 机场, cities; 中国石油广东石化分公司 (its province inside, one ORG like
    # the branch above); 三季度, 10月 bare, the reference year; 中国海洋石油集团
    # 有限公司（以下简称“中国海油”）: 中…国…海…油 in order; 其同壳牌合资: 同
    # "with" before 壳牌 (与 after a bracket avoided, precedents WB, XC),
    # Shell by its Chinese name; 中海壳牌石油化工有限公司; 位于惠州的: a CITY;
    # 三期 a phase's label, no figure (GUIDELINES: 期 without a marker labels a
    # phase, 二期工程; excluded); 约四成 -> 40 %, approx, takes 惠州)
    d.org("，[[中国石油化工集团有限公司]]（")
    d.org("简称“[[中国石化]]”）")
    d.org("披露，[[中国石化镇海炼化分公司]]150")
    d.metric("分公司[[150万吨/年]]乙烯", 1500000, "吨/年", "exact", "")
    d.date("已于[[本周一]]实现", "2026-11-16", "")
    d.date("预计[[明年3月]]投料", "2027-03", "")
    d.metric("项目总投资[[约326亿元]]", "326e8", "元", "approx", "")
    d.date("。[[今年前10个月]]，中国石化", Y, NB)
    d.org("个月，[[中国石化]]在")
    d.city("在[[宁波]]、茂名")
    d.city("、[[茂名]]、湛江")
    d.city("、[[湛江]]等地")
    d.metric("完成投资[[约418亿元]]", "418e8", "元", "approx", ZJ)
    d.org("。[[中国石油广东石化分公司]]三季度")
    d.date("分公司[[三季度]]平均", "2026-Q3", "")
    d.metric("负荷率升至[[约92%]]", 92, "%", "approx", "")
    d.date("芳烃装置[[10月]]产量", "2026-10", "")
    d.metric("环比增长[[约7%]]", 7, "%", "approx", "")
    d.org("。[[中国海洋石油集团有限公司]]（")
    d.org("简称“[[中国海油]]”）")
    d.org("其同[[壳牌]]合资")
    d.org("合资的[[中海壳牌石油化工有限公司]]表示")
    d.city("位于[[惠州]]的三期")
    d.metric("已完成[[约四成]]工程量", 40, "%", "approx", HZ)
    # P3 the private refiners (隆众资讯: a data provider acting, 据…监测; 三季度;
    # 较去年同期: after 三季度, that quarter a year earlier (SPEC: 去年同期
    # resolves against the period the sentence is about), 2025-Q3; 约5个百分点;
    # 浙江石油化工有限公司（以下简称“浙石化”）: 浙…石…化 in order; 今年前三季度;
    # the sentence ends at ；; 其控股股东荣盛石化股份有限公司: 控股股东 a role
    # after 其, outside (no name before 控股); its short form 荣盛石化; 逾四成 ->
    # 40 %, over; 恒力石化股份有限公司在大连长兴岛: 大连 a CITY (长兴岛 an island
    # district after it), and the figures and 10月 of its sentence take it;
    # 2000万吨/年 exact)
    d.org("据[[隆众资讯]]监测")
    d.date("监测，[[三季度]]国内", "2026-Q3", "")
    d.metric("平均开工率[[约86%]]", 86, "%", "approx", "")
    d.date("较[[去年同期]]提高", "2025-Q3", "")
    d.metric("提高[[约5个百分点]]", 5, "百分点", "approx", "")
    d.org("[[浙江石油化工有限公司]]（")
    d.org("简称“[[浙石化]]”）")
    d.date("“浙石化”）[[今年前三季度]]加工", Y, "")
    d.metric("加工原油[[约3150万吨]]", 31500000, "吨", "approx", "")
    d.org("股东[[荣盛石化股份有限公司]]（")
    d.org("简称“[[荣盛石化]]”）")
    d.date("“荣盛石化”）[[今年前三季度]]实现", Y, "")
    d.metric("营业收入[[约2376亿元]]", "2376e8", "元", "approx", "")
    d.metric("归母净利润[[约31.5亿元]]", "31.5e8", "元", "approx", "")
    d.metric("同比增长[[逾四成]]", 40, "%", "over", "")
    d.org("。[[恒力石化股份有限公司]]在")
    d.city("在[[大连]]长兴岛")
    d.metric("长兴岛的[[2000万吨/年]]炼化", 20000000, "吨/年", "exact", DL)
    d.date("透露，[[10月]]其功能性", "2026-10", DL)
    d.metric("新增产能[[约24万吨]]", 240000, "吨", "approx", DL)
    # P4 连云港 and 烟台 (江苏东方盛虹股份有限公司（以下简称“东方盛虹”）, its
    # province inside, its short form contiguous; 旗下盛虹炼化: two ORGs across
    # 旗下, the refinery company by its trade name and 炼化 (GUIDELINES: a
    # company's trade name and an industry word, acting); 位于连云港徐圩新区:
    # 连云港 a CITY (徐圩新区 a district), whose sentence (up to ；) its
    # figures and 三季度 take; 炼化一体化 (一体化 a label, no figure:
    # excluded); 卫星化学股份有限公司（以下简称“卫星化学”） 上月 takes 连云港
    # (first after); 一期 a phase's label (excluded); 设计产能为40万吨/年: 为 a
    # value word, exact; 山东裕龙石化有限公司（以下简称“裕龙石化”）: its
    # province inside; 位于龙口市的: the county-level city 龙口 (under 烟台;
    # SPEC: county-level cities), written with its 市, inside the span (SPEC
    # 杭州市; 龙口 alone also names a tap: written with 市, GUIDELINES' reading
    # of short forms that are also words needs no deciding); 今年6月; 约80%;
    # 烟台市发展和改革委员会
    # (a city's commission of two fields joined by 和, JOINED_NAMES; its 烟台
    # inside, no CITY); 今年前10个月 takes 烟台 (first after: 烟台化工行业, a
    # city as a modifier, SPEC 杭州特色; no company: a place and an industry
    # word name a company only before what a company says, GUIDELINES 大连造船
    # 业); 规模以上 a size class, no marker of a figure; 万华化学集团股份有限公司;
    # 近五成 -> 50 %, approx)
    d.org("[[江苏东方盛虹股份有限公司]]（")
    d.org("简称“[[东方盛虹]]”）")
    d.org("旗下[[盛虹炼化]]位于")
    d.city("位于[[连云港]]徐圩")
    d.metric("新区的[[1600万吨/年]]炼化", 16000000, "吨/年", "exact", LYG)
    d.date("一体化装置[[三季度]]加工", "2026-Q3", LYG)
    d.metric("加工负荷[[约95%]]", 95, "%", "approx", LYG)
    d.org("；[[卫星化学股份有限公司]]（")
    d.org("简称“[[卫星化学]]”）")
    d.date("“卫星化学”）[[上月]]在", "2026-10", LYG)
    d.city("上月在[[连云港]]投产")
    d.metric("设计产能为[[40万吨/年]]", 400000, "吨/年", "exact", LYG)
    d.org("。[[山东裕龙石化有限公司]]（")
    d.org("简称“[[裕龙石化]]”）")
    d.city("位于[[龙口市]]的")
    d.date("项目[[今年6月]]全面", "2026-06", LK)
    d.metric("提升至[[约80%]]", 80, "%", "approx", LK)
    d.org("。[[烟台市发展和改革委员会]]数据")
    d.date("显示，[[今年前10个月]]烟台", Y, YT)
    d.city("个月[[烟台]]化工")
    d.metric("实现营收[[约3460亿元]]", "3460e8", "元", "approx", YT)
    d.org("其中[[万华化学集团股份有限公司]]贡献")
    d.metric("贡献[[近五成]]", 50, "%", "approx", YT)
    # P5 the foreign ventures (总部位于德国路德维希港的巴斯夫: a country before
    # its foreign city leaves the city (GUIDELINES 法国巴黎), Ludwigshafen by
    # its common Chinese name, no 市; a name right after where its seat is
    # acts as the company (GUIDELINES 总部位于日内瓦的地中海航运); 上月 takes 路德
    # 维希港 (nearest before), though it is the company's month: the rule as
    # written; 其在湛江的一体化基地: 湛江 a CITY; 约100亿欧元 (欧元 as written);
    # the sentence ends at ；; 埃克森美孚位于惠州的: ExxonMobil by its Chinese
    # name, 惠州 a CITY; 160万吨/年; 今年前三季度; 约88%; 福建古雷石化有限公司
    # (its province inside); 其在漳州的: a CITY; 二期 a phase's label
    # (excluded); 2027年底: a year and a part of it, the year (GUIDELINES
    # 2025年底), 前 outside; 惠州大亚湾经济技术开发区管理委员会（以下简称“大亚湾
    # 开发区管委会”）: the zone's committee, its city inside (no CITY), and its
    # short form, 大亚湾…开发区…管…委…会 in order; 园区 a read-back; 今年;
    # 22个 exact; 超过560亿元; 约三成 -> 30 %; no city in that sentence)
    d.city("德国[[路德维希港]]的")
    d.org("的[[巴斯夫]]上月")
    d.date("巴斯夫[[上月]]宣布", "2026-10", LDH)
    d.city("其在[[湛江]]的")
    d.metric("基地总投资[[约100亿欧元]]", "100e8", "欧元", "approx", ZJ)
    d.org("；[[埃克森美孚]]位于")
    d.city("位于[[惠州]]的160")
    d.metric("惠州的[[160万吨/年]]乙烯", 1600000, "吨/年", "exact", HZ)
    d.date("乙烯项目[[今年前三季度]]平均", Y, HZ)
    d.metric("平均开工率[[约88%]]", 88, "%", "approx", HZ)
    d.org("。[[福建古雷石化有限公司]]相关")
    d.city("其在[[漳州]]的二期")
    d.metric("计划投资[[约428亿元]]", "428e8", "元", "approx", ZZ)
    d.date("预计[[2027年底]]前", NY, ZZ)
    d.org("。[[惠州大亚湾经济技术开发区管理委员会]]（")
    d.org("简称“[[大亚湾开发区管委会]]”）")
    d.date("园区[[今年]]新引进", Y, "")
    d.metric("石化项目[[22个]]", 22, "个", "exact", "")
    d.metric("协议投资额[[超过560亿元]]", "560e8", "元", "over", "")
    d.metric("外资项目占比[[约三成]]", 30, "%", "approx", "")
    # P6 the parks (宁波石化经济技术开发区管理委员会: the zone's management
    # committee, an ORG with its city inside; 昨日; 今年前10个月; the sentence
    # names no city; 宁波市发展和改革委员会 (JOINED_NAMES) 同日: the latest
    # day-precision date before it, 昨日 (SPEC, GUIDELINES; check_same), and
    # it takes 宁波 (first after); 宁波石化经济技术开发区 and 舟山绿色石化基地:
    # parks named by their cities, places, not bodies: the city inside a
    # park's name counts (SPEC 上海迪士尼乐园; CITY_IN_NAME), 宁波 and 舟山
    # CITY rows; 明年 takes 舟山 (nearest before); 上海化学工业区管理委员会 上周
    # (the ISO week before W47) takes 上海 (first after: 上海化学工业区, the park
    # again, CITY_IN_NAME); 今年1月至10月: a range, two mentions (SPEC
    # 2024年3月至5月); 约1120亿元; 达100%: 达 a value word, exact)
    d.org("。[[宁波石化经济技术开发区管理委员会]]昨日")
    d.date("管理委员会[[昨日]]发布", "2026-11-19", "")
    d.date("园区[[今年前10个月]]完成", Y, "")
    d.metric("工业总产值[[约2850亿元]]", "2850e8", "元", "approx", "")
    d.metric("同比增长[[约6.3%]]", "6.3", "%", "approx", "")
    d.org("。[[宁波市发展和改革委员会]]同日")
    d.date("委员会[[同日]]表示", "2026-11-19", NB)
    d.city("表示，[[宁波]]石化经济")
    d.city("和[[舟山]]绿色")
    d.date("已纳入[[明年]]省级", NY, ZS)
    d.org("。[[上海化学工业区管理委员会]]上周")
    d.date("管理委员会[[上周]]公布", "2026-W46", SH)
    d.city("公布，[[上海]]化学工业区今年")
    d.date("工业区[[今年1月]]至", "2026-01", SH)
    d.date("今年1月至[[10月]]实现", "2026-10", SH)
    d.metric("销售收入[[约1120亿元]]", "1120e8", "元", "approx", SH)
    d.metric("覆盖率达[[100%]]", 100, "%", "exact", SH)
    # P7 prices (卓创资讯, a data provider acting; 11月以来: a bare month of
    # the reference year, 以来 outside; 6900元/吨至7150元/吨: a range, two
    # mentions, each with its own unit, a price per tonne (元/吨, GUIDELINES
    # 16712元/平方米; PER_UNITS); 较上月: a baseline after 较, the month before
    # the last month its sentence states (GUIDELINES; 11月 -> 10), 2026-10;
    # 约2.4%; the sentence ends at ；; 大连商品交易所 (an exchange named by its
    # city: an ORG holding no CITY, SPEC 青岛农村商业银行) 上周五 (W46's
    # Friday); 收于7012元/吨 exact; 10月 bare; 约为每桶66美元: a marker
    # separated by the verb 为 stays outside and sets approx, 每桶 a basis
    # outside the span and the unit (GUIDELINES 约为每吨7050元 -> 7050 元,
    # approx; declared sep; 桶 added to the bases); 较去年同期: after 10月, that
    # month a year earlier (SPEC), 2025-10; 约14%; no city)
    d.org("，[[卓创资讯]]数据")
    d.date("显示，[[11月]]以来", "2026-11", "")
    d.metric("成交价在[[6900元/吨]]至", 6900, "元/吨", "exact", "")
    d.metric("至[[7150元/吨]]之间", 7150, "元/吨", "exact", "")
    d.date("较[[上月]]均价", "2026-10", "")
    d.metric("下跌[[约2.4%]]", "2.4", "%", "approx", "")
    d.org("；[[大连商品交易所]]聚丙烯")
    d.date("主力合约[[上周五]]收于", "2026-11-13", "")
    d.metric("收于[[7012元/吨]]", 7012, "元/吨", "exact", "")
    d.date("指出，[[10月]]布伦特", "2026-10", "")
    d.metric("每桶[[66美元]]", 66, "美元", "approx", "", sep="约")
    d.date("较[[去年同期]]下跌约14%", "2025-10", "")
    d.metric("下跌[[约14%]]", 14, "%", "approx", "")
    # P8 money and safety (揭阳、湛江两地: two cities opening their clause
    # before their collective label, no METRIC (SPEC 两地; check_collective);
    # 今年 and 约186亿元 take 湛江 (nearest before), though they are both
    # cities': the rule as written; 已获国家开发银行广东省分行: a bank's branch
    # with its province, one ORG (SPEC: a department written after it; 获 a
    # verb outside); 揭阳大南海石化工业区管理委员会: the park's committee, its
    # city inside (no CITY); 园区 a read-back; 明年; 约15个; 在80亿至120亿元
    # 之间: a range, two mentions sharing the unit written once after the
    # last (SPEC 30至80笔; 80亿 declared shared), exact; 4个 exact; 国家发展
    # 改革委、工业和信息化部: two ORGs listed with 、 (GUIDELINES' own 国家发展
    # 改革委; 工业和信息化部 a ministry of two fields joined by 和, JOINED_NAMES)
    # 上月; 到2028年: a bare four-digit year, 到 outside; 超过90%; the sentence
    # ends at ；; 应急管理部 今年; 约620家; no city after the first sentence)
    d.city("。[[揭阳]]、湛江")
    d.city("揭阳、[[湛江]]两地")
    d.date("石化项目[[今年]]已获", Y, ZJ)
    d.org("已获[[国家开发银行广东省分行]]中长期")
    d.metric("贷款[[约186亿元]]", "186e8", "元", "approx", ZJ)
    d.org("；[[揭阳大南海石化工业区管理委员会]]表示")
    d.date("园区[[明年]]计划", NY, "")
    d.metric("新开工项目[[约15个]]", 15, "个", "approx", "")
    d.metric("总投资在[[80亿]]至", "80e8", "元", "exact", "", shared="元")
    d.metric("80亿至[[120亿元]]之间", "120e8", "元", "exact", "")
    d.metric("项目有[[4个]]", 4, "个", "exact", "")
    d.org("。[[国家发展改革委]]、")
    d.org("、[[工业和信息化部]]上月")
    d.date("信息化部[[上月]]联合", "2026-10", "")
    d.date("到[[2028年]]全国", "2028", "")
    d.metric("覆盖率须[[超过90%]]", 90, "%", "over", "")
    d.org("；[[应急管理部]]相关")
    d.date("透露，[[今年]]已对", Y, "")
    d.metric("已对[[约620家]]", 620, "家", "approx", "")
    # P9 the outlook (对于明年走势: 明年; 石化联合会 once more; 2027年 a bare
    # four-digit year; 突破6000万吨/年: 突破 an over-marker inside the span,
    # SPEC; 由两年前的约62%: N年前 a relative DATE counted from the reference
    # year in a sentence stating no year (SPEC 两年前; GUIDELINES), the
    # baseline of a change, 由 outside; 七成以上 -> 70 %, over (SPEC 6成以上);
    # 东华能源股份有限公司; 元旦至春节期间: two yearless holidays, the coming
    # ones (GUIDELINES), a range of two mentions, 期间 outside; they take 张家港
    # (first after), though the season is the region's: the rule as written;
    # 张家港 (a county-level city under 苏州) and 宁波 (CITY rows, joined by
    # 和); 年底前: in a sentence whose period is a yearless holiday, the year
    # that puts it nearest 元旦 (GUIDELINES: 随着元旦、春节临近，年底 -> this
    # year), 2026, 前 outside; 约九成 -> 90 %; 年底 and 约九成 take 宁波 (nearest
    # before); 国庆假期以来: a yearless holiday, the nearest, 2026-10-01 (假期
    # and 以来 outside; no 明年 in its sentence); 明年一季度 in a sentence of
    # its own)
    d.date("对于[[明年]]走势", NY, "")
    d.org("，[[石化联合会]]预计")
    d.date("预计，[[2027年]]国内", NY, "")
    d.metric("将[[突破6000万吨/年]]", 60000000, "吨/年", "over", "")
    d.date("已由[[两年前]]的", "2024", "")
    d.metric("两年前的[[约62%]]", 62, "%", "approx", "")
    d.metric("提高至[[七成以上]]", 70, "%", "over", "")
    d.org("。[[东华能源股份有限公司]]相关")
    d.date("表示，[[元旦]]至", "2027-01-01", ZJG)
    d.date("元旦至[[春节]]期间", "2027-02-06", ZJG)
    d.city("公司在[[张家港]]和")
    d.city("张家港和[[宁波]]的")
    d.date("装置[[年底]]前", Y, NB)
    d.metric("维持[[约九成]]负荷", 90, "%", "approx", NB)
    d.date("。[[国庆]]假期", "2026-10-01", "")
    d.date("等到[[明年一季度]]。", "2027-Q1", "")
    audit = {
        "orgs": ["21世纪经济报道", "中国石油和化学工业联合会", "石化联合会",
                 "中国石油化工集团有限公司", "中国石化", "中国石化镇海炼化分公司",
                 "中国石油广东石化分公司", "中国海洋石油集团有限公司",
                 "中国海油", "壳牌", "中海壳牌石油化工有限公司", "隆众资讯",
                 "浙江石油化工有限公司", "浙石化", "荣盛石化股份有限公司",
                 "荣盛石化", "恒力石化股份有限公司",
                 "江苏东方盛虹股份有限公司", "东方盛虹", "盛虹炼化",
                 "卫星化学股份有限公司", "卫星化学", "山东裕龙石化有限公司",
                 "裕龙石化", "烟台市发展和改革委员会",
                 "万华化学集团股份有限公司", "巴斯夫", "埃克森美孚",
                 "福建古雷石化有限公司",
                 "惠州大亚湾经济技术开发区管理委员会", "大亚湾开发区管委会",
                 "宁波石化经济技术开发区管理委员会", "宁波市发展和改革委员会",
                 "上海化学工业区管理委员会", "卓创资讯", "大连商品交易所",
                 "国家开发银行广东省分行", "揭阳大南海石化工业区管理委员会",
                 "国家发展改革委", "工业和信息化部", "应急管理部",
                 "东华能源股份有限公司"],
        "cities": ["广州", "宁波", "茂名", "湛江", "惠州", "大连", "连云港",
                   "龙口", "烟台", "路德维希港", "漳州", "舟山", "上海",
                   "揭阳", "张家港",
                   # provinces and the country, written only inside ORG rows
                   "中国", "江苏", "山东", "福建", "广东",
                   # absent cities, as guards (none written)
                   "北京", "天津", "南京", "青岛", "厦门", "泉州", "东营",
                   "淄博", "盘锦", "大庆", "珠海", "深圳", "苏州", "杭州",
                   "新加坡", "香港", "澳门", "利雅得"],
        "excluded": [],
        "numbers_excluded": [],
        # “十五五”: a plan's name (SPEC: names); 三期, 一期, 二期: phases'
        # labels (GUIDELINES: 期 without a marker labels a phase, 二期工程)
        "cn_excluded": ["“[[十五五]]”", "的[[三]]期乙烯", "聚烯烃[[一]]期装置",
                        "漳州的[[二]]期项目"],
        # the collective label of 揭阳、湛江 (SPEC 两地)
        "collectives": [("湛江[[两]]地", 2)],
        # 一体化 (integrated: 炼化一体化装置, 炼化一体化项目, 一体化基地): a word,
        # no figure (annotate_bb.py's labels_excluded)
        "labels_excluded": {"一体化": 3},
        "latin_excluded": [],
        # time characters in words that are no DATE: none outside the rows
        # (同比 x4, 环比 x1 hold none; counted for the record)
        "words_excluded": {"同比": 4, "环比": 1, "同期": 0, "年度": 0,
                           "日均": 0, "当年": 0, "今后": 0, "日前": 0,
                           "全年": 0, "近年": 0, "当日": 0, "年化": 0,
                           "今日": 0, "初期": 0, "明确": 0, "每年": 0,
                           "周期": 0, "明显": 0, "年均": 0, "天然气": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside; as in the precedent scripts):
        # 公司 (x2: 公司相关负责人透露, 公司在张家港: read-backs)
        "orgwords_excluded": {"有限公司": 0, "公司": 2, "集团": 0,
                              "联合会": 0, "委员会": 0, "管委会": 0,
                              "交易所": 0, "银行": 0, "资讯": 0,
                              "荣盛": 0, "恒力": 0, "盛虹": 0, "卫星": 0,
                              "裕龙": 0, "万华": 0, "东华": 0, "古雷": 0,
                              "壳牌": 0, "巴斯夫": 0, "埃克森": 0,
                              "隆众": 0, "卓创": 0, "镇海": 0, "大亚湾": 0,
                              "大南海": 0, "浙石": 0, "海油": 0,
                              # the places that open the bodies' names
                              "中国石": 0, "中国海": 0, "浙江石": 0,
                              "江苏东": 0, "山东裕": 0, "福建古": 0,
                              "惠州大": 0, "宁波市发": 0, "烟台市发": 0,
                              "上海化学工业区管": 0, "揭阳大": 0,
                              "大连商": 0, "国家开": 0, "国家发": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g334 Macao public funds and grants, November 2026: the science and
# technology development fund (科學技術發展基金 and 科技基金 昨（25）日: 今年首十
# 個月; 澳門大學, 澳門科技大學, 澳門理工大學, 澳門城市大學, 聖若瑟大學, 鏡湖護理
# 學院; 今年: 澳電 with 澳門大學; 國家自然科學基金委員會, 廣東省科學技術廳: 珠海,
# 廣州, 深圳), the Macao foundation (澳門基金會 上周五: 第三季, 第二季, 明年; 街總,
# 工聯, 婦聯 今年), the cultural development fund (文化發展基金 and 文化基金 本周一
# （23日）: 今年, 明年; 文化局; 中總; 澳廣視: 明年1月), the industrial and commercial
# development fund (經科局, 工商業發展基金: 今年首十個月; 澳門; 去年同期; 中國銀行
# 澳門分行, 大豐銀行, 滙業銀行 今年), education (教青局, 教育發展基金 今年; 濠江中學,
# 澳門培正中學, 勞工子弟學校; 高等教育基金, 澳門旅遊大學: 澳門, 去年), social
# services and the budget (社工局, 澳門明愛 今年; 財政局: 明年, 今年; 體育局), the
# region (合作區經濟發展局 上月; 科技基金, 葡萄牙科學技術基金會: 里斯本, 澳門;
# 珠海市科技創新局 明年; 明年首季: 北京, 上海) and the applicants (澳門中華教育會
# 上周; 澳門中華新青年協會; 聖誕, 農曆新年, 十二月十五日; 明年首季, 明年4月).
# Traditional as Macao writes it (本澳, 按年, 首十個月, 第三季, 首季, 上周, 上周五,
# 本周一, 公佈, 佔, 「」, 隨着, 氹仔, 滙, figures with thousands separators
# beside Chinese-numeral shares and 一億元, 約三千二百萬元, 十二月十五日), UTF-8
# with a BOM, 2026-11-26 (a Thursday, ISO week 2026-W48), 市民日報 (its opener
# 【本報訊】).  昨（25）日 2026-11-25; 本周一, 23日 2026-11-23; 上周五
# 2026-11-20; 十二月十五日 2026-12-15; 聖誕 2026-12-25; 農曆新年 2027-02-06;
# 上周 2026-W47; 上月 2026-10; 明年1月 2027-01; 明年4月 2027-04; 第二季
# 2026-Q2; 第三季 2026-Q3; 明年首季 (x2) 2027-Q1; 今年首十個月 (x4, the
# title's included), 今年 (x13) 2026; 去年同期, 去年 2025; 明年 (x5, the
# title's included) 2027.
# ===========================================================================


@doc
def g334():
    d = Doc(G334)
    Y, LY, NY = "2026", "2025", "2027"
    MO, ZH, SZ, LIS, BJ = "澳门", "珠海市", "深圳市", "里斯本", "北京市"
    # title (a heading that opens with no CITY: no city section; 科技基金
    # and 文化基金, the funds' bracketed short forms defined in the body, ORGs
    # wherever the article writes them (GUIDELINES: a short form in brackets
    # right after a name is an ORG there and wherever the article repeats
    # it), the title included; 今年首十個月: Macao's first months with 首
    # (GUIDELINES 前10月 and 首9个月), 今年 attached, the year (SPEC); 逾4.2億元:
    # 逾 an over-marker inside the span, SPEC; the space after 元 splits the
    # title into two halves for dates, GUIDELINES; 明年; 增撥一億元: a figure
    # with its magnitude (一 before 億 is no article: GUIDELINES' article is 一
    # before a measure word, 一个, 一家), exact)
    d.org("[[科技基金]]今年首十個月批出資助逾")
    d.date("科技基金[[今年首十個月]]批出資助逾", Y, "")
    d.metric("資助[[逾4.2億元]] ", "4.2e8", "元", "over", "")
    d.org(" [[文化基金]]明年")
    d.date("文化基金[[明年]]擬", NY, "")
    d.metric("增撥[[一億元]]扶持", "1e8", "元", "exact", "")
    # P1 (【本報訊】 holds no row: 本報 names no outlet, GUIDELINES;
    # 科學技術發展基金（科技基金）: a fund's head right before a bracketed short
    # form of the name's own characters names the body (GUIDELINES'
    # own example); 昨（25）日: one span, the bracketed day agreeing with the
    # word (SPEC 今（5）日; GUIDELINES 昨（2）日); 今年首十個月; 約680個 (個 ->
    # 个); 逾4.2億元; 按年 no DATE; 約11%; 澳門大學、澳門科技大學及澳門理工大學三所
    # 院校: three universities (SPEC: a university is an ORG, no CITY inside,
    # 福州大学), the last two joined by 及 (LISTED_PAIRS), opening their
    # clause after 其中 before their collective label 三, no METRIC (SPEC 两地,
    # 五市; GUIDELINES: whatever its measure word; check_collective);
    # 約2.6億元; 佔總額約六成: 約 touching, inside, 60 %; the sentence ends at
    # ；; 澳門城市大學、聖若瑟大學及鏡湖護理學院 (a nursing college, an ORG; the
    # last two joined by 及, LISTED_PAIRS); 約3,100萬元; no city)
    d.org("】[[科學技術發展基金]]（")
    d.org("（[[科技基金]]）昨")
    d.date("（科技基金）[[昨（25）日]]公佈", "2026-11-25", "")
    d.date("公佈，[[今年首十個月]]共", Y, "")
    d.metric("資助項目[[約680個]]", 680, "个", "approx", "")
    d.metric("資助總額[[逾4.2億元]]", "4.2e8", "元", "over", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.org("其中[[澳門大學]]、")
    d.org("、[[澳門科技大學]]及")
    d.org("及[[澳門理工大學]]三所")
    d.metric("合共獲批[[約2.6億元]]", "2.6e8", "元", "approx", "")
    d.metric("佔總額[[約六成]]", 60, "%", "approx", "")
    d.org("；[[澳門城市大學]]、")
    d.org("、[[聖若瑟大學]]及")
    d.org("及[[鏡湖護理學院]]則")
    d.metric("合共獲批[[約3,100萬元]]", 31000000, "元", "approx", "")
    # P2 the fund's programmes (科技基金 表示; 今年; 「企業研發資助計劃」 a
    # scheme, no ORG; 約210宗, 約95宗 (宗 as written); 約8,600萬元; the
    # sentence ends at ；; 澳門電力股份有限公司（澳電）: 澳…電 in order; 聯同澳門
    # 大學 (聯同 a verb; 與 after a bracket avoided, precedents WB, XC);
    # 約1,200萬元; 科技基金與國家自然科學基金委員會 and 科技基金與廣東省科學技術廳:
    # two ORGs joined by 與 each (LISTED_PAIRS); 21個, 18個 exact; 雙方 a
    # collective word, no METRIC (SPEC 双方; excluded); 約2,400萬元; 粵澳 one-
    # character abbreviations, no CITY (SPEC); 18個 takes 珠海 (first after)
    # and 約40家 深圳 (nearest before: the list's last), though the first is
    # the programme's: the rule as written; 珠海、廣州及深圳: cities)
    d.org("\n[[科技基金]]表示，今年資助")
    d.date("表示，[[今年]]資助", Y, "")
    d.metric("企業申請[[約210宗]]", 210, "宗", "approx", "")
    d.metric("獲批[[約95宗]]", 95, "宗", "approx", "")
    d.metric("批出金額[[約8,600萬元]]", 86000000, "元", "approx", "")
    d.org("；[[澳門電力股份有限公司]]（")
    d.org("（[[澳電]]）")
    d.org("聯同[[澳門大學]]開發")
    d.metric("獲資助[[約1,200萬元]]", 12000000, "元", "approx", "")
    d.org("。[[科技基金]]與國家")
    d.org("與[[國家自然科學基金委員會]]今年")
    d.date("委員會[[今年]]聯合", Y, "")
    d.metric("立項[[21個]]", 21, "个", "exact", "")
    d.metric("各出資[[約2,400萬元]]", 24000000, "元", "approx", "")
    d.org("；[[科技基金]]與廣東")
    d.org("與[[廣東省科學技術廳]]合辦")
    d.metric("批出項目[[18個]]", 18, "个", "exact", ZH)
    d.city("涉及[[珠海]]、")
    d.city("、[[廣州]]及")
    d.city("及[[深圳]]的")
    d.metric("合作單位[[約40家]]", 40, "家", "approx", SZ)
    # P3 the Macao foundation (澳門基金會 上周五 (W47's Friday); 第三季, 第二季:
    # Macao's quarters without 度 (GUIDELINES), bare ones of the reference
    # year, 較 outside; 約1,350宗; 約3.8億元; 約9%; 基金會 a read-back; 「錦上添花」
    # a phrase; 明年起: 起 outside; 降至200萬元 exact; the sentence ends at ；;
    # 澳門街坊會聯合總會（街總）、澳門工會聯合總會（工聯）、澳門婦女聯合總會（婦聯）:
    # three federations with their places and their bracketed short forms,
    # 街…總, 工…聯, 婦…聯 in order, listed with 、; 今年; 約1.1億元; 按年 no
    # DATE; no city)
    d.org("\n[[澳門基金會]]上周五")
    d.date("基金會[[上周五]]公佈", "2026-11-20", "")
    d.date("公佈，[[第三季]]共", "2026-Q3", "")
    d.metric("資助申請[[約1,350宗]]", 1350, "宗", "approx", "")
    d.metric("批出金額[[約3.8億元]]", "3.8e8", "元", "approx", "")
    d.date("較[[第二季]]減少", "2026-Q2", "")
    d.metric("減少[[約9%]]", 9, "%", "approx", "")
    d.date("資助，[[明年]]起", NY, "")
    d.metric("上限降至[[200萬元]]", 2000000, "元", "exact", "")
    d.org("；[[澳門街坊會聯合總會]]（")
    d.org("（[[街總]]）")
    d.org("、[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）")
    d.org("、[[澳門婦女聯合總會]]（")
    d.org("（[[婦聯]]）")
    d.date("等社團[[今年]]獲批", Y, "")
    d.metric("合共[[約1.1億元]]，按年持平", "1.1e8", "元", "approx", "")
    # P4 the cultural development fund (文化發展基金（文化基金）: a fund's
    # head before a bracketed short form of its own characters (GUIDELINES);
    # 本周一（23日）: a bracketed gloss, its own mention, both the same day
    # (SPEC 今日(15日); check_gloss), W48's Monday; 今年; 「文化產業商業項目資助
    # 計劃」, 「文化旅遊品牌塑造資助計劃」 schemes; 約320宗, 約140宗; 約9,800萬元;
    # the sentence ends at ；; 約60家; 平均每家獲批約45萬元: 每家 and 獲批 before
    # the figure, no basis right before it (check_per_before), approx;
    # 文化基金 計劃明年; 增加一億元至約3.5億元: two figures, each with its 元;
    # 聯同文化局: Macao's cultural affairs bureau standing alone in a Macao
    # text (GUIDELINES); 澳門中華總商會（中總）: 中…總 in order; 橫琴 a district;
    # 影視方面，文化基金今年的: 今年; 「影視資金補助計劃」 a scheme; 約18部 (部
    # as written); 約三千二百萬元: a figure in Chinese numerals with 千, 百 and
    # 萬 (SPEC: magnitudes in either script) -> 32000000; 澳門廣播電視股份有限
    # 公司（澳廣視）: 澳…廣…視 in order; 明年1月 (起 outside); 其中6部 exact; no
    # city)
    d.org("\n[[文化發展基金]]（")
    d.org("（[[文化基金]]）本周一")
    d.date("（文化基金）[[本周一]]（", "2026-11-23", "")
    d.date("本周一（[[23日]]）", "2026-11-23", "")
    d.date("表示，[[今年]]「文化產業", Y, "")
    d.metric("收到申請[[約320宗]]", 320, "宗", "approx", "")
    d.metric("批出[[約140宗]]", 140, "宗", "approx", "")
    d.metric("補貼[[約9,800萬元]]", 98000000, "元", "approx", "")
    d.metric("則有[[約60家]]", 60, "家", "approx", "")
    d.metric("每家獲批[[約45萬元]]", 450000, "元", "approx", "")
    d.org("。[[文化基金]]計劃")
    d.date("計劃[[明年]]把", NY, "")
    d.metric("預算增加[[一億元]]至", "1e8", "元", "exact", "")
    d.metric("一億元至[[約3.5億元]]", "3.5e8", "元", "approx", "")
    d.org("聯同[[文化局]]推動")
    d.org("，[[澳門中華總商會]]（")
    d.org("（[[中總]]）")
    d.org("影視方面，[[文化基金]]今年")
    d.date("文化基金[[今年]]的", Y, "")
    d.metric("共支持[[約18部]]", 18, "部", "approx", "")
    d.metric("資助額[[約三千二百萬元]]", 32000000, "元", "approx", "")
    d.org("，[[澳門廣播電視股份有限公司]]（")
    d.org("（[[澳廣視]]）")
    d.date("將於[[明年1月]]起", "2027-01", "")
    d.metric("其中[[6部]]作品", 6, "部", "exact", "")
    # P5 the industrial and commercial development fund (經濟及科技發展局
    # （經科局）: a Macao bureau of two fields joined by 及 (JOINED_NAMES) and
    # its short form, 經…科…局 in order; 工商業發展基金: a public fund with a
    # proper name, standing alone in a Macao text; 今年首十個月; 中小企業援助計劃
    # a scheme; 約2,860宗; 約4.6億元; 約7%; the sentence ends at ；; 約430名
    # and 約1.9億元 take 澳門 (澳門青年: the city as a modifier, SPEC 杭州特色;
    # first after, then nearest before); 青年創業援助計劃 a scheme; 經科局 指出;
    # 今年首十個月; 約佔3%: 約 before 佔 sets approx across the verb
    # (GUIDELINES 约占全国的四成; declared sep); 低於去年同期的: after 今年首十
    # 個月, a period with no ISO form, the year before (SPEC), 2025; 低於 before
    # a DATE, no figure's marker; 約4.5%; 中國銀行澳門分行、大豐銀行、滙業銀行等:
    # banks listed before 等 (GUIDELINES), 中國銀行澳門分行 a bank's branch in
    # Macao, one ORG (GUIDELINES 支付宝澳门, 星展香港; no CITY), 滙 declared
    # in that row; 12家銀行: Arabic digits after 等, a count (GUIDELINES'
    # collective label is a small count in Chinese numerals), exact; 今年;
    # 約62億元; no city but 澳門 of the second sentence)
    d.org("\n[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）資料")
    d.org("顯示，[[工商業發展基金]]今年")
    d.date("發展基金[[今年首十個月]]共", Y, "")
    d.metric("援助計劃申請[[約2,860宗]]", 2860, "宗", "approx", "")
    d.metric("援助金額[[約4.6億元]]", "4.6e8", "元", "approx", "")
    d.metric("按年增長[[約7%]]", 7, "%", "approx", "")
    d.metric("另有[[約430名]]", 430, "名", "approx", MO)
    d.city("名[[澳門]]青年")
    d.metric("免息貸款[[約1.9億元]]", "1.9e8", "元", "approx", MO)
    d.org("。[[經科局]]指出")
    d.date("指出，[[今年首十個月]]受", Y, "")
    d.metric("約佔[[3%]]", 3, "%", "approx", "", sep="約")
    d.date("低於[[去年同期]]的", LY, "")
    d.metric("同期的[[約4.5%]]", "4.5", "%", "approx", "")
    d.org("，[[中國銀行澳門分行]]、")
    d.org("、[[大豐銀行]]、")
    d.org("、[[滙業銀行]]等")
    d.metric("等[[12家]]銀行", 12, "家", "exact", "")
    d.date("銀行[[今年]]已批出", Y, "")
    d.metric("貸款[[約62億元]]", "62e8", "元", "approx", "")
    # P6 education (教育及青年發展局（教青局）: a Macao bureau of two fields
    # joined by 及 (JOINED_NAMES), 教…青…局 in order; 轄下 (under) an owner's
    # word like 旗下, two ORGs (GUIDELINES 建造业议会辖下香港建造学院); 教育發展
    # 基金 今年; 約1,150個; 約5.2億元; 約佔35% (declared sep); 濠江中學、澳門培正中學
    # 和勞工子弟學校: schools by their names (GUIDELINES: 学校 after a proper
    # stem, 北京育英学校), the last two joined by 和 (LISTED_PAIRS); 今年;
    # 約1,260萬元、約980萬元和約760萬元: each figure with its own 約 and 元;
    # 高等教育基金 則向澳門旅遊大學等院校; 約1.3億元 and 約2,400名 take 澳門
    # (first after: 澳門學生, a modifier), 去年 and 逾一成 澳門 (nearest
    # before); 去年: its sentence states no period, from the reference year
    # (GUIDELINES); 逾一成 -> 10 %, over (GUIDELINES: a figure in 一成))
    d.org("\n[[教育及青年發展局]]（")
    d.org("（[[教青局]]）轄下")
    d.org("的[[教育發展基金]]今年")
    d.date("教育發展基金[[今年]]共", Y, "")
    d.metric("發展計劃[[約1,150個]]", 1150, "个", "approx", "")
    d.metric("資助金額[[約5.2億元]]", "5.2e8", "元", "approx", "")
    d.metric("約佔[[35%]]", 35, "%", "approx", "", sep="約")
    d.org("。[[濠江中學]]、")
    d.org("、[[澳門培正中學]]和")
    d.org("和[[勞工子弟學校]]今年")
    d.date("子弟學校[[今年]]分別", Y, "")
    d.metric("獲批[[約1,260萬元]]", 12600000, "元", "approx", "")
    d.metric("、[[約980萬元]]和", 9800000, "元", "approx", "")
    d.metric("和[[約760萬元]]，", 7600000, "元", "approx", "")
    d.org("。[[高等教育基金]]則")
    d.org("向[[澳門旅遊大學]]等")
    d.metric("撥款[[約1.3億元]]", "1.3e8", "元", "approx", MO)
    d.metric("另為[[約2,400名]]", 2400, "名", "approx", MO)
    d.city("名[[澳門]]學生")
    d.date("較[[去年]]增加", LY, MO)
    d.metric("增加[[逾一成]]", 10, "%", "over", MO)
    # P7 social services and the budget (社會工作局（社工局）: 社…工…局 in
    # order; 今年; 約190個; 約23.6億元; 約1.8億元; 澳門明愛: Macao's charity
    # (GUIDELINES); 該會 a read-back; 氹仔 a district (氹 declared, in no
    # span); 今年; 約120個; 財政局: Macao's finance bureau standing alone
    # (GUIDELINES' own example); 明年; 約為58億元: a marker separated by the
    # verb 為, outside, approx (GUIDELINES 约为19%; declared sep); 較今年;
    # 約5%; 體育局 (Macao's sports bureau standing alone); 體育總會 a kind (no
    # place or proper name before 總會); 約150個; 約1.6億元; 約8%; no city)
    d.org("，[[社會工作局]]（")
    d.org("（[[社工局]]）今年")
    d.date("（社工局）[[今年]]向", Y, "")
    d.metric("今年向[[約190個]]", 190, "个", "approx", "")
    d.metric("定期資助[[約23.6億元]]", "23.6e8", "元", "approx", "")
    d.metric("專項資助[[約1.8億元]]", "1.8e8", "元", "approx", "")
    d.org("。[[澳門明愛]]相關")
    d.date("長者院舍[[今年]]增加", Y, "")
    d.metric("宿位[[約120個]]", 120, "个", "approx", "")
    d.org("。[[財政局]]資料")
    d.date("顯示，[[明年]]特區", NY, "")
    d.metric("約為[[58億元]]", "58e8", "元", "approx", "", sep="約")
    d.date("較[[今年]]預算", Y, "")
    d.metric("減少[[約5%]]", 5, "%", "approx", "")
    d.org("。[[體育局]]則")
    d.metric("計劃向[[約150個]]", 150, "个", "approx", "")
    d.metric("發放資助[[約1.6億元]]", "1.6e8", "元", "approx", "")
    d.metric("按年增加[[約8%]]", 8, "%", "approx", "")
    # P8 the region (橫琴粵澳深度合作區經濟發展局: the cooperation zone's bureau,
    # one ORG (粵, 澳 one-character abbreviations); 上月; 今年; 約85家; 橫琴 a
    # district; 科技基金同葡萄牙科學技術基金會: 同 "with", two ORGs (葡萄牙 a
    # country inside the name); 今年 and 5個 take 里斯本 (first after), though
    # they are the programme's: the rule as written; 里斯本及澳門: a foreign
    # city (Lisbon, no 市) and Macao, joined by 及 (CITY rows); 珠海市科技創新局
    # (a city's bureau, its city inside, no CITY); 明年; 聯同科技基金 (聯同 a
    # verb); 約5,000萬元; the sentence ends at ；; 明年首季 (首季 the first
    # quarter, GUIDELINES; 明年 attached) and 約30家 take 北京 (first after);
    # 北京、上海: cities)
    d.org("，[[橫琴粵澳深度合作區經濟發展局]]上月")
    d.date("經濟發展局[[上月]]公佈", "2026-10", "")
    d.date("公佈，[[今年]]已有", Y, "")
    d.metric("已有[[約85家]]", 85, "家", "approx", "")
    d.org("。[[科技基金]]同葡萄牙")
    d.org("同[[葡萄牙科學技術基金會]]的")
    d.date("科研資助[[今年]]亦有", Y, LIS)
    d.metric("亦有[[5個]]項目", 5, "个", "exact", LIS)
    d.city("在[[里斯本]]及")
    d.city("里斯本及[[澳門]]同步")
    d.org("。[[珠海市科技創新局]]表示")
    d.date("表示，[[明年]]將聯同", NY, "")
    d.org("聯同[[科技基金]]設立")
    d.metric("設立[[約5,000萬元]]", 50000000, "元", "approx", "")
    d.org("；[[科技基金]]並計劃")
    d.date("計劃[[明年首季]]組織", "2027-Q1", BJ)
    d.metric("組織[[約30家]]", 30, "家", "approx", BJ)
    d.city("赴[[北京]]、")
    d.city("、[[上海]]考察")
    # P9 the applicants and the deadlines (澳門中華教育會: a teachers'
    # association (GUIDELINES: 教育会 heads one, 澳门中华教育会) 上周 (the ISO
    # week before W48); 約1,100名; 約72%; the sentence ends at ；; 澳門中華新
    # 青年協會 (its 青年 inside the row); 約58%; 逾四成 -> 40 %, over; 不足50萬元:
    # 不足 inside, under (SPEC); 臨近聖誕及農曆新年: yearless, the coming ones
    # (GUIDELINES; 农历新年 is 春节), no 明年 in their sentence (the sentence
    # ends at ；); 澳門基金會 提醒; 十二月十五日: a date in Chinese numerals with
    # no year in a sentence whose period is a yearless holiday, the year that
    # puts it nearest 聖誕 (GUIDELINES: 元旦假期…，12月31日入住 -> 2026-12-31),
    # 2026, 前 outside; 明年首季, 明年4月 in a sentence of their own; 隨着 (着
    # declared, in no span); 科技基金 預計; 平均審批時間可由約45天縮短至約30天: time
    # figures after the statistic cue 平均, the first the baseline before
    # 縮短 and the second what 縮短至 leads to (GUIDELINES 约180天降至约120天),
    # 天; no city)
    d.org("，[[澳門中華教育會]]上周")
    d.date("教育會[[上周]]訪問", "2026-W47", "")
    d.metric("訪問[[約1,100名]]", 1100, "名", "approx", "")
    d.metric("教師，[[約72%]]受訪者", 72, "%", "approx", "")
    d.org("；[[澳門中華新青年協會]]則")
    d.metric("發現，[[約58%]]受訪", 58, "%", "approx", "")
    d.metric("當中[[逾四成]]", 40, "%", "over", "")
    d.metric("金額[[不足50萬元]]", 500000, "元", "under", "")
    d.date("臨近[[聖誕]]及", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]，", "2027-02-06", "")
    d.org("，[[澳門基金會]]提醒")
    d.date("須在[[十二月十五日]]前", "2026-12-15", "")
    d.date("；[[明年首季]]活動", "2027-Q1", "")
    d.date("順延至[[明年4月]]審批", "2027-04", "")
    d.org("，[[科技基金]]預計")
    d.metric("可由[[約45天]]縮短", 45, "天", "approx", "")
    d.metric("縮短至[[約30天]]", 30, "天", "approx", "")
    audit = {
        "orgs": ["科技基金", "文化基金", "科學技術發展基金", "澳門大學",
                 "澳門科技大學", "澳門理工大學", "澳門城市大學", "聖若瑟大學",
                 "鏡湖護理學院", "澳門電力股份有限公司", "澳電",
                 "國家自然科學基金委員會", "廣東省科學技術廳", "澳門基金會",
                 "澳門街坊會聯合總會", "街總", "澳門工會聯合總會", "工聯",
                 "澳門婦女聯合總會", "婦聯", "文化發展基金", "文化局",
                 "澳門中華總商會", "中總", "澳門廣播電視股份有限公司", "澳廣視",
                 "經濟及科技發展局", "經科局", "工商業發展基金",
                 "中國銀行澳門分行", "大豐銀行", "滙業銀行",
                 "教育及青年發展局", "教青局", "教育發展基金", "濠江中學",
                 "澳門培正中學", "勞工子弟學校", "高等教育基金",
                 "澳門旅遊大學", "社會工作局", "社工局", "澳門明愛", "財政局",
                 "體育局", "橫琴粵澳深度合作區經濟發展局",
                 "葡萄牙科學技術基金會", "珠海市科技創新局", "澳門中華教育會",
                 "澳門中華新青年協會"],
        "cities": ["澳門", "珠海", "廣州", "深圳", "里斯本", "北京", "上海",
                   # the country, written only inside an ORG row
                   "葡萄牙", "廣東",
                   # absent cities, as guards (none written)
                   "香港", "中山", "江門", "東莞", "佛山", "杭州", "天津",
                   "武漢", "廈門", "福州", "南寧", "波爾圖", "新加坡"],
        "excluded": [],
        "numbers_excluded": [],
        # 雙方: a collective word (SPEC 双方)
        "cn_excluded": ["[[雙]]方各出資"],
        # the collective label of 澳門大學、澳門科技大學及澳門理工大學 (SPEC 两地,
        # 五市)
        "collectives": [("理工大學[[三]]所", 3)],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (x4, year on
        # year), 青年 (x3: 澳門青年, 青年創業援助計劃, 受訪青年創業者; the youth);
        # 日前 once across a row's end (十二月十五日前: the DATE's 日 and 前,
        # outside; no 日前 "recently")
        "words_excluded": {"按年": 4, "青年": 3, "同期": 0, "年度": 0,
                           "今後": 0, "日前": 1, "全年": 0, "近年": 0,
                           "今次": 0, "每年": 0, "近月": 0, "成年": 0,
                           "至今": 0, "當日": 0, "今日": 0, "明白": 0,
                           "明確": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head: 基金會 (基金會相關負責人: a read-back), 基金 (x4:
        # that 基金會, 自治基金, 本澳基金, 政府基金: kinds and read-backs), 總會
        # (體育總會: a kind), 銀行 (x2: 中小企業銀行貸款, 12家銀行: kinds), 學校
        # (資助學校發展計劃: a kind)
        "orgwords_excluded": {"基金會": 1, "基金": 4, "總會": 1,
                              "銀行": 2, "協會": 0, "商會": 0,
                              "教育會": 0, "委員會": 0, "大學": 0,
                              "學院": 0, "中學": 0, "學校": 1,
                              "股份有限公司": 0, "發展局": 0, "工作局": 0,
                              "技術廳": 0, "創新局": 0, "澳電": 0,
                              "澳廣視": 0, "經科局": 0, "教青局": 0,
                              "社工局": 0, "大豐": 0, "滙業": 0, "明愛": 0,
                              "濠江": 0, "培正": 0, "若瑟": 0, "鏡湖": 0,
                              # the places that open the bodies' names
                              "澳門基": 0, "澳門街": 0, "澳門工": 0,
                              "澳門婦": 0, "澳門中": 0, "澳門廣": 0,
                              "澳門電": 0, "珠海市科": 0, "廣東省科": 0,
                              "中國銀": 0, "橫琴粵": 0},
        "orgstring_excluded": [],
    }
    return d, audit
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
HEAD_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇廿卅"
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8,
             "兆": 10 ** 12}      # GUIDELINES: 兆 is 10^12 (Taiwan, HK)
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("约为", "approx"), ("約為", "approx"),
               ("不足", "under"), ("不到", "under"),
               ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over"),
               ("上", "over")]     # SPEC: 上 (上千亿) is over (上万列)
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕"
# the characters a DATE span may hold besides its holiday (new here): digits,
# numerals, the calendar words and their relative and partial forms (第 of
# 第三季, 个/個 of 前10个月, 星期 of a weekday), 民国 and the brackets of
# 今（廿二）日
DATE_CHARS = set("0123456789〇零一二三四五六七八九十廿卅两兩年月日季度周週旬"
                 "昨今明去前后後上下本首半初底末中内內份同期当當天民國国（）"
                 "星期个個第")
# comparison words before 上月 that make it a baseline counted from the
# sentence's month (GUIDELINES: 比, 较, 与, 和, 同, 由, 从)
BASELINE = ("较", "較", "比", "与", "與", "和", "同", "由", "从", "從")
UNIT_TRAD = {"个": "個"}


def parse_metric(span, outer=""):
    """(value, qualifier, raw unit) re-derived from the span text: Arabic
    numbers with separators, magnitude runs 万/亿, N成, a Chinese digit
    before a measure word, 余/多 after the number, 个百分点, markers before
    and after; a declared marker outside the span (outer) gives the
    qualifier when the span has none."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    if outer and q == "exact":
        for p, qq in QUAL_PREFIX:
            if outer.startswith(p):
                q = qq
                break
    m = re.fullmatch(r"([一二三四五六七八九十])分之([一二三四五六七八九十])",
                     span)
    if m:                       # a fraction is a percentage (SPEC 三分之一)
        v = Decimal(100 * CN_DIGIT[m.group(2)]) / Decimal(CN_DIGIT[m.group(1)])
        return v.quantize(Decimal("1e-10"), ROUND_HALF_UP), q, "%"
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)[點点]"
                     r"([〇零一二三四五六七八九]+)", span)
    if m:                       # 百分之四十二點九 -> 42.9 % (annotate_ic.py,
        frac = "".join(CN_YEAR_DIGIT[c] for c in m.group(2))   # ported
        return Decimal("%d.%s" % (cn_int(m.group(1)), frac)), q, "%"  # from
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)", span)  # annotate_bc)
    if m:                       # 百分之十五 -> 15 % (SPEC: N分之M)
        return Decimal(cn_int(m.group(1))), q, "%"
    if span == "一半":          # SPEC 近一半 -> 50 %
        return Decimal(50), q, "%"
    m = re.fullmatch(r"([一二两兩三四五六七八九十])", span)
    if m:                       # N大: the numeral alone (SPEC 9大出行场景)
        return Decimal(CN_DIGIT[m.group(1)]), q, ""
    m = re.fullmatch(r"([一二两兩三四五六七八九十])成", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"
    m = re.fullmatch(r"(\d+)成", span)              # 逾3成, 不足2成
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
    m = re.fullmatch(r"([一二三四五六七八九])折", span)  # 五折 -> 50 %
    if m:                                           # (GUIDELINES: 折 below
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"   # 10, times 10)
    m = re.fullmatch(r"(\d(?:\.\d)?)折", span)     # 9折 -> 90 %, 8.5折
    if m:                                           # -> 85 % (GUIDELINES:
        return Decimal(m.group(1)) * 10, q, "%"     # below 10, times 10)
    m = re.fullmatch(r"([1-9]\d)折", span)          # 79折 -> 79 % (GUIDELINES:
    if m:                                           # two digits are the
        return Decimal(m.group(1)), q, "%"          # percentage, 85折)
    m = re.fullmatch(r"([百千]?)([万萬亿億]+)(\D*)", span)
    if m:                       # a bare magnitude, only with a marker
        assert q != "exact", span                  # (逾千萬元, 突破百亿元,
        v = Decimal({"百": 100, "千": 1000, "": 1}[m.group(1)])  # 亿元以上)
        for ch in m.group(2):
            v *= MAGNITUDE[ch]
        return v, q, m.group(3)
    m = re.fullmatch(r"(\d+)([万萬兆])(\d,?\d{3}|\d{3})([億亿]?)(\D+)",
                     span)
    if m:                 # 2萬3,680人 -> 23680; 1兆974億元 (three digits)
        low = Decimal(m.group(3).replace(",", ""))  # 3兆6,120億元
        if m.group(4):
            low *= MAGNITUDE[m.group(4)]
            assert low < MAGNITUDE[m.group(2)], span
        v = Decimal(m.group(1)) * MAGNITUDE[m.group(2)] + low
        return v, q, m.group(5)
    m = re.fullmatch(r"(\d+)([億亿])(\d,\d{3}|\d{1,4})([萬万])(\D+)", span)
    if m:                 # 1億2,000萬件 -> 120000000 (GUIDELINES: digits
        low = Decimal(m.group(3).replace(",", ""))  # split by 亿 before a
        assert low < 10 ** 4, span                  # smaller section are
        v = (Decimal(m.group(1)) * MAGNITUDE[m.group(2)]   # one figure)
             + low * MAGNITUDE[m.group(4)])
        return v, q, m.group(5)
    m = re.fullmatch(r"([一二两兩三四五六七八九十百千零]+[萬万億亿]"
                     r"[一二两兩三四五六七八九十百千零萬万億亿]*?)"
                     r"([^一二两兩三四五六七八九十百千零万萬亿億\d]\D*)", span)
    if m and re.search("[萬万億亿][一二两兩三四五六七八九十百千零]",
                       m.group(1)):
        # a whole number in Chinese numerals with a section after its 萬 or
        # 億 (約七萬九千四百名 -> 79400, 約一億三千萬元 -> 130000000; new here
        # for 澳門日報's figures; GUIDELINES: digits split by 亿 before a
        # smaller section are one figure)
        return Decimal(cn_big(m.group(1))), q, m.group(2)
    m = re.fullmatch(r"([一二两兩三四五六七八九十][一二两兩三四五六七八九十百千零]*)"
                     r"([万萬亿億]?)([^一二两兩三四五六七八九十百千零万萬亿億\d]\D*)",
                     span)
    if m and re.search("[十百千]", m.group(1)) and not re.fullmatch(
            "[一二两兩三四五六七八九][十百千]", m.group(1)):
        # a whole number in Chinese numerals with places inside
        # (一百二十六個 -> 126, 三十八個 -> 38; annotate_ic.py's, ported from
        # annotate_bc.py)
        v = Decimal(cn_whole(m.group(1)))
        if m.group(2):
            v *= MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([十百千])([万萬亿億]?)(\D+)",
                     span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)] *  # 十/百/千 (逾七千家 -> 7000;
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # SPEC:
        if m.group(3):                      # magnitudes in either script)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]  # a bare
        return v, q, m.group(3)             # magnitude (逾四萬人 -> 40000)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种;
        assert q != "exact", span           # 逾百名 -> 100)
        return Decimal({"百": 100, "千": 1000}[m.group(1)]), q, m.group(2)
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    # 余/多 after the number stand before or after its magnitude: 1.2万余家
    # (SPEC), 400多万 (SPEC) and 40余亿元 (annotate_bb.py's) are all over
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([余餘多]?)"
                 r"((?:[万萬亿億]|兆(?![瓦赫]))*)([余餘多]?)", span)
    assert m, span
    assert not (m.group(3) and m.group(5)), span
    v = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    for ch in m.group(4):
        v *= MAGNITUDE[ch]
    if m.group(3) or m.group(5):
        assert q == "exact", span
        q = "over"
    unit = span[m.end():]
    if unit in ("%", "％"):
        unit = "%"
    unit = re.sub(r"^[个個](百分[点點])$", r"\1", unit)
    # 20个基点 -> 20, unit 基点 (GUIDELINES: basis points are a unit like
    # 百分点; from annotate_ib.py)
    unit = re.sub(r"^[个個](基[点點])$", r"\1", unit)
    return v, q, unit


def valid_date(norm):
    y = int(norm[:4])
    assert 1900 <= y <= 2100, norm
    m = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", norm)
    if m:
        datetime.date(y, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"\d{4}-(\d\d)", norm)
    if m:
        assert 1 <= int(m.group(1)) <= 12, norm
    assert not norm[4:].startswith("-Q") or re.fullmatch(
        r"\d{4}-Q[1-4]", norm), norm
    m = re.fullmatch(r"\d{4}-W(\d\d)", norm)
    if m:
        datetime.date.fromisocalendar(y, int(m.group(1)), 1)


def check_written_date(tx, norm):
    """The month and day a DATE span writes (Arabic or Chinese numerals,
    Macao's 廿) must be those of its normalization."""
    if tx.startswith(("今年前", "今年首", "首", "前")) or re.search(
            r"年[前首]\d+[个個]?月", tx):
        return                                  # the first N months
    mon = re.search(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", tx)
    if mon:
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


def t2s_all(strings, config="t2s"):
    """OpenCC t2s (or another config) of each string, or None when OpenCC
    is not reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC(config).convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    code = ("import json,sys,opencc;c=opencc.OpenCC(%r).convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))"
            % config)
    for py in PYTHON_CANDIDATES:
        if not py or not os.path.exists(py):
            continue
        try:
            out = subprocess.run([py, "-c", code], input=json.dumps(strings),
                                 capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return json.loads(out.stdout)
    return None


def half_break(text, i):
    """A space between Han characters, or after a figure's %, stands
    between a headline's halves: each half is its own sentence for dates
    (GUIDELINES), but not for the city column (GUIDELINES: for the city
    column a headline is one sentence; rule_city no longer uses it, as
    annotate_qa.py's did not).  Here it counts the halves each title
    declares (TITLE_HALVES: g333's space after 约86%, g334's after 逾4.2億元;
    annotate_xb.py's g325 and g326 had theirs after 约12% and 逾1.1萬宗;
    annotate_wc.py's g321 and g322 had theirs after 约3.6% and 約一成;
    annotate_vc.py's g315 and g316 had theirs after 约93.2% and
    約八十二萬人次)."""
    if text[i] not in (" ", "\u3000") or i == 0 or i + 1 >= len(text):
        return False
    han = re.compile("[\u3400-\u9fff\U00020000-\U0003ffff]")
    return bool((han.match(text[i - 1]) or text[i - 1] in "%％") and
                han.match(text[i + 1]))


def rule_city(text, rows, r):
    """GUIDELINES `city` rule for a DATE/METRIC row: a city section (a
    non-empty line of <= 40 characters with no clause punctuation 。，,；;！？
    that opens with a CITY mention, alone or followed by ：, :, a space or a
    dash) gives its city to every DATE/METRIC from its heading line up to
    the next heading; any other heading ends it.  Outside a section: the
    nearest CITY before the row in its sentence (ends at 。！？；!?; or a
    line break), else the first after it; else empty.  A headline is one
    sentence here: its space does not end it (GUIDELINES: "For the city
    column a headline is one sentence: the space between its halves, which
    separates two sentences for dates, does not end it here, so a figure in
    the first half takes a city of the second half when the first half
    names none"; annotate_qb.py split it at half_break(), against that
    line, as annotate_pc.py had: changed here after annotate_qa.py, see
    NOTES)."""
    cities = sorted((c for c in rows if c["type"] == "CITY"),
                    key=lambda c: c["start"])
    section = ""
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if line.strip() and len(line) <= 40 and not (set(line) & HEAD_PUNCT):
            section = ""
            for c in cities:
                if c["start"] == lstart:
                    nxt = text[c["end"]:c["end"] + 1]
                    if c["end"] == lend or nxt in ("：", ":", " ", "-", "—",
                                                   "－", "\u3000"):
                        section = c["normalized"]
        if lstart <= r["start"] <= lend:
            break
    if section:
        return section
    s = r["start"]
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = r["end"]
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    before = [c for c in cities if s <= c["start"] and c["end"] <= r["start"]]
    after = [c for c in cities if r["end"] <= c["start"] and c["end"] <= e]
    if before:
        return before[-1]["normalized"]
    if after:
        return after[0]["normalized"]
    return ""


def check_relative(d, r):
    """Words that count from the reference date (GUIDELINES): 今年/明年/去年
    at the start of a span give the reference year, +1, -1; 本月/下月/上月
    the reference month, +1, -1 (except 上月 as a baseline after 较/比,
    which counts from the month its sentence states); 本周/上周 the ISO
    week, -1; 昨日 and 昨（N）日 the day before."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    for w, k in (("今年", 0), ("明年", 1), ("去年", -1)):
        # 去年同期 follows its sentence's period, not the reference year
        # (SPEC; check_last_year_period; annotate_ma.py's, ported from
        # annotate_bc.py)
        if tx.startswith(w) and tx not in ("去年同期", "上年同期"):
            assert norm[:4] == str(ref.year + k), r
    # N年前 counts back from the reference year (SPEC 两年前; annotate_ma.py's,
    # ported from annotate_bc.py)
    m = re.fullmatch(r"([一二两兩三四五六七八九十]|\d+)年前", tx)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else \
            CN_DIGIT[m.group(1)]
        assert norm == str(ref.year - n), r
    # 今（115）年, 明（116）年: the bracketed ROC year is the reference year
    # (+1), and so is the normalization (GUIDELINES)
    m = re.match(r"([今明去])（(\d{2,3})）年", tx)
    if m:
        k = {"今": 0, "明": 1, "去": -1}[m.group(1)]
        assert int(m.group(2)) + 1911 == ref.year + k, r
        assert norm[:4] == str(ref.year + k), r
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        # only 上月 and 下月 may be a baseline after a comparison word
        # (GUIDELINES); 本月 always counts from the reference date, also
        # after 由 (由本月起: from this month on; annotate_bb.py's: annotate_ec.py
        # skipped 本月 after every BASELINE character, so 由本月起 as
        # 2026-10 passed)
        if tx.startswith(w) and (w == "本月" or before not in BASELINE):
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx in ("上月", "上月底", "上月末") and before in BASELINE:
        # a baseline: the month before the last month its sentence states
        # (GUIDELINES: 10月营收…较上月 -> 09)
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"].split("-"))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        assert norm == "%d-%02d" % (y, m), r
    for w, k in (("本周", 0), ("上周", -1), ("下周", 1), ("本週", 0),
                 ("上週", -1), ("下週", 1)):
        if tx.startswith(w):
            iy, iw, _ = (ref + datetime.timedelta(weeks=k)).isocalendar()
            if tx == w:
                assert norm == "%d-W%02d" % (iy, iw), r
            else:               # a weekday inside the span gives the day
                wd = WEEKDAY[tx[len(w):]]           # (GUIDELINES 上周五)
                day = datetime.date.fromisocalendar(iy, iw, wd)
                assert norm == day.isoformat(), r
    # 上年 (前年) counts from a non-relative period stated earlier in its
    # sentence (a DATE written with its four-digit year: 2025年地区生产总值
    # …比上年 -> 2024), else from the reference year (今年…较上年 -> 2025;
    # GUIDELINES; annotate_bb.py's)
    if tx in ("上年", "前年"):
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        stated = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.match(r"\d{4}", x["text"])]
        base = int(max(stated, key=lambda x: x["start"])["normalized"][:4]) \
            if stated else ref.year
        assert norm == str(base - {"上年": 1, "前年": 2}[tx]), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r
    if tx in ("今天", "今日"):
        assert norm == ref.isoformat(), r
    # 今（N）日 is the reference day, 明（N）日 the day after, 昨（N）日 the
    # day before (above); the bracketed day, in Arabic or Chinese numerals
    # (Macao's 昨（二十）日; from annotate_tc.py), must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        g = m.group(2)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm == day.isoformat() and day.day == num, r


def check_bare_day(d, r):
    """A bare day (16日, 21日; Macao's 廿九日) takes its month from the latest
    month written earlier in its sentence, in Arabic or Chinese numerals
    (十一月廿八日及廿九日 -> 11), else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日",
                        r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<![\d一二三四五六七八九十])(%s)月" % CN_MONTH,
                        d.text[s:r["start"]])
    month = month_num(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


def check_range_first(d, r):
    """The first number of a range with one shared 月 (今年1至10月) is its
    own mention: it carries the month it writes (GUIDELINES 3月5-7日)."""
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])   # (annotate_ua.py: no
    if not m or r["text"] in HOLIDAY:      # year's last digits, no holiday)
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_same(d, r):
    """当天/當天/同日/當日/当日 take the latest day-precision DATE before
    them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月",
                         "当晚", "當晚", "当月", "當月"):   # 当晚:
        return              # annotate_na.py, ported from annotate_bc.py;
    #                         当月/當月 (GUIDELINES: 同年/同月/当月 likewise)
    #                         new here, unused
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] in ("同月", "当月", "當月"):
        prev = [x for x in prev if len(x["normalized"]) >= 7 and
                x["normalized"][5] != "Q"]
        assert prev and prev[-1]["normalized"][:7] == r["normalized"], r
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hol = [x for x in d.rows if x["type"] == "DATE" and
           s <= x["start"] and x["end"] <= r["start"] and
           x["text"] in HOLIDAY]
    days = [x for x in prev if len(x["normalized"]) == 10]
    cand = sorted(hol + days, key=lambda x: x["start"])
    assert cand and cand[-1]["normalized"] == r["normalized"], r


def check_gloss(d, r):
    """A bracketed day after a DATE (下周二（12月1日）, 上周六（11月21日）) is
    its own mention and must carry the same date (SPEC: 今日(15日) is 今日
    and 15日, both resolved to the same day; from annotate_vb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter (from annotate_ua.py)."""
    # an end of the quarter is the quarter (上季度末, 上季底; GUIDELINES)
    m = re.fullmatch(r"([上本下])季度?[末底]?", r["text"])
    if not m:
        return
    k = {"上": -1, "本": 0, "下": 1}[m.group(1)]
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    qs = [x for x in d.rows if x["type"] == "DATE" and
          s <= x["start"] and x["end"] <= r["start"] and
          re.fullmatch(r"\d{4}-Q[1-4]", x["normalized"])]
    if qs:
        y, q = int(qs[-1]["normalized"][:4]), int(qs[-1]["normalized"][-1])
    else:
        ref = datetime.date.fromisoformat(d.published)
        y, q = ref.year, (ref.month - 1) // 3 + 1
    q += k
    y, q = y + (q - 1) // 4, (q - 1) % 4 + 1
    assert r["normalized"] == "%d-Q%d" % (y, q), r


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table (from
    annotate_uc.py): a fixed day (the mainland's and Hong Kong's 国庆 10-01,
    元旦, 圣诞), a lunar one from the table of 正月初一, Western Easter
    computed (复活节, GUIDELINES; from annotate_ib.py); 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    assert d.doc_id not in TAIWAN, r        # no Taiwan text here
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    years = range(ref.year - 1, ref.year + 2)
    if tx in COMPUTED_DAYS:     # 黑色星期五: the day after the fourth
        cands = {y: COMPUTED_DAYS[tx](y) for y in years}   # Thursday of
    elif tx in FIXED_DAYS:                                 # November
        cands = {y: datetime.date(y, *FIXED_DAYS[tx]) for y in years}
    else:
        # (a holiday with no independent date stops here with its name, not
        # at a KeyError: annotate_xc.py's)
        assert tx in LUNAR, (r, "a holiday with no independent date")
        cands = {y: LUNAR[tx][y] for y in years}
    if k is not None:
        want = cands[ref.year + k]
    else:
        want = min(cands.values(), key=lambda x: abs((x - ref).days))
    assert r["normalized"] == want.isoformat(), (r, want)


def check_last_year_period(d, r):
    """去年同期 follows the period its sentence states (SPEC, GUIDELINES): the
    last DATE written before it in the sentence, a year earlier at the same
    precision; a holiday or a period with no ISO form gives the year (from
    annotate_wb.py)."""
    if r["text"] not in ("去年同期", "上年同期"):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    prev = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"]),
                  key=lambda x: x["start"])
    assert prev, ("去年同期 with no period in its sentence", r)
    p = prev[-1]["normalized"]
    if prev[-1]["text"] in HOLIDAY:
        p = p[:4]
    # the second end of a range of one year (10月20日至11月11日) states the
    # year (GUIDELINES: a range of months, quarters or days of one year
    # states the year, as a holiday week does; annotate_ka.py's rule)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_dc.py's version, after annotate_kc.py's and annotate_qc.py's,
    extended in annotate_jb.py to Arabic quarters and months (前3季, 前10月,
    第2季, here 今年第3季) and to a year's end written after a ROC year;
    it replaces annotate_db.py's, whose quarter test read Chinese numerals
    only, so 今年第3季 as 2026-Q4 passed): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首(?:\d+|[一二三四五六七八九十]+)[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    # (年内 alone is the year the sentence is about, GUIDELINES, like 年底;
    # new in annotate_uc.py: a mutation that writes its g309's 年内 as 2027
    # passes a copy
    # without it; no sentence of this set that writes a bare 年内 states
    # another year)
    if tx in ("年初", "年底", "年末", "年内", "年內"):
        assert norm == str(ref.year), r
    # (two parts of a month together, 上中旬, 中下旬: the month too,
    # GUIDELINES 11月中下旬; annotate_oc.py's, ported)
    if re.search(r"月(上旬|中旬|下旬|上中旬|中下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    # an end or start of a quarter is the quarter (GUIDELINES 第三季度末 ->
    # YYYY-Q3; new in annotate_fc.py: 第三季末)
    m = re.search(r"第?([一二三四1-4])季度?(末|底|初)$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (11月, 10月底,
    9月底, 10月份, 23日, 三季度, 四季度, 第三季) is in the reference year
    when no year is stated before it in its sentence (GUIDELINES: 今年
    counts from the reference date; a sentence that names a year or counts
    one (明年, 去年, 2025年) is left to the hand value; from
    annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"(%s月((\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|"
                        r"底|份|末|初|[上中下]旬|上中旬|中下旬)?|"
                        r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|"
                        r"第?[一二三四1-4]季度?末?)" % CN_MONTH, tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    # a year stated before it in its sentence, also in Chinese numerals
    # (二〇二五年; new here) or counted (明年, 去年)
    if re.search(r"\d{2,4}[）)]?年|[〇零一二三四五六七八九]{4}年|"
                 r"[明去前后後]年|来年|來年", d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?末?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r


def check_bare_period(d, r):
    """Several months or quarters written without a year (前三季度, 前10个月,
    首三季, 首十個月, 上半年) are the reference year's when no year is stated
    or counted before them in their sentence (SPEC: several months or
    quarters of a year normalize to the year; GUIDELINES: 今年 counts from
    the reference date).  annotate_rb.py's port of annotate_qc.py's check,
    which annotate_rc.py lacked, ported here: check_precision asserts a
    year, not which."""
    tx = r["text"]
    if not re.fullmatch(r"(前|首)(\d+|[一二三四五六七八九十]+)[个個]?月|"
                        r"(前|首)[三3]季度?|[上下]半年", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[〇零一二三四五六七八九]{4}年|"
                 r"[明去前后後]年|来年|來年", d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"] == str(ref.year), ("year of a bare period", r)


def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; annotate_dc.py's
    check, after annotate_fa.py and annotate_ga.py)."""
    tx = r["text"]
    # (a day in Chinese numerals too, 二月二十日: annotate_rc.py's, after a
    # mutation that wrote its g292's 二月二十日 after 明年一月五日至 as
    # 2026-02-20 passed)
    m = re.fullmatch(r"(%s)月(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|"
                     r"底|初|份|[上中下]旬)?|"
                     r"第?([一二三四1-4])季度?|(年底)" % CN_MONTH, tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    before = d.text[s:r["start"]]
    if not re.search(r"明年|后年|後年|明（\d{2,3}）年", before):
        return
    ref = datetime.date.fromisoformat(d.published)
    if m.group(1):
        mon = month_num(m.group(1))
        assert mon != ref.month, ("the reference month itself", r)
        y = ref.year + (1 if mon < ref.month else 0)
        assert r["normalized"][:7] == "%d-%02d" % (y, mon), r
    elif m.group(2):
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        y = ref.year + (1 if q < (ref.month - 1) // 3 + 1 else 0)
        assert r["normalized"] == "%d-Q%d" % (y, q), r
    else:
        assert r["normalized"] == str(ref.year), r


def check_range_second(d, r):
    """The second end of a date range, written with no year of its own right
    after the first end and a range sign (由明年一月五日至二月二十日), is in the
    first end's year when its month does not come before the first end's
    (SPEC: a date range is two mentions, 2024年3月至5月 -> 2024年3月 and 5月
    of 2024; annotate_rc.py's, after a mutation that wrote its g292's
    二月二十日 as 2026-02-20 passed: check_forward read Arabic days only;
    kept, unused here)."""
    tx = r["text"]
    if re.search(r"\d{4}|[今明去前后後]年|[来來]年|（\d{2,3}）年", tx):
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] < r["start"] and
            re.fullmatch("[至到~～\\-－]", d.text[x["end"]:r["start"]])]
    if not prev or not re.fullmatch(r"\d{4}-\d\d(-\d\d)?",
                                    prev[0]["normalized"]):
        return
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", r["normalized"]) and \
            r["normalized"][5:7] >= prev[0]["normalized"][5:7]:
        assert r["normalized"][:4] == prev[0]["normalized"][:4], (
            "the second end of a range", prev[0], r)


def check_holiday_period(d, r):
    """A month or a quarter written without a year, in a sentence whose
    period is a holiday written with no year (one of the HOLIDAY spans
    without 今年/明年/去年, earlier in the sentence), takes the year that
    puts the month, or the quarter's middle month, nearest that holiday
    (GUIDELINES: 元旦假期…，12月31日入住 -> 2026-12-31; 随着元旦、春节临近，
    四季度 -> 2026-Q4 in November 2026; annotate_dc.py's check).  The holiday is the
    first such one of the sentence; its date is the table's, recomputed by
    check_holiday()."""
    tx = r["text"]
    m = re.fullmatch(r"(%s)月(?:[上中下]旬|上中旬|中下旬|初|底)?|"
                     r"第?([一二三四1-4])季度?" % CN_MONTH, tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hols = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"] and
                   x["text"] in HOLIDAY and
                   not x["text"].startswith(("今年", "明年", "去年"))),
                  key=lambda x: x["start"])
    if not hols:
        return
    hol = datetime.date.fromisoformat(hols[0]["normalized"])
    if m.group(1):
        mon = month_num(m.group(1))
    else:
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        mon = 3 * q - 1                     # the quarter's middle month
    y = min(range(hol.year - 1, hol.year + 2), key=lambda yy: abs(
        (datetime.date(yy, mon, 15) - hol).days))
    if m.group(1):
        assert r["normalized"] == "%d-%02d" % (y, mon), (r, y)
    else:
        assert r["normalized"] == "%d-Q%d" % (y, q), (r, y)


# the characters after which a 市 following a city starts the next word
# (SPEC 市级, 市场, 市区, 市民; GUIDELINES 市外, 市内, 市政; annotate_dc.py)
SHI_NEXT = set("级級场場区區民内內外政郊")
# what a city may not stand right before (GUIDELINES' list: 路, 区, 县, 州,
# 港, 站, 机场, 地铁, 捷运; with 國際機場, 国际机场, an airport's name;
# annotate_nc.py's CITY_STOPS, ported)
CITY_STOPS = ("机场", "機場", "国际机场", "國際機場", "地铁", "地鐵", "捷运",
              "捷運", "站", "路", "区", "區", "县", "縣", "州", "港")


# short city forms that are also ordinary words (GUIDELINES' examples of
# rules/city_ambiguous.txt, which I may not read), each with its province in
# both scripts: they count only with 市 or after their province
CITY_AMBIGUOUS = {"东方": ("海南",), "安宁": ("云南", "雲南"),
                  "合作": ("甘肃", "甘肅"), "日照": ("山东", "山東"),
                  "黄山": ("安徽",), "德州": ("山东", "山東"),
                  "白银": ("甘肃", "甘肅"), "朝阳": ("辽宁", "遼寧"),
                  "敦化": ("吉林",), "安寧": ("云南", "雲南"),
                  "黃山": ("安徽",), "白銀": ("甘肃", "甘肅"),
                  "朝陽": ("辽宁", "遼寧")}


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (from annotate_ib.py)
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日", "晚"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause (平均轮候时间为5.1年, 缩短0.4年, 缩短至约25分钟) or a verb
    of change right after it (约70分钟缩短至: the baseline); otherwise it is
    a duration, no METRIC (GUIDELINES; from annotate_ib.py)."""
    if r["type"] != "METRIC" or r["unit"] not in TIME_UNITS:
        return
    clause = re.split("[，,。；;！？\n]", d.text[:r["start"]])[-1]
    after = d.text[r["end"]:r["end"] + 2]
    assert any(c in clause for c in STAT_CUES) or after in CHANGE_VERBS, (
        "a time figure without a statistic cue", r)


def check_shiyi(d, r):
    """十一 is National Day (10-01) only before 黄金周, 长假, 小长假, 假期,
    期间 or 国庆, a closing quote allowed between; the number eleven
    elsewhere (GUIDELINES; annotate_bb.py's).  A 十一 DATE row must stand before
    such a cue, and every 十一 outside a row must not."""
    if r["type"] != "DATE" or r["text"] != "十一":
        return
    after = d.text[r["end"]:r["end"] + 4].lstrip("”」’』\"'")
    assert after.startswith(SHIYI_CUES), ("十一 without a holiday cue", r)


def check_collective(d, ctx, n):
    """A small count in Chinese numerals right after a list of as many items
    (、, and 和/及/与 before the last) is a collective label for the list, no
    METRIC (GUIDELINES; SPEC 两地, 五市): the declared span is that numeral,
    the clause before it ends with a list of exactly n items, each of one to
    eight characters with no digit, particle or preposition (from annotate_ib.py)."""
    span, places = d._locate(ctx, 1)
    (s, e), = places
    assert CN_DIGIT.get(span) == n, (ctx, n)
    clause = re.split("[，,。；;！？\n（）]", d.text[:s])[-1]
    items = re.split("、|和|及|與|与", clause)
    assert len(items) >= n, (ctx, items)
    listed = items[-n:]
    assert all(1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
               for x in listed), (ctx, listed)
    # the list is the whole clause tail: what stands before the first item
    # (if anything) ends the list with no joiner
    rest = items[:-n]
    assert not rest or len(rest) == 1, (ctx, items)
    assert not any(r["start"] < e and s < r["end"] for r in d.rows
                   if r["type"] == "METRIC"), ctx
    return s, e


def check_no_collective_metric(d, r):
    """A METRIC that is a small count in Chinese numerals right after a list
    of as many items (、, and 和/及/与 before the last) is the list's
    collective label, no METRIC (GUIDELINES: 隆基绿能 … 晶澳科技五家; SPEC
    两地, 五市): such a row must not be written (annotate_bc.py's: 五家 of 科沃斯、
    石头科技、追觅科技、云鲸智能和小米五家 annotated as a METRIC passed the
    checks when it was dropped from the declared collectives; ported from
    annotate_bc.py)."""
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D{0,2})", r["text"])
    if not m:
        return
    n = CN_DIGIT[m.group(1)]
    clause = re.split("[，,。；;！？\n（）]", d.text[:r["start"]])[-1]
    if "、" not in clause:
        return
    items = re.split("、|和|及|與|与", clause)
    listed = items[-n:]
    assert not (len(items) >= n and all(
        1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
        for x in listed) and len(items) - n <= 1), (
        "a collective label annotated as a METRIC", r)


# rates with a slash denominator the articles write (GUIDELINES: a rate
# keeps its denominator in the unit and in the span, 16712元/平方米, 45万人次/日,
# 68.9元/平方米/月; the denominators are a list of rules/ that I may not
# read): g333 writes capacities per year (150万吨/年, 约9.6亿吨/年 …: unit
# 吨/年, read like GUIDELINES' time denominators 日 and 月) and prices per
# tonne (6900元/吨, 7012元/吨: unit 元/吨, read like 元/平方米); g334 none.
# annotate_xb.py declared none (its g326 wrote 每小時43.1元, a basis before
# the figure).  Here g333 also writes one price right after 每桶 (约为每桶66
# 美元: a barrel, a basis outside the span and the unit, GUIDELINES 约为每吨
# 7050元 -> 7050 元, approx; 桶 added to check_per_before's bases here); g334's
# 平均每家獲批約45萬元 has 獲批 between its basis and its figure
PER_UNITS = {G333: {"吨/年", "元/吨"}}


def check_per_before(d, r):
    """A METRIC right after 每 + a measure word (每吨11.35万元, 每筆手續費15港
    元, annotate_mb.py's 每艘约1.29亿美元, annotate_ob.py's 每宗約1,020萬元;
    annotate_pc.py's 每名學生二萬四千六百元; annotate_qb.py's 每吨86420元;
    annotate_tc.py's 每司馬斤約八十三元, 每司馬擔二千三百元) keeps 每 and the
    measure word outside its span and its unit (GUIDELINES: 每平方米16712元
    -> unit 元); a unit with a slash denominator must be declared in
    PER_UNITS, and no undeclared slash rate stands in the text
    (annotate_lb.py's, with annotate_mb.py's 艘 and 美元, annotate_ob.py's
    平方呎, 呎 and 宗; annotate_sc.py's 名學生, 人 and 班 for Macao's
    subsidies; 司馬斤 and 司馬擔, Macao's market weights, added by
    annotate_tc.py; 公噸, Macao's metric tonne, added by annotate_wc.py for
    its g322's 每公噸約八百元, 每公噸七十元 and 每公噸一百元; 小時, an hour,
    added by annotate_xb.py for its g326's 每小時43.1元; 桶, a barrel, added
    here for g333's 约为每桶66美元)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|公吨|公噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|"
                  "名學生|人|班|司馬斤|司馬擔|小時|小时|桶)(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
        # two ORG rows never touch: a department or unit written right after
        # a body belongs to it (SPEC 蚂蚁金服集团银行服务部; GUIDELINES), so a
        # body cut from its department would leave two touching rows (new
        # here, after a mutation that cut 国家药监局药品审评中心 into two
        # touching ORGs, declared along, passed the audits)
        assert not (prev["type"] == cur["type"] == "ORG" and
                    prev["end"] == cur["start"]), ("touching ORGs", prev, cur)
        # an attached 今年/明年/去年 belongs to the date after it (SPEC: the
        # span includes an attached 今年/去年, 今年4月18日): no DATE row of a
        # bare year word touches a DATE row after it (new here, after a
        # mutation that cut 今年九月 into 今年 and 九月 passed)
        assert not (prev["type"] == cur["type"] == "DATE" and
                    prev["end"] == cur["start"] and
                    prev["text"] in ("今年", "明年", "去年")), (
            "a year word cut from its date", prev, cur)
    # each title's spaces make the declared number of halves (half_break:
    # a sentence break for dates only; TITLE_HALVES, annotate_qa.py's)
    title = d.text.split("\n", 1)[0]
    assert 1 + sum(half_break(d.text, i) for i in range(len(title))) == \
        TITLE_HALVES[d.doc_id], (d.doc_id, "title halves")
    # an event, place or heritage name declared in CITY_IN_NAME holds one
    # CITY row at its start, the city's declared form, and no ORG row
    # overlaps it (SPEC: a city inside a scenic spot's, a park's or an
    # event's name counts, the name being no organization; annotate_rc.py's
    # check, kept unused by annotate_uc.py); an occurrence of the name inside an ORG row's text is that
    # organization's (the outermost name wins, SPEC: 澳門格蘭披治大賽車 inside
    # 澳門格蘭披治大賽車組織委員會) and holds no CITY row, and the declared
    # count is that of the occurrences outside ORG rows (new here:
    # annotate_uc.py counted every occurrence, so annotate_vc.py's g316's Grand Prix could not
    # be declared beside its organizing committee)
    for name, k in CITY_IN_NAME.get(d.doc_id, {}).items():
        places = [m.start() for m in re.finditer(re.escape(name), d.text)]
        in_org = [p for p in places if any(
            r["type"] == "ORG" and r["start"] <= p and
            p + len(name) <= r["end"] for r in rows)]
        for p in in_org:
            assert not any(r["type"] == "CITY" and p <= r["start"] <
                           p + len(name) for r in rows), (d.doc_id, name, p)
        places = [p for p in places if p not in in_org]
        assert len(places) == k, (d.doc_id, name, len(places))
        for p in places:
            inner = [r for r in rows if p <= r["start"] < p + len(name)
                     or p < r["end"] <= p + len(name)]
            assert len(inner) == 1 and inner[0]["type"] == "CITY" and \
                inner[0]["start"] == p and \
                name.startswith(inner[0]["text"]) and \
                inner[0]["text"] in CITY_NORM, (d.doc_id, name, inner)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        lines = d.text.split("\n")
        if getattr(d, "astral_before_body", False):
            # the declared characters stand on the byline (line 3), after
            # the title and the byline's outlet and before every span of the
            # body (annotate_gb.py, annotate_tb.py, annotate_ib.py): offsets
            # counted in UTF-16 units would be one too high for every row of
            # the body; a row before them is on the title or is one of the
            # outlets (annotate_pc.py's g279: 农民日报 and 中国农网;
            # annotate_rc.py's g291's 本报 names none; unused here, g333's
            # declared characters being two-byte BMP ones)
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]) or (
                    d.byline and d.byline[1] and r["type"] == "ORG" and
                    (tx, s) in d.byline[0]), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if d.byline:
            # the byline line (a prefix, the outlets joined by the name dot
            # + 记者 + the names) holds one row per outlet, each an ORG at
            # its own place (GUIDELINES: 农民日报·中国农网 are two ORGs;
            # annotate_ob.py's check, for one outlet), or none when the
            # byline is 本报记者 (annotate_bb.py); every other row is on the
            # title or after the byline
            # (new here: the city filed from, before 报道, is a CITY row at
            # its place, 21世纪经济报道记者 卢垚 邓祎 广州报道)
            starts, is_org, lstart, llen, city_at = d.byline
            if lstart <= s <= lstart + llen:
                assert (is_org and r["type"] == "ORG" and
                        (tx, s) in starts) or (
                    r["type"] == "CITY" and (tx, s) == city_at), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = rule_city(d.text, rows, r)
            assert r["city"] == "" or r["city"] in known_cities, r
            assert r["_expect_city"] is not None, r
            if r["_expect_city"] is not None:
                assert r["city"] == r["_expect_city"], (
                    "city rule gives %r" % r["city"], r)
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            # a marker separated from the number by the verb 为 or 有 stays
            # outside the span (GUIDELINES: 约为19% -> 19%; annotate_tb.py's
            # check, which annotate_tc.py lacked, ported: parse_metric reads
            # 约为 inside a span as a marker, so a span taken with its 约为
            # passed the value check)
            assert not tx.startswith(("约为", "約為", "约有", "約有")), (
                "约为 inside the span", r)
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, raw_unit = parse_metric(tx, r["_outer"])
            if r["_shared"]:            # a range's first figure, no unit
                assert raw_unit == "", r
                raw_unit = re.sub(r"^[个個]", "", r["_shared"])
                # a range joiner shares the magnitude too when the first
                # figure has none and is smaller (GUIDELINES 3至5万元 ->
                # 30000 元; annotate_ib.py): 50至300万元 -> 500000 元; a list
                # joiner (和 、) shares only the unit
                if raw_unit[:1] in MAGNITUDE:
                    nxt = re.match(r"([至到~\-－])(\d+(?:\.\d+)?)",
                                   d.text[e:])
                    assert nxt, ("a magnitude shared across a list", r)
                    assert not re.search("[万萬亿億]", tx), r
                    assert v < Decimal(nxt.group(2)), r
                    v *= MAGNITUDE[raw_unit[0]]
                    raw_unit = raw_unit[1:]
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py): it must
            # have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
            check_time_metric(d, r)
            check_no_collective_metric(d, r)
            check_per_before(d, r)
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, GUIDELINES), must be declared (outer
            # or sep) and set the qualifier; a suffix marker right after the
            # span belongs inside it (new in annotate_sc.py)
            head = d.text[max(0, s - 8):s]
            # a 每 + measure word right before the span (每吨86420元) stays
            # outside it (check_per_before) and does not hide a marker before
            # it: 约(为)每吨86420元 must declare its marker too (annotate_pb.py's
            # check, which annotate_pc.py lacked, ported by annotate_qb.py,
            # whose g283 wrote 每吨
            # before seven figures; 司馬斤 and 司馬擔 added by annotate_tc.py
            # for its g304's 每司馬斤約八十三元, whose 約 stands inside the
            # span)
            # (公噸/公吨 added by annotate_wc.py for its g322's 每公噸七十元,
            # 每公噸一百元)
            # (小時/小时 added by annotate_xb.py for its g326's 每小時43.1元;
            # 桶 here for g333's 约为每桶66美元)
            head = re.sub("每(吨|噸|公吨|公噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|"
                          "份|司馬斤|司馬擔|小時|小时|桶)$", "", head)
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|港币|港幣|美元|欧元|歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside (new in annotate_rc.py)
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 余/餘/多 right after the number belong inside the span (SPEC
            # 1.2万余家, 400多万; new here, after a mutation that cut 4800余家
            # to a bare 4800 after the value word 减至 passed)
            assert not d.text[e:].startswith(("余", "餘", "多")), (
                "余/多 after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (new in annotate_pb.py); so is
            # 约有/約有, separated by the verb 有 (annotate_dc.py's, after
            # annotate_jb.py)
            if re.search(r"(约|約)(为|為|有)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为/约有 before", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            # a DATE span holds only date characters once its holiday is
            # taken out (new in annotate_uc.py, after a mutation that spanned
            # its g309's
            # 公司前三季度, its read-back noun included, as one DATE passed
            # every date check: the span's edges were checked, its inside
            # was not)
            inner = tx
            for h in sorted(HOLIDAY, key=len, reverse=True):
                inner = inner.replace(h, "")
            assert all(c in DATE_CHARS for c in inner), (
                "a DATE span holding a non-date character", r)
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_last_year_period(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_holiday(d, r)
            check_shiyi(d, r)
            check_precision(d, r)
            check_bare_year(d, r)
            check_bare_period(d, r)
            check_forward(d, r)
            check_range_second(d, r)
            check_holiday_period(d, r)
            # a bare 前N个月 / 前N月 / 前N季 / 前三季度 / 首三季 (no year word
            # attached) is the calendar period only right after the noun,
            # name, place or pronoun it is about (GUIDELINES: 全市前10个月,
            # 该行前9个月; after a verb, 提前3个月, 上市前3个月, it is a
            # duration): it never opens a clause or a headline and never
            # follows those verbs (annotate_oa.py's check, which
            # annotate_ob.py lacked, ported; 首 new here)
            if re.fullmatch(r"[前首](\d+[个個]?月|[三3一二四1-4]季度?)", tx):
                assert s > 0 and d.text[s - 1] not in (
                    HEAD_PUNCT | set("：:、（）() \n\u3000")), (
                    "前N个月 opening a clause", r)
                assert not d.text[:s].endswith(
                    ("提", "上市", "离职", "離職")), ("前N个月 after a verb", r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; annotate_dc.py's check; annotate_cc.py's 北京市场 -> 北京)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            # ... and a 市 that starts the next word stays outside the span
            # (SPEC 常州市场 -> 常州; GUIDELINES: 市场 always wins; annotate_bb.py's:
            # 北京市 spanned over 北京市场 passed before)
            if tx.endswith("市"):
                assert d.text[e:e + 1] not in SHI_NEXT, ("市 inside", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
            # a city right before 机场, 地铁, 站, 路, 区, 县, 州 or 港 is no
            # CITY (GUIDELINES: 南京路, 天津港, 广州地铁; annotate_nc.py's
            # check, ported)
            assert not d.text[e:].startswith(CITY_STOPS), ("city before", r)
            # a short form that is also an ordinary word (GUIDELINES' list:
            # 东方, 安宁, 合作, 日照, 黄山, 德州, 白银, 朝阳, 敦化) counts only with
            # 市 or with its own province right before it (new here, after a
            # mutation that wrote the CITY 日照 for 日照市 passed)
            base = tx[:-1] if tx.endswith("市") else tx
            if base in CITY_AMBIGUOUS:
                assert tx.endswith("市") or d.text[:s].endswith(
                    CITY_AMBIGUOUS[base]), ("an ordinary word alone", r)
            # a name ending with 市 that is no foreign city is a mainland
            # city whose short form is declared too (无锡 beside 无锡市): a
            # foreign 市-name must be declared in FOREIGN_SHI (annotate_ba.py's
            # check, missing from annotate_bb.py: FOREIGN_SHI emptied passed
            # here before it was ported)
            if r["normalized"].endswith("市") and \
                    r["normalized"] not in FOREIGN_SHI:
                assert any(v == r["normalized"] and not k.endswith("市")
                           for k, v in CITY_NORM.items()), r
        if r["type"] == "ORG":
            # an ORG row holds no 旗下, 的 or 、 (parent and subsidiary joined
            # by 旗下 are two ORGs; a list's items are one ORG each) and does
            # not start after 国家/中国 (annotate_nc.py's check, ported); nor
            # 子公司 (new here, after a mutation that merged 科伦药业控股子公司
            # 科伦博泰 into one row passed: GUIDELINES, 子公司 after a parent
            # names no body, 富邦金控子公司富邦人寿 -> two ORGs)
            assert not re.search("旗下|的|、|子公司|屬下|属下", tx), r
            assert d.text[max(0, s - 2):s] not in ("国家", "國家", "中国",
                                                  "中國"), r
            # a role or descriptor in front of a name stays outside it (SPEC:
            # 美国咨询公司麦肯锡 -> 麦肯锡; GUIDELINES: 零售商, 开发商, 营运商 …
            # in front are descriptors; annotate_tb.py's check, which
            # annotate_tc.py lacked, ported with the traditional forms and
            # the kinds of annotate_uc.py's g309 and g310: 业主单位, 企业,
            # 航空公司; annotate_vc.py's g316's 職業籃球隊 in front of 澳門黑熊)
            assert not re.match("上市平台|上市公司|平台|品牌|车队|車隊|"
                                "运营商|營運商|营运商|开发商|開發商|零售商|"
                                "营办商|營辦商|业主|業主|企业|企業|"
                                "航空公司|職業籃球隊|职业篮球队|籃球隊|"
                                "篮球队", tx), ("descriptor in front", r)
            # an ORG right after 及/和/與/与 is the next item of a list only
            # after another ORG row; otherwise the joiner stands inside one
            # body's name (GUIDELINES: 上海市文化和旅游局, 运输及物流局;
            # annotate_oc.py's check, which annotate_ob.py lacked, ported)
            # (以及, which joins a list like 及, GUIDELINES, may follow a
            # comma after the item before: 澳門坊眾學校，以及澳門工會聯合總會;
            # new here)
            # a joiner inside an ORG row stands only in a name declared as
            # one body of joined fields (JOINED_NAMES; GUIDELINES: 上海市文化和
            # 旅游局, 运输及物流局; annotate_pb.py's check, which annotate_pc.py
            # lacked, ported after a mutation that merged 仁濟醫院與香港中文大學
            # into one row, declared along, passed here)
            # (a name that writes the character in its trade name, 万和证券,
            # is declared with its count: annotate_ra.py's JOINER_CHAR_NAMES,
            # ported)
            if re.search("[及和與与]", tx):
                assert tx in JOINED_NAMES.get(d.doc_id, ()) or \
                    tx in JOINER_CHAR_NAMES.get(d.doc_id, {}), (
                    "a joiner inside an ORG row", r)
            if tx in JOINER_CHAR_NAMES.get(d.doc_id, {}):
                assert d.text.count(tx) == \
                    JOINER_CHAR_NAMES[d.doc_id][tx], ("joiner name", r)
            if s > 0 and d.text[s - 1] in "及和與与":
                ends = {s - 1}
                if d.text[s - 2:s] == "以及":
                    ends = {s - 2, s - 3} if d.text[s - 3] in "，," else \
                        {s - 2}
                assert any(x["type"] == "ORG" and x["end"] in ends
                           for x in rows), ("joiner inside a name", r)
                # ... and the two rows are a declared pair of listed names
                # (annotate_ra.py's LISTED_PAIRS, ported: a name cut into two
                # ORG rows across its own joiner passed the other checks)
                prev_org = [x["text"] for x in rows
                            if x["type"] == "ORG" and x["end"] in ends]
                assert (prev_org[0], tx) in LISTED_PAIRS.get(d.doc_id, ()), (
                    "an undeclared pair of ORGs across a joiner", r)
            # a department written right after a university belongs to it
            # (SPEC 福建师范大学行政管理学院; GUIDELINES 淡江大学运输管理学系;
            # annotate_oc.py's check, ported)
            # (a joiner right after the university opens the next item of
            # a list instead: 澳門旅遊大學及鏡湖護理學院; new here)
            # (a bare 系 too, SPEC's department and GUIDELINES' 系:
            # annotate_sc.py's g298's 澳門大學傳播系, after a mutation that
            # cut it to 澳門大學 stopped only at the declared-ORG audit; no
            # university here, the check stays)
            if tx.endswith(("大學", "大学")):
                assert not re.match(r"(?![及和與与])[\u4e00-\u9fff]{1,8}?"
                                    r"(學院|学院|學系|学系|研究院|研究所|系)",
                                    d.text[e:]), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    if d.byline:
        starts, is_org, lstart, llen, city_at = d.byline
        on_line = [r for r in rows if lstart <= r["start"] <= lstart + llen]
        # the city filed from is a CITY row at its place (new here, after
        # annotate_xa.py's check_line3 for its 杭州报道)
        on_city = [r for r in on_line if r["type"] == "CITY"]
        assert [(r["text"], r["start"]) for r in on_city] == (
            [city_at] if city_at else []), on_line
        on_line = [r for r in on_line if r["type"] != "CITY"]
        if is_org:
            assert [(r["text"], r["start"]) for r in on_line] == starts, \
                on_line
        else:                   # 本报记者: no other row on the line
            assert not on_line, on_line
        # each outlet's row is an ORG at its place, the first right after
        # the prefix (annotate_aa.py's check_line3, folded in here)
        for r in on_line:
            assert r["type"] == "ORG", r
    if d.opener:
        # the paragraph opener holds exactly the declared rows
        # (annotate_ob.py's 【明報專訊】 held 明報, the outlet named before its
        # dateline word 專訊, an ORG right after the bracket, and so did
        # annotate_qb.py's g284; annotate_wc.py's g322's 【特訊】, annotate_vc.py's g316's and annotate_uc.py's g310's
        # 【本報消息】, like annotate_tc.py's,
        # annotate_sc.py's, annotate_pc.py's and annotate_ac.py's, holds
        # none); no row
        # straddles the opener's end
        ostart, olen = d.opener
        opener, want = OPENER[d.doc_id]
        got = [(r["type"], r["text"]) for r in rows
               if ostart <= r["start"] < ostart + olen]
        assert got == want, (d.doc_id, got)
        for r in rows:
            assert r["end"] <= ostart + olen or r["start"] >= ostart + olen \
                or r["start"] < ostart, r
        for typ, name in want:
            assert typ == "ORG" and opener == "【" + name + "專訊】", opener
            assert any(r["type"] == "ORG" and r["start"] == ostart + 1 and
                       r["text"] == name for r in rows), name
    # a declared Big5-HKSCS character stands only inside the rows of the
    # type and text declared for it (here 氹 in the ORG 氹仔坊眾學校 and 〇 in
    # the DATE 二〇二五年; annotate_ob.py's IN_ORG held 滙 in 滙豐 and 恒 in
    # 恒基地產 and 恒生銀行; IN_ROW's row type is new here)
    for c, (typ, names) in d.in_row_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == typ and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excl = {}
    for key in ("excluded", "numbers_excluded", "cn_excluded",
                "latin_excluded"):
        excl[key] = []
        for ctx in audit[key]:
            if "[[" not in ctx:          # a bare context excludes itself
                ctx = "[[" + ctx + "]]"
            _, places = d._locate(ctx, 1)
            excl[key].extend(places)
            for s, e in places:          # an exclusion never overlaps a row
                assert not any(s < re_ and rs < e for rs, re_ in covered), ctx

    def word_places(words, spans):
        """Occurrences of each word outside `spans` must equal the count."""
        out = []
        for w, n in words.items():
            found = [(m.start(), m.end()) for m in
                     re.finditer(re.escape(w), d.text)
                     if not any(s <= m.start() and m.end() <= e
                                for s, e in spans)]
            if len(found) != n:
                problems.append("%r outside rows %d times, not %d" % (
                    w, len(found), n))
            out.extend(found)
        return out

    # collective labels of lists (GUIDELINES): verified, then excluded
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]
    problems = []
    all_excl = [p for v in excl.values() for p in v]
    all_excl += word_places(audit["words_excluded"], covered)
    # labels that hold a numeral and are no figure (百强, 千亿县; annotate_bb.py's),
    # by count like the time words
    all_excl += word_places(audit.get("labels_excluded", {}), covered)
    org_excl = word_places(audit["orgwords_excluded"], org_spans)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    def need(pattern, label, spans):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    label, m.group(), m.start(),
                    d.text[max(0, m.start() - 8):m.end() + 8]))

    # every 十一 outside a DATE row is no National Day: no holiday cue
    # follows it (GUIDELINES; annotate_bb.py's)
    for m in re.finditer("十一", d.text):
        if not inside(m.start(), m.end(), covered):
            after = d.text[m.end():m.end() + 4].lstrip("”」’』\"'")
            if after.startswith(SHIYI_CUES):
                problems.append("十一 before a holiday cue at %d" % m.start())
    for name in audit["cities"]:
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    # a magnitude character outside every row and exclusion (new here, after
    # a mutation that dropped the METRIC 逾億元, a bare magnitude with a
    # marker (GUIDELINES), passed: neither the digit nor the Chinese-numeral
    # audit reads 萬, 億)
    need("[万萬亿億兆]", "magnitude", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (annotate_ea.py's audit, missing from annotate_ec.py: without
    # it a dropped 元旦 row passed here too)
    need("|".join(re.escape(w) for w in HOLIDAY_WORDS), "holiday word",
         covered + all_excl)
    for w in audit["orgwords_excluded"]:
        need(re.escape(w), "org word", org_spans + org_excl)
    orgstr_excl = []
    for ctx in audit.get("orgstring_excluded", []):
        _, places = d._locate(ctx, 1)
        orgstr_excl.extend(places)
        for s, e in places:
            assert not any(s < re_ and rs < e for rs, re_ in org_spans), ctx
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), "ORG string", org_spans + orgstr_excl)
    # the organizations I name by hand: exactly the ORG rows' texts, and
    # every occurrence of each is inside an ORG row (a dropped row shows)
    names = {r["text"] for r in rows if r["type"] == "ORG"}
    if names != set(audit["orgs"]):
        problems.append("ORG rows %r, declared %r" % (
            sorted(names - set(audit["orgs"])),
            sorted(set(audit["orgs"]) - names)))
    for name in audit["orgs"]:
        need(re.escape(name), "declared ORG", org_spans + orgstr_excl)
    # no slash rate stands in the text but the declared ones (check_per_before):
    # every slash after a unit stands inside a METRIC row whose unit is a
    # declared rate (new here: annotate_xb.py's texts wrote none, so every
    # slash rate was a problem; g333 writes 吨/年 and 元/吨), and every
    # declared rate is used
    rates = [r for r in rows if r["type"] == "METRIC" and "/" in r["unit"]]
    for m in re.finditer(r"[元吨噸艘]／|[元吨噸艘]/", d.text):
        if not any(r["start"] <= m.start() < r["end"] and
                   r["unit"] in PER_UNITS.get(d.doc_id, ()) for r in rates):
            problems.append("an undeclared slash rate at %d" % m.start())
    assert {r["unit"] for r in rates} == set(PER_UNITS.get(d.doc_id, ())), (
        d.doc_id, "declared rates")
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    """The set's manifest may list other annotators' articles: check only
    this annotator's rows."""
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8",
              newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["doc_id", "published", "source", "title"], rows[0]
    mine = {r[0]: r for r in rows[1:] if r and r[0] in DOC_FORMAT}
    assert set(mine) == set(DOC_FORMAT), mine.keys()
    for doc_id, (_, _, _, published, source) in DOC_FORMAT.items():
        r = mine[doc_id]
        assert len(r) == 4 and r[1] == published and r[2] == source, r
        d = Doc(doc_id)
        assert d.text.split("\n", 1)[0] == r[3], (doc_id, "title")


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    built = []
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        built.append(d)
    # OpenCC cross-check of ORG and CITY normalizations and METRIC units
    names = [r for d in built for r in d.rows if r["type"] in ("ORG", "CITY")]
    units = [r for d in built for r in d.rows if r["type"] == "METRIC"]
    simp = [d for d in built if not d.traditional]
    conv = t2s_all([r["text"] for r in names] +
                   [r["_raw_unit"] for r in units] + [d.text for d in simp])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for d, s in zip(simp, conv[len(names) + len(units):]):
            # t2s leaves the simplified article alone but at the declared
            # characters, each standing only in its declared word (none
            # here; annotate_ib.py's 昇 of 华为's 昇腾, which t2s turns
            # into 升)
            assert len(s) == len(d.text), d.doc_id
            diff = {i for i, (a, b) in enumerate(zip(d.text, s)) if a != b}
            allowed = T2S_KEPT.get(d.doc_id, {})
            for i in diff:
                c = d.text[i]
                assert c in allowed, (f"{d.doc_id}: not simplified "
                                      "throughout", c, i)
            for c, (word, k) in allowed.items():
                places = [m.start() + word.index(c) for m in
                          re.finditer(re.escape(word), d.text)]
                assert len(places) == k == d.text.count(c), (d.doc_id, c)
                assert set(places) == {i for i in diff
                                       if d.text[i] == c}, (d.doc_id, c)
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            elif s in NO_SHI or s in FOREIGN_SHI:
                # Hong Kong, Macao or a foreign city keeps its common
                # Chinese name, no 市 added (annotate_ea.py's check, missing
                # from annotate_ec.py: 澳門 normalized 澳门市 passed the t2s
                # + 市 test), and so does a foreign city whose name ends with
                # 市 (胡志明市: annotate_ba.py's FOREIGN_SHI, ported)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        # (annotate_ea.py)
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        # and so is every declared FOREIGN_SHI name (annotate_ba.py's)
        assert FOREIGN_SHI <= used, FOREIGN_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間;
        # annotate_qc.py), but the declared forms (here 里 of 里斯本;
        # annotate_bb.py's 恒 of 恒基兆業地產 and 恒生銀行; annotate_cc.py's
        # 里 of 公里, confined to its word in the Doc block; annotate_ec.py's
        # Macao 馬普托, 秘書處, 里斯本)
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
            # a Macao (or Hong Kong) article survives the OpenCC
            # t2s-then-s2hk round trip but at the declared forms, each of
            # which does occur (annotate_ec.py's and annotate_dc.py's Macao
            # trip, annotate_db.py's Hong Kong one)
            if d.doc_id in MACAO or d.doc_id in HONGKONG:
                simp, = t2s_all([d.text])
                back, = t2s_all([simp], "s2hk")
                assert len(back) == len(d.text), d.doc_id
                pairs = {(a, b) for a, b in zip(d.text, back) if a != b}
                assert pairs == S2HK_KEPT.get(d.doc_id, set()), (
                    d.doc_id, sorted(pairs))
                print("OpenCC t2s-s2hk round trip of %s: only %s differ" % (
                    d.doc_id, " ".join("%s/%s" % x for x in sorted(pairs))))
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (annotate_bc.py's check,
        # ported: the list's additions would otherwise be a declaration no
        # check uses)
        # A t2s form that s2t leaves alone is a character of both scripts
        # (布 of 佈: 公布 and 宣布 are traditional too), no simplified-only
        # character, and stays out of the list (new here: the list is what
        # a traditional article must not hold, and annotate_ob.py's g272
        # wrote 公布)
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            simp = t2s_all(chars)
            back = t2s_all(simp, "s2t")
            for c, sc, bc in zip(chars, simp, back):
                if sc != c and len(sc) == 1 and sc not in d.text:
                    if bc == sc:
                        assert sc not in SIMPLIFIED_ONLY, (d.doc_id, c, sc)
                        continue
                    assert sc in SIMPLIFIED_ONLY, (d.doc_id, c, sc)
            print("SIMPLIFIED_ONLY covers the t2s forms of %s" % d.doc_id)
    for d in built:
        for r in d.rows:
            for k in ("_raw_unit", "_expect_city", "_outer", "_shared"):
                r.pop(k, None)
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-32s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-32s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()

