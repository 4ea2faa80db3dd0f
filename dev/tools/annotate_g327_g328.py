#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g327_elderly_care_operators_nursing_homes and
g328_macao_logistics_courier_cross_border_parcels (annotator XC).

Adapted from the precedent set's tools/annotate_wc.py (now dev/tools/annotate_g321_g322.py) (/tmp/ho56/precedent:
a simplified mainland article stored as GBK with characters outside GB2312
on its byline, and a traditional Macao article stored as UTF-8 without a
BOM with a paragraph opener; copied and the data changed; g327's reference
date is 2026-11-22, g328's 2026-11-24).  My pair is its pair in script,
region and layout (a mainland article with a 本报记者 byline, a Macao
article with an opener), but both storages differ: GB18030 with a
character outside GBK instead of GBK, and Big5-HKSCS instead of UTF-8.  So
both storage blocks are replaced from the other precedent scripts:

- the GB18030 block for the simplified g327 (annotate_wa.py's block for its
  g317, unchanged but its data and its byline form): the declared
  characters are the only ones GBK lacks, each written with its declared
  GB18030 bytes at its own place (the file walked character by character),
  of the kinds declared per article (GB18030_KINDS: here one
  "gb18030-four-byte-bmp", 㛃 U+36C3, 82 30 B7 31: a BMP character of CJK
  Extension A that GBK lacks, one code point and one UTF-16 unit but four
  bytes, so a count in bytes runs two ahead after it); gbk and cp936 fail
  on the file first at it, gb18030 reads it; every line without it is
  GB2312 byte for byte; GB_FORMS is declared empty.  The byline 本报记者
  林㛃 names no outlet (BYLINE_ORG False: GUIDELINES, 本报 is none;
  annotate_wc.py's byline block, whose form (prefix, outlets, role, names)
  replaces annotate_wa.py's BYLINE_PARTS), so it holds no row.
- the Big5-HKSCS block for the traditional Macao g328 (annotate_wb.py's
  block for its Hong Kong g320, with annotate_wc.py's opener checks and its
  Macao region block kept after it): no BOM and no U+FEFF; the file walked
  character by character, one byte an ASCII character and two any other,
  every undeclared non-ASCII character with a lead byte A1-F9 and plain
  Big5's bytes; the characters plain Big5 cannot write are exactly
  OUTSIDE_BIG5: 氹 (U+6C39, 9C AE, hkscs-low) of 氹仔, twice, and 着
  (U+7740, FE D3, hkscs-udf) of 隨着, once, all in no span; plain big5 and
  cp950 fail on the file first at the byte of the first of them and fail
  to encode the text first at it; every line is plain Big5, cp950 and
  Big5-HKSCS alike between the declared characters; gb18030 reads the file
  as another text whose share of GB2312's level-1 characters is far below
  the Big5-HKSCS reading's share of Big5's common tier; gbk, gb2312, UTF-8
  and UTF-16 fail or read another text; BIG5_FORMS (characters whose
  plain-Big5 and cp950 codes differ) is declared empty and asserted so; the
  opener 【本報消息】 (澳門日報's) opens line 3 once and holds no row.  The
  region block serves Macao (MACAO = {g328}, no Hong Kong article).

It keeps every check of annotate_wc.py: strict decoding, offsets, overlaps
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
reference date; 上月 as a baseline (used: g328's 較上月 after 上月); the
bare-day rule (kept, unused); the range checks; 同日/當日 (used: g327's
同日 after 昨日); 去年同期 a year before its sentence's period (x3); the
bracketed gloss (kept, unused); the 上季 and 十一 checks (kept, unused);
check_forward (kept); check_holiday_period (12月 after 元旦、春节; 十二月
after 聖誕); check_bare_period (kept); the 约占 check; markers before,
touching and after a span; 余/餘/多 after a span (kept, unused); 约为/约有
as separated markers (约有一半, 約有180輛); the declared shared unit
(800至1200户); the collective label (南京、成都两地) and
check_no_collective_metric; the time unit (約6小時, 約2.5小時 after 平均;
約2天, 約1天 around 縮短); the narrowest codec; no Taiwan marker and no bare
2-3 digit year in either text; the byline and opener blocks; the declared
characters' bytes and kinds; the NO_SHI and FOREIGN_SHI checks; the two 市
checks, CITY_STOPS and CITY_AMBIGUOUS; CITY_IN_NAME (kept, unused); the
ORG-row check (no 旗下, 的, 、, 子公司 or 屬下 inside, no start after
国家/中国, no role or descriptor in front); the joiner checks
(JOINED_NAMES, JOINER_CHAR_NAMES, LISTED_PAIRS) and the
university-department check; the 约为-inside check; the check that a
traditional article holds no simplified character; the OpenCC
t2s-then-s2hk round trip; the SIMPLIFIED_ONLY coverage check;
check_per_before and the slash-rate audit.

Comments that say "new here" in code kept from the precedent scripts are
those of the script that introduced the check.

Changes besides the data:
- the GBK block replaced by annotate_wa.py's GB18030 block and the UTF-8
  block by annotate_wb.py's Big5-HKSCS block (above); STORAGE_BLOCKS
  declares gb18030 and big5hkscs; OUTSIDE_GB2312 and GBK_KINDS are gone
  with the GBK block (OUTSIDE_GBK and GB18030_KINDS replace them, and the
  mainland check of every character reads OUTSIDE_GBK); in the GB18030
  block gb2312 must fail at the declared character too, as gbk and cp936
  must (new here); BIG5_FORMS may be empty for a Macao text as for a Hong
  Kong one; the region block keeps the Big5-HKSCS block's declared forms
  among the characters in no span.
- check_per_before and the marker check read 每件 and 每户 (g328's 每件5元,
  g327's 每户约200万元) as a basis before a price, like annotate_wc.py's
  每公噸 and the precedents' 每吨, 每公斤 (g328's 續重每公斤約5元).
- check_holiday stops with a named assertion, not a KeyError, on a holiday
  that neither FIXED_DAYS, LUNAR nor COMPUTED_DAYS dates (new here).
- FIXED_DAYS gains 雙十一 and 双十一 (11-11), g328's 雙十一 and 今年雙十一.
- S2T_ALLOWED holds 台 of 平台 (x4; s2t writes 臺 for the character alone),
  confined to its word by S2T_ALLOWED_WORD, and S2HK_KEPT the pair 周/週
  (g328's 上周五 and 本周四, 澳門日報's 周, which the t2s-then-s2hk round
  trip writes 週; annotate_wb.py's pair).
- SIMPLIFIED_ONLY gains g328's t2s forms the list lacked.
- the holiday table (今年重阳节, 元旦, 春节; 雙十一, 今年雙十一, 聖誕,
  農曆新年) and its calendar asserts for the reference dates 2026-11-22
  and 2026-11-24.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (neither file has a BOM):

- g327 is simplified (mainland, 中国社会报, 2026-11-22), stored as GB18030
  WITHOUT a BOM; the title's 今 (BD F1) opens the file.  Its byline 本报记者
  林㛃 stands on line 3 and holds no row.  One character is outside GBK, in
  the reporter's given name, in no span: 㛃 (U+36C3; GB18030 82 30 B7 31).
  Every other character is GB2312; OpenCC t2s leaves the article
  unchanged.
- g328 is traditional (Macao, 澳門日報, 2026-11-24), stored as Big5-HKSCS
  WITHOUT a BOM; the title's 今 (A4 B5) opens the file.  Two characters are
  outside plain Big5 and cp950, both HKSCS and in no span: 氹 (9C AE) of
  氹仔 (x2) and 着 (FE D3) of 隨着.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their official names with 市, Macao, Hong Kong and 曼谷 by
  their common names).  A Macao text (澳門 and 本澳 written far more often
  than 香港): Macao bodies without a place in their names (郵電局,
  交通事務局, 統計暨普查局, 經濟及科技發展局, 海事及水務局, 消費者委員會)
  stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho56/precedent: README, NOTES_wa/wb/wc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g327_g328.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule, a headline one sentence); every DATE/METRIC row states the
city I expect by hand, and the two must agree.

Re-run (from anywhere):

    python3 dev/tools/annotate_g327_g328.py
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
G327 = "g327_elderly_care_operators_nursing_homes"
G328 = "g328_macao_logistics_courier_cross_border_parcels"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G327: ("gb18030", b"", False, "2026-11-22", "中国社会报"),
    G328: ("big5hkscs", b"", True, "2026-11-24", "澳門日報"),
}
# every declared codec must have its storage block in Doc (annotate_rb.py's
# check: a codec without one would skip every byte check); annotate_wc.py's
# GBK block is replaced by annotate_wa.py's GB18030 block and its UTF-8
# block by annotate_wb.py's Big5-HKSCS block
STORAGE_BLOCKS = ("gb18030", "big5hkscs")
# the first character of each file (neither has a BOM), with its bytes in
# the file's encoding (g327: 今 of the title in GB18030, BD F1; g328: 今 of
# the title in Big5-HKSCS, A4 B5)
FIRST_CHAR = {G327: ("今", b"\xbd\xf1"), G328: ("今", b"\xa4\xb5")}
# characters outside the BMP each article declares, in text order: none
# (g327's declared character is a BMP one of Extension A; Big5-HKSCS could
# write an astral one, g328 writes none)
OUTSIDE_BMP = {G327: [], G328: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes (annotate_wa.py's OUTSIDE_GBK, whose 𫖮
# stood on its byline): 㛃 (U+36C3, CJK Extension A; a character of women's
# given names) of the reporter's given name on the byline 本报记者 林㛃 (the
# third line), once, in no span
OUTSIDE_GBK = {G327: {"㛃": b"\x82\x30\xb7\x31"}}
# ... and the kinds they are of (annotate_tb.py's GB18030_KINDS, as
# annotate_wa.py kept it): one "gb18030-four-byte-bmp" (four bytes, first
# 81-84, a BMP character that GBK lacks: one code point and one UTF-16 unit,
# so no offset moves after it, but a count in bytes runs two ahead;
# annotate_vb.py's 㮾 was of this kind); the "gb18030-four-byte-astral" and
# "gb18030-fe-two-byte" kinds are kept in the block, unused here
GB18030_KINDS = {G327: Counter({"gb18030-four-byte-bmp": 1})}
# characters of the mainland article that GBK and GB18030 write with bytes
# that GB2312 reads as another character (annotate_pc.py's name dot of
# 农民日报·中国农网): none here; the block stays
GB_FORMS = {G327: {}}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, then the reporters' names separated by a
# space (annotate_wc.py's BYLINE); 中国社会报 writes 本报记者, and GUIDELINES:
# a byline names its outlet, 本报 none (not 本报记者), so the line holds no
# row (precedents WC, WB, VC)
BYLINE = {G327: ("", ["本报"], "记者 ", ["林㛃"])}
BYLINE_ORG = {G327: False}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP: none here (㛃 is a BMP character); the
# check stays
ASTRAL_BEFORE_BODY = set()
# the paragraph opener of a Hong Kong or Macao article and the rows it
# holds: g328's 【本報消息】, 澳門日報's opener (its site's and its print
# articles open so), which names no outlet (本報; like annotate_wc.py's
# 【特訊】 of 正報 and annotate_uc.py's 【本報消息】)
OPENER = {G328: ("【本報消息】", [])}
# characters of the Macao article that plain Big5 lacks, each with whether
# cp950 (Taiwan's Big5) holds it: 氹 (U+6C39, of 氹仔, Taipa; Big5-HKSCS
# 9C AE: a lead byte below A1, HKSCS's added area) and 着 (U+7740, of 隨着,
# as Macao's press writes the particle; Big5-HKSCS FE D3: a lead byte of
# Big5's user-defined area, which HKSCS fills); neither plain Big5 nor
# cp950 holds either.  The file is Big5-HKSCS: the declaration says what
# the file's own bytes hold (annotate_wb.py's reading for its g320)
OUTSIDE_BIG5 = {G328: {"氹": False, "着": False}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"氹": b"\x9c\xae", "着": b"\xfe\xd3"}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): one "hkscs-low" (氹 9C AE) and one "hkscs-udf" (着 FE D3);
# the "hkscs-c6c8" and "cp950" kinds are kept in the block, unused here
BIG5_KINDS = {G328: Counter({"hkscs-low": 1, "hkscs-udf": 1})}
# ... the rows a declared character may stand in (annotate_qb.py's IN_ROW,
# used by annotate_sc.py for 邨 of 綠邨電台): none here
IN_ROW = {}
# ... and the words a declared character may stand in outside every span,
# with their counts: 氹 in 氹仔 (Taipa, an island district of Macao, no
# CITY: 在氹仔開設, 在北區及氹仔增設), twice; 着 in 隨着 (a particle), once
OUTSIDE_BIG5_WORD = {G328: {"氹": {"氹仔": 2}, "着": {"隨着": 1}}}
# characters whose plain-Big5 and cp950 codes differ that the Macao article
# writes (annotate_wa.py's BIG5_FORMS, annotate_va.py's ／ of its dateline):
# none here; the Big5-HKSCS block asserts that none is written
BIG5_FORMS = {G328: {}}
CP950_READS = {}
# the word each such character stands in, with its count (none)
DECLARED_WORD = {G328: {}}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 郵電局, 交通事務局, 統計暨普查局 …, are ORGs in a
# text that names the region at least twice)
MACAO = {G328}
# the region's names, which a text of the region writes at least twice and
# more often than the other region's (annotate_bc.py's, via annotate_wc.py)
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
# s2t would change them, taken alone (annotate_wc.py's 峰 of 三峰,
# annotate_sc.py's 台 of 電台 and 平台): 台 of 平台 (Macao's press writes
# 平台 for a platform; s2t writes 臺 for the character alone; 周 of 上周,
# which s2t leaves alone taken alone, is declared in S2HK_KEPT below)
S2T_ALLOWED = {G328: ("台",)}
# ... each confined to its declared words with their counts: 台 in 平台,
# four times (內地電商平台, 電商平台方面, 等平台, 內地平台商家), none inside a
# row
S2T_ALLOWED_WORD = {G328: {"台": {"平台": 4}}}
# ORG names that join two fields with 及/和/與/与 inside one body (GUIDELINES:
# 上海市文化和旅游局, 运输及物流局): g327's 人力资源和社会保障部 (a ministry of
# two fields joined by 和) and 中国社会福利与养老服务协会 (an association of
# two fields joined by 与); g328's 經濟及科技發展局 and 海事及水務局 (Macao
# bureaus of two fields joined by 及)
JOINED_NAMES = {G327: ("人力资源和社会保障部", "中国社会福利与养老服务协会"),
                G328: ("經濟及科技發展局", "海事及水務局")}
# ORG names that write 和/及/與/与 as a character of their trade name, not as
# a joiner (annotate_ra.py's JOINER_CHAR_NAMES): none here
JOINER_CHAR_NAMES = {G327: {}, G328: {}}
# pairs of ORG rows joined by 及/和/與/与 (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair
# (annotate_ra.py's LISTED_PAIRS): none in g327; g328's 京東物流及極兔速遞
# (the last two of three couriers), 天貓及淘寶, 拼多多及抖音 (the last two of
# four platforms) and 拱北海關及珠海市商務局
LISTED_PAIRS = {G327: (),
                G328: (("京東物流", "極兔速遞"), ("天貓", "淘寶"),
                       ("拼多多", "抖音"), ("拱北海關", "珠海市商務局"))}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 (上周五, 本周四: 澳門日報 writes 周 in its
# week words; s2hk 週; annotate_wb.py's pair)
S2HK_KEPT = {G328: {("周", "週")}}
# the number of halves each title has (a space between Han characters or
# after a figure's % splits it for dates, GUIDELINES; annotate_qa.py's
# TITLE_HALVES): g327's space after 约58%, g328's after 約兩成
TITLE_HALVES = {G327: 2, G328: 2}
# event, place and heritage names that hold a CITY at their start and are
# no ORG (SPEC: a city inside a scenic spot's, a park's or an event's name
# counts, 上海迪士尼乐园 -> 上海, 贵阳数博会 -> 贵阳), with their counts
# outside ORG rows (annotate_rc.py's CITY_IN_NAME, as annotate_wc.py kept
# it): none here (g327's 北京老年餐桌 is a city before a programme's common
# name, a CITY as a modifier, no declared name); the check stays
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
                   # g322's words (their t2s forms, none written in it: 傾 of
                   # 傾倒量, 廚 of 廚餘, 廢 of 廢物, 棄 of 棄置 and 即棄, 潔 of
                   # 清潔, 灘 of 沙灘, 牽 of 牽頭, 腦 of 電腦, 膠 of 膠樽 and
                   # 微塑膠)
                   "倾厨废弃洁滩牵脑胶"
                   # g328's words (their t2s forms, none written in it: 極 of
                   # 極兔速遞, 櫃 of 智能櫃 and 貨櫃, 煙 of 煙草, 籲 of 呼籲, 誤
                   # of 延誤, 貓 of 天貓)
                   "极柜烟吁误猫")

# Holidays the articles name, by their exact span (2025-2027): g327
# (mainland, 2026-11-22): 今年重阳节 2026-10-18 (九月初九; 今年 attached,
# SPEC; 期间 outside; 35 days before), 元旦 2027-01-01 and 春节 2027-02-06
# (随着元旦、春节临近 and 春节期间: yearless, the coming ones, 40 and 76
# days after; 期间 outside); g328 (Macao, 2026-11-24): 雙十一 2026-11-11
# (受雙十一帶動: yearless, the nearest, 13 days before against 352 after)
# and 今年雙十一 2026-11-11 (今年 attached; 期間 outside), 聖誕 2026-12-25
# and 農曆新年 2027-02-06 (聖誕及農曆新年前後: yearless, the coming ones, 31
# and 74 days after; GUIDELINES: 农历新年 is 春节; 前後 outside).
HOLIDAY = {"今年重阳节": "2026-10-18", "元旦": "2027-01-01",
           "春节": "2027-02-06", "雙十一": "2026-11-11",
           "今年雙十一": "2026-11-11", "聖誕": "2026-12-25",
           "農曆新年": "2027-02-06"}
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
# and Macao (双11 and 雙十一 11-11, 元旦, 聖誕), a table of lunar days
# (正月初一, 五月初五 and 九月初九, as the precedent annotators checked them
# with lunardate for 2025-2027, and as the table is checked against
# lunardate below where it is installed: 2027-02-06 for 正月初一 of 2027,
# 2026-10-18 for 九月初九 of 2026; 大年初三 is 正月初一 + 2 days) and days
# computed from the calendar (黑色星期五; Western Easter; 中国农民丰收节 on
# the autumn equinox; annotate_qb.py's, kept, unused here).  雙十一 and
# 双十一 are new here (annotate_wc.py's table wrote 双11 and 雙11 only)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11), "双十一": (11, 11), "雙十一": (11, 11),
              "十一": (10, 1)}
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
# after 中秋 of 2026 (八月十五, 2026-09-25) and falls on a Sunday, 35 days
# before g327's reference date (2027's 重阳 is 320 days after it, so the
# nearest and the written 今年 agree); 正月初三 of 2027 is a Monday; 端午
# (五月初五) of 2027 is 123 days after its 春节 and falls on a Wednesday (the
# table checked against lunardate below); 春节 of 2027 is 76 days after
# g327's reference date and 74 after g328's; 春节 of 2026 is 278 days
# before g327's and 280 before g328's (so the nearest 春节 is 2027's); 元旦
# of 2027 is 40 days after g327's, 元旦 of 2026 325 days before it; 聖誕 of
# 2026 is 31 days after g328's, 聖誕 of 2025 334 before; 雙十一 of 2026 is 13
# days before g328's, 雙十一 of 2027 352 after (so the bare 雙十一 is
# 2026's, and 今年雙十一, 今年 written, is too)
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _DOUBLE_NINTH[2026].isoweekday() == 7
assert (datetime.date(2026, 11, 22) - _DOUBLE_NINTH[2026]).days == 35
assert (_DOUBLE_NINTH[2027] - datetime.date(2026, 11, 22)).days == 320
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_DUANWU[2027] - _SPRING[2027]).days == 123 and \
    _DUANWU[2027].isoweekday() == 3
assert (_SPRING[2027] - datetime.date(2026, 11, 22)).days == 76
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 22) - _SPRING[2026]).days == 278
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 22)).days == 40
assert (datetime.date(2026, 11, 22) - datetime.date(2026, 1, 1)).days == 325
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 24)).days == 31
assert (datetime.date(2026, 11, 24) - datetime.date(2025, 12, 25)).days == 334
assert (datetime.date(2026, 11, 24) - datetime.date(2026, 11, 11)).days == 13
assert (datetime.date(2027, 11, 11) - datetime.date(2026, 11, 24)).days == 352
# the reference dates: g327's the Sunday of ISO week 2026-W47 (上周 W46
# from 9 to 15 November; 昨日 2026-11-21, a Saturday; no weekday word is
# written: on a Sunday 上周五 and 本周 read two ways, precedent WA), g328's
# the Tuesday of W48 (上周 W47: 上周五 2026-11-20; 本周 W48: 本周四
# 2026-11-26; 昨（廿三）日 2026-11-23, a Monday)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert [datetime.date.fromisocalendar(2026, 46, k) for k in (1, 7)] == \
    [datetime.date(2026, 11, 9), datetime.date(2026, 11, 15)]
assert datetime.date.fromisocalendar(2026, 47, 5) == \
    datetime.date(2026, 11, 20)
assert datetime.date.fromisocalendar(2026, 48, 4) == \
    datetime.date(2026, 11, 26)
assert datetime.date(2026, 11, 23).isoweekday() == 1
assert datetime.date(2026, 11, 21).isoweekday() == 6
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
# 2026's festival is 60 days before g327's reference date, 2027's 305 after
# (kept from annotate_sc.py, annotate_tc.py, annotate_uc.py, annotate_vc.py
# and annotate_wc.py, with my date; neither article names the festival)
assert (datetime.date(2026, 11, 22) - _harvest_festival(2026)).days == 60
assert (_harvest_festival(2027) - datetime.date(2026, 11, 22)).days == 305

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter, "中国农民丰收节": _harvest_festival,
                 "中國農民豐收節": _harvest_festival}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g327, mainland (2026: the municipalities 上海, 北京, 重庆; the
    # sub-provincial 杭州, 南京, 成都, 青岛, 厦门, 武汉, 广州; the
    # prefecture-level 苏州; the county-level 宜兴 (under 无锡); each + 市;
    # 杭州 shares its entry with g328's)
    "上海": "上海市", "北京": "北京市", "杭州": "杭州市", "南京": "南京市",
    "成都": "成都市", "青岛": "青岛市", "苏州": "苏州市", "厦门": "厦门市",
    "宜兴": "宜兴市", "武汉": "武汉市", "重庆": "重庆市", "广州": "广州市",
    # g328 (traditional spans; Macao and Hong Kong by their common names,
    # 曼谷 (Bangkok) by its common Chinese name; the mainland cities + 市:
    # 珠海, 中山, 江門, 廣州, 深圳, 佛山, 東莞, 杭州, 鄭州)
    "澳門": "澳门", "香港": "香港", "曼谷": "曼谷", "珠海": "珠海市",
    "中山": "中山市", "江門": "江门市", "廣州": "广州市", "深圳": "深圳市",
    "佛山": "佛山市", "東莞": "东莞市", "鄭州": "郑州市",
}
# cities normalized without 市: Macao and Hong Kong by their common Chinese
# names, foreign cities by their common Chinese names (SPEC); every other
# (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "曼谷"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text); g327's ORG rows are
# simplified and normalize to their own text
ORG_NORM = {
    "郵電局": "邮电局", "澳門海關": "澳门海关",
    "統計暨普查局": "统计暨普查局", "順豐速運": "顺丰速运",
    "中國郵政速遞物流": "中国邮政速递物流", "京東物流": "京东物流",
    "極兔速遞": "极兔速递", "菜鳥集團": "菜鸟集团", "天貓": "天猫",
    "淘寶": "淘宝", "交通事務局": "交通事务局",
    "澳門物流貨運聯合商會": "澳门物流货运联合商会",
    "珠海市商務局": "珠海市商务局", "中山市商務局": "中山市商务局",
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "機場專營公司": "机场专营公司", "澳門國際機場": "澳门国际机场",
    "澳門航空": "澳门航空", "經濟及科技發展局": "经济及科技发展局",
    "經科局": "经科局", "海事及水務局": "海事及水务局",
    "香港國際機場": "香港国际机场", "京東": "京东", "拼多多": "拼多多",
    "抖音": "抖音", "消費者委員會": "消费者委员会",
    "澳門工會聯合總會": "澳门工会联合总会", "工聯": "工联",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "拱北海關": "拱北海关",
    "澳門貿易投資促進局": "澳门贸易投资促进局",
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
        lines = self.text.split("\n")
        if enc == "gb18030":    # GB18030 WITHOUT A BOM, THE SIMPLIFIED
            # MAINLAND ARTICLE (annotate_wa.py's block for its g317, itself
            # annotate_vb.py's, annotate_ua.py's and annotate_tb.py's after
            # annotate_ob.py's and annotate_nc.py's, with its declared
            # characters on the byline on the third line; its byline part
            # is annotate_wc.py's, for a 本报记者 byline): the declared
            # characters are the only ones GBK lacks, each written with its
            # declared GB18030 bytes at its own place; the declared GB forms
            # (GB_FORMS: a byline's name dot; none here) are the only other
            # characters outside GB2312
            assert bom == b"" and full == raw, doc_id
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            # every other character is GB2312 but the declared GB forms
            # (asserted here, before the line checks below would raise on a
            # GBK-only or traditional one; annotate_nc.py's order)
            forms = GB_FORMS.get(doc_id, {})
            assert sorted({c for c in self.text if not enc_ok(c, "gb2312")
                           and c not in declared}) == sorted(forms), (
                doc_id, "outside GB2312")
            # each declared GB form: GBK and GB18030 write it with its
            # declared bytes, which gb2312 reads as another character (the
            # name dot · A1 A4, read by gb2312 as ・ U+30FB), once per
            # declared count, in no span (check()); none here
            for c, (code, other, k) in forms.items():
                assert c.encode("gbk") == c.encode(enc) == code, c
                assert code.decode("gb2312") == other != c, c
                assert not enc_ok(c, "gb2312"), c
                assert self.text.count(c) == k, (doc_id, c)
            pos, places = 0, Counter()
            for c in self.text:         # the bytes of each character
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                if c in forms:
                    assert b == forms[c][0], (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            kinds = Counter()
            for c, code in declared.items():
                assert code.decode("gb18030") == c, (doc_id, c)
                # GBK and cp936 cannot write the character, and fail on its
                # bytes
                assert not enc_ok(c, "gbk") and not enc_ok(c, "cp936"), c
                assert not decodes(code, "gbk") and \
                    not decodes(code, "cp936"), (doc_id, c)
                if len(code) == 2:
                    # a two-byte code of the FE row (GB18030's mapping of a
                    # character GBK left to a private-use code: annotate_ob
                    # .py's 䶮 FE 9F = U+4DAE, CJK Extension A, annotate_tb
                    # .py's; kept, unused here): one BMP code point, one
                    # UTF-16 unit, two bytes like any GB2312 character, so a
                    # count in bytes does not move either
                    assert code[0] == 0xFE and 0x40 <= code[1] <= 0xFE and \
                        code[1] != 0x7F, c
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
                    assert len(c.encode("utf-16-le")) == 2, c
                    kinds["gb18030-fe-two-byte"] += 1
                else:
                    # a four-byte code (byte 1 and 3 from 81-FE, byte 2 and 4
                    # digits 30-39)
                    assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                        0x30 <= code[1] <= 0x39 and \
                        0x81 <= code[2] <= 0xFE and \
                        0x30 <= code[3] <= 0x39, c
                    if code[0] >= 0x90:
                        # from 90 30 81 30 on, a character outside the BMP
                        # (annotate_wa.py's 𫖮 98 38 F5 36 = U+2B5AE,
                        # Extension C; none here): one code point, two
                        # UTF-16 units (annotate_mb.py's kind)
                        assert ord(c) > 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 4, c
                        kinds["gb18030-four-byte-astral"] += 1
                    else:
                        # 81-84: a character inside the BMP that GBK lacks
                        # (here 㛃 82 30 B7 31 = U+36C3, Extension A;
                        # annotate_vb.py's 㮾 82 31 B7 39; annotate_nc.py's
                        # kind): one code point, one UTF-16 unit, four
                        # bytes, so a count in bytes runs two ahead after it
                        assert 0x81 <= code[0] <= 0x84, c
                        assert 0x3400 <= ord(c) <= 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 2, c
                        kinds["gb18030-four-byte-bmp"] += 1
            # the declared kinds (declared per article)
            assert kinds == GB18030_KINDS[doc_id], kinds
            # the narrowest codec: gbk (checked above), cp936 and gb2312
            # fail on the file; gb18030 reads it
            assert not decodes(raw, "cp936") and \
                not decodes(raw, "gb2312"), doc_id
            # every non-ASCII character is two bytes but the four-byte
            # declared ones (annotate_nc.py's length check, by declaration),
            # so a count in bytes would shift every row after the title's
            # first character
            assert all(len(c.encode(enc)) == len(declared.get(c, "ab"))
                       for c in self.text if ord(c) > 0x7F), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   len(declared.get(c, "ab"))
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a UTF-16 count runs one unit ahead of the code points for
            # every astral character before a place (none here: the counts
            # agree)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every line without a declared character is GB2312 (so GBK),
            # byte for byte; the declared characters stand on the byline
            # (the third line) only (annotate_sb.py's place)
            for line in lines:
                if not any(c in outside or c in forms for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in list(outside) + list(forms):
                assert c in lines[2] and all(
                    c not in x for i, x in enumerate(lines) if i != 2), c
            # read with gb2312, the byline would break at its first
            # declared character; cut before it, a line would read a name
            # dot as ・ (none here; the byte walk above holds the bytes)
            head = lines[2][:min(lines[2].index(c) for c in outside)]
            for c, (code, other, k) in forms.items():
                assert c in head and head.encode(enc).decode(
                    "gb2312") == head.replace(c, other), (doc_id, c)
            # gbk and cp936 fail first at the first declared character of
            # the byline (the file's first byte GBK cannot read;
            # annotate_sb.py's: the failure stands at the declared place,
            # not elsewhere), and so does gb2312 (new here: the file holds
            # no other character outside GB2312, so the GB2312 reader of a
            # narrower guess stops there too)
            first = min(self.text.index(c) for c in outside)
            first_byte = len(self.text[:first].encode(enc))
            for narrow in ("gbk", "cp936", "gb2312"):
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            assert not self.traditional, doc_id
            # the declared characters and GB forms stand in no span
            self.no_span_chars = sorted(set(outside) | set(forms))
            # an astral declared character would stand on the byline before
            # every span of the body (ASTRAL_BEFORE_BODY, checked per row in
            # check()): none here
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
            # the byline line (annotate_wc.py's byline block, after
            # annotate_qb.py's): the outlets joined by the name dot + 记者 +
            # a space, then the reporters' names separated by a space (g327:
            # 本报记者 林㛃); each name holds one declared character, after
            # the outlets; GUIDELINES: a byline at the start of a line names
            # its outlet, and 本报 names none, so the line holds no row here
            # (checked in check())
            prefix, outlets, role, names = BYLINE[doc_id]
            outlet = "·".join(outlets)
            is_org = BYLINE_ORG.get(doc_id, True)
            assert lines[2] == prefix + outlet + role + " ".join(names), (
                doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlets[0].endswith("报") and role.startswith("记者")
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
            self.byline = (starts, is_org, line_start, len(lines[2]))
            assert lines[1] == lines[3] == "", doc_id
            assert not any(x.startswith("【") for x in lines), doc_id
        elif enc == "big5hkscs":    # BIG5-HKSCS WITHOUT A BOM, THE MACAO
            # ARTICLE (annotate_wb.py's block for its Hong Kong g320, with
            # annotate_wc.py's opener checks; the region block below checks
            # the declared characters' kinds and words on the decoded text):
            # no BOM and no U+FEFF; the offsets count from the file's first
            # byte
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert self.traditional, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones: 氹 and 着, two HKSCS characters that neither
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
            # the same character (here 氹 of 氹仔, its first occurrence)
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
            # once; g328's 【本報消息】
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
            else:
                assert not any(x.startswith("【") for x in lines), doc_id
        else:
            raise AssertionError((doc_id, "no storage block for", enc))
        # a traditional article declares its region (annotate_ec.py: an
        # empty HONGKONG would otherwise skip the Hong Kong block and the
        # s2hk round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in HONGKONG
                                    or doc_id in TAIWAN), (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        assert not HONGKONG, "no Hong Kong article here"
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GBK.get(
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
            # hkscs-low 鰂 邨 埗, cp950 恒; annotate_wc.py's g322 one,
            # hkscs-low 氹; here two: hkscs-low 氹 and hkscs-udf 着)
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
            # declared type and text (IN_ROW, after annotate_ob.py's IN_ORG:
            # an earlier script's 氹 in the ORG 氹仔坊眾學校, 〇 in the DATE
            # 二〇二五年; none here; by position here and by row in check())
            # or to declared words in no span (OUTSIDE_BIG5_WORD, each word
            # with its count, together holding every occurrence: here 氹 in
            # 氹仔, twice, and 着 in 隨着, once)
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
            # (the declared words' characters join the Big5-HKSCS block's
            # declared forms, none here; annotate_wc.py set the words'
            # alone, its UTF-8 block declaring no form)
            self.no_span_chars = sorted(set(in_word) |
                                        set(self.no_span_chars))
            # a character declared in S2T_ALLOWED stands only in its
            # declared words, each with its count, together holding every
            # occurrence (annotate_cc.py's 里 in 公里, one word;
            # annotate_ob.py's several words a character, 伙 in six METRIC
            # spans; annotate_wc.py's 峰 in 三峰; here 台 in 平台, four
            # times)
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
# g327 Elderly care: care homes, insurers' communities and canteens,
# November 2026: the ministry's figures (民政部 昨日: 9月底, 今年前三季度
# against 去年同期, 去年底; 民政部养老服务司), the ageing committee (全国老龄
# 工作委员会办公室 and 全国老龄办 同日: 去年底, 2030年; 中国老龄协会 上月),
# canteens (上海: 市民政局 本月初, 上海市养老服务行业协会 上周; 北京市民政局:
# 今年1月至10月, 华天饮食集团 and 庆丰包子铺; 杭州市民政局, 杭州饮食服务集团,
# 知味观; 南京, 成都; 青岛市民政局 今年; 美团, 饿了么 上月), insurers'
# communities (泰康保险集团; 中国太保, 中国人寿, 新华保险, 中国太平 今年: 苏州, 厦门,
# 青岛; 国家金融监督管理总局: 三季度末), operators (宜兴's 九如城集团 11月18日:
# 今年前三季度; 光大养老 今年: 北京, 上海, 武汉; 远洋集团: 今年重阳节, 去年
# 同期), payment (国家医疗保障局 and 国家医保局 本月, 明年; 南京市民政局 10月),
# fees (成都市民政局 上月: 两年前; 重庆's 市民政局 今年; 广州 年底), carers
# (人力资源和社会保障部; 国家卫生健康委员会; 深圳市民政局 上月; 广州市民政局,
# 广东省民政厅 今年)
# and the outlook (民政部: 明年, 2027年底; 中国社会福利与养老服务协会: 元旦,
# 春节, 12月至明年1月; 北京市养老服务行业协会).
# Simplified, GB18030 with 㛃 (82 30 B7 31) on the byline 本报记者 林㛃,
# 2026-11-22 (a Sunday, the last day of ISO week 2026-W47), 中国社会报.
# 昨日, 同日 2026-11-21; 11月18日 2026-11-18; 今年重阳节 2026-10-18; 元旦
# 2027-01-01; 春节 (x2) 2027-02-06; 上周 2026-W46; 今年1月 2026-01; 9月底
# 2026-09; 10月 (x2), 上月 (x4) 2026-10; 本月初, 本月 2026-11; 12月 2026-12;
# 明年1月 2027-01; 三季度末 2026-Q3; 今年前三季度 (x3, the title's
# included), 今年 (x6), 年底 2026; 去年同期 (x2), 去年底 (x2) 2025; 两年前
# 2024; 明年 (x2), 2027年底 2027; 2030年 2030.
# ===========================================================================


@doc
def g327():
    d = Doc(G327)
    Y, LY, NY = "2026", "2025", "2027"
    SH, BJ, HZ, CD, QD = "上海市", "北京市", "杭州市", "成都市", "青岛市"
    SZ, YX, WH, CQ, GZ = "苏州市", "宜兴市", "武汉市", "重庆市", "广州市"
    # title (a heading that opens with no city: no city section, and no
    # CITY in it; the space after 约58% splits it into two halves for
    # dates, GUIDELINES; 今年前三季度: 今年 attached, several quarters of a
    # year, the year, SPEC; 约58%: 约 touching, inside; 超百万份: a bare
    # magnitude with the marker 超 (GUIDELINES 近百, 上千; SPEC 超 over) ->
    # 1000000 份, over; 日均 no DATE)
    d.date("[[今年前三季度]]养老机构", Y, "")
    d.metric("升至[[约58%]] ", 58, "%", "approx", "")
    d.metric("供餐[[超百万份]]", 1000000, "份", "over", "")
    # byline 本报记者 林㛃: 本报 names no outlet (GUIDELINES), no row; 㛃 in
    # no span
    # P1 the ministry (民政部 昨日; 截至9月底: an end of a month is the month,
    # SPEC, 截至 outside, a bare month of the reference year; 约41.2万个,
    # 约836万张, 约529万张 (张, the measure word of beds, as written); the
    # sentence ends at ；; 今年前三季度 -> the year; 较去年同期: after
    # 今年前三季度, a period with no ISO form, the year before (SPEC), 较
    # outside; 约3.2个百分点 -> 百分点 (SPEC); 民政部养老服务司: a ministry's
    # department, one ORG; 比去年底: the year (SPEC 年底), 比 outside; 不足四成
    # -> 40 %, under (SPEC 不足); no city: 县级 and 中西部 name none)
    d.org("[[民政部]]昨日")
    d.date("民政部[[昨日]]发布", "2026-11-21", "")
    d.date("截至[[9月底]]，", "2026-09", "")
    d.metric("设施[[约41.2万个]]", 412000, "个", "approx", "")
    d.metric("养老服务床位[[约836万张]]", 8360000, "张", "approx", "")
    d.metric("机构床位[[约529万张]]", 5290000, "张", "approx", "")
    d.date("；[[今年前三季度]]，全国", Y, "")
    d.metric("利用率升至[[约58%]]，", 58, "%", "approx", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[约3.2个百分点]]", "3.2", "百分点", "approx", "")
    d.org("。[[民政部养老服务司]]相关")
    d.metric("已达[[约67%]]", 67, "%", "approx", "")
    d.date("比[[去年底]]提高", LY, "")
    d.metric("提高[[约4个百分点]]", 4, "百分点", "approx", "")
    d.metric("入住率仍[[不足四成]]", 40, "%", "under", "")
    # P2 the ageing committee (全国老龄工作委员会办公室（全国老龄办）: the
    # body and its bracketed short form, 全国…老龄…办 in the name's order,
    # GUIDELINES; 同日: the latest day-precision date earlier in the text,
    # 昨日 of P1 (SPEC, GUIDELINES; check_same); 截至去年底 -> 2025; 60岁以上,
    # 80岁以上: ages, SPEC 60岁以上 -> 60, 岁, over; 约3.14亿人; 占总人口的
    # 22.3%: exact; the sentence ends at ；; 全国老龄办 once more (有关负责人
    # 说); 到2030年: a bare year, 到 outside; 突破3.6亿人: 突破 an over-marker
    # inside the span, SPEC; 中国老龄协会 上月; 约七成 -> 70 %, approx; 约占
    # 一成: 约 before 占 sets approx across the verb (GUIDELINES 约占全国的
    # 四成), declared sep; no city)
    d.org("[[全国老龄工作委员会办公室]]（")
    d.org("（[[全国老龄办]]）")
    d.date("（全国老龄办）[[同日]]发布", "2026-11-21", "")
    d.date("截至[[去年底]]，全国", LY, "")
    d.metric("全国[[60岁以上]]老年人口", 60, "岁", "over", "")
    d.metric("老年人口[[约3.14亿人]]", 314000000, "人", "approx", "")
    d.metric("总人口的[[22.3%]]", "22.3", "%", "exact", "")
    d.metric("其中[[80岁以上]]高龄", 80, "岁", "over", "")
    d.metric("高龄老人[[约3900万人]]", 39000000, "人", "approx", "")
    d.metric("失能老人[[约3600万人]]", 36000000, "人", "approx", "")
    d.org("。[[全国老龄办]]有关")
    d.date("到[[2030年]]，", "2030", "")
    d.metric("全国[[60岁以上]]人口预计", 60, "岁", "over", "")
    d.metric("将[[突破3.6亿人]]", 360000000, "人", "over", "")
    d.org("。[[中国老龄协会]]上月")
    d.date("老龄协会[[上月]]完成", "2026-10", "")
    d.metric("显示，[[约七成]]受访", 70, "%", "approx", "")
    d.metric("机构的约占[[一成]]", 10, "%", "approx", "", sep="约")
    # P3 canteens in 上海 (助餐服务是今年…: 今年 the reference year; 在上海，
    # 市民政局: the city, then the city's bureau by its own short name (SPEC
    # 市商务局), no CITY inside it; 本月初: a start of a month is the month,
    # SPEC; 全市 deictic; 约430家, 约2150个, 约27万份 (份, servings, as
    # written): the sentence runs to ； and its figures take 上海 (nearest
    # before); 15元至20元: a range, two mentions, each with its own 元 (SPEC);
    # 约3元; no city after ；; 上海市养老服务行业协会 上周 (the ISO week before
    # W47: W46); 约三分之一: a fraction is a percentage (SPEC) -> 33.3333333333
    # %, approx; no city (上海 inside the ORG row))
    d.date("是[[今年]]各地", Y, "")
    d.city("在[[上海]]，市民政局")
    d.org("上海，[[市民政局]]本月初")
    d.date("市民政局[[本月初]]公布", "2026-11", SH)
    d.metric("长者食堂已达[[约430家]]", 430, "家", "approx", SH)
    d.metric("老年助餐点[[约2150个]]", 2150, "个", "approx", SH)
    d.metric("日均供餐[[约27万份]]", 270000, "份", "approx", SH)
    d.metric("售价多在[[15元]]至", 15, "元", "exact", "")
    d.metric("15元至[[20元]]之间", 20, "元", "exact", "")
    d.metric("享受[[约3元]]的补贴", 3, "元", "approx", "")
    d.org("。[[上海市养老服务行业协会]]上周")
    d.date("行业协会[[上周]]走访", "2026-W46", "")
    d.metric("发现，[[约三分之一]]的", "33.3333333333", "%", "approx", "")
    # P4 canteens in 北京, 杭州, 南京, 成都, 青岛 (北京市民政局 (its city
    # inside); 今年1月至10月: a range, two mentions, SPEC 2024年3月至5月; 北京
    # 老年餐桌: a city as a modifier (SPEC 杭州特色), CITY; the DATEs take
    # 北京 (first after), the figures 北京 (nearest before); 约1860万人次
    # (人次, SPEC); 华天饮食集团旗下庆丰包子铺等餐饮企业: two ORGs across 旗下,
    # the second an item before 等…企业 (GUIDELINES; a restaurant chain by its
    # name, GUIDELINES 华龙酒楼); 约两成 -> 20 %; 杭州市民政局; 杭州 (a city as
    # a subject); 由杭州饮食服务集团、知味观等企业: two ORGs listed before 等
    # 企业 (the group's 杭州 inside it); 约占三成: 约 before 占, declared sep;
    # the sentence ends at ；; 南京、成都两地: two cities before their
    # collective label, no METRIC (SPEC 两地; check_collective); 约1300家和
    # 约1100家 take 成都 (nearest before: the pair's last), though the first
    # is 南京's: the rule as written; 青岛市民政局; 青岛今年: 今年 and the
    # figures take 青岛 (nearest before); 约有一半: 约 separated by the verb
    # 有 (GUIDELINES 约为/约有), declared sep, 一半 -> 50 % (SPEC 近一半);
    # 美团、饿了么等平台: two platforms listed before 等平台; 上月; 5元以内:
    # 以内 under, inside (SPEC); no city (上述城市 names none))
    d.org("[[北京市民政局]]表示，今年")
    d.date("表示，[[今年1月]]至", "2026-01", BJ)
    d.date("至[[10月]]，北京", "2026-10", BJ)
    d.city("10月，[[北京]]老年餐桌")
    d.metric("服务老年人[[约1860万人次]]", 18600000, "人次", "approx", BJ)
    d.metric("同比增长[[约18%]]，华天", 18, "%", "approx", BJ)
    d.org("，[[华天饮食集团]]旗下")
    d.org("旗下[[庆丰包子铺]]等")
    d.metric("其中[[约两成]]的供餐", 20, "%", "approx", BJ)
    d.org("。[[杭州市民政局]]数据")
    d.city("显示，[[杭州]]已建成")
    d.metric("老年食堂[[约2400家]]", 2400, "家", "approx", HZ)
    d.org("由[[杭州饮食服务集团]]、")
    d.org("、[[知味观]]等企业")
    d.metric("运营的约占[[三成]]", 30, "%", "approx", HZ, sep="约")
    d.city("；[[南京]]、成都")
    d.city("、[[成都]]两地")
    d.metric("增至[[约1300家]]和", 1300, "家", "approx", CD)
    d.metric("和[[约1100家]]。", 1100, "家", "approx", CD)
    d.org("。[[青岛市民政局]]表示")
    d.city("表示，[[青岛]]今年")
    d.date("青岛[[今年]]新增", Y, QD)
    d.metric("新增的[[约180个]]助餐点", 180, "个", "approx", QD)
    d.metric("约有[[一半]]设在", 50, "%", "approx", QD, sep="约")
    d.org("。[[美团]]、饿了么")
    d.org("、[[饿了么]]等平台")
    d.date("等平台[[上月]]起", "2026-10", "")
    d.metric("配送费在[[5元以内]]", 5, "元", "under", "")
    # P5 insurers' communities (泰康保险集团 (相关负责人表示); 约40个 (个
    # before 城市, the subject); 约26家; 超过1.4万人 over; 约88%; 每户约200万元:
    # 每户 a basis outside the span, 约 inside; 7000元左右: 左右 inside, SPEC;
    # no city (全国); 中国太保、中国人寿、新华保险、中国太平等险企: four ORGs
    # listed before 等 and a kind of company; 今年 takes 苏州 (first after); 苏州、
    # 厦门、青岛等地: cities sharing one head; 800至1200户: a range, two
    # mentions sharing the unit written once after the last (SPEC 30至80笔;
    # 800 declared shared), exact, both 青岛 (nearest before: the list's
    # last), though the units are the three insurers': the rule as written;
    # 国家金融监督管理总局; 截至三季度末: an end of a quarter is the quarter
    # (GUIDELINES 第三季度末), the reference year's; 约14家, 约10.5万张; no
    # city)
    d.org("。[[泰康保险集团]]相关")
    d.metric("全国[[约40个]]城市", 40, "个", "approx", "")
    d.metric("开业运营[[约26家]]", 26, "家", "approx", "")
    d.metric("入住居民[[超过1.4万人]]", 14000, "人", "over", "")
    d.metric("平均入住率[[约88%]]", 88, "%", "approx", "")
    d.metric("每户[[约200万元]]", 2000000, "元", "approx", "")
    d.metric("月费多在[[7000元左右]]", 7000, "元", "approx", "")
    d.org("。[[中国太保]]、")
    d.org("、[[中国人寿]]、")
    d.org("、[[新华保险]]、")
    d.org("、[[中国太平]]等险企")
    d.date("等险企[[今年]]在", Y, SZ)
    d.city("在[[苏州]]、厦门")
    d.city("、[[厦门]]、青岛")
    d.city("厦门、[[青岛]]等地")
    d.metric("养老单元[[800]]至1200户", 800, "户", "exact", QD, shared="户")
    d.metric("至[[1200户]]", 1200, "户", "exact", QD)
    d.org("。[[国家金融监督管理总局]]数据")
    d.date("截至[[三季度末]]，", "2026-Q3", "")
    d.metric("已有[[约14家]]", 14, "家", "approx", "")
    d.metric("总床位[[约10.5万张]]", 105000, "张", "approx", "")
    # P6 operators (总部位于宜兴的九如城集团: 宜兴 a county-level city (under
    # 无锡; SPEC: county-level cities), where the seat is, before the name
    # (GUIDELINES 总部位于日内瓦的地中海航运); 九如城集团 (a group's name,
    # 集团 a head); 11月18日 and the figures of the sentence up to ； take
    # 宜兴 (nearest before); 集团 (a read-back), 长三角 (a region; its 三
    # holds no figure, GUIDELINES) no rows; 约320家, 约4.6万张; 今年前三季度
    # (今年 attached; a bare 前三季度 after a comma is avoided, precedent
    # check); 约19亿元, 约12%; 光大养老 (a company acting: 今年新增 …
    # 床位); 今年 and 约5000张 take 北京 (first after), 约76% 武汉 (nearest
    # before: the list's last), though the rate is of the three cities'
    # homes: the rule as written; 北京、上海、武汉等城市: cities sharing one
    # head; 远洋集团; 今年重阳节: a named festival of the year written, 九月
    # 初九 of 2026 (SPEC: holidays, lunar ones converted; 期间 outside); 约
    # 2300人次; 较去年同期: after the holiday, a period with no ISO form, the
    # year before (SPEC); 约1.1倍; no city)
    d.city("位于[[宜兴]]的")
    d.org("的[[九如城集团]]11月")
    d.date("九如城集团[[11月18日]]披露", "2026-11-18", YX)
    d.metric("养老机构增至[[约320家]]", 320, "家", "approx", YX)
    d.metric("床位[[约4.6万张]]", 46000, "张", "approx", YX)
    d.date("万张，[[今年前三季度]]营收", Y, YX)
    d.metric("营收[[约19亿元]]", 1900000000, "元", "approx", YX)
    d.metric("同比增长[[约12%]]", 12, "%", "approx", YX)
    d.org("；[[光大养老]]今年")
    d.date("光大养老[[今年]]新增", Y, BJ)
    d.metric("新增[[约5000张]]护理", 5000, "张", "approx", BJ)
    d.city("其在[[北京]]、上海")
    d.city("北京、[[上海]]、武汉")
    d.city("上海、[[武汉]]等城市")
    d.metric("平均入住率[[约76%]]", 76, "%", "approx", WH)
    d.org("。[[远洋集团]]相关")
    d.date("公寓在[[今年重阳节]]期间", "2026-10-18", "")
    d.metric("吸引[[约2300人次]]", 2300, "人次", "approx", "")
    d.date("预订量较[[去年同期]]增长", LY, "")
    d.metric("增长[[约1.1倍]]", "1.1", "倍", "approx", "")
    # P7 payment (国家医疗保障局（国家医保局）: the body and its bracketed
    # short form (国家…医…保…局 in order); 本月; 约1.9亿人; 约260万名 (名);
    # 约680亿元; the sentence ends at ；; 明年起: 明年 from the reference year,
    # 起 outside; 南京市民政局 (its city inside, no CITY); 从10月起: 从 and 起
    # outside; 每人每月最高800元: 每人每月 outside (每月 recurring, no DATE),
    # 最高 sets no qualifier (GUIDELINES); 中度以上 names no figure; 约1.8万人;
    # no city)
    d.org("，[[国家医疗保障局]]（")
    d.org("（[[国家医保局]]）")
    d.date("（国家医保局）[[本月]]表示", "2026-11", "")
    d.metric("覆盖[[约1.9亿人]]", 190000000, "人", "approx", "")
    d.metric("累计[[约260万名]]", 2600000, "名", "approx", "")
    d.metric("基金支出[[约680亿元]]", 68000000000, "元", "approx", "")
    d.date("；[[明年]]起试点", NY, "")
    d.org("。[[南京市民政局]]则从")
    d.date("则从[[10月]]起", "2026-10", "")
    d.metric("每月最高[[800元]]", 800, "元", "exact", "")
    d.metric("惠及[[约1.8万人]]", 18000, "人", "approx", "")
    # P8 fees and homes (成都市民政局 上月: 上月 takes 成都 (first after); 成都
    # 公办养老机构: a city as a modifier; 月均 (a monthly average) no DATE;
    # 约4200元, 约5600元; 比两年前: N年前 a relative DATE (SPEC 两年前), 比
    # outside; 约6%和约9%: each with its own 约 and %; all 成都; 在重庆，市民政局:
    # the city, then its bureau by its own short name; 今年, 约2.3万户, 约
    # 3500元 (户均 a per-household average before it) take 重庆; the sentence
    # ends at ；; 广州 (a city as a subject); 年底前: 年底 the reference year
    # (SPEC), 前 outside; 约1.2万张 takes 广州)
    d.org("[[成都市民政局]]上月")
    d.date("成都市民政局[[上月]]公布", "2026-10", CD)
    d.city("显示，[[成都]]公办")
    d.metric("月均收费[[约4200元]]", 4200, "元", "approx", CD)
    d.metric("民办机构[[约5600元]]", 5600, "元", "approx", CD)
    d.date("分别比[[两年前]]上涨", "2024", CD)
    d.metric("上涨[[约6%]]和", 6, "%", "approx", CD)
    d.metric("和[[约9%]]。", 9, "%", "approx", CD)
    d.city("在[[重庆]]，市民政局")
    d.org("重庆，[[市民政局]]今年")
    d.date("市民政局[[今年]]已为", Y, CQ)
    d.metric("已为[[约2.3万户]]", 23000, "户", "approx", CQ)
    d.metric("户均补助[[约3500元]]", 3500, "元", "approx", CQ)
    d.city("；[[广州]]则计划")
    d.date("计划[[年底]]前", Y, GZ)
    d.metric("家庭养老床位[[约1.2万张]]", 12000, "张", "approx", GZ)
    # P9 carers (人力资源和社会保障部: a ministry of two fields joined by 和,
    # one ORG (JOINED_NAMES; GUIDELINES 上海市文化和旅游局); 约54万人; 超过100万人
    # over; the sentence ends at ；; 国家卫生健康委员会; 超过7800家 over; 约200
    # 万张; 深圳市民政局 上月 (its city inside: no city for the row); 本市
    # deictic; 每月 outside (recurring); 500元 exact; 广州市民政局则联合广东省
    # 民政厅: two ORGs (联合 a verb between them); 今年; 约1.6万人次; no city)
    d.org("。[[人力资源和社会保障部]]数据")
    d.metric("护理员[[约54万人]]", 540000, "人", "approx", "")
    d.metric("缺口[[超过100万人]]", 1000000, "人", "over", "")
    d.org("；[[国家卫生健康委员会]]则表示")
    d.metric("医养结合机构已[[超过7800家]]", 7800, "家", "over", "")
    d.metric("床位总数[[约200万张]]", 2000000, "张", "approx", "")
    d.org("。[[深圳市民政局]]上月")
    d.date("深圳市民政局[[上月]]出台", "2026-10", "")
    d.metric("每月发放[[500元]]岗位", 500, "元", "exact", "")
    d.org("；[[广州市民政局]]则联合")
    d.org("联合[[广东省民政厅]]，")
    d.date("民政厅，[[今年]]已培训", Y, "")
    d.metric("护理员[[约1.6万人次]]", 16000, "人次", "approx", "")
    # P10 the outlook (展望明年: from the reference year; 民政部 once more
    # (有关负责人表示); 2027年底: the year (SPEC 年底), 在 and 前 outside; 约900
    # 万张; 70%以上: 以上 inside, over (SPEC 6成以上); 中国社会福利与养老服务
    # 协会: an association of two fields joined by 与, one ORG (JOINED_NAMES;
    # GUIDELINES: two fields joined by 与 inside a body); 随着元旦、春节临近:
    # yearless, the coming ones (GUIDELINES); 12月至明年1月: a range, two
    # mentions (SPEC); 12月 in a sentence whose period is a yearless holiday
    # takes the year that puts it nearest 元旦 (GUIDELINES;
    # check_holiday_period) -> 2026-12; 明年1月 from the reference year; 约15%;
    # 春节期间: the coming 春节 again, 期间 outside; 北京市养老服务行业协会 (its
    # city inside); no city)
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[民政部]]有关")
    d.date("在[[2027年底]]前", NY, "")
    d.metric("达到[[约900万张]]", 9000000, "张", "approx", "")
    d.metric("提高到[[70%以上]]", 70, "%", "over", "")
    d.org("。[[中国社会福利与养老服务协会]]预计")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[12月]]至", "2026-12", "")
    d.date("至[[明年1月]]各地", "2027-01", "")
    d.metric("增长[[约15%]]", 15, "%", "approx", "")
    d.date("部分城市[[春节]]期间", "2027-02-06", "")
    d.org("。[[北京市养老服务行业协会]]提醒")
    audit = {
        "orgs": ["民政部", "民政部养老服务司", "全国老龄工作委员会办公室",
                 "全国老龄办", "中国老龄协会", "市民政局",
                 "上海市养老服务行业协会", "北京市民政局", "华天饮食集团",
                 "庆丰包子铺", "杭州市民政局", "杭州饮食服务集团", "知味观",
                 "青岛市民政局", "美团", "饿了么", "泰康保险集团", "中国太保",
                 "中国人寿", "新华保险", "中国太平", "国家金融监督管理总局",
                 "九如城集团", "国家卫生健康委员会",
                 "光大养老", "远洋集团", "国家医疗保障局", "国家医保局",
                 "南京市民政局", "成都市民政局", "人力资源和社会保障部",
                 "深圳市民政局", "广州市民政局", "广东省民政厅",
                 "中国社会福利与养老服务协会", "北京市养老服务行业协会"],
        "cities": ["上海", "北京", "杭州", "南京", "成都", "青岛", "苏州",
                   "厦门", "宜兴", "武汉", "重庆", "广州", "深圳", "广东",
                   "中国", "无锡",
                   # absent cities, as guards (none written)
                   "天津", "西安", "长沙", "郑州", "合肥", "福州", "济南",
                   "宁波", "昆明", "沈阳", "大连", "长春", "哈尔滨", "三亚",
                   "海口", "香港", "澳门", "东莞", "佛山", "温州"],
        "excluded": [
            # 全市, 本市: deictic, SPEC 全市, 本市
            "，[[全市]]社区", "在[[本市]]养老",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        # the collective label of 南京、成都 (SPEC 两地)
        "collectives": [("成都[[两]]地", 2)],
        # labels that hold a numeral and are no figure: 长三角 (a region,
        # GUIDELINES: 长三角 holds no figure), 一般 (usually)
        "labels_excluded": {"长三角": 1, "一般": 1},
        "latin_excluded": [],
        # time characters in words that are no DATE: 老年 (x5: 老年人口,
        # 老年助餐点, 老年餐桌, 服务老年人, 老年食堂), 日均 (x2, a daily
        # average), 月费 (a monthly fee), 每月 (x2, recurring, SPEC), 月均 (a
        # monthly average)
        "words_excluded": {"老年": 5, "日均": 2, "月费": 1, "每月": 2,
                           "月均": 1, "同期": 0, "年度": 0, "当年": 0,
                           "今后": 0, "日前": 0, "全年": 0, "近年": 0,
                           "当日": 0, "年化": 0, "今日": 0, "初期": 0,
                           "明确": 0, "青年": 0, "每年": 0, "长期": 1,
                           "短期": 1},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside; as in the precedent scripts):
        # 集团 (x1: 集团在长三角, a read-back), 协会 (x0), 民政局 (x0), 民政厅
        # (x0), 养老服务司 (x0), 保险集团 (x0), 保险机构 (x1, a kind)
        "orgwords_excluded": {"集团": 1, "协会": 0, "民政局": 0, "民政厅": 0,
                              "养老服务司": 0, "保险集团": 0, "保险机构": 1,
                              "老龄办": 0, "医保局": 0, "总局": 0,
                              "社会保障部": 0, "行业协会": 0,
                              "华天": 0, "庆丰": 0, "知味": 0, "泰康": 0,
                              "太保": 0, "人寿": 0, "新华": 0, "太平": 0, "九如城": 0,
                              "光大": 0, "远洋": 0, "美团": 0, "饿了么": 0,
                              # the places that open the bodies' names
                              "上海市": 0, "北京市": 0, "杭州市": 0,
                              "青岛市": 0, "南京市": 0, "成都市": 0,
                              "深圳市": 0, "广州市": 0, "广东省": 0,
                              "杭州饮": 0, "中国社": 0, "中国老": 0,
                              "全国老": 0, "国家医": 0, "国家金": 0,
                              "国家卫": 0, "卫生健康委员会": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g328 Macao parcels: the post, couriers, customs, platforms, trucks and
# warehouses, November 2026: the post's figures (郵電局 昨（廿三）日: 今年首十
# 個月, 十月份, 雙十一, 本月 against 去年同期; 十二月一日, 去年), customs (澳門
# 海關 昨日: 今年首十個月, 上月; 統計暨普查局: 第三季), couriers (順豐速運 今年
# 首十個月: 澳門, 上周五; 中國郵政速遞物流, 京東物流, 極兔速遞: 本周四, 廣州,
# 深圳, 澳門; 菜鳥集團 上月: 珠海, 天貓, 淘寶), trucks (交通事務局: 十月份,
# 澳門, 珠海, 中山, 江門; 澳門物流貨運聯合商會: 廣州, 佛山, 東莞, 去年; 珠海市
# 商務局 今年; 中山市商務局), air cargo and warehouses (澳門國際機場專營股份有限
# 公司 and 機場專營公司, 澳門國際機場: 今年首十個月; 澳門航空 今年: 杭州, 鄭州,
# 曼谷; 經濟及科技發展局 and 經科局: 年初, 明年), sea cargo (海事及水務局: 今年
# 首十個月, 香港; 上月, 香港國際機場), platforms and consumers (淘寶, 京東,
# 拼多多, 抖音: 今年雙十一; 消費者委員會: 上月, 較上月; 澳門工會聯合總會 and
# 工聯: 去年; 澳門街坊會聯合總會) and the outlook (郵電局: 年底, 聖誕, 農曆新年,
# 十二月; 拱北海關, 珠海市商務局: 明年首季, 2027年底; 經科局, 澳門貿易投資促進局:
# 明年, 廣州, 深圳).
# Traditional as Macao writes it (本澳, 全澳, 按年, 首十個月, 十月份, 十二月,
# 第三季, 首季, 上周五, 本周四, 昨（廿三）日, 十二月一日, 佔, 隨着, 氹仔,
# 介乎; figures
# with thousands separators beside Chinese-numeral shares, as 澳門日報 writes
# them), Big5-HKSCS without a BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 澳門日報.  昨（廿三）日, 昨日 2026-11-23; 上周五 2026-11-20;
# 本周四 2026-11-26; 雙十一, 今年雙十一 2026-11-11; 十二月一日 2026-12-01; 聖誕
# 2026-12-25; 農曆新年 2027-02-06; 上月 (x4) 2026-10; 上月 of 較上月 2026-09;
# 十月份 (x2) 2026-10; 本月 2026-11; 十二月 2026-12; 第三季 2026-Q3; 明年首季
# 2027-Q1; 今年首十個月 (x6, the title's included), 今年 (x2), 年初, 年底 2026;
# 去年同期 2025-11; 去年 (x3) 2025; 明年 (x2), 2027年底 2027.
# ===========================================================================


@doc
def g328():
    d = Doc(G328)
    Y, LY, NY = "2026", "2025", "2027"
    MO, HK, ZH, JM, DG = "澳门", "香港", "珠海市", "江门市", "东莞市"
    GZ, HZ = "广州市", "杭州市"
    # title (a heading that opens with no CITY: no city section, and no
    # CITY in it; the space after 約兩成 splits it into two halves for
    # dates, GUIDELINES; 今年首十個月: Macao's first months with 首, 今年
    # attached, the year (SPEC 首9个月); 郵電局: Macao's post and
    # telecommunications bureau standing alone in a Macao text
    # (GUIDELINES); 按年 no DATE; 約兩成 -> 20 %, approx; 日均 no DATE;
    # 逾三百車次: a Chinese numeral with 百 and its unit (车次, GUIDELINES),
    # 逾 inside, over)
    d.date("[[今年首十個月]]郵電局", Y, "")
    d.org("首十個月[[郵電局]]處理")
    d.metric("按年增[[約兩成]] ", 20, "%", "approx", "")
    d.metric("貨車日均[[逾三百車次]]", 300, "车次", "over", "")
    # P1 the post (【本報消息】 names no outlet: no row; 郵電局 昨（廿三）日:
    # one span, the bracketed day (廿三, GUIDELINES: 廿 the tens of a day)
    # agrees with the word; 今年首十個月; 約486萬件 (件); 約21%; 約佔八成: 約
    # before 佔 sets approx across the verb (GUIDELINES 约占全国的四成),
    # declared sep; the sentence ends at ；; 約37.2萬件, 約6.5%; 十月份: a month
    # in Chinese numerals, 份 inside (SPEC 2019年7月份), the reference year;
    # 單月 and 歷年同月 (GUIDELINES: 历年同月 names no period) no DATE;
    # 約58.3萬件; 郵電局 once more (指出); 受雙十一帶動: the shopping festival
    # with no year, the nearest occurrence (GUIDELINES), 2026-11-11; 本月;
    # 突破70萬件: 突破 inside, over (SPEC); 較去年同期: after 本月, that month a
    # year earlier (SPEC, GUIDELINES), 較 outside; 約25%; no city)
    d.org("【本報消息】[[郵電局]]昨")
    d.date("郵電局[[昨（廿三）日]]公佈", "2026-11-23", "")
    d.date("公佈，[[今年首十個月]]共處理", Y, "")
    d.metric("入口包裹[[約486萬件]]", 4860000, "件", "approx", "")
    d.metric("按年增加[[約21%]]", 21, "%", "approx", "")
    d.metric("包裹約佔[[八成]]", 80, "%", "approx", "", sep="約")
    d.metric("出口包裹[[約37.2萬件]]", 372000, "件", "approx", "")
    d.metric("按年增加[[約6.5%]]", "6.5", "%", "approx", "")
    d.date("。[[十月份]]單月", "2026-10", "")
    d.metric("處理包裹[[約58.3萬件]]", 583000, "件", "approx", "")
    d.org("。[[郵電局]]指出")
    d.date("受[[雙十一]]帶動", "2026-11-11", "")
    d.date("預計[[本月]]包裹量", "2026-11", "")
    d.metric("將[[突破70萬件]]", 700000, "件", "over", "")
    d.date("較[[去年同期]]增加", "2025-11", "")
    d.metric("增加[[約25%]]。", 25, "%", "approx", "")
    # P2 the post's services (郵電局 (x3: 表示, 將於, 去年全年); 約七成 (約七成
    # 為: GUIDELINES, 成 after a marked number is the share even where 成为
    # follows) -> 70 %; 不足1公斤: 不足 inside, under (SPEC), 公斤; 約43%;
    # 由十二月一日起: a date in Chinese numerals of the reference year
    # (precedent WC's 十二月一日), 由 and 起 outside; 約260個 (個 -> 个); 每件5元: 每件 a
    # basis outside the span (GUIDELINES 每平方米16712元), 5元 exact; 3元
    # exact; 每年 (recurring, SPEC) no DATE; 約800萬澳門元 (澳門元 the
    # currency as written, t2s 澳门元); 維持12元 exact; the sentence ends at
    # ；; 去年全年: 去年 (GUIDELINES: 全年 after a year is outside the span,
    # 去年全年 -> 去年); 約512萬件; no city)
    d.org("[[郵電局]]表示，入口")
    d.metric("入口包裹中[[約七成]]為", 70, "%", "approx", "")
    d.metric("重量[[不足1公斤]]", 1, "公斤", "under", "")
    d.metric("已升至[[約43%]]", 43, "%", "approx", "")
    d.org("，[[郵電局]]將由")
    d.date("將由[[十二月一日]]起", "2026-12-01", "")
    d.metric("增至[[約260個]]", 260, "个", "approx", "")
    d.metric("每件[[5元]]調整", 5, "元", "exact", "")
    d.metric("調整為[[3元]]", 3, "元", "exact", "")
    d.metric("節省[[約800萬澳門元]]", 8000000, "澳门元", "approx", "")
    d.metric("維持[[12元]]", 12, "元", "exact", "")
    d.org("；[[郵電局]]去年")
    d.date("郵電局[[去年]]全年", LY, "")
    d.metric("入口包裹[[約512萬件]]", 5120000, "件", "approx", "")
    # P3 customs (澳門海關: Macao's customs service with its place (GUIDELINES:
    # 海关 a government head after a place, 南通海关), no CITY inside; 昨日;
    # 今年首十個月; 約1,320萬件: the separator read, 13200000; 約18%; 約佔四成:
    # declared sep; 港珠澳大橋 (a bridge: its 港, 澳 one-character
    # abbreviations, no CITY); 約150宗 (宗, cases); 澳門海關 once more, 上月起:
    # 起 outside; 平均通關時間由約6小時縮短至約2.5小時: a measured time after
    # the cue 平均, and the baseline before 縮短 (GUIDELINES: 约180天降至约120
    # 天), unit 小时; 統計暨普查局 (GUIDELINES' own example of a Macao body
    # standing alone); 第三季: Macao's quarter without 度 (GUIDELINES), a bare
    # quarter of the reference year; 本澳 deictic; 約19.6億澳門元; 約16%; no
    # city: 澳門 only inside the ORG rows)
    d.org("[[澳門海關]]昨日")
    d.date("澳門海關[[昨日]]亦", "2026-11-23", "")
    d.date("表示，[[今年首十個月]]，經各口岸", Y, "")
    d.metric("快件[[約1,320萬件]]", 13200000, "件", "approx", "")
    d.metric("上升[[約18%]]", 18, "%", "approx", "")
    d.metric("進出的約佔[[四成]]", 40, "%", "approx", "", sep="約")
    d.metric("案件[[約150宗]]", 150, "宗", "approx", "")
    d.org("。[[澳門海關]]上月")
    d.date("澳門海關[[上月]]起", "2026-10", "")
    d.metric("時間由[[約6小時]]縮短", 6, "小时", "approx", "")
    d.metric("縮短至[[約2.5小時]]", "2.5", "小时", "approx", "")
    d.org("。[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]本澳", "2026-Q3", "")
    d.metric("貨物價值[[約19.6億澳門元]]", 1960000000, "澳门元", "approx", "")
    d.metric("按年增加[[約16%]]。", 16, "%", "approx", "")
    # P4 couriers (順豐速運 (SF Express, 表示); 今年首十個月 takes 澳門 (first
    # after), 約2,150萬件 and 約45% 澳門 (nearest before), though they are
    # the courier's: the rule as written; 往來澳門與內地: a city as a place
    # travelled to, CITY; 本澳 deictic; the sentence ends at ；; 該公司 a
    # read-back; 上周五 (W47's Friday); 氹仔 a district (氹 declared, in no
    # span); 約8,000平方米; 日處理 no DATE; 約12萬件; no city; 中國郵政速遞物流、
    # 京東物流及極兔速遞: three ORGs, the last two joined by 及 (LISTED_PAIRS);
    # 往返澳門; 京東物流 once more; 由本周四起: W48's Thursday, 由 and 起
    # outside (GUIDELINES 本周三起); it takes 澳門 (nearest before: 往返澳門),
    # though the service is 京東物流's: the rule as written; 廣州、深圳至澳門:
    # cities of a route; 次日達 (a delivery service, GUIDELINES) no DATE; 全澳
    # deictic; 菜鳥集團 (the group's name, GUIDELINES: 菜鸟集团 confirms 菜鸟)
    # 上月: it takes 珠海 (first after); 港澳 one-character abbreviations;
    # 澳門居民: a city as a modifier; 天貓及淘寶: two platforms joined by 及
    # (LISTED_PAIRS); 約12元 and 約5元 (每公斤 a basis outside the span, the
    # marker 約 inside) take 澳門 (nearest before))
    d.org("，[[順豐速運]]表示")
    d.date("表示，[[今年首十個月]]其往來", Y, MO)
    d.city("往來[[澳門]]與內地")
    d.metric("件量[[約2,150萬件]]", 21500000, "件", "approx", MO)
    d.metric("快遞市場[[約45%]]", 45, "%", "approx", MO)
    d.date("該公司[[上周五]]在", "2026-11-20", "")
    d.metric("開設[[約8,000平方米]]", 8000, "平方米", "approx", "")
    d.metric("提升至[[約12萬件]]", 120000, "件", "approx", "")
    d.org("。[[中國郵政速遞物流]]、")
    d.org("、[[京東物流]]及")
    d.org("及[[極兔速遞]]亦")
    d.city("往返[[澳門]]的班車")
    d.org("其中[[京東物流]]由")
    d.date("由[[本周四]]起", "2026-11-26", MO)
    d.city("把[[廣州]]、深圳")
    d.city("廣州、[[深圳]]至澳門")
    d.city("深圳至[[澳門]]的")
    d.org("。[[菜鳥集團]]上月")
    d.date("菜鳥集團[[上月]]在", "2026-10", ZH)
    d.city("在[[珠海]]開設")
    d.city("集運倉，[[澳門]]居民")
    d.org("在[[天貓]]及")
    d.org("及[[淘寶]]下單")
    d.metric("首重運費[[約12元]]", 12, "元", "approx", MO)
    d.metric("每公斤[[約5元]]", 5, "元", "approx", MO)
    # P5 trucks (交通事務局 (Macao's transport bureau standing alone); 十月份
    # takes 澳門 (first after); 港珠澳大橋, 橫琴口岸 (a bridge and a border
    # crossing: no mention); 往來澳門與珠海、中山、江門等地: cities sharing one
    # head (中山 in a 、-list with other cities, GUIDELINES); 約9,600車次,
    # 逾三百車次 and 約17% take 江門 (nearest before: the list's last), though
    # they are all the routes': the rule as written; 澳門物流貨運聯合商會;
    # 本澳 deictic; 約有180輛: 約 separated by the verb 有 (GUIDELINES 约为/
    # 约有), declared sep, 輛 -> 辆; it takes 澳門 (first after); 兩地牌 (a
    # kind of licence plate, a label, no figure); 來往澳門與廣州、佛山、東莞:
    # cities; 介乎1,800元至2,600元: a range, two mentions each with its 元, 介乎
    # no marker (precedent WB's 介乎2%至3%), exact; 較去年: from the reference
    # year, 較 outside; 約一成 -> 10 % (GUIDELINES: 一 is a figure in 一成);
    # all 東莞 (nearest before: the list's last), the rule as written; the
    # sentence ends at ；; 珠海市商務局 (its city inside); 今年 and 約60家 take
    # 澳門 (first after); 澳門電商: a city as a modifier; 在珠海; 約12萬平方米
    # takes 珠海 (nearest before); the sentence ends at ；; 中山市商務局;
    # 澳門企業: a city as a modifier)
    d.org("，[[交通事務局]]資料")
    d.date("顯示，[[十月份]]經", "2026-10", MO)
    d.city("往來[[澳門]]與珠海")
    d.city("澳門與[[珠海]]、")
    d.city("、[[中山]]、江門")
    d.city("中山、[[江門]]等地")
    d.metric("跨境貨車[[約9,600車次]]", 9600, "车次", "approx", JM)
    d.metric("，日均[[逾三百車次]]", 300, "车次", "over", JM)
    d.metric("按年增加[[約17%]]", 17, "%", "approx", JM)
    d.org("。[[澳門物流貨運聯合商會]]指出")
    d.metric("約有[[180輛]]", 180, "辆", "approx", MO, sep="約")
    d.city("來往[[澳門]]與廣州")
    d.city("與[[廣州]]、佛山")
    d.city("、[[佛山]]、東莞")
    d.city("佛山、[[東莞]]的")
    d.metric("介乎[[1,800元]]至", 1800, "元", "exact", DG)
    d.metric("1,800元至[[2,600元]]", 2600, "元", "exact", DG)
    d.date("較[[去年]]上升約一成", LY, DG)
    d.metric("上升[[約一成]]；", 10, "%", "approx", DG)
    d.org("。[[珠海市商務局]]表示")
    d.date("表示，[[今年]]已有", Y, MO)
    d.metric("已有[[約60家]]", 60, "家", "approx", MO)
    d.city("約60家[[澳門]]電商")
    d.city("企業在[[珠海]]設倉")
    d.metric("租用倉庫[[約12萬平方米]]", 120000, "平方米", "approx", ZH)
    d.org("；[[中山市商務局]]亦")
    d.city("吸引[[澳門]]企業")
    # P6 air cargo and warehouses (澳門國際機場專營股份有限公司（機場專營公司）:
    # the airport's operator and its bracketed short form, 機場…專營…公司 in
    # the name's order (GUIDELINES); 澳門國際機場: an airport's name is an ORG
    # with no CITY inside (SPEC); 今年首十個月; 約8.6萬公噸 (公噸 -> 公吨,
    # GUIDELINES); 約14%; 約佔55%: declared sep; the sentence ends at ；; no
    # city; 澳門航空 (Air Macau; an airline by its name, GUIDELINES: airlines
    # are in the gazetteer); 多家 vague; 今年 takes 杭州 (first after); 杭州、
    # 鄭州及曼谷: three cities of routes (曼谷 a foreign capital, its common
    # name); 經濟及科技發展局（經科局）: a bureau of two fields joined by 及
    # (JOINED_NAMES) and its short form; 本澳 deictic; 約21萬平方米; 由年初的
    # 約12%降至約7%: 年初 the reference year (SPEC: a start of a period is the
    # period), a change's baseline; 每平方米 and 月租 outside (月租 no DATE);
    # 介乎180元至220元: two mentions, exact; no city; 經科局 once more; 明年;
    # 每家企業最高資助50萬元: 最高 sets no qualifier (GUIDELINES), exact)
    d.org("[[澳門國際機場專營股份有限公司]]（")
    d.org("（[[機場專營公司]]）")
    d.date("表示，[[今年首十個月]]澳門國際機場", Y, "")
    d.org("今年首十個月[[澳門國際機場]]處理")
    d.metric("航空貨物[[約8.6萬公噸]]", 86000, "公吨", "approx", "")
    d.metric("按年增長[[約14%]]", 14, "%", "approx", "")
    d.metric("貨物約佔[[55%]]", 55, "%", "approx", "", sep="約")
    d.org("；[[澳門航空]]及")
    d.date("航空公司[[今年]]新開", Y, HZ)
    d.city("往返[[杭州]]、鄭州")
    d.city("、[[鄭州]]及曼谷")
    d.city("及[[曼谷]]的")
    d.org("。[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）數據")
    d.metric("倉儲面積[[約21萬平方米]]", 210000, "平方米", "approx", "")
    d.date("由[[年初]]的", Y, "")
    d.metric("年初的[[約12%]]", 12, "%", "approx", "")
    d.metric("降至[[約7%]]，", 7, "%", "approx", "")
    d.metric("月租介乎[[180元]]至", 180, "元", "exact", "")
    d.metric("180元至[[220元]]", 220, "元", "exact", "")
    d.org("。[[經科局]]將於")
    d.date("將於[[明年]]推出", NY, "")
    d.metric("最高資助[[50萬元]]", 500000, "元", "exact", "")
    # P7 sea cargo (海事及水務局 (Macao's marine and water bureau, two fields
    # joined by 及: JOINED_NAMES); 今年首十個月 (a comma after it); 內港 (the
    # Inner Harbour, a port); 約4.2萬標準箱 (GUIDELINES: 标准箱 a unit); 約3%;
    # 約兩成為 (成 the share before 为); all 香港 (first after), though they
    # are Macao's: the rule as written; 原經香港中轉: CITY; 由約2天縮短至約1天:
    # a measured time before and after 縮短 (GUIDELINES: the baseline before a
    # verb of change; the cue 縮短), unit 天, 香港 (nearest before); the
    # sentence ends at ；; 港澳 abbreviations; 上月經大橋: 上月 (GUIDELINES:
    # 上月经大桥北上的港车 -> the month before the reference month); 往返香港
    # 國際機場: an airport's name, an ORG with no CITY inside (SPEC); 日均 no
    # DATE; 約85車次; no city in that sentence)
    d.org("，[[海事及水務局]]資料")
    d.date("顯示，[[今年首十個月]]，經內港", Y, HK)
    d.metric("貨櫃[[約4.2萬標準箱]]", 42000, "标准箱", "approx", HK)
    d.metric("按年減少[[約3%]]", 3, "%", "approx", HK)
    d.metric("其中[[約兩成]]為", 20, "%", "approx", HK)
    d.city("轉運至[[香港]]的")
    d.city("原經[[香港]]中轉")
    d.metric("時間由[[約2天]]縮短", 2, "天", "approx", HK)
    d.metric("縮短至[[約1天]]", 1, "天", "approx", HK)
    d.date("跨境貨車[[上月]]經大橋", "2026-10", "")
    d.org("往返[[香港國際機場]]物流")
    d.metric("日均[[約85車次]]", 85, "车次", "approx", "")
    # P8 platforms, consumers and couriers (隨着 (着 declared, in no span);
    # 淘寶、京東、拼多多及抖音等平台: four ORGs listed before 等平台, the last
    # two joined by 及 (LISTED_PAIRS); 今年雙十一: 今年 attached, the festival
    # (期間 outside); 發往澳門 (x2); 約三成; 淘寶 once more; 約佔一半: declared
    # sep, 一半 -> 50 % (SPEC 近一半); 抖音 once more (直播帶貨, its
    # platform's business); 逾一倍 (GUIDELINES: a figure in 一倍) -> 1 倍,
    # over; all take 澳門 (first after, then nearest before); 消費者委員會
    # (Macao's consumer council standing alone, GUIDELINES' Hong Kong
    # example of the same name); 上月; 約420宗; 較上月: a baseline after 較,
    # the month before the last month its sentence states (上月 2026-10:
    # GUIDELINES 10月营收…较上月 -> 09); 約9%; 約六成; no city; 澳門工會聯合
    # 總會（工聯）: the federation and its bracketed short form (工…聯 in
    # order), 工聯 once more; 本澳 deictic; 日均 no DATE; 約160件; 逾四成 ->
    # 40 %, over; 較去年: from the reference year; 澳門街坊會聯合總會; 北區 and
    # 氹仔 districts; 約30個; no city)
    d.org("，[[淘寶]]、京東")
    d.org("淘寶、[[京東]]、")
    d.org("、[[拼多多]]及")
    d.org("及[[抖音]]等平台")
    d.date("等平台[[今年雙十一]]期間", "2026-11-11", MO)
    d.city("期間發往[[澳門]]的訂單")
    d.metric("增長[[約三成]]", 30, "%", "approx", MO)
    d.org("其中[[淘寶]]的")
    d.metric("包裹量約佔[[一半]]", 50, "%", "approx", MO, sep="約")
    d.org("，[[抖音]]直播")
    d.city("帶貨發往[[澳門]]的")
    d.metric("增長[[逾一倍]]", 1, "倍", "over", MO)
    d.org("。[[消費者委員會]]上月")
    d.date("委員會[[上月]]共", "2026-10", "")
    d.metric("投訴[[約420宗]]", 420, "宗", "approx", "")
    d.date("較[[上月]]增加", "2026-09", "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    d.metric("當中[[約六成]]", 60, "%", "approx", "")
    d.org("。[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）")
    d.metric("派件[[約160件]]", 160, "件", "approx", "")
    d.metric("，[[逾四成]]受訪者", 40, "%", "over", "")
    d.date("收入較[[去年]]下降", LY, "")
    d.org("，[[工聯]]建議")
    d.org("；[[澳門街坊會聯合總會]]則")
    d.metric("服務點[[約30個]]", 30, "个", "approx", "")
    # P9 the outlook (展望年底: the reference year (SPEC 年底); 郵電局;
    # 聖誕及農曆新年前後: yearless, the coming ones (GUIDELINES; 农历新年 is
    # 春节), 前後 outside; 旺季 no DATE; 十二月: a month in a sentence whose
    # period is a yearless holiday takes the year that puts it nearest 聖誕
    # (GUIDELINES; check_holiday_period) -> 2026-12; 約75萬件; the sentence
    # ends at ；; 該局 a read-back; 同拱北海關及珠海市商務局: 同 "with" before
    # the first (precedents WB, WC), the two joined by 及 (LISTED_PAIRS;
    # 拱北海關 a mainland customs district, GUIDELINES 南通海关); 明年首季:
    # 明年 attached, the first quarter (GUIDELINES 首季), 起 outside; 橫琴 a
    # district; 2027年底: the year, 於 and 前 outside; 約1.5萬平方米; no city;
    # 澳門物流貨運聯合商會 once more; 經科局 once more; 明年 takes 廣州 (first
    # after); 澳門貿易投資促進局 (its place inside); 赴廣州、深圳: cities)
    d.date("展望[[年底]]，", Y, "")
    d.org("，[[郵電局]]預計")
    d.date("預計[[聖誕]]及", "2026-12-25", "")
    d.date("及[[農曆新年]]前後", "2027-02-06", "")
    d.date("旺季，[[十二月]]包裹量", "2026-12", "")
    d.metric("或達[[約75萬件]]", 750000, "件", "approx", "")
    d.org("同[[拱北海關]]及")
    d.org("及[[珠海市商務局]]加強")
    d.date("協作，[[明年首季]]起", "2027-Q1", "")
    d.date("於[[2027年底]]前", NY, "")
    d.metric("擴大至[[約1.5萬平方米]]", 15000, "平方米", "approx", "")
    d.org("。[[澳門物流貨運聯合商會]]則")
    d.org("。[[經科局]]則")
    d.date("表示，[[明年]]將聯同", NY, GZ)
    d.org("聯同[[澳門貿易投資促進局]]組織")
    d.city("赴[[廣州]]、深圳")
    d.city("廣州、[[深圳]]參展")
    audit = {
        "orgs": ["郵電局", "澳門海關", "統計暨普查局", "順豐速運",
                 "中國郵政速遞物流", "京東物流", "極兔速遞", "菜鳥集團",
                 "天貓", "淘寶", "交通事務局", "澳門物流貨運聯合商會",
                 "珠海市商務局", "中山市商務局",
                 "澳門國際機場專營股份有限公司", "機場專營公司",
                 "澳門國際機場", "澳門航空", "經濟及科技發展局", "經科局",
                 "海事及水務局", "香港國際機場", "京東", "拼多多", "抖音",
                 "消費者委員會", "澳門工會聯合總會", "工聯",
                 "澳門街坊會聯合總會", "拱北海關", "澳門貿易投資促進局"],
        "cities": ["澳門", "香港", "珠海", "中山", "江門", "廣州", "深圳",
                   "佛山", "東莞", "杭州", "鄭州", "曼谷", "本澳", "氹仔",
                   "橫琴", "中國", "拱北",
                   # absent cities, as guards (none written)
                   "上海", "北京", "惠州", "肇慶", "江門市", "台北",
                   "里斯本", "東京", "新加坡", "成都", "武漢", "義烏",
                   "南京", "廈門", "汕頭", "湛江"],
        "excluded": [
            # 本澳 (x6), 全澳: deictic, SPEC 本市, 全港; 氹仔 (x2, a district
            # of Macao; 氹 declared, in no span) and 橫琴 (x3, a district of
            # 珠海): not CITY, SPEC
            "佔[[本澳]]快遞", "目前[[本澳]]約有", "，[[本澳]]現有",
            "季[[本澳]]經郵遞", "，[[本澳]]快遞員", "組織[[本澳]]物流",
            "擴大至[[全澳]]", "在[[氹仔]]開設", "北區及[[氹仔]]增設",
            "及[[橫琴]]口岸往來", "延長[[橫琴]]口岸", "在[[橫琴]]試行",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        # labels that hold a numeral and are no figure: 兩地牌 (a kind of
        # licence plate: cross-border plates of both sides)
        "labels_excluded": {"兩地牌": 1},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (x10, year on year),
        # 日均 (x4, a daily average), 單月 (a single month's figure), 歷年同月
        # (GUIDELINES: names no period), 每年 (recurring, SPEC), 全年 (after
        # 去年, outside its span, GUIDELINES), 日處理 (a daily capacity), 次日達
        # (a delivery service, GUIDELINES), 月租 (a monthly rent), 旺季 (a
        # peak season)
        "words_excluded": {"按年": 10, "日均": 4, "單月": 1, "歷年同月": 1,
                           "每年": 1, "全年": 1, "日處理": 1, "次日達": 1,
                           "月租": 1, "旺季": 1, "節省": 1,
                           "同期": 0, "年度": 0, "今後": 0, "日前": 0,
                           "近年": 0, "今次": 0, "每日": 0, "每月": 0,
                           "近月": 0, "青年": 0, "成年": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (as in g327): 公司 (該公司, a read-back; 航空公司,
        # a kind), 航空 (航空貨物, 航空公司), 物流 (x6: 物流企業 x3, 物流業,
        # 物流倉儲, 物流設施: kinds and facilities), 商會 (x0), 總會 (x0)
        "orgwords_excluded": {"有限公司": 0, "公司": 2, "商會": 0, "總會": 0,
                              "海關": 0, "事務局": 0, "普查局": 0,
                              "發展局": 0, "水務局": 0, "促進局": 0,
                              "商務局": 0, "委員會": 0, "郵電局": 0,
                              "集團": 0, "航空": 2, "機場": 0, "速遞": 0,
                              "速運": 0, "物流": 6,
                              "順豐": 0, "菜鳥": 0, "京東": 0, "極兔": 0,
                              "天貓": 0, "淘寶": 0, "拼多多": 0, "抖音": 0,
                              "工聯": 0, "街坊": 0, "拱北": 0, "經科": 0,
                              # the places that open the bodies' names
                              "澳門海": 0, "澳門物": 0, "澳門國": 0,
                              "澳門航": 0, "澳門工": 0, "澳門街": 0,
                              "澳門貿": 0, "珠海市商": 0, "中山市商": 0,
                              "香港國": 0, "中國郵": 0},
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
    declares (TITLE_HALVES: g327's space after 约58%, g328's after 約兩成;
    annotate_wc.py's g321 and g322 had theirs after 约3.6% and 約一成)."""
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
        # at a KeyError: new here)
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
# keeps its denominator in the unit and in the span; the denominators are a
# list of rules/ that I may not read): none.  g328 writes three prices
# right after 每 and a measure word (每件5元, 續重每公斤約5元; 每平方米月租
# 介乎180元 has 月租 and 介乎 between), g327 one (每户约200万元): a basis
# outside the span and the unit (GUIDELINES: 每平方米16712元 -> unit 元;
# annotate_wc.py's g322 wrote 每公噸 before three prices, annotate_tc.py's
# g304 每司馬斤 and 每司馬擔 before four, annotate_qb.py's g283 每吨 before
# seven); g327's 每人每月最高800元 and 每月发放500元 have no measure word
# before their figures
PER_UNITS = {}


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
    annotate_tc.py; 公噸, Macao's metric tonne, added by annotate_wc.py
    for its g322's 每公噸約八百元, 每公噸七十元 and 每公噸一百元; 件 and 户
    added here for g328's 每件5元 and g327's 每户约200万元)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|公吨|公噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|"
                  "名學生|人|班|司馬斤|司馬擔|件|户|戶)(手續費)?$", head)
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
            # annotate_rc.py's g291's 本报 names none; unused here, g327's
            # declared character being a BMP one)
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
            starts, is_org, lstart, llen = d.byline
            if lstart <= s <= lstart + llen:
                assert is_org and r["type"] == "ORG" and \
                    (tx, s) in starts, r
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
            # 每公噸一百元; 件 and 户 added here for g328's 每件5元 and g327's
            # 每户约200万元)
            head = re.sub("每(吨|噸|公吨|公噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|"
                          "份|司馬斤|司馬擔|件|户|戶)$", "", head)
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
        starts, is_org, lstart, llen = d.byline
        on_line = [r for r in rows if lstart <= r["start"] <= lstart + llen]
        if is_org:
            assert [(r["text"], r["start"]) for r in on_line] == starts, \
                on_line
        else:                   # 本报记者: no row on the line at all
            assert not on_line, on_line
        # each outlet's row is an ORG at its place, the first right after
        # the prefix (annotate_aa.py's check_line3, folded in here)
        for r in on_line:
            assert r["type"] == "ORG", r
    if d.opener:
        # the paragraph opener holds exactly the declared rows
        # (annotate_ob.py's 【明報專訊】 held 明報, the outlet named before its
        # dateline word 專訊, an ORG right after the bracket, and so did
        # annotate_qb.py's g284; g328's 【本報消息】, annotate_wc.py's g322's
        # 【特訊】, annotate_vc.py's g316's and annotate_uc.py's g310's
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
    # type and text declared for it (an earlier script's 氹 in the ORG
    # 氹仔坊眾學校 and 〇 in the DATE 二〇二五年; annotate_ob.py's IN_ORG held
    # 滙 in 滙豐 and 恒 in 恒基地產 and 恒生銀行; none here)
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
        # annotate_qc.py), but the declared forms (here 台 of 平台;
        # annotate_wc.py's 峰 of 三峰; an earlier script's 里 of 里斯本;
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

