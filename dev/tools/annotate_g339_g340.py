#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g339_water_utilities_sewage_treatment and
g340_macao_insurance_companies_premiums (annotator ZC).

Adapted from the precedent set's tools/annotate_yc.py (now dev/tools/annotate_g333_g334.py) (/tmp/ho58/precedent:
a simplified mainland article stored as GBK with characters outside GB2312
on its byline, and a traditional Macao article stored as UTF-8 with a BOM;
copied and the data changed; g339's reference date is 2026-11-21, g340's
2026-11-26).  My pair is its pair in script, region and the storage of the
simplified article (GBK), but my Macao article (澳門日報, with the opener
【本報消息】) is stored as BIG5-HKSCS WITHOUT A BOM, so:

- the GBK block (annotate_yc.py's, unchanged but its data): the declared
  characters are the only ones GB2312 lacks, each written with its declared
  GBK bytes at its own place (the file walked character by character, two
  bytes a non-ASCII character), of the kinds declared per article
  (GBK_KINDS: one GBK/3 code, 堃 88 D2, and one GBK/4 code, 珺 AC 42);
  gb2312 fails on the file at 堃, gbk, cp936 and gb18030 read it as the
  same text.  The byline 中国环境报记者 吴堃 陈珺 北京报道 NAMES its outlet
  (SPEC: news outlets in bylines are ORGs; GUIDELINES: a name ending in 报
  right before 记者 at the start of a line), 中国环境报, the article's
  source, and closes with the city filed from, 北京, a CITY row at its
  place (annotate_yc.py's BYLINE with its fifth item).
- the UTF-8-with-a-BOM block of annotate_yc.py is replaced by the
  BIG5-HKSCS block of annotate_yb.py (its g332, a Hong Kong article stored
  as Big5-HKSCS without a BOM; annotate_xc.py's and annotate_wb.py's block
  before it): no BOM and no U+FEFF; the characters plain Big5 cannot write
  are exactly OUTSIDE_BIG5 (氹 of 氹仔, 9C AE, hkscs-low; 滙 of the ORGs
  滙豐人壽 and 滙豐控股, FA C0, hkscs-udf; 着 of 隨着, FE D3, hkscs-udf), each
  with its declared bytes at its places (the file walked character by
  character, every other non-ASCII character a plain-Big5 code of rows
  A1-F9); plain big5 and cp950 fail on the file first at the first declared
  character's bytes (氹 of 氹仔) and fail to encode the text there; every
  line is the same in plain Big5, cp950 and Big5-HKSCS between its declared
  characters; gb18030 reads the bytes as another text whose share of
  GB2312's level-1 characters is far below the Big5-HKSCS reading's share
  of Big5's common tier; the opener 【本報消息】 opens the first paragraph and
  holds no row (本報 names no outlet, GUIDELINES).  The region block serves
  Macao (MACAO = {g340}): annotate_yc.py's Hong Kong-or-Macao block,
  unchanged, with IN_ROW used (滙 in two ORG rows).

It keeps every check of annotate_yc.py: strict decoding, offsets, overlaps
(two ORG rows never touch; a bare 今年/明年/去年 never touches the DATE after
it), span edges, formats, calendar-valid DATEs, a DATE span holding only
date characters (DATE_CHARS), METRIC values re-derived from the span (Arabic
figures with 万/亿, Chinese figures with 萬/億 sections: cn_big, cn_whole,
百分之N), ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s
of the whole simplified article, audits of digits, magnitude characters,
Latin words, Chinese numerals, time characters, holiday words, city strings
(absent cities as guards), ORG words with the trade names before each head,
the places that open bodies' names, and ORG strings; the declared
organizations; the independent `city` rule (city sections under headings
included, though neither article has one, a headline one sentence)
asserted against my hand value on every DATE/METRIC row; the month and day
a DATE span writes, its precision, a bare month, day or quarter in the
reference year, the holiday table by exact span and the holidays recomputed
without it (the lunar table against lunardate where installed), ROC years
only in a Taiwan text (none here); relative words resolved from the
reference date (昨日, 昨（廿五）日, 今（廿六）日, 本周三, 本周一, 上周, 上周五,
上月, 本月, 今年, 明年, 去年, 两年前); 上月 as a baseline (kept, unused); the
bare-day rule (kept, unused); the range checks (今年1月至10月, twice); 同日
(after 本周三); 去年同期 a year before its sentence's period (x4); the
bracketed gloss, the 上季 and 十一 checks (kept, unused); check_forward
(kept); check_holiday_period (kept); check_bare_period (首三季, 前10个月);
the 约占 check (約佔人壽新造業務的三成, 約佔市場業務的九成); markers before,
touching and after a span; 余/餘/多 after a span; 约为/約為 as a separated
marker (约为每立方米2.1元, 約為268%, 約為5.1%); the collective label (苏州、
无锡、常州三市) and check_no_collective_metric; the time unit (kept: no
time figure; the concession term 30年 excluded); the narrowest codec; no
Taiwan marker in either text; the byline block; the declared characters'
bytes and kinds; the NO_SHI and FOREIGN_SHI checks; the two 市 checks,
CITY_STOPS and CITY_AMBIGUOUS; CITY_IN_NAME (kept, none declared); the
ORG-row check (no 旗下, 的, 、, 子公司 or 屬下 inside, no start after
国家/中国, no role or descriptor in front); the joiner checks (JOINED_NAMES,
JOINER_CHAR_NAMES, LISTED_PAIRS) and the university-department check; the
约为-inside check; the check that a traditional article holds no simplified
character (S2T_ALLOWED: 台 of 平台); the OpenCC t2s-then-s2hk round trip
(S2HK_KEPT: 周/週, 衛/衞); the SIMPLIFIED_ONLY coverage check;
check_per_before and the slash-rate audit.

Comments that say "new here" in code kept from the precedent scripts are
those of the script that introduced the check.

Changes besides the data:
- the UTF-8-with-a-BOM block replaced by annotate_yb.py's Big5-HKSCS block
  (above); STORAGE_BLOCKS declares gbk and big5hkscs; DECLARED_UTF8 is gone
  with the UTF-8 block, BIG5_FORMS, CP950_READS and DECLARED_WORD come with
  the Big5-HKSCS one (all empty: no character whose plain-Big5 and cp950
  codes differ is written).
- annotate_yb.py's check that no ORG row ends with a title or a spokesman
  (衛生署署長), which annotate_yc.py lacked, is ported.
- new here: no ORG row opens with a preposition or a verb of company (同,
  会同, 聯同, 与, 向, 由 …), but a name declared in JOINER_CHAR_NAMES, after a
  mutation that spanned g339's 同南昌市政府 as one ORG, declared along, passed
  every inherited check.
- new here: a marker right before a basis (約每人三萬五千元) is separated
  from the number by it, not touching it: the marker check reads it so.
- GUIDELINES' bounds 不低于/不低於 are markers inside the span (不低于3000元 ->
  span 不低于3000元, over): QUAL_PREFIX and the marker-before check read them
  (annotate_yc.py knew neither: the precedents rewrote 不低于 away).
- PER_UNITS declares g339's rates (立方米/日, 吨/日, 元/立方米: GUIDELINES'
  45万人次/日 and 元/立方米); the slash-rate audit also reads a slash after
  米 (立方米/日).
- 立方米 joins the bases of check_per_before and of the marker check (约为
  每立方米2.1元), and 人 the bases of the marker check (約每人三萬五千元,
  whose 約 is declared: GUIDELINES 约为每台12.8万元, any count unit after
  每; check_per_before read 每人 already); annotate_yb.py's 件, 户, 戶 are
  kept there too.
- the holiday table (元旦, 春节; 聖誕, 元旦, 農曆新年) and its calendar
  asserts for the reference dates 2026-11-21 and 2026-11-26.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (a BOM removed, nothing else
changed):

- g339 is simplified (mainland, 中国环境报, 2026-11-21), stored as GBK
  WITHOUT a BOM; the title's 今 (BD F1) opens the file.  Its byline
  中国环境报记者 吴堃 陈珺 北京报道 stands on line 3 and holds one ORG row (the
  outlet) and one CITY row (北京).  Two characters are outside GB2312, both
  in the reporters' given names, in no span: 堃 (U+5803; GBK/3 88 D2) and
  珺 (U+73FA; GBK/4 AC 42).  Every other character is GB2312; OpenCC t2s
  leaves the article unchanged.
- g340 is traditional (Macao, 澳門日報, 2026-11-26), stored as BIG5-HKSCS
  WITHOUT a BOM; the title's 本 (A5 BB) opens the file.  Three characters
  are outside plain Big5 and cp950: 滙 (U+6ED9; FA C0) twice, inside the ORG
  rows 滙豐人壽 and 滙豐控股, 氹 (U+6C39; 9C AE) of 氹仔 and 着 (U+7740; FE D3)
  of 隨着, once each in no span.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their official names with 市, Macao, Hong Kong and foreign
  cities by their common names).  A Macao text (澳門 and 本澳 written far
  more often than 香港): Macao bodies without a place in their names
  (金管局, 經濟財政司, 立法會, 統計暨普查局, 社會保障基金, 退休基金會,
  消費者委員會, 汽車及航海保障基金 …) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho58/precedent: README, NOTES_ya/yb/yc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g339_g340.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule, a headline one sentence); every DATE/METRIC row states the
city I expect by hand, and the two must agree.

Re-run (from anywhere):

    python3 dev/tools/annotate_g339_g340.py
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
G339 = "g339_water_utilities_sewage_treatment"
G340 = "g340_macao_insurance_companies_premiums"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G339: ("gbk", b"", False, "2026-11-21", "中国环境报"),
    G340: ("big5hkscs", b"", True, "2026-11-26", "澳門日報"),
}
# every declared codec must have its storage block in Doc (annotate_rb.py's
# check: a codec without one would skip every byte check); the GBK block is
# annotate_yc.py's, the Big5-HKSCS block annotate_yb.py's (annotate_xc.py's
# and annotate_wb.py's before it)
STORAGE_BLOCKS = ("gbk", "big5hkscs")
# the first character of each file (neither has a BOM), with its bytes in
# the file's encoding (g339: 今 of the title in GBK, BD F1; g340: 本 of the
# title in Big5-HKSCS, A5 BB)
FIRST_CHAR = {G339: ("今", b"\xbd\xf1"), G340: ("本", b"\xa5\xbb")}
# characters outside the BMP each article declares, in text order: none
# (GBK cannot write one; the Macao article writes none)
OUTSIDE_BMP = {G339: [], G340: []}
# characters of the mainland GBK article that GB2312 lacks, with their GBK
# bytes (annotate_rb.py's OUTSIDE_GB2312, via annotate_xb.py and
# annotate_yc.py): 堃 (U+5803, GBK 88 D2) of the first reporter's given name
# and 珺 (U+73FA, GBK AC 42) of the second's, both on the byline line, in no
# span
OUTSIDE_GB2312 = {G339: {"堃": b"\x88\xd2", "珺": b"\xac\x42"}}
# ... and the kinds they are of, one each (annotate_rb.py's GBK_KINDS):
# "gbk3" (GBK/3, the rows GBK added before GB2312's: lead byte 81-A0, trail
# 40-FE but 7F; 堃 88 D2) and "gbk4" (GBK/4, the low half of GB2312's own
# rows: lead byte AA-FE, trail 40-A0 but 7F; 珺 AC 42); "gbk5" (symbols) is
# kept in the block, unused
GBK_KINDS = {G339: Counter({"gbk3": 1, "gbk4": 1})}
# characters of the mainland article that GBK writes with bytes that
# GB2312 reads as another character (annotate_pc.py's name dot of
# 农民日报·中国农网): none here; the block stays
GB_FORMS = {G339: {}}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, the reporters' names separated by a space,
# then a space, the city filed from and 报道 (中国环境报's web form,
# 中国环境报记者 X 北京报道; annotate_yc.py's BYLINE with a city).  SPEC: news
# outlets in bylines are ORGs (新华社, 澎湃新闻); GUIDELINES: a byline at the
# start of a line names its outlet, a name ending in 报 right before 记者;
# so the line holds one ORG row, the outlet 中国环境报, at its start, and one
# CITY row, 北京, the city filed from (precedents WB, XA, YC)
BYLINE = {G339: ("", ["中国环境报"], "记者 ", ["吴堃", "陈珺"], "北京")}
BYLINE_ORG = {G339: True}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP: none here (GBK has no astral
# character); the check stays
ASTRAL_BEFORE_BODY = set()
# the paragraph opener of a Hong Kong or Macao article and the rows it
# holds: 【本報消息】 opens g340's first paragraph (澳門日報's opener; 本報
# names no outlet, GUIDELINES, so it holds no row; annotate_xc.py's g328
# held none either)
OPENER = {G340: ("【本報消息】", [])}
# characters of the Macao article that plain Big5 lacks, each with whether
# cp950 (Taiwan's Big5) holds it: 滙 (U+6ED9, of the ORGs 滙豐人壽 and
# 滙豐控股, as Macao and Hong Kong write HSBC's name; Big5-HKSCS FA C0: a
# lead byte of Big5's user-defined area, which HKSCS fills), 氹 (U+6C39, of
# 氹仔; Big5-HKSCS 9C AE: a lead byte below A1, HKSCS's added area) and 着
# (U+7740, of 隨着; Big5-HKSCS FE D3, the user-defined area), none of which
# plain Big5 or cp950 reads.  The file is Big5-HKSCS: the declaration says
# what the file's own bytes hold (annotate_yb.py's reading)
OUTSIDE_BIG5 = {G340: {"滙": False, "氹": False, "着": False}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"滙": b"\xfa\xc0", "氹": b"\x9c\xae", "着": b"\xfe\xd3"}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): one "hkscs-low" (氹) and two "hkscs-udf" (滙, 着); the
# "hkscs-c6c8" and "cp950" kinds are kept in the block, unused here
BIG5_KINDS = {G340: Counter({"hkscs-low": 1, "hkscs-udf": 2})}
# ... the rows a declared character may stand in (annotate_qb.py's IN_ROW,
# as annotate_yc.py used it for 滙 of 滙業銀行): 滙 in the ORG rows 滙豐人壽
# (HSBC Life, the life insurer) and 滙豐控股 (HSBC Holdings, its parent),
# once each
IN_ROW = {G340: {"滙": ("ORG", ["滙豐人壽", "滙豐控股"])}}
# ... and the words a declared character may stand in outside every span,
# with their counts: 氹 in 氹仔 (Taipa, a district: 在氹仔開設第二間理賠服務中心)
# and 着 in 隨着 (隨着大灣區跨境保險需求上升), once each
OUTSIDE_BIG5_WORD = {G340: {"氹": {"氹仔": 1}, "着": {"隨着": 1}}}
# characters whose plain-Big5 and cp950 codes differ that the Macao article
# writes (annotate_wa.py's BIG5_FORMS, annotate_va.py's ／ of its
# dateline): none here; the Big5-HKSCS block asserts that none is written
BIG5_FORMS = {G340: {}}
CP950_READS = {}
# the word each such character stands in, with its count (none)
DECLARED_WORD = {G340: {}}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 財政局, 文化局 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G340}
# the region's names, which a text of the region writes at least twice and
# more often than the other region's (annotate_bc.py's, via annotate_yc.py)
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write: g339's
# concession term 特许经营期为30年 (a duration, no METRIC and no year: SPEC
# durations; GUIDELINES: time units count only after a statistic cue),
# once, with the character after it
TWO_DIGIT_NIAN_ALLOWED = {G339: {"30年，": 1}}
# characters a Macao or Hong Kong text writes as traditional though OpenCC
# s2t would change them, taken alone (annotate_sc.py's 台 of 電台,
# annotate_xc.py's 台 of 平台, annotate_yc.py's 里 of 里斯本): 台 of 平台 (the
# AMCM's online platform, 網上保單查詢平台, as Macao writes it; s2t writes 臺
# for the character alone)
S2T_ALLOWED = {G340: ("台",)}
# ... each confined to its declared words with their counts: 平台 once
S2T_ALLOWED_WORD = {G340: {"台": {"平台": 1}}}
# ORG names that join two fields with 及/和/與/与 inside one body (GUIDELINES:
# 上海市文化和旅游局, 运输及物流局): g339's 住房和城乡建设部 (a ministry of two
# fields), 广州市发展和改革委员会 and 成都市发展和改革委员会 (a city's
# commission of two fields joined by 和); g340's 汽車及航海保障基金 (Macao's
# Motor and Maritime Guarantee Fund: two fields joined by 及)
JOINED_NAMES = {G339: ("住房和城乡建设部", "广州市发展和改革委员会",
                       "成都市发展和改革委员会"),
                G340: ("汽車及航海保障基金",)}
# ORG names that write 和/及/與/与 as a character of their trade name, not as
# a joiner (annotate_ra.py's JOINER_CHAR_NAMES): none here
JOINER_CHAR_NAMES = {G339: {}, G340: {}}
# pairs of ORG rows joined by 及/和/與/与 (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair
# (annotate_ra.py's LISTED_PAIRS): none in g339 (its lists use 、 and its
# partners 会同 and 同); g340's 友邦澳門及宏利人壽 (the last two of three life
# insurers) and 大豐銀行及工銀澳門 (the last two of four banks)
LISTED_PAIRS = {G339: (),
                G340: (("友邦澳門", "宏利人壽"),
                       ("大豐銀行", "工銀澳門"))}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 of 上周, 本周一 and 上周五 (s2hk 週;
# annotate_yc.py's pair; Macao's papers write 周) and 衛 of 富衛人壽 (FWD's
# Chinese name as the company writes it; s2hk 衞; annotate_yb.py's pair)
S2HK_KEPT = {G340: {("周", "週"), ("衛", "衞")}}
# the number of halves each title has (a space between Han characters or
# after a figure's % splits it for dates, GUIDELINES; annotate_qa.py's
# TITLE_HALVES): g339's space after 约4.2%, g340's after 約6.8%
TITLE_HALVES = {G339: 2, G340: 2}
# event, place and heritage names that hold a CITY at their start and are
# no ORG (SPEC: a city inside a scenic spot's, a park's or an event's name
# counts; annotate_rc.py's CITY_IN_NAME, as annotate_yc.py used it): none
# here (no facility or park is named after a city: the plants are named by
# their districts, 槐房, 白龙港); the check stays
CITY_IN_NAME = {}
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
                   # g340's words: none needed (its t2s forms all stand in
                   # the list already; the coverage check in main() reads
                   # them)
                   )




# Holidays the articles name, by their exact span (2025-2027): g339
# (mainland, 2026-11-21): 元旦 2027-01-01 and 春节 2027-02-06 (元旦、春节前后:
# yearless, the coming ones, 41 and 77 days after); g340 (Macao,
# 2026-11-26): 聖誕 2026-12-25 and 元旦 2027-01-01 (聖誕及元旦假期: yearless,
# the coming ones, 29 and 36 days after) and 農曆新年 2027-02-06 (農曆新年前:
# yearless, the coming one, 72 days after; GUIDELINES: 农历新年 is 春节).
HOLIDAY = {"元旦": "2027-01-01", "春节": "2027-02-06",
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
# Wednesday (the table checked against lunardate below); 春节 of 2027 is 77
# days after g339's reference date and 72 after g340's; 春节 of 2026 is 277
# days before g339's and 282 before g340's (so the nearest 春节 is 2027's);
# 元旦 of 2027 is 41 days after g339's and 36 after g340's, 元旦 of 2026
# 324 and 329 days before them; 聖誕 of 2026 is 29 days after g340's, 聖誕
# of 2025 336 before
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_DUANWU[2027] - _SPRING[2027]).days == 123 and \
    _DUANWU[2027].isoweekday() == 3
assert (_SPRING[2027] - datetime.date(2026, 11, 21)).days == 77
assert (_SPRING[2027] - datetime.date(2026, 11, 26)).days == 72
assert (datetime.date(2026, 11, 21) - _SPRING[2026]).days == 277
assert (datetime.date(2026, 11, 26) - _SPRING[2026]).days == 282
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 21)).days == 41
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 26)).days == 36
assert (datetime.date(2026, 11, 21) - datetime.date(2026, 1, 1)).days == 324
assert (datetime.date(2026, 11, 26) - datetime.date(2026, 1, 1)).days == 329
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 26)).days == 29
assert (datetime.date(2026, 11, 26) - datetime.date(2025, 12, 25)).days == 336
# the reference dates: g339's the Saturday of ISO week 2026-W47 (本周 W47
# from 16 to 22 November: 本周三 2026-11-18; 上周 W46 from 9 to 15
# November, 上周五 2026-11-13; 昨日 2026-11-20), g340's the Thursday of W48
# (本周一 2026-11-23; 上周 W47, 上周五 2026-11-20; 昨（廿五）日 2026-11-25,
# 今（廿六）日 2026-11-26)
assert datetime.date(2026, 11, 21).isocalendar()[1:] == (47, 6)
assert datetime.date(2026, 11, 26).isocalendar()[1:] == (48, 4)
assert datetime.date.fromisocalendar(2026, 47, 3) == \
    datetime.date(2026, 11, 18)
assert datetime.date.fromisocalendar(2026, 46, 5) == \
    datetime.date(2026, 11, 13)
assert datetime.date.fromisocalendar(2026, 48, 1) == \
    datetime.date(2026, 11, 23)
assert datetime.date.fromisocalendar(2026, 47, 5) == \
    datetime.date(2026, 11, 20)
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
# 2026's festival is 59 days before g339's reference date, 2027's 306 after
# (kept from annotate_sc.py, annotate_tc.py, annotate_uc.py, annotate_vc.py,
# annotate_xb.py and annotate_yc.py, with my date; neither article names
# the festival)
assert (datetime.date(2026, 11, 21) - _harvest_festival(2026)).days == 59
assert (_harvest_festival(2027) - datetime.date(2026, 11, 21)).days == 306

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter, "中国农民丰收节": _harvest_festival,
                 "中國農民豐收節": _harvest_festival}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g339, mainland (2026: the municipalities 北京, 上海, 重庆; the
    # sub-provincial 深圳, 广州, 武汉; the provincial capitals 南昌, 昆明; the
    # prefecture-level 佛山, 苏州, 无锡, 常州, 九江, 岳阳, 芜湖, 宜昌; the
    # county-level 宜兴 (under 无锡); each + 市)
    "北京": "北京市", "上海": "上海市", "重庆": "重庆市", "深圳": "深圳市",
    "广州": "广州市", "佛山": "佛山市", "苏州": "苏州市", "无锡": "无锡市",
    "常州": "常州市", "宜兴": "宜兴市", "武汉": "武汉市", "南昌": "南昌市",
    "九江": "九江市", "岳阳": "岳阳市", "芜湖": "芜湖市", "宜昌": "宜昌市",
    "昆明": "昆明市",
    # g340 (traditional spans; Macao and Hong Kong by their common names; the
    # mainland cities + 市: 珠海, 江門; the foreign 多倫多 (Toronto) and 倫敦
    # (London) by their common Chinese names)
    "澳門": "澳门", "香港": "香港", "多倫多": "多伦多", "倫敦": "伦敦",
    "珠海": "珠海市", "江門": "江门市",
}
# cities normalized without 市: Macao and Hong Kong by their common Chinese
# names, foreign cities by their common Chinese names (SPEC); every other
# (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "多伦多", "伦敦"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "金管局保險監察處": "金管局保险监察处",
    "汽車及航海保障基金": "汽车及航海保障基金",
    "中國人壽澳門分公司": "中国人寿澳门分公司", "友邦澳門": "友邦澳门",
    "宏利人壽": "宏利人寿", "宏利金融": "宏利金融", "滙豐人壽": "汇丰人寿",
    "富衛人壽": "富卫人寿", "大新金融集團有限公司": "大新金融集团有限公司",
    "澳門保險股份有限公司": "澳门保险股份有限公司", "澳門保險": "澳门保险",
    "太平再保險有限公司": "太平再保险有限公司", "大西洋銀行": "大西洋银行",
    "澳門商業銀行": "澳门商业银行", "大豐銀行": "大丰银行",
    "工銀澳門": "工银澳门", "澳門金融學會": "澳门金融学会",
    "澳門保險業中介人協會": "澳门保险业中介人协会",
    "國家金融監督管理總局廣東監管局": "国家金融监督管理总局广东监管局",
    "經濟財政司": "经济财政司", "立法會": "立法会", "特區政府": "特区政府",
    "香港保險業監管局": "香港保险业监管局",
    "友邦保險控股有限公司": "友邦保险控股有限公司", "滙豐控股": "汇丰控股",
    "統計暨普查局": "统计暨普查局", "社會保障基金": "社会保障基金",
    "退休基金會": "退休基金会", "消費者委員會": "消费者委员会",
    "澳門保險公會": "澳门保险公会",
    "澳門大學工商管理學院": "澳门大学工商管理学院",
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
        if enc == "big5hkscs":      # BIG5-HKSCS WITHOUT A BOM, THE MACAO
            # ARTICLE (annotate_yb.py's block for its Hong Kong g332, itself
            # annotate_xc.py's and annotate_wb.py's, with annotate_wc.py's
            # opener checks; it replaces annotate_yc.py's UTF-8-with-a-BOM
            # block; the region block below checks the declared characters'
            # kinds and words on the decoded text): no BOM and no U+FEFF;
            # the offsets count from the file's first byte
            lines = self.text.split("\n")
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert self.traditional, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones: 滙, 氹 and 着, three HKSCS characters that neither
            # plain Big5 nor cp950 holds
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c in decl:
                code = BIG5_CODE[c]
                assert c.encode("big5hkscs") == code, (doc_id, c)
                assert code.decode("big5hkscs") == c, (doc_id, c)
                assert not decodes(code, "big5"), (doc_id, c)
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: annotate_va.py's ／ of
            # its dateline; none here: a Macao text with an opener of 【】
            # only, as annotate_wb.py's Hong Kong g320 held none), each with
            # its declared bytes in both codecs (the block stays)
            forms = BIG5_FORMS[doc_id]
            assert forms or doc_id in HONGKONG or doc_id in MACAO, (
                f"{doc_id}: declare the Big5/cp950 forms")
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c not in decl and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            for c, (b5, c950) in forms.items():     # (none here)
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5.decode("cp950") == CP950_READS[c] != c, (doc_id, c)
                assert b5.decode("big5hkscs") == c, (doc_id, c)
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
            # the file walked character by character: each character's
            # Big5-HKSCS bytes at its own place, one byte an ASCII character
            # and two any other; a declared character with its declared
            # bytes, every other non-ASCII character with a lead byte in
            # plain Big5's rows A1-F9 (annotate_wb.py's walk, after
            # annotate_va.py's and annotate_ub.py's)
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode("big5hkscs")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if c in decl:
                    assert b == BIG5_CODE[c], (doc_id, c)
                    places[c] += 1
                elif len(b) == 2:
                    assert 0xA1 <= b[0] <= 0xF9, (doc_id, c, b)
                    assert b == c.encode("big5"), (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in decl), places
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP and no combining mark: a UTF-16
            # count equals the code points
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # plain Big5 and cp950 (GUIDELINES' first two tries) fail on the
            # file first at the first declared character's bytes, so a
            # reader falls through to Big5-HKSCS there (annotate_wb.py's
            # measure); a converter to plain Big5 or cp950 fails first at
            # the same character (annotate_yb.py's 着 of 隨着; here 氹 of 氹仔,
            # the first declared character of the text)
            first = min(self.text.index(c) for c in decl)
            first_byte = len(self.text[:first].encode("big5hkscs"))
            for narrow in ("big5", "cp950"):
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
                try:
                    self.text.encode(narrow)
                    raise AssertionError((doc_id, narrow, "encodes"))
                except UnicodeEncodeError as ex:
                    assert ex.start == first, (doc_id, narrow, ex.start)
            # every line without a declared character is the same in plain
            # Big5, cp950 and Big5-HKSCS, byte for byte, and reads back
            # alike in all three (annotate_ra.py's line check); a line with
            # a declared character is so between its declared characters
            # (annotate_dc.py's reading, as annotate_wb.py kept it)
            for line in lines:
                parts = re.split("|".join(decl), line)
                for part in parts:
                    b = part.encode("big5")
                    assert b == part.encode("cp950") == part.encode(
                        "big5hkscs"), part
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        part
            # gb18030 reads Big5 bytes too (every Big5 trail byte is a
            # GB18030 trail byte), as another text: GUIDELINES' reader then
            # keeps the codec whose result has the larger share of common
            # characters.  Measured by each standard's own common tier
            # (Big5's 常用字 A440-C67E for the Big5-HKSCS reading, GB2312's
            # level 1 B0A1-D7F9 for the GB18030 one), the Big5-HKSCS reading
            # is the natural one by far (annotate_wb.py's proxy: the
            # project's rules/encoding/common_hanzi.txt is not mine to read)
            gbtext = raw.decode("gb18030")
            assert gbtext != self.text, doc_id

            def han(s):
                return [c for c in s if 0x3400 <= ord(c) <= 0x9FFF or
                        ord(c) > 0xFFFF]

            def tier(c, codec, lo, hi):
                try:
                    b = c.encode(codec)
                except UnicodeEncodeError:
                    return False
                return len(b) == 2 and lo <= int.from_bytes(b, "big") <= hi
            mine, theirs = han(self.text), han(gbtext)
            share_mine = sum(tier(c, "big5hkscs", 0xA440, 0xC67E)
                             for c in mine) / len(mine)
            share_theirs = sum(tier(c, "gb2312", 0xB0A1, 0xD7F9)
                               for c in theirs) / len(theirs)
            assert share_mine > 0.95 and share_theirs < 0.6, (
                doc_id, share_mine, share_theirs, len(theirs))
            # the other GB codecs, UTF-8 and UTF-16 fail or read another
            # text (annotate_wb.py's list)
            for o in ("gbk", "gb2312", "utf-8", "utf-8-sig", "utf-16",
                      "utf-16-le", "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != self.text, (
                    doc_id, o)
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # an opener, where one is declared (annotate_wc.py's block, after
            # annotate_sc.py's, annotate_tc.py's and annotate_vc.py's:
            # annotate_rc.py's, annotate_sc.py's, annotate_tc.py's and
            # annotate_uc.py's 【本報消息】, annotate_qb.py's 【明報專訊】,
            # annotate_vc.py's and annotate_wc.py's 【特訊】), opens line 3
            # once; annotate_xc.py's g328's and here g340's 【本報消息】 (a
            # check of annotate_yc.py's UTF-8 block joins it: 【 and 】 are
            # written once each)
            assert lines[1] == "", doc_id
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
# g339 Water: utilities, sewage treatment and water prices, November 2026:
# the nation (住房和城乡建设部 昨日: 今年前三季度, 9月底, 去年底; 中国城镇供水排水
# 协会 and 中国水协: 两年前, 今年; 生态环境部 上周: 今年1月至10月, 去年同期, 今年;
# 中国环境科学研究院), the cities' plants and groups (北京: 北京城市排水集团有限
# 责任公司 and 北京排水集团 本周三, 三季度, 今年前10个月; 上海: 上海市水务局 同日,
# 上月; 北控水务, 首创环保: 三季度, 今年前三季度; 重庆水务环境控股集团有限公司 and
# 重庆水务: 10月底, 重庆, 今年前三季度), the south (深圳环境水务, 深圳市生态环境
# 局 上月: 10月; 深圳 今年1月至10月; 广州市发展和改革委员会 本月: 明年1月1日,
# 广州; 瀚蓝环境: 佛山, 三季度), 太湖 (水利部太湖流域管理局 上周五: 今年, 去年同
# 期; 江苏省生态环境厅: 苏州、无锡、常州三市, 今年; 宜兴, 2027年底), prices and
# concessions (武汉市水务集团有限公司: 今年前10个月, 武汉; 成都市发展和改革委员会
# 上月; 兴蓉环境 今年前三季度; 洪城环境, 南昌市政府: 30年 (excluded), 今年, 南昌),
# money (国家发展改革委 今年; 国家开发银行 今年前10个月; 中国农业发展银行 前10个
# 月; 长江生态环保集团有限公司: 九江, 岳阳, 芜湖, 宜昌; 昆明滇池水务股份有限公司
# 今年: 昆明) and the outlook (中国水协: 明年, 明年一季度; 清华大学环境学院: 元旦,
# 春节, 2030年).
# Simplified, GBK with 堃 (88 D2) and 珺 (AC 42) on the byline 中国环境报记者
# 吴堃 陈珺 北京报道, 2026-11-21 (a Saturday, ISO week 2026-W47), 中国环境报.
# 昨日 2026-11-20; 本周三, 同日 2026-11-18; 上周五 2026-11-13; 元旦, 明年1月
# 1日 2027-01-01; 春节 2027-02-06; 上周 2026-W46; 今年1月 (x2) 2026-01; 9月底
# 2026-09; 10月 (x3), 10月底, 上月 (x3) 2026-10; 本月 2026-11; 三季度 (x3)
# 2026-Q3; 明年一季度 2027-Q1; 今年前三季度 (x5, the title's included),
# 今年前10个月 (x3), 前10个月, 今年 (x7) 2026; 去年底, 去年同期 (x2) 2025;
# 两年前 2024; 明年, 2027年底 2027; 2030年 2030.
# ===========================================================================


@doc
def g339():
    d = Doc(G339)
    Y, NY = "2026", "2027"
    BJ, SH, CQ, SZ, GZ, FS = "北京市", "上海市", "重庆市", "深圳市", "广州市", \
        "佛山市"
    CZ, YX, WH, NC, YC, KM = "常州市", "宜兴市", "武汉市", "南昌市", "宜昌市", \
        "昆明市"
    # title (a heading that opens with no city: no city section, and no
    # CITY in it; the space after 约4.2% splits it into two halves for
    # dates, GUIDELINES; 今年前三季度: 今年 attached, several quarters of a
    # year, the year, SPEC; 增约4.2%: 约 touching, inside, approx)
    d.date("[[今年前三季度]]城镇污水", Y, "")
    d.metric("同比增[[约4.2%]] ", "4.2", "%", "approx", "")
    # byline 中国环境报记者 吴堃 陈珺 北京报道: 中国环境报 right before 记者 at the
    # start of the line is the outlet, an ORG (SPEC: news outlets in bylines;
    # GUIDELINES: a byline at the start of a line names its outlet, a name
    # ending in 报); 北京 before 报道 is the city filed from, a CITY
    # (precedents WB, XA, YC); 堃 and 珺 in no span; the line holds no DATE
    # or METRIC
    d.org("[[中国环境报]]记者")
    d.city("陈珺 [[北京]]报道")
    # P1 the nation (住房和城乡建设部: a ministry of two fields joined by 和, one
    # ORG, JOINED_NAMES; 昨日; 今年前三季度; 约642亿立方米 (立方米 as written);
    # the sentence ends at ；; 截至9月底: an end of a month is the month
    # (SPEC 6月底), 截至 outside; 约2.31亿立方米/日 and 约860万立方米/日: a
    # capacity per day keeps its denominator in the span and the unit
    # (GUIDELINES 45万人次/日; PER_UNITS); 较去年底: a part of the year, the
    # year (SPEC 年底), 较 outside; 中国城镇供水排水协会（以下简称“中国水协”）:
    # its bracketed short form, 中…国…水…协 in the name's order, quotes
    # outside; 由两年前的约70%: N年前 a relative DATE counted from the
    # reference year in a sentence stating no year (SPEC 两年前; GUIDELINES),
    # 由 outside; 今年; 超过1.2万公里: 超过 inside the span, over (SPEC); no
    # city)
    d.org("[[住房和城乡建设部]]昨日")
    d.date("建设部[[昨日]]发布", "2026-11-20", "")
    d.date("显示，[[今年前三季度]]全国", Y, "")
    d.metric("累计处理污水[[约642亿立方米]]", "642e8", "立方米", "approx", "")
    d.metric("同比增长[[约4.2%]]；", "4.2", "%", "approx", "")
    d.date("截至[[9月底]]，", "2026-09", "")
    d.metric("处理能力[[约2.31亿立方米/日]]", "2.31e8", "立方米/日", "approx",
             "")
    d.date("较[[去年底]]增加", "2025", "")
    d.metric("增加[[约860万立方米/日]]", 8600000, "立方米/日", "approx", "")
    d.org("。[[中国城镇供水排水协会]]（")
    d.org("简称“[[中国水协]]”）")
    d.date("已由[[两年前]]的", "2024", "")
    d.metric("两年前的[[约70%]]", 70, "%", "approx", "")
    d.metric("提高到[[约73.5%]]", "73.5", "%", "approx", "")
    d.date("突出，[[今年]]全国", Y, "")
    d.metric("污水管网[[超过1.2万公里]]", 12000, "公里", "over", "")
    # P2 river quality (生态环境部 上周: the ISO week before W47; 今年1月至10月:
    # a range, two mentions (SPEC 2024年3月至5月); 比例为90.8%, 为0.6%: 为 a
    # value word, exact; 1.6个百分点 -> 百分点 (SPEC); 劣Ⅴ类 a water-quality
    # class, a tier label, no figure (SPEC: tier labels); 与去年同期: after
    # the range of months, which states the year (GUIDELINES: a range of
    # months of one year states the year), 2025, 与 outside; 太湖, 滇池 lakes,
    # no city; 分别下降约6.5%和约4.8%: each with its own 约; 生态环境部 once more;
    # 今年; 约3.6万个, 约2.1万个; “十五五” a plan's name, no figure and no DATE
    # (excluded, precedent YC); 中国环境科学研究院 an ORG (a national research
    # academy); 雨季 a season without a year word, no DATE (SPEC); no city)
    d.org("\n[[生态环境部]]上周")
    d.date("环境部[[上周]]通报", "2026-W46", "")
    d.date("通报，[[今年1月]]至", "2026-01", "")
    d.date("今年1月至[[10月]]，全国", "2026-10", "")
    d.metric("优良断面比例为[[90.8%]]", "90.8", "%", "exact", "")
    d.metric("上升[[1.6个百分点]]", "1.6", "百分点", "exact", "")
    d.metric("类断面比例为[[0.6%]]", "0.6", "%", "exact", "")
    d.date("与[[去年同期]]持平", "2025", "")
    d.metric("分别下降[[约6.5%]]", "6.5", "%", "approx", "")
    d.metric("和[[约4.8%]]。", "4.8", "%", "approx", "")
    d.org("。[[生态环境部]]有关")
    d.date("指出，[[今年]]已完成", Y, "")
    d.metric("排污口[[约3.6万个]]", 36000, "个", "approx", "")
    d.metric("已整治[[约2.1万个]]", 21000, "个", "approx", "")
    d.org("。[[中国环境科学研究院]]相关")
    # P3 北京 and 上海 (在北京: a CITY, whose sentence (up to ；) its 本周三,
    # 三季度 and 约58万吨 take; 北京城市排水集团有限责任公司（以下简称“北京排水
    # 集团”）: a city inside an organization's name, no CITY (SPEC 青岛农村商业
    # 银行), its short form 北京…排水集团 in order and again (GUIDELINES: a
    # short form is an ORG wherever the article repeats it); 本周三 (W47's
    # Wednesday, a weekday inside the span, GUIDELINES); 三季度 bare, the
    # reference year; 日均 no DATE; 地表水Ⅳ类 a class label; 今年前10个月;
    # 约10.6亿立方米; 上海市水务局 (its city inside, SPEC 天津市网信办) 同日: the
    # latest day-precision date before it, 本周三 (SPEC; check_same), and it
    # takes 上海 (first after: 位于上海浦东, 浦东 a district after the city);
    # 已于上月: 于 outside, from the reference; 处理规模为280万吨/日: 为 a value
    # word, exact, a capacity per day (PER_UNITS); 约41亿元; 每年 recurring,
    # no DATE (SPEC); 约1.3万吨)
    d.city("在[[北京]]，北京")
    d.org("，[[北京城市排水集团有限责任公司]]（")
    d.org("简称“[[北京排水集团]]”）")
    d.date("”）[[本周三]]表示", "2026-11-18", BJ)
    d.date("再生水厂[[三季度]]日均", "2026-Q3", BJ)
    d.metric("处理污水[[约58万吨]]", 580000, "吨", "approx", BJ)
    d.org("；[[北京排水集团]]今年")
    d.date("排水集团[[今年前10个月]]生产", Y, "")
    d.metric("生产再生水[[约10.6亿立方米]]", "10.6e8", "立方米", "approx", "")
    d.metric("同比增长[[约7%]]。", 7, "%", "approx", "")
    d.org("。[[上海市水务局]]同日")
    d.date("水务局[[同日]]披露", "2026-11-18", SH)
    d.city("位于[[上海]]浦东")
    d.date("已于[[上月]]完工", "2026-10", SH)
    d.metric("处理规模为[[280万吨/日]]", 2800000, "吨/日", "exact", SH)
    d.metric("总投资[[约41亿元]]", "41e8", "元", "approx", SH)
    d.metric("化学需氧量[[约1.3万吨]]", 13000, "吨", "approx", SH)
    # P4 the listed groups (北控水务集团有限公司（以下简称“北控水务”）; 三季度;
    # 项目9个 exact; 约46万吨/日; the sentence ends at ；; 北京首创生态环保集团
    # 股份有限公司（以下简称“首创环保”）: 北京 inside, no CITY, 首…创…环…保 in
    # order; 今年前三季度; 约148亿元; 约3.9%; 近五成 -> 50 %, approx (SPEC);
    # 重庆水务环境控股集团有限公司旗下重庆水务集团股份有限公司（以下简称“重庆
    # 水务”）: parent and subsidiary, two ORGs across 旗下 (GUIDELINES), the
    # short form 重庆…水务 in order, an ORG wherever repeated (重庆水务今年前三
    # 季度), no CITY inside; 截至10月底 takes 重庆 (first after: 其在重庆中心城
    # 区, the city before its districts, a CITY); 达46座 (座 plants, as
    # written); 日处理能力 (日 no DATE) 约420万吨; 约为每立方米2.1元: a marker
    # separated by the verb 为 stays outside and sets approx, 每立方米 a basis
    # outside the span and the unit (GUIDELINES 约为每吨7050元 -> 7050 元,
    # approx; declared sep; 立方米 added to the bases); 重庆水务 again: 今年前
    # 三季度, 约7.6亿元, 约4.3%, no city in that sentence)
    d.org("，[[北控水务集团有限公司]]（")
    d.org("简称“[[北控水务]]”）")
    d.date("“北控水务”）[[三季度]]新增", "2026-Q3", "")
    d.metric("污水处理项目[[9个]]", 9, "个", "exact", "")
    d.metric("处理规模[[约46万吨/日]]", 460000, "吨/日", "approx", "")
    d.org("；[[北京首创生态环保集团股份有限公司]]（")
    d.org("简称“[[首创环保]]”）")
    d.date("“首创环保”）[[今年前三季度]]实现", Y, "")
    d.metric("营业收入[[约148亿元]]", "148e8", "元", "approx", "")
    d.metric("同比增长[[约3.9%]]", "3.9", "%", "approx", "")
    d.metric("收入占比[[近五成]]", 50, "%", "approx", "")
    d.org("。[[重庆水务环境控股集团有限公司]]旗下")
    d.org("旗下[[重庆水务集团股份有限公司]]（")
    d.org("简称“[[重庆水务]]”）")
    d.date("截至[[10月底]]，其在", "2026-10", CQ)
    d.city("其在[[重庆]]中心城区")
    d.metric("污水处理厂达[[46座]]", 46, "座", "exact", CQ)
    d.metric("日处理能力[[约420万吨]]", 4200000, "吨", "approx", CQ)
    d.metric("每立方米[[2.1元]]", "2.1", "元", "approx", CQ, sep="约")
    d.org("。[[重庆水务]]今年")
    d.date("重庆水务[[今年前三季度]]归母", Y, "")
    d.metric("归母净利润[[约7.6亿元]]", "7.6e8", "元", "approx", "")
    d.metric("同比下降[[约4.3%]]", "4.3", "%", "approx", "")
    # P5 the south (在华南: a region, no CITY; 深圳市环境水务集团有限公司（以下简
    # 称“深圳环境水务”）: 深圳 inside both, no CITY; 会同 outside, between two
    # names (GUIDELINES); 深圳市生态环境局 上月 (no comparison word); 10月 bare;
    # 约21%; the sentence, up to ；, names no city; 深圳 a CITY as the
    # subject, whose sentence its 今年1月至10月 (a range, two mentions) and
    # 约35万吨/日 take; 全市 deictic; 准Ⅳ类 a class label; 广州市发展和改革委员会
    # (a city's commission of two fields joined by 和, JOINED_NAMES; 广州
    # inside) 本月 and 明年1月1日 (明年 from the reference year) take 广州
    # (first after: 广州居民, the city as a modifier, SPEC 成都人); 由0.95元/立方
    # 米上调至1.2元/立方米: water prices per cubic metre keep their denominator
    # (GUIDELINES 元/立方米; PER_UNITS), exact; 每户每月 recurring, no DATE;
    # 10立方米 exact; 瀚蓝环境股份有限公司（以下简称“瀚蓝环境”）; 其在佛山南海区:
    # 佛山 a CITY (南海区 a district after it), its sentence's 三季度, 约1.9亿
    # 立方米 and 约8.6% take it; 一体化 a word, no figure (excluded))
    d.org("在华南，[[深圳市环境水务集团有限公司]]（")
    d.org("简称“[[深圳环境水务]]”）")
    d.org("会同[[深圳市生态环境局]]上月")
    d.date("环境局[[上月]]发布", "2026-10", "")
    d.date("国考断面[[10月]]氨氮", "2026-10", "")
    d.metric("同比下降[[约21%]]", 21, "%", "approx", "")
    d.city("；[[深圳]]今年")
    d.date("深圳[[今年1月]]至", "2026-01", SZ)
    d.date("深圳今年1月至[[10月]]新增", "2026-10", SZ)
    d.metric("处理能力[[约35万吨/日]]", 350000, "吨/日", "approx", SZ)
    d.org("。[[广州市发展和改革委员会]]本月")
    d.date("委员会[[本月]]公布", "2026-11", GZ)
    d.date("自[[明年1月1日]]起", "2027-01-01", GZ)
    d.city("起，[[广州]]居民")
    d.metric("由[[0.95元/立方米]]上调", "0.95", "元/立方米", "exact", GZ)
    d.metric("上调至[[1.2元/立方米]]", "1.2", "元/立方米", "exact", GZ)
    d.metric("污水处理费[[10立方米]]", 10, "立方米", "exact", GZ)
    d.org("。[[瀚蓝环境股份有限公司]]（")
    d.org("简称“[[瀚蓝环境]]”）")
    d.city("其在[[佛山]]南海区")
    d.date("一体化项目[[三季度]]供水量", "2026-Q3", FS)
    d.metric("供水量[[约1.9亿立方米]]", "1.9e8", "立方米", "approx", FS)
    d.metric("降至[[约8.6%]]", "8.6", "%", "approx", FS)
    # P6 太湖 (太湖流域 a basin, no CITY; 水利部太湖流域管理局: a bureau
    # written right after its ministry, one ORG (GUIDELINES 国家统计局南通调
    # 查队) 上周五 (W46's Friday); 太湖今年汛期后: a season with a year word,
    # only the year is a DATE (GUIDELINES 2019年夏天 -> 2019年); 较去年同期:
    # after 今年, a period with no ISO form, the year before (SPEC), 较
    # outside; 约28%; no city in that sentence; 江苏省生态环境厅 (a province's
    # department, its province inside, SPEC 浙江省商务厅); 苏州、无锡、常州三市:
    # three cities opening their clause before their collective label, no
    # METRIC (SPEC 五市; check_collective); 今年, 约38万吨/日 and 约60处 (处
    # sites, as written) take 常州 (nearest before: the list's last), though
    # they are the three cities': the rule as written; the sentence ends at
    # ；; 位于宜兴的: 宜兴 a county-level city (under 无锡; SPEC), a CITY;
    # 城市污水资源概念厂 a facility; 二期 a phase's label (GUIDELINES: 期
    # without a marker labels a phase, 二期工程; excluded); 2027年底: a year
    # and a part of it, the year (GUIDELINES 2025年底), 前 outside; 设计规模为
    # 10万吨/日 exact)
    d.org("方面，[[水利部太湖流域管理局]]上周五")
    d.date("管理局[[上周五]]发布", "2026-11-13", "")
    d.date("太湖[[今年]]汛期", Y, "")
    d.date("较[[去年同期]]减少", "2025", "")
    d.metric("减少[[约28%]]", 28, "%", "approx", "")
    d.org("。[[江苏省生态环境厅]]相关")
    d.city("介绍，[[苏州]]、")
    d.city("、[[无锡]]、")
    d.city("、[[常州]]三市")
    d.date("三市[[今年]]累计", Y, CZ)
    d.metric("处理能力[[约38万吨/日]]", 380000, "吨/日", "approx", CZ)
    d.metric("生态湿地[[约60处]]", 60, "处", "approx", CZ)
    d.city("位于[[宜兴]]的")
    d.date("预计[[2027年底]]前", NY, YX)
    d.metric("设计规模为[[10万吨/日]]", 100000, "吨/日", "exact", YX)
    # P7 prices and concessions (武汉市水务集团有限公司 (武汉 inside, no CITY);
    # 今年前10个月 takes 武汉 (first after: 武汉中心城区, a CITY), and so do
    # the sentence's figures; 控制在约9.2%; 成都市发展和改革委员会 (JOINED_NAMES)
    # 上月; 第一阶梯: an ordinal, no figure (SPEC; excluded); 由2.08元/立方米
    # 调整为2.48元/立方米 exact (PER_UNITS); 涨幅约19%; the sentence ends at
    # ；; 成都市兴蓉环境股份有限公司（以下简称“兴蓉环境”） (成都 inside, no CITY)
    # 今年前三季度; 约8.7亿立方米; 约5.1%; no city in those sentences; 江西洪城
    # 环境股份有限公司（以下简称“洪城环境”）: its province inside; 同南昌市政府:
    # 同 "with" before the city government, an ORG (GUIDELINES 广州市人民政府;
    # 与 after a bracket avoided, precedents WB, XC, YC); 特许经营期为30年: the
    # term of a concession, a duration in a time unit with no statistic cue,
    # no METRIC (SPEC: durations; GUIDELINES: time units count only after a
    # statistic cue), no year (excluded; TWO_DIGIT_NIAN_ALLOWED); 公司 a
    # read-back; 今年 takes 南昌 (first after: 在南昌, a CITY); 3座)
    d.org("\n[[武汉市水务集团有限公司]]透露")
    d.date("透露，[[今年前10个月]]武汉", Y, WH)
    d.city("个月[[武汉]]中心城区")
    d.metric("供水总量[[约9.8亿立方米]]", "9.8e8", "立方米", "approx", WH)
    d.metric("同比增长[[约2.6%]]", "2.6", "%", "approx", WH)
    d.metric("控制在[[约9.2%]]", "9.2", "%", "approx", WH)
    d.org("。[[成都市发展和改革委员会]]上月")
    d.date("委员会[[上月]]召开", "2026-10", "")
    d.metric("水价由[[2.08元/立方米]]", "2.08", "元/立方米", "exact", "")
    d.metric("调整为[[2.48元/立方米]]", "2.48", "元/立方米", "exact", "")
    d.metric("涨幅[[约19%]]", 19, "%", "approx", "")
    d.org("；[[成都市兴蓉环境股份有限公司]]（")
    d.org("简称“[[兴蓉环境]]”）")
    d.date("“兴蓉环境”）[[今年前三季度]]污水", Y, "")
    d.metric("污水处理量[[约8.7亿立方米]]", "8.7e8", "立方米", "approx", "")
    d.metric("同比增长[[约5.1%]]", "5.1", "%", "approx", "")
    d.org("。[[江西洪城环境股份有限公司]]（")
    d.org("简称“[[洪城环境]]”）")
    d.org("同[[南昌市政府]]签订")
    d.date("公司[[今年]]在南昌", Y, NC)
    d.city("今年在[[南昌]]新投运")
    d.metric("污水处理厂[[3座]]", 3, "座", "exact", NC)
    # P8 money (资金保障方面; 国家发展改革委 (GUIDELINES' own form) 今年;
    # 约126亿元; 超过1100个: 超过 inside, over; the sentence ends at ；;
    # 国家开发银行 今年前10个月; 约385亿元; 中国农业发展银行前10个月: a bare
    # 前N个月 right after the name it is about is the calendar period
    # (GUIDELINES 该行前9个月), the reference year (check_bare_period); 约97亿
    # 元; no city in those sentences; 长江生态环保集团有限公司 (长江 a river, no
    # CITY); 九江、岳阳、芜湖、宜昌等长江沿线城市: a list sharing one head, its
    # items cities (SPEC 广州、深圳等机场); 约520亿元 and 约1800万人 (人, SPEC)
    # take 宜昌 (nearest before: the list's last), though they are the
    # group's: the rule as written; 昆明滇池水务股份有限公司 (昆明 inside, no
    # CITY; 滇池 a lake) 今年 takes 昆明 (first after: 在昆明主城, a CITY), and
    # so does 约46公里)
    d.org("方面，[[国家发展改革委]]今年")
    d.date("改革委[[今年]]已下达", Y, "")
    d.metric("预算内投资[[约126亿元]]", "126e8", "元", "approx", "")
    d.metric("支持项目[[超过1100个]]", 1100, "个", "over", "")
    d.org("；[[国家开发银行]]今年")
    d.date("开发银行[[今年前10个月]]发放", Y, "")
    d.metric("建设贷款[[约385亿元]]", "385e8", "元", "approx", "")
    d.org("，[[中国农业发展银行]]前10个月")
    d.date("发展银行[[前10个月]]投放", Y, "")
    d.metric("治理贷款[[约97亿元]]", "97e8", "元", "approx", "")
    d.org("。[[长江生态环保集团有限公司]]披露")
    d.city("其在[[九江]]、")
    d.city("、[[岳阳]]、")
    d.city("、[[芜湖]]、")
    d.city("、[[宜昌]]等")
    d.metric("完成投资[[约520亿元]]", "520e8", "元", "approx", YC)
    d.metric("服务人口[[约1800万人]]", 18000000, "人", "approx", YC)
    d.org("。[[昆明滇池水务股份有限公司]]今年")
    d.date("股份有限公司[[今年]]在昆明", Y, KM)
    d.city("今年在[[昆明]]主城")
    d.metric("再生水管网[[约46公里]]", 46, "公里", "approx", KM)
    # P9 the outlook (中国水协 once more; 明年 (from the reference year); 约5%;
    # 明年一季度 one span; 约30座; 清华大学环境学院: a department after a
    # university is part of it (SPEC 福建师范大学行政管理学院), one ORG; 一位
    # 教授: 一 the indefinite article (GUIDELINES; excluded); 元旦、春节前后:
    # two yearless holidays, the coming ones (GUIDELINES; no 明年 in their
    # sentence, which ends at ；), 前后 outside; 到2030年: a bare four-digit
    # year, 到 outside; 80%以上: 以上 inside, over (SPEC 6成以上); no city)
    d.org("\n[[中国水协]]预计")
    d.date("预计，[[明年]]全国", NY, "")
    d.metric("有望提高[[约5%]]", 5, "%", "approx", "")
    d.date("，[[明年一季度]]将有", "2027-Q1", "")
    d.metric("将有[[约30座]]新建", 30, "座", "approx", "")
    d.org("。[[清华大学环境学院]]一位")
    d.date("提醒，[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.date("到[[2030年]]全国", "2030", "")
    d.metric("力争达到[[80%以上]]", 80, "%", "over", "")
    audit = {
        "orgs": ["中国环境报", "住房和城乡建设部", "中国城镇供水排水协会",
                 "中国水协", "生态环境部", "中国环境科学研究院",
                 "北京城市排水集团有限责任公司", "北京排水集团", "上海市水务局",
                 "北控水务集团有限公司", "北控水务",
                 "北京首创生态环保集团股份有限公司", "首创环保",
                 "重庆水务环境控股集团有限公司", "重庆水务集团股份有限公司",
                 "重庆水务", "深圳市环境水务集团有限公司", "深圳环境水务",
                 "深圳市生态环境局", "广州市发展和改革委员会",
                 "瀚蓝环境股份有限公司", "瀚蓝环境", "水利部太湖流域管理局",
                 "江苏省生态环境厅", "武汉市水务集团有限公司",
                 "成都市发展和改革委员会", "成都市兴蓉环境股份有限公司",
                 "兴蓉环境", "江西洪城环境股份有限公司", "洪城环境",
                 "南昌市政府", "国家发展改革委", "国家开发银行",
                 "中国农业发展银行", "长江生态环保集团有限公司",
                 "昆明滇池水务股份有限公司", "清华大学环境学院"],
        "cities": ["北京", "上海", "重庆", "深圳", "广州", "佛山", "苏州",
                   "无锡", "常州", "宜兴", "武汉", "南昌", "九江", "岳阳",
                   "芜湖", "宜昌", "昆明", "成都",
                   # provinces and the country, written only inside ORG rows
                   "中国", "江苏", "江西",
                   # absent cities, as guards (none written)
                   "天津", "杭州", "南京", "西安", "郑州", "长沙", "合肥",
                   "青岛", "厦门", "大连", "香港", "澳门", "台北"],
        "excluded": [],
        # the concession term (a duration: SPEC; GUIDELINES: time units
        # count only after a statistic cue), its 年 no year either
        "numbers_excluded": ["特许经营期为[[30年]]"],
        # “十五五”: a plan's name (SPEC: names); 第一阶梯: an ordinal (SPEC);
        # 二期: a phase's label (GUIDELINES 二期工程); 一位教授: the indefinite
        # article (GUIDELINES: 一 before a measure word)
        "cn_excluded": ["“[[十五五]]”", "第[[一]]阶梯", "概念厂[[二]]期",
                        "[[一]]位教授"],
        # the collective label of 苏州、无锡、常州 (SPEC 五市)
        "collectives": [("常州[[三]]市", 3)],
        # 一体化 (供排水一体化项目): a word, no figure (annotate_bb.py's
        # labels_excluded)
        "labels_excluded": {"一体化": 1},
        "latin_excluded": [],
        # time characters in words that are no DATE: 日均 (x1, daily
        # average), 日处理 (x1: 日处理能力, a daily capacity), 每年, 每月
        # (recurring, SPEC), 雨季 (a season without a year word, SPEC);
        # 同比 (x10) holds none, counted for the record
        "words_excluded": {"日均": 1, "日处理": 1, "每年": 1, "每月": 1,
                           "雨季": 1, "同比": 10, "同期": 0, "年度": 0,
                           "当年": 0, "今后": 0, "日前": 0, "全年": 0,
                           "近年": 0, "当日": 0, "年化": 0, "今日": 0,
                           "近日": 0, "明确": 0, "明显": 0, "年均": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside; as in the precedent scripts):
        # 公司 (x1: 公司今年在南昌, a read-back), 水务 (x1: 上市水务企业, a
        # kind), 滇池 (x1: 太湖、滇池湖体, the lake)
        "orgwords_excluded": {"有限公司": 0, "有限责任公司": 0, "公司": 1,
                              "集团": 0, "协会": 0, "研究院": 0, "水务局": 0,
                              "生态环境局": 0, "生态环境厅": 0, "管理局": 0,
                              "委员会": 0, "银行": 0, "学院": 0, "政府": 0,
                              "水务": 1, "北控": 0, "首创": 0, "兴蓉": 0,
                              "洪城": 0, "瀚蓝": 0, "滇池": 1, "水协": 0,
                              "排水集团": 0, "环境报": 0,
                              # the places that open the bodies' names
                              "住房和": 0, "中国城": 0, "中国环": 0,
                              "中国农": 0, "北京城": 0, "北京首": 0,
                              "上海市水": 0, "重庆水务环": 0, "深圳市环": 0,
                              "深圳市生": 0, "广州市发": 0, "成都市发": 0,
                              "成都市兴": 0, "江苏省": 0, "江西洪": 0,
                              "武汉市水": 0, "南昌市政": 0, "国家发": 0,
                              "国家开": 0, "长江生": 0, "昆明滇": 0,
                              "水利部太": 0, "清华大": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g340 Macao insurance: insurers, premiums and claims, November 2026: the
# regulator (澳門金融管理局 and 金管局 昨（廿五）日: 今年首三季, 第三季, 第二季,
# 九月底; 金管局保險監察處: 今年首三季, 九月底; 汽車及航海保障基金: 今年首三季,
# 去年同期), the life insurers and their parents (中國人壽澳門分公司, 友邦澳門 上周,
# 宏利人壽 and 宏利金融: 多倫多, 澳門, 十月底, 去年底; 滙豐人壽, 富衛人壽: 首三季),
# the non-life insurers and the banks (大新金融集團有限公司, 澳門保險股份有限公司
# and 澳門保險: 今年首三季; 太平再保險有限公司; 大西洋銀行, 澳門商業銀行, 大豐銀行,
# 工銀澳門: 今年首三季), the intermediaries (去年八月一日; 十月底, 去年底; 今年首十
# 個月; 澳門金融學會 上月; 澳門保險業中介人協會), cross-border insurance (金管局
# 本周一, 國家金融監督管理總局廣東監管局: 澳門, 明年首季; 十月底; 今年首十個月;
# 經濟財政司, 立法會 上周五, 特區政府: 珠海), the neighbours (香港保險業監管局:
# 香港, 今年上半年; 友邦保險控股有限公司, 滙豐控股: 香港, 倫敦, 珠海, 江門;
# 統計暨普查局: 去年), the funds (社會保障基金: 今年首三季, 九月底; 退休基金會:
# 九月底; 消費者委員會: 今年首十個月, 去年同期) and the outlook (澳門保險公會:
# 明年; 澳門大學工商管理學院: 香港; 金管局: 聖誕, 元旦, 農曆新年, 今（廿六）日).
# Traditional as Macao writes it (本澳, 按年, 首三季, 第三季, 第二季, 首十個月, 明年
# 首季, 上周, 上周五, 本周一, 昨（廿五）日, 今（廿六）日, 九月底, 十月底, 去年八月一日,
# 公佈, 佔, 隨着, 氹仔, 滙, 平台, figures with thousands separators beside
# Chinese-numeral figures: 約二百三十八億元, 約七千二百名, 約十一萬名, 約八萬三千人,
# 三萬五千元, 約百分之十二, 突破三百億元), Big5-HKSCS, 2026-11-26 (a Thursday, ISO
# week 2026-W48), 澳門日報 (its opener 【本報消息】).  昨（廿五）日 2026-11-25;
# 今（廿六）日 2026-11-26; 本周一 2026-11-23; 上周五 2026-11-20; 聖誕
# 2026-12-25; 元旦 2027-01-01; 農曆新年 2027-02-06; 去年八月一日 2025-08-01;
# 上周 2026-W47; 九月底 (x4) 2026-09; 十月底 (x3), 上月 2026-10; 第二季 2026-Q2;
# 第三季 2026-Q3; 明年首季 2027-Q1; 首三季 (x3, the title's included), 今年首三季
# (x8), 今年首十個月 (x3), 今年上半年 2026; 去年同期 (x2), 去年底 (x2), 去年 2025;
# 明年 2027.
# ===========================================================================


@doc
def g340():
    d = Doc(G340)
    Y, NY = "2026", "2027"
    MO, HK, ZH = "澳门", "香港", "珠海市"
    # title (a heading that opens with no CITY: 本澳 is deictic (SPEC 全港,
    # 本市), no city section; 首三季: Macao's first three quarters with 首
    # (GUIDELINES 首三季, 前3季), right after the name it is about (本澳;
    # GUIDELINES 该行前9个月), the year (SPEC 前三季度; check_bare_period);
    # 約6.8%: 約 touching, inside; the space after % splits the title into two
    # halves for dates, GUIDELINES; 逾八成 -> 80 %, over (SPEC 逾))
    d.date("本澳[[首三季]]毛保費", Y, "")
    d.metric("按年增[[約6.8%]] ", "6.8", "%", "approx", "")
    d.metric("佔比升至[[逾八成]]", 80, "%", "over", "")
    # P1 the regulator (【本報消息】 holds no row: 本報 names no outlet,
    # GUIDELINES; 澳門金融管理局（金管局）: the bracketed short form 金…管…局 in
    # the name's order, an ORG there and wherever the article repeats it
    # (GUIDELINES), no CITY inside; 昨（廿五）日: one span, the bracketed day
    # agreeing with the word (SPEC 今（5）日; GUIDELINES 昨（2）日, 廿 the tens of
    # a day); 今年首三季; 約二百三十八億元: a figure in Chinese numerals with 百,
    # 十 and 億 (SPEC: magnitudes in either script) -> 23800000000; the
    # sentence ends at ；; 按年 no DATE (year on year); 逾八成 -> 80 %, over;
    # 按季計，第三季 and 較第二季: Macao's quarters without 度 (GUIDELINES), bare
    # ones of the reference year; 截至九月底: a month in Chinese numerals and
    # its end, the month (SPEC 6月底), 截至 outside; 共26家, 14家, 12家 (家);
    # 約118萬份 (份 policies, as written); no city)
    d.org("】[[澳門金融管理局]]（")
    d.org("（[[金管局]]）昨")
    d.date("（金管局）[[昨（廿五）日]]公佈", "2026-11-25", "")
    d.date("公佈，[[今年首三季]]本澳", Y, "")
    d.metric("毛保費收入[[約二百三十八億元]]", "238e8", "元", "approx", "")
    d.metric("按年增[[約6.8%]]；", "6.8", "%", "approx", "")
    d.metric("人壽保險毛保費[[約195.6億元]]", "195.6e8", "元", "approx", "")
    d.metric("佔整體[[逾八成]]", 80, "%", "over", "")
    d.metric("非人壽保險毛保費[[約42.4億元]]", "42.4e8", "元", "approx", "")
    d.metric("按年增[[約3.1%]]", "3.1", "%", "approx", "")
    d.date("按季計，[[第三季]]毛保費", "2026-Q3", "")
    d.metric("第三季毛保費[[約81億元]]", "81e8", "元", "approx", "")
    d.date("較[[第二季]]增", "2026-Q2", "")
    d.metric("第二季增[[約4%]]", 4, "%", "approx", "")
    d.date("截至[[九月底]]，本澳", "2026-09", "")
    d.metric("保險公司共[[26家]]", 26, "家", "exact", "")
    d.metric("其中人壽保險公司[[14家]]", 14, "家", "exact", "")
    d.metric("非人壽保險公司[[12家]]", 12, "家", "exact", "")
    d.metric("人壽保單[[約118萬份]]", 1180000, "份", "approx", "")
    # P2 claims, solvency and the guarantee fund (金管局保險監察處: the
    # regulator's department written right after its short name, one ORG
    # (SPEC 蚂蚁金服集团银行服务部); 今年首三季; 約61.3億元; the sentence ends at
    # ；; 佔約四成: 約 touching the share, inside, 40 %; 金管局 once more; 須
    # 不低於150%: GUIDELINES, 不低于 bounds a figure and is a marker inside the
    # span like 超过 (不低于3000元 -> span 不低于3000元, over); 截至九月底; 約為
    # 268%: a marker separated by the verb 為 stays outside and sets approx
    # (GUIDELINES 约为19%; declared sep); 醫療保險方面，今年首三季; 約5,600張
    # (張 -> 张, policies); 約十一萬名: 十一 and 萬 in Chinese numerals, 110000
    # (名; no National Day: no holiday cue follows, GUIDELINES); 由金管局管理的
    # 汽車及航海保障基金: Macao's motor and maritime guarantee fund, a body of
    # two fields joined by 及 (JOINED_NAMES), standing alone in a Macao text
    # (GUIDELINES); 今年首三季; 約35宗 (宗 cases); 較去年同期: after 今年首三季, a
    # period with no ISO form, the year before (SPEC); 約一成 -> 10 %
    # (GUIDELINES: a figure in 一成); 該基金 a read-back; no city)
    d.org("\n[[金管局保險監察處]]相關")
    d.date("表示，[[今年首三季]]人壽", Y, "")
    d.metric("退保金額合共[[約61.3億元]]", "61.3e8", "元", "approx", "")
    d.metric("按年增[[約9.4%]]", "9.4", "%", "approx", "")
    d.metric("毛賠款[[約14.7億元]]", "14.7e8", "元", "approx", "")
    d.metric("賠款佔[[約四成]]", 40, "%", "approx", "")
    d.metric("汽車保險賠款[[約2.9億元]]", "2.9e8", "元", "approx", "")
    d.org("。[[金管局]]要求")
    d.metric("須[[不低於150%]]", 150, "%", "over", "")
    d.date("截至[[九月底]]全行業", "2026-09", "")
    d.metric("平均水平約為[[268%]]", 268, "%", "approx", "", sep="約")
    d.date("方面，[[今年首三季]]本澳個人", Y, "")
    d.metric("個人醫療保險毛保費[[約12.4億元]]", "12.4e8", "元", "approx", "")
    d.metric("按年增[[約21%]]", 21, "%", "approx", "")
    d.metric("團體醫療保單[[約5,600張]]", 5600, "张", "approx", "")
    d.metric("承保僱員[[約十一萬名]]", 110000, "名", "approx", "")
    d.org("由[[金管局]]管理")
    d.org("管理的[[汽車及航海保障基金]]今年")
    d.date("保障基金[[今年首三季]]共向", Y, "")
    d.metric("共向[[約35宗]]", 35, "宗", "approx", "")
    d.metric("支付賠償[[約1,280萬元]]", 12800000, "元", "approx", "")
    d.date("較[[去年同期]]減少", "2025", "")
    d.metric("減少[[約一成]]", 10, "%", "approx", "")
    d.metric("資產淨值[[約4.8億元]]", "4.8e8", "元", "approx", "")
    # P3 the life insurers (中國人壽澳門分公司: a company's branch in Macao is
    # one ORG with it (GUIDELINES 平安产险宁波分公司, 支付宝澳门), no CITY; 友邦
    # 澳門: AIA's arm in Macao, one ORG (GUIDELINES 友邦香港); 友邦澳門及宏利人壽:
    # two ORGs joined by 及 (LISTED_PAIRS); 分別為約22.6%、約17.3%及約14.1%: each
    # with its own 約 (為約: 約 touching, inside); 逾五成; 其中中國人壽澳門分公司
    # 首三季: a bare 首三季 right after the name it is about (GUIDELINES 该行
    # 前9个月), the year; 約44億元; 友邦澳門 上周 (the ISO week before W48); 氹仔
    # a district, no CITY; 第二間 an ordinal (excluded); 總部位於多倫多的宏利
    # 金融: Toronto, a foreign city by its common Chinese name (多伦多), and a
    # name right after where its seat is acts as the company (GUIDELINES 总部
    # 位于日内瓦的地中海航运); 宏利金融旗下宏利人壽: parent and subsidiary, two
    # ORGs across 旗下; 其澳門代理人隊伍: 澳門 a CITY as a modifier (SPEC 杭州
    # 特色), whose sentence's 十月底, 約1,150人, 去年底 and 約百分之十二 take it
    # (nearest before); 約百分之十二: SPEC N分之M -> 12 %, approx; 滙豐人壽 (滙
    # declared, IN_ROW) 今年首三季; 在本澳 deictic; 約35%; 富衛人壽首三季 (bare,
    # after its name); 約18%; 兩者 a collective word, no figure (SPEC 双方;
    # excluded); no city in the first, second and last sentences)
    d.org("方面，[[中國人壽澳門分公司]]、")
    d.org("、[[友邦澳門]]及")
    d.org("及[[宏利人壽]]按")
    d.metric("分別為[[約22.6%]]", "22.6", "%", "approx", "")
    d.metric("、[[約17.3%]]及", "17.3", "%", "approx", "")
    d.metric("及[[約14.1%]]，", "14.1", "%", "approx", "")
    d.metric("合共佔[[逾五成]]", 50, "%", "over", "")
    d.org("其中[[中國人壽澳門分公司]]首三季")
    d.date("分公司[[首三季]]毛保費", Y, "")
    d.metric("首三季毛保費[[約44億元]]", "44e8", "元", "approx", "")
    d.org("。[[友邦澳門]]上周")
    d.date("友邦澳門[[上周]]在", "2026-W47", "")
    d.city("總部位於[[多倫多]]的")
    d.org("的[[宏利金融]]旗下")
    d.org("旗下[[宏利人壽]]指出")
    d.city("其[[澳門]]代理人")
    d.date("截至[[十月底]]約1,150人", "2026-10", MO)
    d.metric("十月底[[約1,150人]]", 1150, "人", "approx", MO)
    d.date("較[[去年底]]增加約", "2025", MO)
    d.metric("增加[[約百分之十二]]", 12, "%", "approx", MO)
    d.org("。[[滙豐人壽]]今年")
    d.date("滙豐人壽[[今年首三季]]在本澳", Y, "")
    d.metric("按年增[[約35%]]", 35, "%", "approx", "")
    d.org("，[[富衛人壽]]首三季")
    d.date("富衛人壽[[首三季]]新造", Y, "")
    d.metric("按年增[[約18%]]", 18, "%", "approx", "")
    # P4 the non-life insurers and the banks (大新金融集團有限公司旗下的澳門保險
    # 股份有限公司（澳門保險）: parent and subsidiary, two ORGs across 旗下的, the
    # short form 澳門保險 in the name's order (GUIDELINES), no CITY inside; 首位
    # an ordinal, no figure; 今年首三季; 約6.9億元; 約16.3%; 太平再保險有限公司
    # (China Taiping's reinsurer, as its Hong Kong company is named); 早前
    # vague; 五家: a count in Chinese numerals before its measure word after
    # no list, a METRIC (GUIDELINES: 一 alone is the article); 約六成; 本澳
    # deictic; 約12%; 約5.6億元; 大西洋銀行、澳門商業銀行、大豐銀行及工銀澳門等
    # 銀行: four banks listed before their kind (GUIDELINES: items listed
    # before 等 + an organization noun are ORGs; 工銀澳門 ICBC's arm in Macao,
    # one ORG), the last two joined by 及 (LISTED_PAIRS); 今年首三季; 約31億元;
    # 約佔人壽新造業務的三成: 約 before 佔 sets approx across the whole of the
    # share (GUIDELINES 约占全国的四成 -> 四成, approx; declared sep); no city)
    d.org("方面，[[大新金融集團有限公司]]旗下")
    d.org("旗下的[[澳門保險股份有限公司]]（")
    d.org("（[[澳門保險]]）仍居")
    d.date("首位，[[今年首三季]]毛保費", Y, "")
    d.metric("首三季毛保費[[約6.9億元]]", "6.9e8", "元", "approx", "")
    d.metric("市場佔有率[[約16.3%]]", "16.3", "%", "approx", "")
    d.org("。[[太平再保險有限公司]]早前")
    d.metric("最高的[[五家]]保險公司", 5, "家", "exact", "")
    d.metric("合共佔[[約六成]]", 60, "%", "approx", "")
    d.metric("按年增[[約12%]]", 12, "%", "approx", "")
    d.metric("補償保險保費[[約5.6億元]]", "5.6e8", "元", "approx", "")
    d.org("方面，[[大西洋銀行]]、")
    d.org("、[[澳門商業銀行]]、")
    d.org("、[[大豐銀行]]及")
    d.org("及[[工銀澳門]]等銀行")
    d.date("等銀行[[今年首三季]]代理", Y, "")
    d.metric("保單保費合共[[約31億元]]", "31e8", "元", "approx", "")
    d.metric("新造業務的[[三成]]", 30, "%", "approx", "", sep="約")
    # P5 the intermediaries (《保險中介業務法》 a law's name, no ORG;
    # 去年八月一日: 去年 attached, the month and day in Chinese numerals, from
    # the reference year (GUIDELINES), 2025-08-01, 起 outside; 金管局 x2;
    # 截至十月底; 約七千二百名 (七千二百 in Chinese numerals -> 7200, 名);
    # 約4,860名, 約2,150名; 24家 exact; 較去年底增加3家: 去年底 the year before
    # (SPEC 年底), 3家 exact; the sentence ends at ；; 今年首十個月: Macao's
    # first months with 首 and 個 (GUIDELINES 首9个月), 今年 attached; 約40宗;
    # 約186萬元; 澳門金融學會 (the examining body) 上月 (no comparison word);
    # 有約860人: 約 touching, inside, 人 (SPEC); 約46%; 澳門保險業中介人協會
    # (an association named by its place and trade); 隨着 (着 declared, in no
    # span); 大灣區 a region, no CITY; no city in P5)
    d.date("業務法》[[去年八月一日]]起", "2025-08-01", "")
    d.org("生效後，[[金管局]]加強")
    d.date("截至[[十月底]]，本澳", "2026-10", "")
    d.metric("保險中介人[[約七千二百名]]", 7200, "名", "approx", "")
    d.metric("保險代理人[[約4,860名]]", 4860, "名", "approx", "")
    d.metric("保險推銷員[[約2,150名]]", 2150, "名", "approx", "")
    d.metric("保險經紀公司[[24家]]", 24, "家", "exact", "")
    d.date("較[[去年底]]增加3家", "2025", "")
    d.metric("增加[[3家]]", 3, "家", "exact", "")
    d.org("；[[金管局]]今年")
    d.date("金管局[[今年首十個月]]共處理", Y, "")
    d.metric("違規個案[[約40宗]]", 40, "宗", "approx", "")
    d.metric("罰款合共[[約186萬元]]", 1860000, "元", "approx", "")
    d.org("。[[澳門金融學會]]上月")
    d.date("學會[[上月]]舉辦", "2026-10", "")
    d.metric("考試有[[約860人]]", 860, "人", "approx", "")
    d.metric("合格率[[約46%]]", 46, "%", "approx", "")
    d.org("。[[澳門保險業中介人協會]]相關")
    # P6 cross-border insurance (金管局 本周一同…: 同 after a weekday is "with"
    # (GUIDELINES 上周六同黄山旅游签约 -> that Saturday), W48's Monday;
    # 國家金融監督管理總局廣東監管局: the national regulator's provincial bureau
    # written right after it, one ORG (GUIDELINES 国家统计局南通调查队, 湖州金融
    # 监管分局); 雙方 a collective word (excluded); 橫琴粵澳深度合作區 a zone, no
    # ORG or CITY (粵, 澳 one-character abbreviations, SPEC); 澳門居民: 澳門 a
    # CITY as a modifier (SPEC 成都人), which 本周一 (first after) and 明年首季
    # (nearest before, not 珠海 first after: 擴展至珠海其他區域; 首季 the first
    # quarter, GUIDELINES) take; 金管局 once
    # more; 截至十月底 takes 澳門 (first after: 澳門單牌車), and so do 約3.2萬輛
    # (輛 -> 辆) and 約九成; the sentence ends at ；; 今年首十個月; 約1.05億元;
    # 約27%; no city there; 經濟財政司司長: the secretariat an ORG, the title
    # outside (SPEC: 县委书记 -> 县委; GUIDELINES' Macao secretariats);
    # 上周五 (W47's Friday) takes 珠海 (first after: 珠海方面, a CITY); 立法會
    # (Macao's legislature) and 特區政府 (SPEC: an agency's own short name) are
    # ORGs; 與 before a city, no joiner between ORGs)
    d.org("方面，[[金管局]]本周一")
    d.date("金管局[[本周一]]同國家", "2026-11-23", MO)
    d.org("同[[國家金融監督管理總局廣東監管局]]簽署")
    d.city("試行為[[澳門]]居民")
    d.date("預計[[明年首季]]推出", "2027-Q1", MO)
    d.city("擴展至[[珠海]]其他")
    d.org("。[[金管局]]數據")
    d.date("截至[[十月底]]經橫琴", "2026-10", MO)
    d.city("北上的[[澳門]]單牌車")
    d.metric("單牌車[[約3.2萬輛]]", 32000, "辆", "approx", MO)
    d.metric("其中[[約九成]]已購買", 90, "%", "approx", MO)
    d.date("；[[今年首十個月]]跨境", Y, "")
    d.metric("跨境車險保費[[約1.05億元]]", "1.05e8", "元", "approx", "")
    d.metric("按年增[[約27%]]", 27, "%", "approx", "")
    d.org("。[[經濟財政司]]司長")
    d.date("司長[[上周五]]在", "2026-11-20", ZH)
    d.org("在[[立法會]]回應")
    d.org("，[[特區政府]]正與")
    d.city("正與[[珠海]]方面")
    # P7 the neighbours (香港保險業監管局 (Hong Kong's Insurance Authority; its
    # city inside, no CITY); 早前 vague; 香港 a CITY as the subject (no 市,
    # SPEC), whose sentence's 今年上半年 (several months of a year, the year,
    # SPEC), 約3,140億港元 (港元 as written: a currency written after the
    # figure is its unit), 約11% and 約310億港元 take it; 總部位於香港的友邦保險
    # 控股有限公司 and 總部位於倫敦的滙豐控股: the groups' seats (CITY 香港, CITY
    # 倫敦 -> 伦敦), parents named after where they stand (GUIDELINES 总部位于
    # 日内瓦的地中海航运; 滙 declared, IN_ROW); 近年 vague (excluded); 在澳, 來澳:
    # one-character abbreviations, no CITY (SPEC 澳); 珠海、江門等地: a list
    # sharing one head, its items cities; no DATE or METRIC in that sentence;
    # 統計暨普查局 (Macao's statistics service, standing alone); 本澳去年: 去年
    # from the reference year (its sentence states no period), 2025; 約為5.1%:
    # 約為 a separated marker (declared sep); 約每人三萬五千元: 每人 a basis
    # outside the span and the unit, the marker before it still qualifies the
    # figure (GUIDELINES 约为每台12.8万元; declared sep), 三萬五千 in Chinese
    # numerals -> 35000, 元; no city there)
    d.org("方面，[[香港保險業監管局]]早前")
    d.city("公佈，[[香港]]今年")
    d.date("香港[[今年上半年]]毛保費", Y, HK)
    d.metric("上半年毛保費[[約3,140億港元]]", "3140e8", "港元", "approx", HK)
    d.metric("按年增[[約11%]]", 11, "%", "approx", HK)
    d.metric("保單保費[[約310億港元]]", "310e8", "港元", "approx", HK)
    d.city("總部位於[[香港]]的")
    d.org("的[[友邦保險控股有限公司]]及")
    d.city("總部位於[[倫敦]]的")
    d.org("的[[滙豐控股]]近年")
    d.city("，[[珠海]]、江門")
    d.city("、[[江門]]等地")
    d.org("按[[統計暨普查局]]公佈")
    d.date("本澳[[去年]]保險深度", "2025", "")
    d.metric("保險深度約為[[5.1%]]", "5.1", "%", "approx", "", sep="約")
    d.metric("每人[[三萬五千元]]", 35000, "元", "approx", "", sep="約")
    # P8 the funds (社會保障基金: Macao's social security fund, a body standing
    # alone in a Macao text (GUIDELINES; precedent YC's public funds)
    # 今年首三季; 約27億元; 截至九月底; 基金 a read-back; 約1,050億元; the
    # sentence ends at ；; 退休基金會 (GUIDELINES: an ORG in a Macao text);
    # 截至九月底; 約八萬三千人 (八萬三千 in Chinese numerals -> 83000, 人);
    # 中央公積金 a scheme, no ORG; 消費者委員會 (Macao's consumer council,
    # standing alone) 今年首十個月; 約130宗; 較去年同期: after 今年首十個月, the
    # year before; 約15%; no city)
    d.org("方面，[[社會保障基金]]今年")
    d.date("保障基金[[今年首三季]]的", Y, "")
    d.metric("投資收益[[約27億元]]", "27e8", "元", "approx", "")
    d.date("截至[[九月底]]基金", "2026-09", "")
    d.metric("資產總額[[約1,050億元]]", "1050e8", "元", "approx", "")
    d.org("；[[退休基金會]]數據")
    d.date("截至[[九月底]]參與", "2026-09", "")
    d.metric("居民[[約八萬三千人]]", 83000, "人", "approx", "")
    d.org("。[[消費者委員會]]今年")
    d.date("委員會[[今年首十個月]]接獲", Y, "")
    d.metric("投訴[[約130宗]]", 130, "宗", "approx", "")
    d.date("較[[去年同期]]增加", "2025", "")
    d.metric("增加[[約15%]]", 15, "%", "approx", "")
    # P9 the outlook (澳門保險公會 (the insurers' association, named by its
    # place); 明年 (from the reference year); 突破三百億元: 突破 an over-marker
    # inside the span (SPEC), 三百億 in Chinese numerals -> 30000000000;
    # 澳門大學工商管理學院: a department after a university is part of it
    # (SPEC), one ORG; 一位學者: 一 the indefinite article (excluded); 低於
    # 香港: 香港 a CITY; no DATE or METRIC there; 金管局 x2; 聖誕及元旦假期: two
    # yearless holidays, the coming ones (GUIDELINES; 假期 outside; no 明年 in
    # their sentence, which ends at ；); 農曆新年前: GUIDELINES 农历新年 is 春节,
    # the coming one, 前 outside; 網上保單查詢平台 a service (台 of 平台 declared
    # in S2T_ALLOWED); 今（廿六）日: one span, the publication day (SPEC
    # 今（5）日), 起 outside; 首階段 no figure; 16家 exact; 約佔市場業務的九成:
    # 約 before 佔 (GUIDELINES; declared sep), 90 %, approx; no city)
    d.org("\n[[澳門保險公會]]預計")
    d.date("預計，[[明年]]本澳", NY, "")
    d.metric("有望[[突破三百億元]]", "300e8", "元", "over", "")
    d.org("。[[澳門大學工商管理學院]]一位")
    d.city("低於[[香港]]，")
    d.org("。[[金管局]]提醒")
    d.date("市民，[[聖誕]]及", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.date("；[[農曆新年]]前", "2027-02-06", "")
    d.org("此外，[[金管局]]網上")
    d.date("平台[[今（廿六）日]]起", "2026-11-26", "")
    d.metric("涵蓋[[16家]]保險", 16, "家", "exact", "")
    d.metric("市場業務的[[九成]]", 90, "%", "approx", "", sep="約")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "香港", "多倫多", "倫敦", "珠海", "江門",
                   # the province, written only inside an ORG row
                   "廣東",
                   # absent cities, as guards (none written)
                   "深圳", "廣州", "中山", "東莞", "佛山", "北京", "上海",
                   "新加坡", "里斯本", "紐約", "台北"],
        "excluded": [],
        "numbers_excluded": [],
        # 第二間: an ordinal (SPEC); 兩者, 雙方: collective words (SPEC 双方);
        # 一位學者: the indefinite article (GUIDELINES)
        "cn_excluded": ["第[[二]]間", "[[兩]]者均以", "[[雙]]方將在",
                        "[[一]]位學者"],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (year on year), 近年
        # (vague, SPEC), 年度 and 同期 none; 按季 holds 季 (按季計: quarter on
        # quarter, no DATE)
        "words_excluded": {"按年": 10, "近年": 1, "按季": 1, "同期": 0,
                           "年度": 0, "今後": 0, "日前": 0, "全年": 0,
                           "每年": 0, "近月": 0, "至今": 0, "當日": 0,
                           "今日": 0, "明白": 0, "明確": 0, "早前": 2},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside): 保險公司 (x7: 保險公司共26家, 人壽保險
        # 公司14家, 非人壽保險公司12家, 本地註冊保險公司, 五家保險公司, 多家保險公
        # 司, 16家保險公司: kinds), 基金 (x2: 該基金, 基金資產總額, read-backs),
        # 銀行 (x2: 銀行保險渠道, 等銀行: kinds), 人壽 (x12: 人壽保險, 人壽業務,
        # 人壽保單, 人壽新造業務: the line of business)
        "orgwords_excluded": {"有限公司": 0, "股份有限公司": 0, "保險公司": 7,
                              "分公司": 0, "基金": 2, "基金會": 0, "銀行": 2,
                              "協會": 0, "學會": 0, "公會": 0, "委員會": 0,
                              "監管局": 0, "管理局": 0, "普查局": 0,
                              "學院": 0, "監察處": 0, "政府": 0, "控股": 0,
                              "集團": 0, "人壽": 12, "友邦": 0, "宏利": 0,
                              "滙豐": 0, "富衛": 0, "大新": 0, "太平": 0,
                              "大西洋": 0, "大豐": 0, "工銀": 0,
                              "中國人壽": 0, "金管局": 0, "立法會": 0,
                              "財政司": 0,
                              # the places that open the bodies' names
                              "澳門金": 0, "澳門保": 0, "澳門商": 0,
                              "澳門大": 0, "國家金": 0, "香港保": 0},
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
               # GUIDELINES: 不低于 bounds a figure, a marker inside the span
               # like 超过 (不低于3000元 -> span 不低于3000元, over; new here)
               ("不低于", "over"), ("不低於", "over"),
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
    declares (TITLE_HALVES: g339's space after 约4.2%, g340's after 約6.8%;
    annotate_yc.py's g333 and g334 had theirs after 约86% and 逾4.2億元;
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
# 68.9元/平方米/月, and 元/立方米 (water and gas prices) is a rate like
# 元/平方米; the denominators are a list of rules/ that I may not read):
# g339 writes capacities per day (约2.31亿立方米/日, 280万吨/日 …: units
# 立方米/日 and 吨/日, read like GUIDELINES' 45万人次/日) and water and sewage
# prices per cubic metre (0.95元/立方米, 2.48元/立方米 …: unit 元/立方米,
# GUIDELINES' own example); g340 none.  annotate_yc.py's g333 declared 吨/年
# and 元/吨.  Here g339 also writes one price right after 每立方米 (约为每立方
# 米2.1元: a basis outside the span and the unit, GUIDELINES 约为每吨7050元 ->
# 7050 元, approx; 立方米 added to check_per_before's bases here), and g340
# one right after 每人 (約每人三萬五千元: the per-capita insurance density)
PER_UNITS = {G339: {"立方米/日", "吨/日", "元/立方米"}}


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
    by annotate_yc.py for its g333's 约为每桶66美元; 立方米 here for g339's
    约为每立方米2.1元)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|公吨|公噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|"
                  "名學生|人|班|司馬斤|司馬擔|小時|小时|桶|立方米)(手續費)?$",
                  head)
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
            # annotate_rc.py's g291's 本报 names none; unused here, g339's
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
            # 桶 by annotate_yc.py for its g333's 约为每桶66美元; 件, 户 and 戶
            # annotate_yb.py's; 立方米 and 人 here for g339's 约为每立方米2.1元
            # and g340's 約每人三萬五千元)
            head, based = re.subn("每(吨|噸|公吨|公噸|筆|笔|艘|公斤|平方米|"
                                  "平方呎|呎|宗|份|司馬斤|司馬擔|小時|小时|桶|"
                                  "件|户|戶|立方米|人)$", "", head)
            # (不低于/不低於, GUIDELINES' bound, a marker inside the span:
            # new here)
            m = re.search(r"(超过|超過|突破|不足|不到|不低于|不低於|约|約|近|逾|超)"
                          r"(人民币|人民幣|港币|港幣|美元|欧元|歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside (new in annotate_rc.py)
                # (a marker right before a basis, 約每人三萬五千元, is
                # separated from the number by it and stays outside, like 约为
                # 每吨7050元: GUIDELINES; new here)
                assert m.group(2) or based, ("marker touching the span", r)
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
            # a preposition or a verb of company before a body stays outside
            # it (GUIDELINES: 会同 and 暨 before a body, one-character adverbs
            # end a name read leftwards; g339's 同南昌市政府, g340's
            # 本周一同國家…, 聯同): no ORG row opens with one, but a name that
            # writes the character as its own (JOINER_CHAR_NAMES, 和欣客運;
            # new here, after a mutation that spanned g339's 同南昌市政府 as one
            # ORG, declared along, passed every inherited check)
            assert not re.match("会同|會同|联同|聯同|同|与|與|和|及|向|在|由|"
                                "从|從|对|對|把|被|将|將|于|於|为|為|仅|僅|却|"
                                "卻|曾|亦", tx) or \
                tx in JOINER_CHAR_NAMES.get(d.doc_id, {}), (
                "a preposition opening an ORG row", r)
            # a title after a body stays outside it (SPEC: 江南农村商业银行行长
            # -> the bank; 县委书记 -> 县委): no ORG row ends with a title or a
            # spokesman (annotate_yb.py's check, after a mutation that spanned
            # its g332's 衛生署署長 as one ORG; annotate_yc.py lacked it,
            # ported here for g340's 經濟財政司司長)
            assert not re.search("(署長|署长|局長|局长|司長|司长|處長|处长|"
                                 "主席|會長|会长|行長|行长|院長|院长|總裁|总裁|"
                                 "主任|書記|书记|發言人|发言人|負責人|负责人)$",
                                 tx), ("a title inside an ORG row", r)
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
    # slash rate was a problem; annotate_yc.py's g333 wrote 吨/年 and 元/吨;
    # here 米 joins the characters before a slash, for g339's 立方米/日), and
    # every
    # declared rate is used
    rates = [r for r in rows if r["type"] == "METRIC" and "/" in r["unit"]]
    for m in re.finditer(r"[元吨噸艘米]／|[元吨噸艘米]/", d.text):
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
