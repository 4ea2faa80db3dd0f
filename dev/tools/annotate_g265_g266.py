#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g265_cosmetics_beauty_brands_cities and g266_hk_telecom_operators_5g
(annotator NB).

Adapted from the precedent set's tools/annotate_mb.py (now dev/tools/annotate_g259_g260.py) (/tmp/ho46/precedent:
a simplified mainland article in the GB family whose byline holds the
characters its narrower codec lacks, and a traditional Hong Kong article
with declared characters outside plain Big5: the pair closest to mine in
content and sources; copied and the data changed).  My storages differ from
both of annotate_mb.py's, so its two storage blocks are rebuilt:

- its GB18030 block (characters outside GBK on the byline) becomes a GBK
  block (characters outside GB2312 on the byline), the storage annotate_mb.py
  says its own precedent annotate_lb.py had: the declared characters are the
  only ones GB2312 lacks, each written with its declared GBK bytes at its own
  place, of two kinds declared per article (GBK_KINDS: a code of the GBK/3
  area, lead byte 81-A0, and one of the GBK/4 area, lead byte AA-FE with a
  trail byte below A1, the two areas GBK added around GB2312's); gb2312
  fails on the file, so gbk is the narrowest codec that reads it (the
  narrowest-codec pair gbk/gb2312); cp936 and gb18030 read the same text;
  every other character is GB2312, two bytes a non-ASCII character; the Big5
  family and the Unicode codecs fail or read another text.  No character
  lies outside the BMP (ASTRAL_BEFORE_BODY kept, unused).
- its BIG5-HKSCS block becomes a UTF-16 LITTLE-ENDIAN block WITH A BOM for
  the Hong Kong text (annotate_mc.py's big-endian block for a simplified
  text, mirrored back to the little-endian order of its own precedent
  annotate_lc.py, and turned to a traditional text): exactly one BOM FF FE;
  utf-16 reads the same text; plain utf-16-le keeps U+FEFF in front;
  utf-16-be reads another text; the title's first character 5 written 35 00
  right after the BOM; two bytes a character, no surrogate pair; the NUL
  byte AFTER every ASCII character; no combining mark; the declared
  characters outside plain Big5 written with their UTF-16 code units, their
  Big5-HKSCS codes at no character's place; the legacy codecs and UTF-8
  fail or read another text; GB2312 cannot write it.  The Hong Kong block
  (annotate_mb.py's, on the decoded text) keeps its declared kinds and line
  checks.

It keeps every check of annotate_mb.py: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the
whole simplified article, audits of digits, Latin words, Chinese numerals,
time characters, holiday words, city strings, ORG words and ORG strings,
the independent `city` rule (city sections under headings included, though
neither article has one; a headline's space splits its halves) asserted
against my hand value on every DATE/METRIC row, the month and day a DATE
span writes, its precision, a bare month, day or quarter in the reference
year, the holiday table by exact span and the holidays recomputed without
it, ROC years only in a Taiwan text (none here), relative words resolved
from the reference date (昨日, 今日, 上周, 上周五, 上月, 本月, 下月, 今年,
明年, 去年, 上年; 本周一 and 两年前 kept, unused), 上月 as a baseline (used:
較上月 after 12月), the bare-day rule (24日), the range check (kept,
unused), 同日 (used: 同日 after 昨日), 去年同期 a year before its sentence's
period at that period's precision (after a range of days, after 三季度, after
9月底, after 上月), the bracketed gloss (今日（24日）), the 上季 and 十一
checks (kept, unused), check_forward (kept, unused), check_holiday_period
(12月 after 元旦 and after 聖誕), the 约占 check (used: 约占六成, 约占全国的
56%), markers before, touching and after a span, 约为/約為 as a separated
marker, the declared shared unit (kept, unused), the collective label and
check_no_collective_metric (no collective here), the time unit (小时, 天),
the narrowest codec, no Taiwan marker and no bare 2-3 digit year in either
text, the byline block, the opener block (kept, unused), the declared
characters' bytes and kinds, the NO_SHI check, the FOREIGN_SHI check (kept,
unused), the two 市 checks, the check that a traditional article holds no
simplified character, the OpenCC t2s-then-s2hk round trip of the Hong Kong
article, the SIMPLIFIED_ONLY coverage check, check_per_before and the
slash-rate audit, the org-word audits with the trade names before each head.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (a BOM removed, nothing else
changed):

- g265 is simplified (mainland, 第一财经日报, 2026-11-20), stored as GBK
  WITHOUT a BOM; the title's 双 (CB AB) opens the file.  Its byline
  第一财经日报记者 许珺 陆喆 stands on line 3: the outlet before 记者 at the
  start of a line is an ORG (GUIDELINES' byline rule; precedents MA, MB, MC).
  Two characters are outside GB2312, both in the reporters' given names, in
  no span: 珺 (U+73FA, GBK AC 42: the GBK/4 area) and 喆 (U+5586, GBK 86 B4:
  the GBK/3 area).  Every other non-ASCII character is two bytes and
  GB2312; OpenCC t2s leaves the article unchanged.
- g266 is traditional (Hong Kong, 香港經濟日報, 2026-11-24), stored as
  UTF-16 LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 5 = 35 00).
  Three characters are outside plain Big5: 滙 (U+6ED9; Big5-HKSCS FA C0, a
  lead byte of the user-defined area) of 滙豐環球研究 (inside its ORG row),
  衞 (U+885E; 8F C0, a lead byte below A1) of 衞星 and 邨 (U+90A8; 90 68, a
  lead byte below A1) of 屋邨 (each once, in no span).  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official names with 市, Hong Kong
  and the foreign cities by their common names).  A Hong Kong text (香港/本港
  named at least twice, 澳門 never): Hong Kong bodies without a place in
  their names (通訊事務管理局, 商務及經濟發展局, 消費者委員會, 入境事務處,
  機場管理局, 數字政策辦公室, 立法會) stand alone as ORGs.  香港經濟日報
  prints no byline or opener here.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho46/precedent: README, NOTES_ma/mb/mc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g265_g266.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule, a space between Han characters in a line splitting it as a
headline's halves); every DATE/METRIC row states the city I expect by hand,
and the two must agree.

Changes from annotate_mb.py besides the two storage blocks: OUTSIDE_GB2312
and GBK_KINDS replace OUTSIDE_GBK and GB18030_KINDS; ASTRAL_BEFORE_BODY is
empty (no astral character); UTF16_CODE declares the UTF-16 code units of
the Hong Kong characters; the Hong Kong characters are of two kinds
(hkscs-udf, hkscs-low), one IN_ORG and two in declared words; `\\r` is
asserted absent right after decoding (annotate_mc.py's order); the holiday
table as these articles name them (双11, 今年双11, 元旦, 春节; 國慶, 聖誕,
農曆新年); the t2s-then-s2hk pairs of g266 (周/週, 布/佈, 戶/户).  Units
%, 元, 百分点, 个, 小时, 件, 天, 批次, 家 (g265); 个, %, 百分点, PB, Mbps, 倍,
名, 元, 座, 人次, 张, 岁, 宗, 家, 兆赫 (g266).
Re-run (from anywhere):

    python3 dev/tools/annotate_g265_g266.py
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
G265 = "g265_cosmetics_beauty_brands_cities"
G266 = "g266_hk_telecom_operators_5g"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G265: ("gbk", b"", False, "2026-11-20", "第一财经日报"),
    G266: ("utf-16-le", BOM16LE, True, "2026-11-24", "香港經濟日報"),
}
# the first character of each file after its BOM (if any), with its bytes in
# the file's encoding (g265: 双 of the title in GBK; g266: the digit 5 of the
# title's 5G in UTF-16 LE, the low byte first)
FIRST_CHAR = {G265: ("双", b"\xcb\xab"), G266: ("5", b"\x35\x00")}
# characters outside the BMP each article declares, in text order (none)
OUTSIDE_BMP = {G265: [], G266: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 珺 (U+73FA) of the first reporter's given name and 喆
# (U+5586) of the second's (both in no span, on the byline line)
OUTSIDE_GB2312 = {G265: {"珺": b"\xac\x42", "喆": b"\x86\xb4"}}
# ... and the kinds they are of, one each (annotate_lb.py's GB2312_KINDS, as
# annotate_mb.py describes it; the kinds named by GBK's areas): "gbk-3" (lead
# byte 81-A0, trail 40-FE but 7F: the area GBK added before GB2312's rows)
# and "gbk-4" (lead byte AA-FE, trail 40-A0 but 7F: the low halves of the
# rows GB2312 fills above A0); a GB2312 reader fails on either
GBK_KINDS = {G265: Counter({"gbk-3": 1, "gbk-4": 1})}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, then the reporters' names separated by a
# space; GUIDELINES: a byline at the start of a line names its outlet (a
# name ending in 报 or 日报 right before 记者), so the line holds exactly
# that ORG row (annotate_mb.py's 中国水运报记者)
BYLINE = {G265: ("", "第一财经日报", "记者 ", ["许珺", "陆喆"])}
BYLINE_ORG = {G265: True}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP (annotate_mb.py's g259): none here
ASTRAL_BEFORE_BODY = set()
# the paragraph opener of a Hong Kong or Macao article and the rows it holds
# (annotate_lb.py's 【明報專訊】 held 明報; annotate_mc.py's 【本報消息】 none):
# none here, 香港經濟日報 prints none on this article (the check stays)
OPENER = {}
# characters of the Hong Kong article that plain Big5 lacks, each with
# whether cp950 (Taiwan's Big5) holds it: 滙 of 滙豐環球研究 (the bank's own
# spelling; Big5-HKSCS FA C0, a lead byte of Big5's user-defined area FA-FE,
# which cp950 does not hold), 衞 of 衞星 (Hong Kong's spelling of 衛 in the
# word; 8F C0, a lead byte below A1, HKSCS's added area) and 邨 of 屋邨 (the
# housing estates, Hong Kong's 邨; 90 68, a lead byte below A1)
OUTSIDE_BIG5 = {G266: {"滙": False, "衞": False, "邨": False}}
# ... with their Big5-HKSCS bytes (which stand at no character's place of
# the UTF-16 file)
BIG5_CODE = {"滙": b"\xfa\xc0", "衞": b"\x8f\xc0", "邨": b"\x90\x68"}
# ... and their UTF-16 LE code units, as the file writes them (in the manner
# of annotate_mc.py's UTF8_CODE)
UTF16_CODE = {"滙": b"\xd9\x6e", "衞": b"\x5e\x88", "邨": b"\xa8\x90"}
# ... and the kinds they are of, declared per article (annotate_mb.py's
# BIG5_KINDS): "hkscs-udf" (a lead byte of the user-defined area FA-FE) and
# "hkscs-low" (a lead byte below A1): one and two here
BIG5_KINDS = {G266: Counter({"hkscs-udf": 1, "hkscs-low": 2})}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them): 滙 in 滙豐環球研究
IN_ORG = {G266: {"滙": ["滙豐環球研究"]}}
# ... and the words a declared character may stand in outside every span,
# with their counts: 衞 in 衞星 (衞星直連手機), 邨 in 屋邨 (公共屋邨), once each
OUTSIDE_BIG5_WORD = {G266: {"衞": {"衞星": 1}, "邨": {"屋邨": 1}}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names are ORGs in a text that names the region
# at least twice)
HONGKONG = {G266}
# Macao articles (none here)
MACAO = set()
# the region's names, which a text of the region writes at least twice and
# more often than the other region's (annotate_bc.py's, via annotate_mb.py)
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them, taken alone: none here (annotate_mb.py's 恒 of 恒生銀行 is
# not written)
S2T_ALLOWED = {}
# ... each confined to its declared words with their counts (none)
S2T_ALLOWED_WORD = {}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes: 周 (上周, 上周五, 黃金周; s2hk 週), 布 (公布,
# 宣布; s2hk 公佈, 宣佈), 戶 (用戶, 客戶, 每戶; s2hk 户) (annotate_mb.py's three
# pairs; its 衛/衞 is not written here, 衞 of 衞星 coming back as itself)
S2HK_KEPT = {G266: {("周", "週"), ("布", "佈"), ("戶", "户")}}

# common simplified-only characters a traditional article must not hold
# (annotate_mb.py's list, with its predecessors' additions; the last line
# adds the simplified forms of g266's traditional characters that the list
# lacked, as OpenCC t2s writes them, none of them written in it; checked
# in main())
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
                   # annotate_bb.py's g242 words (their t2s forms)
                   "万与业东两个为举乐习于产亿价会传体关养内册写农冲净减凭划则办"
                   "务动劳区协占历参发后员咨团圣场处学对导将岁师带并广应开强当录"
                   "总户报择据撑数无时显机来构楼汇汉注湾现笔签类约经统绩续维缴职"
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
                   "宽欢渗竞纤装谱频")


# Holidays the articles name, by their exact span (2025-2027): g265
# (mainland, 2026-11-20): 双11 2026-11-11 (the title's, 双11预售, 双11期间
# x4: no year written, the occurrence nearest the reference date, 9 days
# before; 期间 outside), 今年双11 2026-11-11 (今年 fixes the year; a year
# written before a holiday is inside the span, GUIDELINES 2024年春节,
# precedent MC's 今年双11), 元旦 2027-01-01 and 春节 2027-02-06 (元旦和春节前:
# yearless, the coming ones, 42 and 78 days after; 前 outside); g266 (Hong
# Kong, 2026-11-24): 國慶 2026-10-01 (國慶黃金周期間: the PRC's National Day,
# which Hong Kong keeps; yearless, the nearest, 54 days before; 黃金周 and
# 期間 outside, as GUIDELINES leave 黄金周 outside after 十一), 聖誕 2026-12-25
# and 農曆新年 2027-02-06 (聖誕及農曆新年假期期間: yearless, the coming ones;
# GUIDELINES: 农历新年 is 春节; 假期期間 outside).
HOLIDAY = {"双11": "2026-11-11", "今年双11": "2026-11-11",
           "元旦": "2027-01-01", "春节": "2027-02-06",
           "國慶": "2026-10-01", "聖誕": "2026-12-25",
           "農曆新年": "2027-02-06"}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "复活", "復活", "十一",
                 "大年")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as the
# precedent annotators checked them with lunardate 0.3.0 for 2025-2027;
# 大年初三 is 正月初一 + 2 days) and days computed from the calendar
# (黑色星期五; Western Easter)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11), "十一": (10, 1)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
_THIRD_DAY = {y: d + datetime.timedelta(days=2) for y, d in _SPRING.items()}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽": _DOUBLE_NINTH, "重阳": _DOUBLE_NINTH,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "大年初三": _THIRD_DAY}
# the lunar table against the calendar: 2026's 重阳 (九月初九) is 8 days
# after the new moon of 2026-10-10 (Beijing time), and 中秋 of 2026 (八月十五,
# 2026-09-25) is 23 days before it; 正月初三 of 2027 is a Monday; 春节 of
# 2027 is 78 days after g265's reference date and 74 after g266's; 春节 of
# 2026 is 276 days before g265's and 280 before g266's (so the nearest 春节
# is 2027's); 双11 of 2026 is 9 days before g265's (2025's 374 before,
# 2027's 356 after); 元旦 of 2027 is 42 days after g265's (2026's 323
# before); 國慶 of 2026 is 54 days before g266's (2027's 311 after); 聖誕 of
# 2026 is 31 days after g266's, 聖誕 of 2025 334 days before it
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_SPRING[2027] - datetime.date(2026, 11, 20)).days == 78
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 20) - _SPRING[2026]).days == 276
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 11, 11)).days == 9
assert (datetime.date(2026, 11, 20) - datetime.date(2025, 11, 11)).days == 374
assert (datetime.date(2027, 11, 11) - datetime.date(2026, 11, 20)).days == 356
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 20)).days == 42
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 1, 1)).days == 323
assert (datetime.date(2026, 11, 24) - datetime.date(2026, 10, 1)).days == 54
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 24)).days == 311
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 24)).days == 31
assert (datetime.date(2026, 11, 24) - datetime.date(2025, 12, 25)).days == 334
# the reference dates: g265's a Friday of ISO week 2026-W47 (上周 W46), g266's
# a Tuesday of W48 (上周 W47, 上周五 2026-11-20)
assert datetime.date(2026, 11, 20).isocalendar()[1:] == (47, 5)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)


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

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g265, mainland (2026: the municipality 上海; the sub-provincial 杭州,
    # 济南, 西安, 广州, 哈尔滨; the prefecture-level 昆明, 长沙, 太原, 汕头,
    # 湖州; the county-level 义乌 (浙江, under 金华), cities at the article's
    # date (SPEC); the foreign 巴黎 by its common Chinese name)
    "杭州": "杭州市", "昆明": "昆明市", "济南": "济南市", "西安": "西安市",
    "广州": "广州市", "长沙": "长沙市", "哈尔滨": "哈尔滨市",
    "太原": "太原市", "巴黎": "巴黎", "上海": "上海市", "汕头": "汕头市",
    "湖州": "湖州市", "义乌": "义乌市",
    # g266 (traditional spans; 香港 by its common name; mainland cities with
    # 市: 深圳, 廣州, 珠海, 東莞, 佛山, 中山, 上海, 北京; the foreign 東京,
    # 首爾, 曼谷 by their mainland common names, SPEC: 首爾 -> 首尔)
    "香港": "香港", "深圳": "深圳市", "廣州": "广州市", "珠海": "珠海市",
    "東莞": "东莞市", "佛山": "佛山市", "中山": "中山市", "北京": "北京市",
    "東京": "东京", "首爾": "首尔", "曼谷": "曼谷",
}
# cities normalized without 市: Hong Kong, Macao and the foreign cities by
# their common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "巴黎", "东京", "首尔", "曼谷"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "通訊事務管理局辦公室": "通讯事务管理局办公室", "通訊辦": "通讯办",
    "電訊盈科": "电讯盈科", "香港電訊": "香港电讯", "HKT": "HKT",
    "長江和記實業": "长江和记实业", "和記電訊香港": "和记电讯香港",
    "數碼通": "数码通", "SmarTone": "SmarTone", "新鴻基地產": "新鸿基地产",
    "新地": "新地", "中國移動": "中国移动", "中國移動香港": "中国移动香港",
    "香港寬頻": "香港宽频", "香港科技園公司": "香港科技园公司",
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "通訊事務管理局": "通讯事务管理局", "通訊局": "通讯局",
    "商務及經濟發展局": "商务及经济发展局", "立法會": "立法会",
    "港鐵": "港铁", "機場管理局": "机场管理局",
    "數字政策辦公室": "数字政策办公室",
    "滙豐環球研究": "汇丰环球研究", "入境事務處": "入境事务处",
    "交銀國際": "交银国际", "摩根士丹利": "摩根士丹利",
    "香港通訊業聯會": "香港通讯业联会",
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
        self.in_org_span = {}
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
        if enc == "gbk":        # GBK, A SIMPLIFIED MAINLAND ARTICLE
            # (annotate_mb.py's GB18030 block turned back into the GBK block
            # of its precedent annotate_lb.py: there the declared characters
            # were outside GBK, here they are outside GB2312): the declared
            # characters are the only ones GB2312 lacks, each written with
            # its declared GBK bytes at its own place
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            declared = OUTSIDE_GB2312[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            # every character is GBK (asserted here, before the byte walk
            # below would raise on one GBK lacks; annotate_mb.py's order)
            assert [c for c in self.text if not enc_ok(c, "gbk")] == [], (
                doc_id, "outside GBK")
            pos, places = 0, Counter()
            for c in self.text:         # the bytes of each character
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            kinds = Counter()
            for c, code in declared.items():
                assert code.decode("gbk") == c, (doc_id, c)
                # cp936 (Python's alias of gbk) and gb18030 read the same
                # bytes as the same character (GB18030 keeps GBK's codes)
                assert code.decode("cp936") == code.decode("gb18030") == c
                # GB2312 cannot write the character and fails on its bytes
                assert not enc_ok(c, "gb2312"), c
                assert not decodes(code, "gb2312"), (doc_id, c)
                # a CJK unified ideograph of the BMP, two bytes
                assert 0x4E00 <= ord(c) <= 0x9FA5 and len(code) == 2, c
                lead, trail = code
                assert 0x40 <= trail <= 0xFE and trail != 0x7F, c
                if 0x81 <= lead <= 0xA0:
                    # GBK/3: the rows GBK added before GB2312's (here 喆 86
                    # B4 = U+5586)
                    kinds["gbk-3"] += 1
                else:
                    # GBK/4: the low halves (trail 40-A0) of the rows AA-FE
                    # that GB2312 fills only above A0 (here 珺 AC 42 =
                    # U+73FA)
                    assert 0xAA <= lead <= 0xFE and trail <= 0xA0, c
                    kinds["gbk-4"] += 1
            # the declared kinds, one each (declared per article, as
            # annotate_mb.py declared GB18030_KINDS)
            assert kinds == GBK_KINDS[doc_id], kinds
            # the narrowest codec: gb2312 fails on the file (checked above
            # too); gbk reads it, and cp936 and gb18030 read the same text
            assert not decodes(raw, "gb2312"), doc_id
            assert raw.decode("cp936") == raw.decode("gb18030") == \
                self.text, doc_id
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title's first character
            assert all(len(c.encode(enc)) == 2
                       for c in self.text if ord(c) > 0x7F), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP: a UTF-16 count equals the code
            # points (annotate_mb.py's astral check, here with none)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # every line without a declared character is GB2312, byte for
            # byte; the declared characters stand on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            self.no_span_chars = outside
            # an astral declared character would stand on the byline before
            # every span of the body (annotate_mb.py's ASTRAL_BEFORE_BODY):
            # none here
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
            # the byline line: the outlet + 记者 + a space, then the
            # reporters' names separated by a space (g265: 第一财经日报记者
            # 许珺 陆喆); each name holds one declared character, after the
            # outlet; GUIDELINES: a byline at the start of a line names its
            # outlet (a name ending in 报/日报 right before 记者), so the line
            # holds exactly that ORG row (checked in check(); annotate_mb.py's
            # block)
            prefix, outlet, role, names = BYLINE[doc_id]
            is_org = BYLINE_ORG.get(doc_id, True)
            assert lines[2] == prefix + outlet + role + " ".join(names), (
                doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlet.endswith("报") and role.startswith("记者")
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(prefix) + len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            line_start = len(lines[0]) + 1 + len(lines[1]) + 1
            self.byline = (outlet, line_start + len(prefix), is_org,
                           line_start, len(lines[2]))
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM, A
            # TRADITIONAL HONG KONG ARTICLE (annotate_mc.py's big-endian
            # block for a simplified text, mirrored back to the
            # little-endian order of its precedent annotate_lc.py; the
            # region block below checks the Hong Kong characters on the
            # decoded text): exactly one BOM FF FE, the BOM-aware codec
            # reads the same text, the plain little-endian reading keeps
            # U+FEFF in front (one code point that would shift every offset
            # by one), the big-endian reading is another text
            assert bom == BOM16LE and full[:2] == BOM16LE, doc_id
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-le") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-be") or \
                full.decode("utf-16-be") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-be") or \
                raw.decode("utf-16-be") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # in little-endian order (g266: 5 = U+0035, written 35 00, the
            # low byte first; checked above), not its big-endian 00 35
            assert code == ch.encode("utf-16-le") != ch.encode(
                "utf-16-be"), doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character has a NUL byte AFTER it (little-endian;
            # annotate_mc.py's big-endian file had it before): the file
            # reads as binary to a reader that ignores the BOM
            assert all(raw[2 * i] == ord(c) and raw[2 * i + 1] == 0
                       for i, c in enumerate(self.text)
                       if ord(c) < 0x80), doc_id
            # no combining mark (a letter and a mark would count as two
            # code points; annotate_dc.py)
            assert not any(unicodedata.combining(c) for c in self.text)
            # the characters plain Big5 cannot write are exactly the
            # declared ones (asserted here first, as annotate_mb.py's
            # Big5-HKSCS block did)
            assert sorted({c for c in self.text if not enc_ok(c, "big5")}) \
                == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, "outside Big5")
            # the declared characters outside plain Big5 are written as
            # UTF-16 like every other character, with their declared code
            # units at their own places, and their Big5-HKSCS codes stand at
            # no character's place of the file (annotate_mc.py's UTF8_CODE
            # check, here for UTF-16)
            units = [raw[2 * i:2 * i + 2] for i in range(len(self.text))]
            for c in OUTSIDE_BIG5.get(doc_id, {}):
                code16 = UTF16_CODE[c]
                assert c.encode("utf-16-le") == code16, (doc_id, c)
                assert [i for i, u in enumerate(units) if u == code16] == \
                    [i for i, x in enumerate(self.text) if x == c], (doc_id, c)
                assert BIG5_CODE[c] not in units, (doc_id, c)
            # a legacy codec or UTF-8 fails on the file or reads another
            # text, with and without the BOM
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # an opener, where one is declared (annotate_lb.py's 【明報專訊】,
            # annotate_mc.py's 【本報消息】), opens line 3 once; 香港經濟日報
            # prints none on g266: no line of the article opens with 【
            lines = self.text.split("\n")
            assert lines[1] == "", doc_id
            if doc_id in OPENER:
                opener, _ = OPENER[doc_id]
                assert lines[2].startswith(opener), doc_id
                assert self.text.count(opener) == 1, doc_id
                assert opener[0] == "【" and opener[-1] == "】", opener
                self.opener = (len(lines[0]) + 1 + len(lines[1]) + 1,
                               len(opener))
            else:
                assert not any(x.startswith("【") for x in lines), doc_id
        # a traditional article declares its region (annotate_ec.py: an
        # empty HONGKONG would otherwise skip the Hong Kong block and the
        # s2hk round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in HONGKONG
                                    or doc_id in TAIWAN), (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        assert not MACAO, "no Macao article here"
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GB2312.get(
                doc_id, {}) for c in self.text), doc_id  # GB2312 but the
            #                                             declared ones
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_ab.py's block,
            # after annotate_cb.py's and annotate_db.py's; annotate_ab.py
            # applied it to the text of a Big5-HKSCS file, here to the
            # decoded text of a UTF-8 file, as annotate_bb.py did for a
            # UTF-16 one): Big5-HKSCS holds every character; the declared
            # ones alone are outside plain Big5, each inside or outside
            # cp950 as declared
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
                assert not decodes(code, "big5"), c
                assert code.decode("big5hkscs") == c, c
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
            # article; annotate_ab.py's g248 had a character below A1 beside
            # one of the user-defined area; here one of the user-defined
            # area (滙) beside a cp950 one (恒), annotate_bb.py's pair of
            # kinds)
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
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 民航處, 政府統計處 …, stand alone as
            # ORGs; annotate_eb.py's check), and more often than the other
            # region (annotate_bc.py's REGION_NAMES)
            assert sum(self.text.count(w) for w in
                       REGION_NAMES["hongkong"]) >= 2, doc_id
            assert sum(self.text.count(w) for w in
                       REGION_NAMES["hongkong"]) > sum(
                self.text.count(w) for w in REGION_NAMES["macao"]), doc_id
            # every declared character is either confined to ORG rows
            # (IN_ORG: 滙 in 滙豐, by position here and by row in check())
            # or to declared words in no span (OUTSIDE_BIG5_WORD, each word
            # with its count, together holding every occurrence: 鱲 in 赤鱲
            # 角, once)
            in_org = IN_ORG.get(doc_id, {})
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
            self.in_org_span = {c: list(in_org[c]) for c in in_org}
            self.no_span_chars = sorted(in_word)
            # a character declared in S2T_ALLOWED stands only in its
            # declared words, each with its count, together holding every
            # occurrence (annotate_cc.py's 里 in 公里, one word;
            # annotate_bb.py's several words a character, 恒 in 恒基兆業地產
            # and 恒生銀行; here 里 in 嘉里物流聯網, once)
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
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
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
        if any(w in span for w in HOLIDAY_WORDS):   # holidays as tabulated
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

# ===========================================================================
# g265 Cosmetics in November 2026: retail sales (国家统计局 11月16日: 10月,
# 今年前10个月, 前三季度; 双11), the shopping festival (星图数据 昨日: 今年双11,
# 10月10日至11月11日, 去年同期, 上年; 天猫, 京东, 抖音, 快手), live-streaming
# (抖音 双11; 快手), the domestic groups and their brands (杭州's 珀莱雅 上月:
# 今年前三季度, 彩棠 前三季度; 上美股份 and 韩束 双11 on 抖音; 昆明's 贝泰妮 and
# 薇诺娜 三季度 against 去年同期; 济南's 华熙生物 今年前三季度 and 福瑞达 with
# 颐莲, 瑷尔博士; 西安's 巨子生物 and 可复美 上半年, 本月; 广州's 丸美生物 今年前
# 三季度; 逸仙电商 三季度 with 完美日记; 上海家化 with 佰草集, 玉泽 前三季度;
# 长沙's 水羊股份, 哈尔滨's 敷尔佳, 太原's 锦波生物 双11), the foreign groups'
# China arms (巴黎's 欧莱雅集团 10月下旬, 三季度; 欧莱雅中国 双11 on 天猫; 雅诗
# 兰黛集团 9月底; 资生堂中国 上周 in 上海, 明年上半年; 爱茉莉太平洋 with 雪花秀
# 年底), the regulator (国家药品监督管理局 (国家药监局) 昨日: 今年1月至10月,
# 去年; 中国食品药品检定研究院 (中检院): 去年; 同日: 广州, 汕头), the clusters
# (广东省药品监督管理局 9月底: 广州; 湖州 今年; 上海; 义乌, 汕头), research
# spending (中国香料香精化妆品工业协会 上周: 2025年, 今年
# 上半年) and the outlook (四季度; 中信证券 四季度; 国海证券 元旦, 春节, 12月;
# 华创证券 明年, 今年).
# Simplified, GBK with 珺 (AC 42) and 喆 (86 B4) on the byline, 2026-11-20
# (a Friday, ISO week 2026-W47), 第一财经日报.  昨日 2026-11-19; 同日
# 2026-11-19; 11月16日; 双11, 今年双11, 11月11日 2026-11-11; 10月10日; 元旦
# 2027-01-01; 春节 2027-02-06; 上周 2026-W46; 本月 2026-11; 上月, 10月, 10月
# 下旬 2026-10; 9月底 2026-09; 12月 2026-12; 今年1月 2026-01; 三季度
# 2026-Q3; 四季度 2026-Q4; 今年, 今年前10个月, 前三季度, 今年前三季度, 上半年,
# 今年上半年, 年底 2026; 去年同期 (after the festival's range) 2025; 去年同期
# (after 三季度) 2025-Q3; 去年, 上年, 2025年 2025; 明年, 明年上半年 2027.
# ===========================================================================
@doc
def g265():
    d = Doc(G265)
    Y, LY, NY = "2026", "2025", "2027"
    HZ, KM, JN, XA, GZ, CS, HEB, TY, SH, ST, HUZ, YW = (
        "杭州市", "昆明市", "济南市", "西安市", "广州市", "长沙市",
        "哈尔滨市", "太原市", "上海市", "汕头市", "湖州市", "义乌市")
    PAR = "巴黎"
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 双11 yearless, the nearest
    # occurrence; 约9% approx)
    d.date("[[双11]]美妆成交额", "2026-11-11", "")
    d.metric("增长[[约9%]] 国货", 9, "%", "approx", "")
    # byline 第一财经日报记者 许珺 陆喆: the outlet before 记者 at the start of
    # a line is an ORG (GUIDELINES' byline rule); 珺 and 喆 in no span
    d.org("[[第一财经日报]]记者")
    # P1 retail sales (国家统计局; 11月16日 a full day of the reference year;
    # 10月 a bare month; 全国 no city; 亿元 the currency with its magnitude;
    # 今年前10个月 the year, 今年 attached; 较前三季度: several quarters of a
    # year, the year, SPEC, as precedent MC's 比前三季度; 个百分点 the unit
    # 百分点, SPEC; 限额以上 no figure)
    d.org("[[国家统计局]]11月16日")
    d.date("国家统计局[[11月16日]]发布", "2026-11-16", "")
    d.date("显示，[[10月]]全国", "2026-10", "")
    d.metric("零售额[[约486亿元]]", "486e8", "元", "approx", "")
    d.metric("同比增长[[7.8%]]；", "7.8", "%", "exact", "")
    d.date("；[[今年前10个月]]，化妆品", Y, "")
    d.metric("累计[[约3968亿元]]", "3968e8", "元", "approx", "")
    d.metric("同比增长[[4.6%]]，增速", "4.6", "%", "exact", "")
    d.date("较[[前三季度]]加快", Y, "")
    d.metric("加快[[0.4个百分点]]", "0.4", "百分点", "exact", "")
    # P2 the festival (星图数据 a data company before what it publishes; 昨日;
    # 今年双11 one span, 期间 outside; the bracketed range 10月10日至11月11日:
    # two mentions, SPEC 2024年3月至5月; 去年同期 after a range of days of one
    # year: the year, GUIDELINES; 约占六成: 约 before 占 sets approx across the
    # verb, outside the span, GUIDELINES 约占全国的四成; 约为34%: 约 separated
    # by the verb 为, GUIDELINES 约为19%; 上年 with no year stated in its
    # sentence: the reference year's last, GUIDELINES; the platforms as ORGs
    # (天猫 and 京东 before their category, SPEC 京东白条; 抖音 GUIDELINES; 快手
    # beside 抖音 joined by 和, GUIDELINES' organization context))
    d.org("据[[星图数据]]昨日")
    d.date("星图数据[[昨日]]发布", "2026-11-19", "")
    d.date("，[[今年双11]]期间", "2026-11-11", "")
    d.date("（[[10月10日]]至", "2026-10-10", "")
    d.date("至[[11月11日]]）", "2026-11-11", "")
    d.metric("成交额[[约1526亿元]]", "1526e8", "元", "approx", "")
    d.date("较[[去年同期]]增长约9.1%", LY, "")
    d.metric("增长[[约9.1%]]。", "9.1", "%", "approx", "")
    d.metric("约占[[六成]]", 60, "%", "approx", "", sep="约")
    d.metric("占比约为[[34%]]", 34, "%", "approx", "", sep="约")
    d.date("较[[上年]]提高", LY, "")
    d.metric("提高[[约3个百分点]]", 3, "百分点", "approx", "")
    d.org("，[[天猫]]美妆成交额同比")
    d.metric("同比增长[[约5%]]，京东", 5, "%", "approx", "")
    d.org("，[[京东]]美妆增长")
    d.metric("美妆增长[[约11%]]；", 11, "%", "approx", "")
    d.org("；[[抖音]]和快手")
    d.org("抖音和[[快手]]的")
    d.metric("分别增长[[约18%]]和", 18, "%", "approx", "")
    d.metric("和[[约6%]]。", 6, "%", "approx", "")
    # P3 live-streaming (抖音 before 平台数据; 双11 yearless; 超过 over, inside
    # the span, SPEC; 共27个 exact; 超过四成 40 %, over; 快手 before 表示,
    # GUIDELINES; 约5.6小时 a statistic measured in time after 平均, SPEC
    # 平均停留2.5天; 一半以上 50 %, over, GUIDELINES 一半)
    d.org("。[[抖音]]平台数据")
    d.date("显示，[[双11]]期间美妆", "2026-11-11", "")
    d.metric("成交额[[超过1亿元]]的", "1e8", "元", "over", "")
    d.metric("直播间共[[27个]]", 27, "个", "exact", "")
    d.metric("占比[[超过四成]]", 40, "%", "over", "")
    d.org("；[[快手]]表示")
    d.metric("同比增长[[约22%]]，单场", 22, "%", "approx", "")
    d.metric("时长[[约5.6小时]]", "5.6", "小时", "approx", "")
    d.metric("预算的[[一半以上]]", 50, "%", "over", "")
    # P4 the leaders (总部位于杭州的珀莱雅: the city a CITY of its own; 上月 with
    # no comparison word; 公司 read back; 毛利率为71.2%: 为 a value word,
    # exact; 旗下彩棠: a brand acting as its company, SPEC (precedent MC's
    # 斐乐); 前三季度 after the name it is about, GUIDELINES; 上美股份旗下韩束:
    # two ORGs; 突破 over, inside, SPEC; 第一 an ordinal after 位列, no figure)
    d.city("位于[[杭州]]的珀莱雅")
    d.org("的[[珀莱雅]]上月")
    d.date("珀莱雅[[上月]]披露", "2026-10", HZ)
    d.date("公司[[今年前三季度]]营业收入", Y, HZ)
    d.metric("营业收入[[约81.6亿元]]", "81.6e8", "元", "approx", HZ)
    d.metric("同比增长[[6.3%]]，毛利率", "6.3", "%", "exact", HZ)
    d.metric("毛利率为[[71.2%]]", "71.2", "%", "exact", HZ)
    d.metric("研发费用[[约1.93亿元]]", "1.93e8", "元", "approx", HZ)
    d.metric("同比增长[[约15%]]；旗下", 15, "%", "approx", HZ)
    d.org("旗下[[彩棠]]前三季度")
    d.date("彩棠[[前三季度]]营收", Y, "")
    d.metric("营收增长[[约26%]]。", 26, "%", "approx", "")
    d.org("。[[上美股份]]旗下")
    d.org("旗下[[韩束]]双11")
    d.date("韩束[[双11]]期间", "2026-11-11", "")
    d.org("在[[抖音]]的成交额")
    d.metric("成交额[[突破12亿元]]", "12e8", "元", "over", "")
    # P5 the south-west and the north (在昆明: the city; 贝泰妮旗下薇诺娜: two
    # ORGs; 三季度 a bare quarter; 去年同期 after 三季度: that quarter a year
    # earlier, SPEC; 华熙生物和福瑞达均来自济南: two ORGs and the city; 今年前三
    # 季度 after the name it is about; 福瑞达旗下颐莲和瑷尔博士: three ORGs; 超过
    # over; 西安的巨子生物旗下可复美: the city, the company and its brand acting
    # as one (it keeps growing); 公司 read back; 上半年 the year, SPEC; 本月 the
    # reference month; 件 the measure word)
    d.city("在[[昆明]]，贝泰妮")
    d.org("，[[贝泰妮]]旗下")
    d.org("旗下[[薇诺娜]]三季度")
    d.date("薇诺娜[[三季度]]营收", "2026-Q3", KM)
    d.metric("营收[[约9.8亿元]]", "9.8e8", "元", "approx", KM)
    d.date("较[[去年同期]]下降约4%", "2025-Q3", KM)
    d.metric("下降[[约4%]]，公司", 4, "%", "approx", KM)
    d.org("。[[华熙生物]]和福瑞达")
    d.org("华熙生物和[[福瑞达]]均来自")
    d.city("来自[[济南]]：")
    d.org("：[[华熙生物]]今年")
    d.date("华熙生物[[今年前三季度]]研发", Y, JN)
    d.metric("研发投入[[约3.1亿元]]", "3.1e8", "元", "approx", JN)
    d.metric("研发费用率[[约8.9%]]；", "8.9", "%", "approx", JN)
    d.org("；[[福瑞达]]旗下")
    d.org("旗下[[颐莲]]和")
    d.org("颐莲和[[瑷尔博士]]的")
    d.metric("增长[[超过20%]]。", 20, "%", "over", "")
    d.city("。[[西安]]的巨子生物")
    d.org("的[[巨子生物]]旗下")
    d.org("旗下[[可复美]]保持")
    d.date("公司[[上半年]]毛利率", Y, XA)
    d.metric("毛利率[[约82%]]", 82, "%", "approx", XA)
    d.date("，[[本月]]又有", "2026-11", XA)
    d.metric("又有[[3件]]重组", 3, "件", "exact", XA)
    # P6 the south and the east (在广州: the city; 丸美生物 the listed name
    # since its renaming; 逸仙电商 and its 完美日记 (旗下 between); 上海家化: a
    # company with its city inside, no CITY, SPEC; 佰草集和玉泽: its brands,
    # 前三季度 after the names; 长沙的水羊股份、哈尔滨的敷尔佳和太原的锦波生物:
    # three cities and three companies; 40%以上 over, 以上 inside, SPEC)
    d.city("在[[广州]]，丸美")
    d.org("，[[丸美生物]]今年")
    d.date("丸美生物[[今年前三季度]]营收", Y, GZ)
    d.metric("营收[[约24.5亿元]]", "24.5e8", "元", "approx", GZ)
    d.metric("同比增长[[约19%]]；逸仙", 19, "%", "approx", GZ)
    d.org("；[[逸仙电商]]三季度")
    d.date("逸仙电商[[三季度]]净收入", "2026-Q3", "")
    d.metric("净收入[[约11.2亿元]]", "11.2e8", "元", "approx", "")
    d.org("旗下[[完美日记]]的")
    d.metric("回升至[[约31%]]。", 31, "%", "approx", "")
    d.org("。[[上海家化]]则")
    d.org("，[[佰草集]]和玉泽")
    d.org("佰草集和[[玉泽]]前三季度")
    d.date("玉泽[[前三季度]]营收", Y, "")
    d.metric("合计[[约18.4亿元]]", "18.4e8", "元", "approx", "")
    d.metric("同比下降[[约8%]]。长沙", 8, "%", "approx", "")
    d.city("。[[长沙]]的水羊")
    d.org("的[[水羊股份]]、")
    d.city("、[[哈尔滨]]的敷尔佳")
    d.org("的[[敷尔佳]]和")
    d.city("和[[太原]]的锦波")
    d.org("的[[锦波生物]]也在")
    d.date("也在[[双11]]期间加大", "2026-11-11", TY)
    d.metric("普遍在[[40%以上]]", 40, "%", "over", TY)
    # P7 the foreign groups (总部位于巴黎的欧莱雅集团: the foreign city by its
    # common name, SPEC; 10月下旬 a part of a month, the month, SPEC; 三季度;
    # 欧莱雅中国: X中国 after a listed company names its arm, GUIDELINES 毕马威
    # 中国, one ORG; 在天猫: the platform; 雅诗兰黛集团; 截至 outside, 9月底 the
    # month; 财季 no DATE; 资生堂中国 上周 (W46) in 上海; 明年上半年 the year;
    # 爱茉莉太平洋旗下雪花秀: two ORGs; 年底 the year, 在 and 前 outside)
    d.city("位于[[巴黎]]的欧莱雅")
    d.org("的[[欧莱雅集团]]10月下旬")
    d.date("欧莱雅集团[[10月下旬]]公布", "2026-10", PAR)
    d.date("公布，[[三季度]]北亚区", "2026-Q3", PAR)
    d.metric("同比增长[[约2%]]；欧莱雅", 2, "%", "approx", PAR)
    d.org("；[[欧莱雅中国]]方面")
    d.date("表示，[[双11]]期间旗下", "2026-11-11", "")
    d.org("在[[天猫]]的成交额重回")
    d.org("。[[雅诗兰黛集团]]则称")
    d.date("截至[[9月底]]的财季", "2026-09", "")
    d.metric("同比下降[[约6%]]。资生堂", 6, "%", "approx", "")
    d.org("。[[资生堂中国]]上周")
    d.date("资生堂中国[[上周]]宣布", "2026-W46", SH)
    d.city("在[[上海]]新设")
    d.date("计划[[明年上半年]]投入", NY, SH)
    d.org("；[[爱茉莉太平洋]]旗下")
    d.org("旗下[[雪花秀]]则计划")
    d.date("计划在[[年底]]前关闭", Y, "")
    d.metric("关闭[[约30家]]线下", 30, "家", "approx", "")
    # P8 the regulator (国家药品监督管理局（以下简称“国家药监局”）: two ORGs, the
    # short form of the name's characters in order, quotes outside,
    # GUIDELINES; 昨日; 今年1月至10月: a range, two mentions, SPEC; 件, 个 the
    # measure words; 不到 under, inside the span, SPEC; 去年全年为109个: 去年 a DATE, 全年 outside (GUIDELINES), 为
    # a value word; 中国食品药品检定研究院（中检院）: two ORGs; 由去年的约90天
    # 缩短至约58天: statistics measured in time after 平均 and 缩短, SPEC,
    # GUIDELINES; 同日 the latest day-precision date before it, 昨日,
    # GUIDELINES; 批次 a count unit, GUIDELINES; 广州、汕头等地: a list sharing
    # one head, SPEC)
    d.org("。[[国家药品监督管理局]]（")
    d.org("简称“[[国家药监局]]”）")
    d.date("”）[[昨日]]通报", "2026-11-19", "")
    d.date("通报，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]共批准", "2026-10", "")
    d.metric("注册[[约5280件]]", 5280, "件", "approx", "")
    d.metric("同比增长[[约12%]]；新增", 12, "%", "approx", "")
    d.metric("备案[[约61.3万件]]", "61.3e4", "件", "approx", "")
    d.metric("同比下降[[不到3%]]；化妆品", 3, "%", "under", "")
    d.metric("新原料备案[[148个]]", 148, "个", "exact", "")
    d.date("，[[去年]]全年为", LY, "")
    d.metric("全年为[[109个]]。", 109, "个", "exact", "")
    d.org("。[[中国食品药品检定研究院]]（")
    d.org("（[[中检院]]）相关")
    d.date("已由[[去年]]的约90天", LY, "")
    d.metric("去年的[[约90天]]", 90, "天", "approx", "")
    d.metric("缩短至[[约58天]]。", 58, "天", "approx", "")
    d.date("。[[同日]]，国家药监局", "2026-11-19", GZ)
    d.org("同日，[[国家药监局]]还通报")
    d.metric("通报了[[11批次]]不合格", 11, "批次", "exact", GZ)
    d.city("涉及[[广州]]、汕头")
    d.city("、[[汕头]]等地")
    d.metric("等地的[[14家]]企业", 14, "家", "exact", ST)
    # P9 the clusters (广东省药品监督管理局 a provincial agency, its province
    # inside; 截至 outside; 广东 a province, no CITY; 约占全国的56%: 约 before
    # 占 sets approx across the whole of the share, GUIDELINES; 其中广州: the
    # city; 白云美湾 and 东方美谷 the parks' names (白云 a district; 东方 a
    # short form that counts only with 市 or its province, GUIDELINES); 湖州的
    # “中国美妆小镇”: the city; 今年 before 以来, outside; 超过, 突破 over; 义乌
    # a county-level city of 金华; 约7天 after 平均 and 缩短至)
    d.org("。[[广东省药品监督管理局]]数据")
    d.date("截至[[9月底]]，广东", "2026-09", GZ)
    d.metric("生产企业[[约3150家]]", 3150, "家", "approx", GZ)
    d.metric("全国的[[56%]]", 56, "%", "approx", GZ, sep="约")
    d.city("其中[[广州]]约1980家")
    d.metric("广州[[约1980家]]", 1980, "家", "approx", GZ)
    d.city("。[[湖州]]的“中国")
    d.date("小镇”[[今年]]以来", Y, HUZ)
    d.metric("签约项目[[27个]]", 27, "个", "exact", HUZ)
    d.metric("总投资[[约96亿元]]", "96e8", "元", "approx", HUZ)
    d.city("；[[上海]]的“东方")
    d.metric("企业[[超过400家]]", 400, "家", "over", SH)
    d.metric("有望[[突破800亿元]]", "800e8", "元", "over", SH)
    d.city("在[[义乌]]和汕头")
    d.city("义乌和[[汕头]]，")
    d.metric("缩短至[[约7天]]。", 7, "天", "approx", ST)
    # P10 research spending (中国香料香精化妆品工业协会 an association with a
    # proper name; 上周; 2025年 a year; 今年上半年 one span, the year; 协会
    # read back; 三分之一左右: a fraction is a percentage, SPEC, 左右 inside)
    d.org("。[[中国香料香精化妆品工业协会]]上周")
    d.date("工业协会[[上周]]发布", "2026-W46", "")
    d.date("显示，[[2025年]]国内", "2025", "")
    d.metric("合计[[约46亿元]]", "46e8", "元", "approx", "")
    d.metric("研发费用率[[约3.2%]]；", "3.2", "%", "approx", "")
    d.date("；[[今年上半年]]该比例", Y, "")
    d.metric("升至[[约3.6%]]。", "3.6", "%", "approx", "")
    d.metric("公司的[[三分之一左右]]", "33.3333333333", "%", "approx", "")
    # P11 the outlook (四季度 a bare quarter; 中信证券, 国海证券, 华创证券 before
    # what they forecast; 5%至6%: a range, two mentions, each its own %; 元旦
    # and 春节 yearless, the coming ones, 前 outside; 12月 in a sentence whose
    # period is a yearless holiday: the year nearest the holiday, GUIDELINES;
    # 两成以上 20 %, over; 一位 an indefinite, GUIDELINES; 明年; 从今年的约57%
    # 提升至60%左右)
    d.date("展望[[四季度]]，", "2026-Q4", "")
    d.org("。[[中信证券]]在")
    d.date("预计，[[四季度]]化妆品", "2026-Q4", "")
    d.metric("同比增长[[5%]]至6%", 5, "%", "exact", "")
    d.metric("5%至[[6%]]；", 6, "%", "exact", "")
    d.org("；[[国海证券]]则提示")
    d.date("，[[元旦]]和春节", "2027-01-01", "")
    d.date("元旦和[[春节]]前", "2027-02-06", "")
    d.date("，[[12月]]线上", "2026-12", "")
    d.metric("环比增长[[两成以上]]。", 20, "%", "over", "")
    d.org("。[[华创证券]]一位")
    d.date("表示，[[明年]]国货", NY, "")
    d.date("从[[今年]]的约57%", Y, "")
    d.metric("今年的[[约57%]]", 57, "%", "approx", "")
    d.metric("提升至[[60%左右]]", 60, "%", "approx", "")
    audit = {
        "orgs": ["第一财经日报", "国家统计局", "星图数据", "天猫", "京东",
                 "抖音", "快手", "珀莱雅", "彩棠", "上美股份", "韩束",
                 "贝泰妮", "薇诺娜", "华熙生物", "福瑞达", "颐莲", "瑷尔博士",
                 "巨子生物", "可复美", "丸美生物", "逸仙电商", "完美日记",
                 "上海家化", "佰草集", "玉泽", "水羊股份", "敷尔佳",
                 "锦波生物", "欧莱雅集团", "欧莱雅中国", "雅诗兰黛集团",
                 "资生堂中国", "爱茉莉太平洋", "雪花秀", "国家药品监督管理局",
                 "国家药监局", "中国食品药品检定研究院", "中检院",
                 "广东省药品监督管理局",
                 "中国香料香精化妆品工业协会", "中信证券", "国海证券",
                 "华创证券"],
        "cities": ["杭州", "昆明", "济南", "西安", "广州", "长沙", "哈尔滨",
                   "太原", "巴黎", "上海", "汕头", "湖州", "义乌", "东方",
                   "白云", "广东", "中国", "全国", "在华", "北亚",
                   # absent cities, as guards (none written)
                   "北京", "深圳", "成都", "苏州", "宁波", "天津", "重庆",
                   "武汉", "东京", "首尔", "纽约", "金华"],
        "excluded": [
            # 东方 (a short form that counts only with 市 or its province,
            # GUIDELINES) and 白云 (a district) in the parks' names, 广东 (a
            # province), 中国 outside ORG rows (a country, x2), 全国 (x2), 在华
            # and 北亚 (the country, a region): not CITY, SPEC
            "“[[东方]]美谷”", "“[[白云]]美湾”", "，[[广东]]持证",
            "“[[中国]]美妆小镇”", "财季[[中国]]大陆", "10月[[全国]]限额",
            "约占[[全国]]的56%", "外资集团的[[在华]]业务", "三季度[[北亚]]区",
        ],
        "numbers_excluded": [],
        # 第一 (an ordinal after 位列, GUIDELINES) and 一位 (an indefinite
        # before a measure word, GUIDELINES)
        "cn_excluded": ["美妆品牌第[[一]]", "华创证券[[一]]位"],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 财季 (a fiscal quarter
        # named by no number), 说明 (明 of a verb), 全年 (outside after 去年,
        # GUIDELINES)
        "words_excluded": {"财季": 1, "说明": 1, "全年": 1, "同期": 0,
                           "年产": 0, "周期": 0, "明显": 0, "当年": 0,
                           "日化": 0, "明星": 0, "年轻": 0, "季节": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside; precedent MA's addition)
        "orgwords_excluded": {"集团": 1, "公司": 5, "协会": 1, "股份": 0,
                              "生物": 0, "证券": 0, "电商": 2, "数据": 4,
                              "管理局": 0, "研究院": 0, "统计局": 0,
                              "总署": 0, "日报": 0, "中国": 2,
                              "第一财经": 0, "统计": 0, "星图": 0,
                              "珀莱": 0, "上美股": 0, "泰妮": 0, "诺娜": 0,
                              "华熙": 0, "瑞达": 0, "尔博士": 0, "巨子": 0,
                              "复美": 0, "丸美": 0, "逸仙": 0, "日记": 0,
                              "家化": 0, "草集": 0, "水羊": 0, "尔佳": 0,
                              "锦波": 0, "欧莱雅": 0, "雅诗兰黛": 0,
                              "资生堂": 0, "爱茉莉": 0, "太平洋": 0,
                              "雪花": 0, "药品监督": 0, "药监": 0,
                              "食品药品": 0, "检定": 0, "中检": 0,
                              "香料香精": 0, "中信": 0,
                              "国海": 0, "华创": 0, "天猫": 0, "京东": 0,
                              "抖音": 0, "快手": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g266 Hong Kong telecoms, November 2026: the regulator's figures (通訊事務
# 管理局辦公室 (通訊辦) 昨日: 9月底 against 去年同期, 香港; 今年首三季), the
# operators and their parent groups (電訊盈科 with 香港電訊 (HKT) 上周五: 今年首
# 10個月; 長江和記實業 with 和記電訊香港 第三季; 數碼通 (SmarTone) of 新鴻基地產
# (新地); 中國移動 with 中國移動香港 and 香港寬頻 去年, 明年), the enterprise
# market (香港電訊 with 香港科技園公司 今年首三季; 中國移動香港), roaming to
# mainland cities (香港電訊 國慶: 深圳, 廣州, 珠海; 中國移動香港 上月 against 9月:
# 深圳; 數碼通 今年首10個月: 東莞, 佛山, 中山, 上海, 北京), prepaid cards (和記電訊
# 香港 上月; 數碼通 2019年同期), plan prices (上月 against 去年同期; 數碼通 下月1日;
# 消費者委員會 (消委會) 今年首三季), the spectrum auction (通訊事務管理局 (通訊局)
# 上月; 商務及經濟發展局 今日（24日）, 立法會, 明年首季), base stations (通訊辦
# 10月底, 年初; 港鐵; 機場管理局 年底; 數字政策辦公室 今年首三季), broadband
# (香港寬頻 上月, 中國移動香港; 香港電訊 明年第二季), the analysts
# (滙豐環球研究 上周, 明年; 入境事務處 今年首10個月; 交銀國際; 摩根士丹利 明年)
# and the outlook (年底; 香港通訊業聯會: 聖誕, 農曆新年, 12月 against 上月, 今年;
# 東京, 首爾, 曼谷).
# Traditional as Hong Kong writes it (按年, 首三季, 第三季, 明年首季, 首10個月,
# 上周, 上周五, 佔, 公布, 用戶, 本港, 滙豐, 衞星, 屋邨, 元 for Hong Kong
# dollars), UTF-16 LE with a BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 香港經濟日報.  昨日 2026-11-23; 今日, 24日 2026-11-24; 上周五 2026-11-20;
# 上周 2026-W47; 國慶 2026-10-01; 聖誕 2026-12-25; 下月1日 2026-12-01; 上月,
# 10月底 2026-10; 上月 after 12月 2026-11; 9月, 9月底 2026-09; 12月 2026-12;
# 第三季 2026-Q3; 首三季, 今年首三季, 今年首10個月, 年初, 年底, 今年 2026;
# 去年同期 (after 9月底) 2025-09; 去年同期 (after 上月) 2025-10; 去年 2025;
# 2019年同期 2019; 明年 2027; 明年首季 2027-Q1; 明年第二季 2027-Q2; 農曆新年
# 2027-02-06.
# ===========================================================================
@doc
def g266():
    d = Doc(G266)
    Y, LY, NY = "2026", "2025", "2027"
    HK, SZ, GZ, ZH, DG, ZS, BJ = ("香港", "深圳市", "广州市", "珠海市",
                                  "东莞市", "中山市", "北京市")
    BKK = "曼谷"
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 5G a technology's name, no
    # figure; 突破820萬: over, inside the span, SPEC; no unit after the
    # magnitude: unit empty, SPEC 近900万; 首三季 after 收入, the noun it is
    # about: Hong Kong's first three quarters, the year, GUIDELINES; 約35%)
    d.metric("用戶[[突破820萬]] 電訊商", "820e4", "", "over", "")
    d.date("收入[[首三季]]增", Y, "")
    d.metric("增[[約35%]]\n", 35, "%", "approx", "")
    # P1 the regulator (通訊事務管理局辦公室（通訊辦）: a Hong Kong body standing
    # alone in a Hong Kong text, GUIDELINES, and its bracketed short form of
    # the name's characters in order; 昨日; 截至 outside, 9月底 the month;
    # 香港流動服務: the city as a modifier, SPEC 杭州特色; 個 the measure word;
    # 去年同期 after 9月底: that month a year earlier, SPEC; 個百分點 the unit
    # 百分点; the sentence after 。 holds no city; 今年首三季 the year; 本港
    # deictic; PB and Mbps units as written, GUIDELINES; 約四成 approx; 4G a
    # technology's name; 約5倍)
    d.org("[[通訊事務管理局辦公室]]（")
    d.org("（[[通訊辦]]）昨日")
    d.date("）[[昨日]]公布", "2026-11-23", HK)
    d.date("截至[[9月底]]，香港", "2026-09", HK)
    d.city("，[[香港]]流動服務")
    d.metric("用戶[[約3,080萬個]]", "3080e4", "个", "approx", HK)
    d.metric("5G用戶[[突破820萬]]，", "820e4", "", "over", HK)
    d.metric("按年增加[[約14%]]，5G", 14, "%", "approx", HK)
    d.metric("升至[[約58%]]", 58, "%", "approx", HK)
    d.date("較[[去年同期]]上升", "2025-09", HK)
    d.metric("上升[[6個百分點]]", 6, "百分点", "exact", HK)
    d.metric("營辦商的用戶[[約190萬個]]", "190e4", "个", "approx", "")
    d.metric("按年增加[[約8%]]。通訊辦", 8, "%", "approx", "")
    d.org("。[[通訊辦]]又指")
    d.date("又指，[[今年首三季]]本港", Y, "")
    d.metric("總用量[[約1,260PB]]", 1260, "PB", "approx", "")
    d.metric("按年增長[[約19%]]，當中", 19, "%", "approx", "")
    d.metric("當中[[約四成]]來自", 40, "%", "approx", "")
    d.metric("下載速度[[約480Mbps]]", 480, "Mbps", "approx", "")
    d.metric("網絡的[[約5倍]]", 5, "倍", "approx", "")
    # P2 the operators (電訊盈科旗下香港電訊（HKT）: two ORGs and the name's
    # Latin form in brackets, an ORG too, GUIDELINES; 上周五 W47's Friday;
    # 今年首10個月 the year; 名 the measure word; 長江和記實業旗下和記電訊香港:
    # two ORGs; 第三季 Hong Kong's quarter without 度, GUIDELINES; 元 Hong
    # Kong dollars as written; ARPU an indicator's Latin name, no ORG; 為 a
    # value word)
    d.org("。[[電訊盈科]]旗下")
    d.org("旗下[[香港電訊]]（HKT）")
    d.org("（[[HKT]]）上周五")
    d.date("）[[上周五]]表示", "2026-11-20", "")
    d.date("表示，[[今年首10個月]]新增", Y, "")
    d.metric("後繳客戶[[約21萬名]]", "21e4", "名", "approx", "")
    d.metric("升至[[約66%]]；", 66, "%", "approx", "")
    d.org("；[[長江和記實業]]旗下")
    d.org("旗下[[和記電訊香港]]則指")
    d.date("則指，[[第三季]]漫遊", "2026-Q3", "")
    d.metric("漫遊收入[[約2.3億元]]", "2.3e8", "元", "approx", "")
    d.metric("按年上升[[約28%]]，每名", 28, "%", "approx", "")
    d.metric("（ARPU）為[[172元]]", 172, "元", "exact", "")
    # P3 the other groups (數碼通（SmarTone）母公司新鴻基地產（新地）: two ORGs,
    # each with its bracketed form (a Latin name; a short form of the name's
    # characters in order), GUIDELINES; 七成 70 %, SPEC 九成; 中國移動旗下中國
    # 移動香港: two ORGs; 去年 the reference year's last; 香港寬頻; 集團 read
    # back; 本港 deictic; 明年)
    d.org("[[數碼通]]（SmarTone）")
    d.org("（[[SmarTone]]）母公司")
    d.org("母公司[[新鴻基地產]]（")
    d.org("（[[新地]]）亦在")
    d.org("披露，[[數碼通]]流動服務")
    d.metric("按年增長[[約3%]]，漫遊", 3, "%", "approx", "")
    d.metric("達到[[七成]]。", 70, "%", "exact", "")
    d.org("。[[中國移動]]旗下")
    d.org("旗下[[中國移動香港]]則表示")
    d.date("，[[去年]]入主", LY, "")
    d.org("入主[[香港寬頻]]後")
    d.metric("合共服務[[約720萬名]]", "720e4", "名", "approx", "")
    d.date("，[[明年]]將投放", NY, "")
    d.metric("投放[[約45億元]]", "45e8", "元", "approx", "")
    # P4 the enterprise market (香港科技園公司 a Hong Kong body with its place
    # inside; 科學園 a place, no city; 座 the measure word, GUIDELINES; 北部都會
    # 區 a district; 每月 recurring, no DATE)
    d.org("。[[香港電訊]]表示，與")
    d.org("與[[香港科技園公司]]合作")
    d.metric("科學園[[約20座]]大樓", 20, "座", "approx", "")
    d.date("，[[今年首三季]]企業方案", Y, "")
    d.metric("按年增長[[約9%]]；中國", 9, "%", "approx", "")
    d.org("；[[中國移動香港]]則在北部")
    d.metric("為[[約35個]]建築工地", 35, "个", "approx", "")
    d.metric("平均收費[[約1.8萬元]]", "1.8e4", "元", "approx", "")
    # P5 roaming (國慶 in a Hong Kong text: the PRC's National Day, 10-01,
    # yearless, the nearest; 黃金周 and 期間 outside; 深圳、廣州及珠海: a list of
    # three CITYs; the rule as written gives the list's last to the figure
    # after it and the first after it to the holiday; 上月 with no comparison
    # word; 「一卡兩號」 a service's name, no figure; 較9月 a bare month; 主要在
    # 深圳使用: the city; 東莞、佛山及中山: a list of three CITYs (中山 confirmed
    # by the list); 人次 a unit, SPEC; 逾兩成 20 %, over; 上海及北京)
    d.org("。[[香港電訊]]指，國慶")
    d.date("，[[國慶]]黃金周", "2026-10-01", SZ)
    d.city("在[[深圳]]、廣州")
    d.city("、[[廣州]]及珠海")
    d.city("及[[珠海]]的漫遊")
    d.metric("按年增加[[約42%]]；", 42, "%", "approx", ZH)
    d.org("；[[中國移動香港]]上月的")
    d.date("中國移動香港[[上月]]的", "2026-10", SZ)
    d.metric("新登記用戶[[約9.6萬個]]", "9.6e4", "个", "approx", SZ)
    d.date("較[[9月]]增加", "2026-09", SZ)
    d.metric("增加[[約17%]]，其中", 17, "%", "approx", SZ)
    d.metric("其中[[約46%]]的用戶", 46, "%", "approx", SZ)
    d.city("主要在[[深圳]]使用")
    d.org("。[[數碼通]]則表示")
    d.date("則表示，[[今年首10個月]]前往", Y, DG)
    d.city("前往[[東莞]]、佛山")
    d.city("、[[佛山]]及中山")
    d.city("及[[中山]]的漫遊")
    d.metric("漫遊客戶[[約310萬人次]]", "310e4", "人次", "approx", ZS)
    d.metric("上升[[逾兩成]]，", 20, "%", "over", ZS)
    d.city("前往[[上海]]及北京")
    d.city("及[[北京]]的商務")
    d.metric("亦增加[[約12%]]。", 12, "%", "approx", BJ)
    # P6 prepaid cards (和記電訊香港 once more; 上月; 張 the measure word; 逾七
    # 成 70 %, over; 廣東 a province; 中環、尖沙咀及銅鑼灣 districts, no city;
    # 2019年同期: 同期 written after a year is part of the span and gives the
    # year, GUIDELINES; 約九成 90 %, approx)
    d.org("。[[和記電訊香港]]指")
    d.date("指，[[上月]]售出", "2026-10", "")
    d.metric("預付卡[[約38萬張]]", "38e4", "张", "approx", "")
    d.metric("按年增加[[約16%]]，當中", 16, "%", "approx", "")
    d.metric("當中[[逾七成]]買家", 70, "%", "over", "")
    d.org("；[[數碼通]]亦稱")
    d.date("回升至[[2019年同期]]的", "2019", "")
    d.metric("同期的[[約九成]]", 90, "%", "approx", "")
    # P7 plan prices (多家 vague; 上月; 月費 no DATE; 為 a value word, 98元
    # exact; 去年同期 after 上月: that month a year earlier, SPEC; 約一成 10 %;
    # 8折 80 %, GUIDELINES; 24個月 a contract's length, a duration, no
    # METRIC, SPEC; 數碼通 下月1日 one span (the month after the reference
    # month, its first day); 由168元減至138元: two figures; 消費者委員會（消委
    # 會）: a Hong Kong body standing alone and its short form, two ORGs; 宗
    # the measure word; 不足一成 10 %, under, inside the span, SPEC; 約三分之一
    # a fraction, a percentage, SPEC; 65歲以上: an age, unit 岁, over, SPEC
    # 60岁以上)
    d.date("營辦商[[上月]]調整", "2026-10", "")
    d.metric("月費為[[98元]]，", 98, "元", "exact", "")
    d.date("較[[去年同期]]下調", "2025-10", "")
    d.metric("下調[[約一成]]；", 10, "%", "approx", "")
    d.metric("提供[[8折]]優惠", 80, "%", "exact", "")
    d.org("。[[數碼通]]另宣布")
    d.date("宣布，[[下月1日]]起", "2026-12-01", "")
    d.metric("由[[168元]]減至", 168, "元", "exact", "")
    d.metric("減至[[138元]]。", 138, "元", "exact", "")
    d.org("。[[消費者委員會]]（")
    d.org("（[[消委會]]）資料")
    d.date("顯示，[[今年首三季]]接獲", Y, "")
    d.metric("投訴[[約4,150宗]]", 4150, "宗", "approx", "")
    d.metric("按年減少[[不足一成]]，其中", 10, "%", "under", "")
    d.metric("個案佔[[約三分之一]]", "33.3333333333", "%", "approx", "")
    d.metric("當中[[65歲以上]]長者", 65, "岁", "over", "")
    d.metric("長者佔[[約15%]]。", 15, "%", "approx", "")
    # P8 spectrum (通訊事務管理局（通訊局）: the body and its short form, the
    # characters in the name's order; 上月; 新一輪 no figure; 三家 a count of
    # operators, 家 the measure word; 兆赫 a unit, GUIDELINES (兆 before 赫 no
    # magnitude); 商務及經濟發展局 a Hong Kong body standing alone, two fields
    # joined by 及, one ORG, GUIDELINES; 今日（24日）: the bracketed gloss its
    # own mention, SPEC 今日(15日), both the reference day; 立法會 a Hong Kong
    # body; 明年首季 Hong Kong's first quarter of the coming year)
    d.org("，[[通訊事務管理局]]（通訊局）")
    d.org("（[[通訊局]]）上月")
    d.date("通訊局）[[上月]]完成", "2026-10", "")
    d.metric("拍賣，[[三家]]營辦商", 3, "家", "exact", "")
    d.metric("投得[[約200兆赫]]", 200, "兆赫", "approx", "")
    d.metric("成交總額[[約19.6億元]]", "19.6e8", "元", "approx", "")
    d.metric("高出[[約27%]]。", 27, "%", "approx", "")
    d.org("。[[商務及經濟發展局]]今日")
    d.date("發展局[[今日]]（24日）", "2026-11-24", "")
    d.date("今日（[[24日]]）", "2026-11-24", "")
    d.org("向[[立法會]]提交")
    d.date("在[[明年首季]]再推出", "2027-Q1", "")
    d.metric("再推出[[約300兆赫]]", 300, "兆赫", "approx", "")
    # P9 coverage (通訊辦; 截至 outside; 10月底 the month; 全港 deictic; 年初
    # the year, SPEC; 港鐵 a named transit operator, SPEC; 已達 a value word,
    # 99% exact; 機場管理局 a Hong Kong body; 年底 the year, 在 and 前 outside;
    # 數字政策辦公室 the HKSAR's digital policy office; 逾 over; 屋邨 no place
    # name; 當局 read back)
    d.org("，[[通訊辦]]數據顯示")
    d.date("截至[[10月底]]全港", "2026-10", "")
    d.metric("5G基站[[約4.3萬個]]", "4.3e4", "个", "approx", "")
    d.date("較[[年初]]增加", Y, "")
    d.metric("增加[[約3,600個]]；", 3600, "个", "approx", "")
    d.org("；[[港鐵]]表示")
    d.metric("已達[[99%]]，", 99, "%", "exact", "")
    d.org("，[[機場管理局]]則計劃")
    d.date("計劃在[[年底]]前於", Y, "")
    d.metric("增設[[約800個]]室內", 800, "个", "approx", "")
    d.org("。[[數字政策辦公室]]指")
    d.metric("指，[[逾1,800個]]政府", 1800, "个", "over", "")
    d.metric("當中[[約260個]]位於", 260, "个", "approx", "")
    d.date("；[[今年首三季]]當局", Y, "")
    d.metric("批出[[約1,150宗]]", 1150, "宗", "approx", "")
    # P10 broadband (香港寬頻 上月起: 起 outside; 2,000元以上 over, 以上 inside;
    # 中國移動香港; 香港電訊 (its broadband brand is not named: see NOTES);
    # 近九成 90 %, approx; 明年第二季 Hong Kong's quarter without 度; 衞星 no
    # ORG; 初期 and 月費 no DATE; 約為28元: 約 separated by the verb 為,
    # GUIDELINES 约为19%)
    d.org("。[[香港寬頻]]上月起")
    d.date("香港寬頻[[上月]]起", "2026-10", "")
    d.metric("把[[2,000元以上]]的企業", 2000, "元", "over", "")
    d.org("併入[[中國移動香港]]的銷售")
    d.org("；[[香港電訊]]則稱")
    d.metric("客戶[[近九成]]，", 90, "%", "approx", "")
    d.date("預告[[明年第二季]]將推出", "2027-Q2", "")
    d.metric("月費約為[[28元]]。", 28, "元", "approx", "", sep="約")
    # P11 the analysts (滙豐環球研究 the bank's research arm, 滙 declared; 上周
    # W47; 香港電訊 inside no city; 明年; 兩成以上 20 %, over; 入境事務處 a Hong
    # Kong body; 今年首10個月; 訪港 no city (港 alone); 交銀國際 (X國際 after a
    # listed company or bank, GUIDELINES 招银国际); 摩根士丹利 before a verb;
    # 明年)
    d.org("。[[滙豐環球研究]]上周")
    d.date("環球研究[[上周]]發表", "2026-W47", "")
    d.org("預計[[香港電訊]]明年")
    d.date("香港電訊[[明年]]流動", NY, "")
    d.metric("按年增長[[約4%]]，和記", 4, "%", "approx", "")
    d.org("，[[和記電訊香港]]的漫遊")
    d.metric("有望增長[[兩成以上]]。", 20, "%", "over", "")
    d.org("。[[入境事務處]]數字")
    d.date("顯示，[[今年首10個月]]訪港", Y, "")
    d.metric("訪港旅客[[約4,100萬人次]]", "4100e4", "人次", "approx", "")
    d.org("，[[交銀國際]]認為")
    d.org("；[[摩根士丹利]]則提醒")
    d.date("業界[[明年]]的平均", NY, "")
    d.metric("下跌[[約2%]]。", 2, "%", "approx", "")
    # P12 the outlook (年底 the year; 香港通訊業聯會 an association with its
    # place inside; 聖誕 and 農曆新年 yearless, the coming ones (GUIDELINES:
    # 农历新年 is 春节), 假期期間 outside; 12月 in a sentence whose period is a
    # yearless holiday: the year nearest the holiday, GUIDELINES; 較上月: a
    # baseline after 較 counts from the last month its sentence stated,
    # GUIDELINES (12月 -> 11月); 今年 before 全年, outside, GUIDELINES; 聯會
    # read back; 東京、首爾及曼谷: three foreign CITYs by their common names
    # (首爾 -> 首尔, SPEC); 日本, 韓國 countries; 8天 a pass's length, a
    # duration, no METRIC, SPEC; 約為98元)
    d.date("展望[[年底]]，香港", Y, "")
    d.org("，[[香港通訊業聯會]]預計")
    d.date("預計，[[聖誕]]及農曆", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]假期", "2027-02-06", "")
    d.date("，[[12月]]的用量", "2026-12", "")
    d.date("較[[上月]]增加", "2026-11", "")
    d.metric("增加[[約25%]]，今年", 25, "%", "approx", "")
    d.date("，[[今年]]全年本港", Y, "")
    d.metric("將達[[約52億元]]", "52e8", "元", "approx", "")
    d.city("，[[東京]]、首爾")
    d.city("、[[首爾]]及曼谷")
    d.city("及[[曼谷]]仍是")
    d.metric("售價約為[[98元]]", 98, "元", "approx", BKK, sep="約")
    audit = {
        "orgs": ["通訊事務管理局辦公室", "通訊辦", "電訊盈科", "香港電訊",
                 "HKT", "長江和記實業", "和記電訊香港", "數碼通", "SmarTone",
                 "新鴻基地產", "新地", "中國移動", "中國移動香港", "香港寬頻",
                 "香港科技園公司", "消費者委員會", "消委會", "通訊事務管理局",
                 "通訊局", "商務及經濟發展局", "立法會", "港鐵",
                 "機場管理局", "數字政策辦公室", "滙豐環球研究",
                 "入境事務處", "交銀國際", "摩根士丹利", "香港通訊業聯會"],
        "cities": ["香港", "本港", "全港", "深圳", "廣州", "珠海", "東莞",
                   "佛山", "中山", "上海", "北京", "東京", "首爾", "曼谷",
                   "大灣區", "廣東", "日本", "韓國", "北部都會區", "中環",
                   "尖沙咀", "銅鑼灣", "科學園",
                   # absent cities, as guards (none written)
                   "澳門", "杭州", "成都", "武漢", "重慶", "新加坡", "台北",
                   "大阪", "首爾市"],
        "excluded": [
            # 本港 (x3), 全港 (deictic, SPEC), 大灣區 (a region), 廣東 (a
            # province), 日本, 韓國 (countries), 北部都會區, 中環, 尖沙咀, 銅鑼灣
            # (districts of Hong Kong), 科學園 (a park's place): not CITY
            "今年首三季[[本港]]流動", "集團在[[本港]]合共",
            "全年[[本港]]漫遊", "截至10月底[[全港]]5G", "把[[大灣區]]數據",
            "來自[[廣東]]省以外", "覆蓋[[日本]]及韓國", "日本及[[韓國]]的",
            "在[[北部都會區]]為", "，[[中環]]、尖沙咀", "、[[尖沙咀]]及銅鑼灣",
            "及[[銅鑼灣]]門市", "覆蓋[[科學園]]約20座",
        ],
        # 24個月 (a contract's length) and 8天 (a pass's length): durations,
        # no METRIC and no DATE, SPEC
        "numbers_excluded": ["合約期多為[[24個月]]", "的[[8天]]數據通行證"],
        # 一卡兩號 (a service's name, no figure, SPEC 新四大发明) and 新一輪 (一
        # of a word)
        "cn_excluded": ["「[[一]]卡兩號」", "「一卡[[兩]]號」", "新[[一]]輪"],
        "collectives": [],
        "labels_excluded": {},
        # ARPU (an indicator's Latin name, no ORG)
        "latin_excluded": ["（[[ARPU]]）"],
        # words that hold a digit, a Latin letter or a time character and
        # are no figure and no DATE: 5G and 4G (technologies' names, SPEC
        # 3纳米), 按年 (year on year), 月費 (a monthly fee), 每月 (recurring,
        # SPEC), 黃金周 (outside after 國慶, as GUIDELINES leave 黄金周 after
        # 十一), 初期 (an early stage), 底價 (a reserve price), 全年 (outside
        # after 今年, GUIDELINES)
        "words_excluded": {"5G": 12, "4G": 1, "按年": 11, "月費": 4,
                           "每月": 1, "黃金周": 1, "初期": 1, "底價": 1,
                           "全年": 1, "天線": 1, "同期": 0, "近年": 0,
                           "至今": 0, "日均": 0, "每年": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (as in g265)
        "orgwords_excluded": {"營辦商": 6, "公司": 1, "集團": 1, "聯會": 1,
                              "辦公室": 0, "管理局": 0, "事務處": 0,
                              "委員會": 0, "發展局": 0, "研究": 0,
                              "國際": 0, "實業": 0, "地產": 0, "盈科": 0,
                              "電訊": 2, "寬頻": 3, "移動": 0,
                              "通訊事務": 0, "數碼": 0, "新鴻基": 0,
                              "長江": 0, "和記": 0, "科技園": 0, "消費者": 0,
                              "消委": 0, "商務及": 0, "立法": 0, "港鐵": 0,
                              "機場": 0, "數字政策": 0,
                              "滙豐": 0, "入境": 0, "交銀": 0, "摩根": 0,
                              "通訊業": 0},
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
    between a headline's halves: each half is its own sentence (GUIDELINES;
    new here: annotate_lb.py's rule_city did not split a title at its
    space, which mattered only for a title holding a city)."""
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
    nearest CITY before the row in its sentence (ends at 。！？；!?;, a line
    break or a headline's space, half_break()), else the first after it;
    else empty."""
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
    while s > 0 and text[s - 1] not in SENT_END and not half_break(text,
                                                                 s - 1):
        s -= 1
    e = r["end"]
    while e < len(text) and text[e] not in SENT_END and not half_break(
            text, e):
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
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
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
                         "当晚", "當晚"):     # 当晚: annotate_na.py, ported
        return                                # from annotate_bc.py
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] == "同月":
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
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
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
    if not re.fullmatch(r"(\d{1,2}月(\d{1,2}日|底|份|末|初|[上中下]旬)?|"
                        r"\d{1,2}日|第?[一二三四1-4]季度?末?)", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[明去前后後]年|来年|來年",
                 d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?末?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r


def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; annotate_dc.py's
    check, after annotate_fa.py and annotate_ga.py)."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月(?:\d{1,2}日|底|初|份)?|第?([一二三四1-4])季度?|"
                     r"(年底)", tx)
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
        mon = int(m.group(1))
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
    m = re.fullmatch(r"(\d{1,2})月|第?([一二三四1-4])季度?", tx)
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
        mon = int(m.group(1))
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
# keeps its denominator in the unit and in the span; the denominators are a
# list of rules/ that I may not read): none.  Neither article writes a
# figure right after 每 + a measure word (annotate_mb.py's 每艘 kept as a
# pattern); g266's 每個工地每月平均收費約1.8萬元 holds 每個 and 每月 apart
# from the figure, with 平均收費 between (GUIDELINES: 每 before the number is
# not part of the unit), see NOTES
PER_UNITS = {}


def check_per_before(d, r):
    """A METRIC right after 每 + a measure word (每吨11.35万元, 每筆手續費15港
    元, annotate_mb.py's 每艘约1.29亿美元; none here) keeps 每 and the measure
    word outside its span and its unit (GUIDELINES: 每平方米16712元 -> unit
    元); a unit with a slash denominator must be declared in PER_UNITS, and
    no undeclared slash rate stands in the text (annotate_lb.py's, with
    annotate_mb.py's 艘 and 美元; kept unchanged)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|筆|笔|艘|公斤|平方米)(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
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
            # the body; a row before them is on the title or is the outlet
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]) or (
                    d.byline and d.byline[2] and r["type"] == "ORG" and
                    s == d.byline[1] and tx == d.byline[0]), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if d.byline:
            # the byline line (a prefix, the outlet + 记者 + the names)
            # holds one row, the outlet's ORG after the prefix (GUIDELINES;
            # annotate_ec.py), or none when the byline is 本报记者
            # (annotate_bb.py); every other row is on the title or after the
            # byline
            outlet, bstart, is_org, lstart, llen = d.byline
            if lstart <= s <= lstart + llen:
                assert is_org and r["type"] == "ORG" and s == bstart and \
                    tx == outlet, r
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
            check_forward(d, r)
            check_holiday_period(d, r)
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
            # a name ending with 市 that is no foreign city is a mainland
            # city whose short form is declared too (无锡 beside 无锡市): a
            # foreign 市-name must be declared in FOREIGN_SHI (annotate_ba.py's
            # check, missing from annotate_bb.py: FOREIGN_SHI emptied passed
            # here before it was ported)
            if r["normalized"].endswith("市") and \
                    r["normalized"] not in FOREIGN_SHI:
                assert any(v == r["normalized"] and not k.endswith("市")
                           for k, v in CITY_NORM.items()), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    if d.byline:
        outlet, bstart, is_org, lstart, llen = d.byline
        on_line = [r for r in rows if lstart <= r["start"] <= lstart + llen]
        if is_org:
            assert len(on_line) == 1 and on_line[0]["text"] == outlet, \
                on_line
        else:                   # 本报记者: no row on the line at all
            assert not on_line, on_line
        # the outlet's row is an ORG starting right after the prefix
        # (annotate_aa.py's check_line3, folded in here)
        for r in on_line:
            assert r["type"] == "ORG" and r["start"] == bstart, r
    if d.opener:
        # the paragraph opener (明報's 【明報專訊】) holds exactly the declared
        # rows (new here; annotate_ac.py's 【本報消息】 held none): 明報, the
        # outlet named before its dateline word 專訊, an ORG right after the
        # bracket; no row straddles the opener's end
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
    # a declared Big5-HKSCS character stands only inside the ORG rows
    # whose text is declared for it (here 滙 in 滙豐; annotate_bb.py's 恒 in
    # 恒基兆業地產 and 恒生銀行; annotate_db.py's 衞 in its six names;
    # annotate_ec.py's 滙 in 滙業銀行, annotate_fb.py's 恒 and 滙,
    # annotate_ib.py's 恒 in 恒基兆業地產)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
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
    # no slash rate stands in the text but the declared ones (check_per_before)
    for m in re.finditer(r"[元吨噸艘]／|[元吨噸艘]/", d.text):
        problems.append("an undeclared slash rate at %d" % m.start())
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
        # annotate_qc.py), but the declared forms (here 里 of 嘉里物流聯網;
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
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            for c, sc in zip(chars, t2s_all(chars)):
                if sc != c and len(sc) == 1 and sc not in d.text:
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

