#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g289_tyre_makers_exports_plants and g290_hk_reits_shopping_malls
(annotator RB).

Adapted from the precedent set's tools/annotate_qb.py (now dev/tools/annotate_g283_g284.py) (/tmp/ho50/precedent:
a simplified mainland article in a GB codec with characters outside the
narrower codec on its byline, and a traditional Hong Kong article: my pair
in script, region and codec family; copied and the data changed).  Its two
storage blocks are replaced, since my files are stored otherwise:

- annotate_qb.py's GB18030 block becomes a GBK block, one step narrower:
  the declared characters are the only ones GB2312 lacks (OUTSIDE_GB2312:
  喆 86 B4 and 玥 AB 68, the reporters' given names on the byline 本报记者
  刘喆 孙玥, in no span), each written with its declared GBK bytes at its own
  place (the file walked character by character, two bytes every non-ASCII
  character), of the kinds declared per article (GBK_KINDS: one of GBK/3,
  one of GBK/4; GBK/5 kept unused); gb2312 fails on the file first at 喆,
  cp936 and gb18030 read it as the same text, the Big5 family and the
  Unicode codecs fail or read another text; every line without a declared
  character is GB2312 byte for byte; annotate_qb.py's byline block (本报
  names no outlet: no row on the line) and its GB_FORMS and
  ASTRAL_BEFORE_BODY checks stay, declared empty.
- annotate_qb.py's Big5-HKSCS block becomes annotate_qc.py's UTF-16
  LITTLE-ENDIAN-WITH-BOM block, opened to a traditional Hong Kong text:
  exactly one BOM FF FE, the BOM-aware codec reads the same text, the plain
  little-endian reading keeps U+FEFF in front, the big-endian one reads
  another text; the file walked code unit by code unit (every ASCII
  character with its NUL after it; the surrogate branch kept, unused: no
  astral character); the legacy codecs and UTF-8 fail or read another
  text; Big5-HKSCS could store every character, GB2312 could not; no line
  opens with 【 (經濟日報 of Hong Kong prints no opener).  annotate_qb.py's
  Hong Kong block, which reads the decoded text whatever the storage,
  stays whole: the characters outside plain Big5 are exactly the declared
  ones (恒 of four bodies' names, cp950 F9 DA; 滙 of 滙豐, Big5-HKSCS FA C0),
  with their kinds (BIG5_KINDS: one cp950, one hkscs-udf), confined to
  their ORG rows (IN_ROW); the region named (香港, 本港) more often than
  Macao; the s2t forms a Hong Kong text keeps (S2T_ALLOWED: 厘 and 恒, each
  confined to its words); the t2s-then-s2hk round trip (S2HK_KEPT: 周/週,
  布/佈, 恒/恆, 厘/釐, 戶/户).

Every other check of annotate_qb.py stays: strict decoding, offsets,
overlaps (two ORG rows never touch; a bare 今年/明年/去年 never touches the
DATE after it), span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article, audits of digits,
magnitude characters, Latin words, Chinese numerals, time characters,
holiday words, city strings (absent cities as guards), ORG words with the
trade names before each head, the places that open bodies' names and the
junctions of bodies and their units, and ORG strings; the declared
organizations; the independent `city` rule asserted against my hand value
on every DATE/METRIC row; the month and day a DATE span writes, its
precision, a bare month, day or quarter in the reference year, the holiday
table by exact span and the holidays recomputed without it (the lunar table
checked against lunardate where it is installed), ROC years only in a
Taiwan text (none here); relative words resolved from the reference date
(昨日, 本周, 本周三, 本周四, 上周, 上周三, 上周五, 本月, 本月初, 下月, 上月,
今年, 明年, N年前 (两年前); 去年, 今日 and 上年 kept, unused); 上月 as a
baseline (kept, unused); the bare-day rule (19日, 18日); the range check (kept, unused);
同日/同月 (kept, unused); 去年同期 a year before its sentence's period (after
今年前10个月: the year); the bracketed gloss (上周三（18日）); the 上季 check
(上季 of g290); the 十一 check (kept, unused); check_forward (12月 after 明年
in g290); check_holiday_period (12月 after 春节 and after 聖誕); the 约占
check (约占七成, 約佔…三成); markers before, touching and after a span; 约为
as a separated marker (约为233元); the declared shared unit (kept, unused);
the collective-label checks (kept, unused); the time-unit check (kept,
unused); the narrowest codec; no Taiwan marker and no bare 2-3 digit year
in either text; the NO_SHI and FOREIGN_SHI checks; the two 市 checks,
CITY_STOPS and CITY_AMBIGUOUS; the ORG-row check (no 旗下, 的, 、, 子公司 or
屬下 inside, no start after 国家/中国); the joiner check with JOINED_NAMES
(中国石油和化学工业联合会, 东营市工业和信息化局, 證券及期貨事務監察委員會) and
the university-department check; the check that a traditional article
holds no simplified character; the SIMPLIFIED_ONLY coverage check;
check_per_before (每吨, 每公斤, 每条; 条 and 欧元 added) and the slash-rate
audit.

Changed or added besides the data and the storage blocks:
- rule_city reads a headline as one sentence (GUIDELINES: "For the city
  column a headline is one sentence"; annotate_qa.py's rule_city):
  annotate_qb.py split it at the space between its halves, against that
  line; half_break now only counts the halves each title declares
  (TITLE_HALVES, annotate_qa.py's check).
- Ported: annotate_qa.py's LISTED_PAIRS (every joiner between two ORG rows
  stands in a declared pair of listed names) and annotate_qc.py's
  check_bare_period (a bare 前三季度, 首三季, 上半年 … is the reference year's
  unless its sentence states or counts a year before it).
- New: every declared codec must have its storage block (a mutation that
  declared g289 as cp936 skipped every byte check and passed).
- The holiday table (春节; 聖誕, 農曆新年) and the calendar asserts for the
  reference dates 2026-11-21 (a Saturday of ISO W47) and 2026-11-23 (a
  Monday of W48).

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (a BOM removed, nothing else
changed):

- g289 is simplified (mainland, 中国化工报, 2026-11-21), stored as GBK
  WITHOUT a BOM; the title's 今 (BD F1) opens the file.  Its byline 本报记者
  刘喆 孙玥 stands on line 3 and holds no row.  Two characters are outside
  GB2312, both in the reporters' given names, in no span: 喆 (U+5586, GBK
  86 B4) and 玥 (U+73A5, GBK AB 68).  Every other character is GB2312;
  OpenCC t2s leaves the article unchanged.
- g290 is traditional (Hong Kong, 經濟日報, 2026-11-23), stored as UTF-16
  LITTLE-ENDIAN WITH a BOM (FF FE); the title's 領 (18 98) follows the BOM.
  Every character is one UTF-16 unit.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s, which
  keeps 恒 and turns 滙 into 汇; mainland cities by their official names
  with 市, Hong Kong and the foreign cities by their common names).  A Hong
  Kong text (香港 written 7 times, 本港 7 times, 澳門 never): Hong Kong
  bodies without a place in their names (政府統計處, 入境事務處) stand alone
  as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho50/precedent: README, NOTES_qa/qb/qc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g289_g290.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule, a headline read as one sentence); every DATE/METRIC row
states the city I expect by hand, and the two must agree.

Re-run (from anywhere):

    python3 dev/tools/annotate_g289_g290.py
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
G289 = "g289_tyre_makers_exports_plants"
G290 = "g290_hk_reits_shopping_malls"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G289: ("gbk", b"", False, "2026-11-21", "中国化工报"),
    G290: ("utf-16-le", BOM16LE, True, "2026-11-23", "經濟日報"),
}
# the first character of each file after its BOM (if any), with its bytes
# in the file's encoding: g289's title opens with 今 (GBK BD F1, no BOM),
# g290's with 領 (U+9818, little-endian 18 98 after FF FE)
FIRST_CHAR = {G289: ("今", b"\xbd\xf1"), G290: ("領", b"\x18\x98")}
# characters outside the BMP each article declares, in text order: none
# (GBK cannot write one; the UTF-16 article writes none, so its code points
# and its UTF-16 units count alike once the BOM is gone)
OUTSIDE_BMP = {G289: [], G290: []}
# characters of the mainland GBK article that GB2312 lacks, with their GBK
# bytes (new here: annotate_qb.py's OUTSIDE_GBK declared the characters of
# a GB18030 file that GBK lacks): 喆 (U+5586, GBK 86 B4) of the first
# reporter's given name and 玥 (U+73A5, GBK AB 68) of the second's, both on
# the byline line, in no span
OUTSIDE_GB2312 = {G289: {"喆": b"\x86\xb4", "玥": b"\xab\x68"}}
# ... and the kinds they are of, one each (new here, after annotate_qb.py's
# GB18030_KINDS): "gbk3" (GBK/3, the area GBK added before GB2312's rows:
# lead byte 81-A0, trail 40-FE but 7F) and "gbk4" (GBK/4, the area GBK
# added inside GB2312's rows: lead byte AA-FE, trail 40-A0 but 7F);
# "gbk5" (GBK/5, non-Han symbols, lead A8-A9, trail 40-A0) is kept in the
# block, unused
GBK_KINDS = {G289: Counter({"gbk3": 1, "gbk4": 1})}
# characters of the mainland article that GBK writes with bytes that
# GB2312 reads as another character (annotate_pc.py's name dot of
# 农民日报·中国农网, kept by annotate_qb.py): none here, the byline naming no
# outlet; the block stays
GB_FORMS = {G289: {}}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, then the reporters' names separated by a
# space; 本报 names no outlet (GUIDELINES: not 本报记者), so the line holds
# no row (annotate_qb.py's byline block)
BYLINE = {G289: ("", ["本报"], "记者 ", ["刘喆", "孙玥"])}
BYLINE_ORG = {G289: False}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP (annotate_qb.py's g283): none here (喆
# and 玥 are BMP characters of two bytes like every other Han character of
# the GBK file, so no count moves after them); the check stays
ASTRAL_BEFORE_BODY = set()
# characters of the UTF-16 article declared with their little-endian code
# units (annotate_qc.py's DECLARED_MAINLAND for its UTF-16 simplified
# article, there a surrogate pair on the byline): none here, every
# character of g290 is one code unit; the walk and its surrogate branch
# stay
DECLARED_UTF16 = {G290: {}}
DECLARED_KINDS = {G290: Counter()}
# the paragraph opener of a Hong Kong or Macao article and the rows it holds
# (annotate_qb.py's 【明報專訊】): none, 經濟日報 (Hong Kong) opens its
# articles with no bracketed opener; no line of g290 opens with 【
OPENER = {}
# characters of the Hong Kong article that plain Big5 lacks, each with
# whether cp950 (Taiwan's Big5) holds it: 恒 (U+6052, Hong Kong's form in
# the names 恒基陽光資產管理有限公司, 恒基兆業地產, 恒生銀行 and 恒隆地產;
# cp950 and Big5-HKSCS F9 DA, an ETEN character of the F9 row) and 滙
# (U+6ED9, of 滙豐; Big5-HKSCS FA C0, a lead byte of Big5's user-defined
# area, which HKSCS fills and cp950 does not read).  The file is UTF-16:
# the declaration says what a reader that converts the text to a Big5
# codec meets (annotate_qa.py kept its Big5 declarations for a UTF-8
# Taiwan file likewise)
OUTSIDE_BIG5 = {G290: {"恒": True, "滙": False}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"恒": b"\xf9\xda", "滙": b"\xfa\xc0"}
# ... and the kinds they are of, declared per article (annotate_qb.py's
# BIG5_KINDS): one "cp950" (恒, F9 row) and one "hkscs-udf" (滙, FA C0);
# the "hkscs-low" and "hkscs-c6c8" kinds are kept in the block, unused
BIG5_KINDS = {G290: Counter({"cp950": 1, "hkscs-udf": 1})}
# ... the rows a declared character may stand in (every occurrence inside
# one of them): 恒 and 滙 in ORG rows only (annotate_qb.py's IN_ROW)
IN_ROW = {G290: {"恒": ("ORG", ["恒基陽光資產管理有限公司", "恒基兆業地產",
                               "恒生銀行", "恒隆地產"]),
                 "滙": ("ORG", ["滙豐"])}}
# ... and the words a declared character may stand in outside every span
# (none here)
OUTSIDE_BIG5_WORD = {G290: {}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 政府統計處, 入境事務處 …, are ORGs in a
# text that names the region at least twice)
HONGKONG = {G290}
# Macao articles (none here)
MACAO = set()
# the region's names, which a text of the region writes at least twice and
# more often than the other region's (annotate_bc.py's, via annotate_qb.py)
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# the halves each title's spaces make (annotate_qa.py's TITLE_HALVES: the
# space between Han characters, or after a figure's %, splits a headline
# into sentences for dates only; the city column reads the headline as one
# sentence, GUIDELINES): g289's after 约5.2%, g290's after 約3.9% and
# after 回穩
TITLE_HALVES = {G289: 2, G290: 3}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them, taken alone (annotate_qb.py's 群 of two bodies' names): 厘
# (s2t 釐), as Hong Kong writes a rate in 厘 (GUIDELINES: 厘 of a mortgage
# rate, a unit as written), and 恒 (s2t 恆), as the four bodies write their
# registered names
S2T_ALLOWED = {G290: ("厘", "恒")}
# ... each confined to its declared words with their counts: 厘 in the five
# rate figures, 恒 in the four names (恒基 twice: 恒基陽光資產管理有限公司 and
# 恒基兆業地產)
S2T_ALLOWED_WORD = {G290: {"厘": {"6.8厘": 1, "0.25厘": 1, "0.125厘": 1,
                                  "4.875厘": 1, "0.5厘": 1},
                           "恒": {"恒基": 2, "恒生": 1, "恒隆": 1}}}
# ORG names that join two fields with 及/和/與/与 inside one body (GUIDELINES:
# 上海市文化和旅游局, 运输及物流局; annotate_pb.py's JOINED_NAMES, kept by
# annotate_qb.py): 中国石油和化学工业联合会 and 东营市工业和信息化局 of g289 and
# 證券及期貨事務監察委員會 of g290; any other ORG row holding a joiner stops
# (check())
JOINED_NAMES = {G289: ("中国石油和化学工业联合会", "东营市工业和信息化局"),
                G290: ("證券及期貨事務監察委員會",)}
# every joiner between two ORG rows stands in a declared pair of listed
# names (annotate_qa.py's LISTED_PAIRS, which annotate_qb.py lacked, ported:
# a name cut into two ORG rows across its own joiner, 中国木材 +
# 木制品流通协会, passed the other checks): 泓富產業信託及陽光房地產基金,
# 恒生銀行及中銀香港, 恒隆地產及希慎興業 of g290; none in g289
LISTED_PAIRS = {G289: set(),
                G290: {("泓富產業信託", "陽光房地產基金"),
                       ("恒生銀行", "中銀香港"), ("恒隆地產", "希慎興業")}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes: 周 (上周三, 上周, 本周四, 上周五; s2hk 週),
# 布 (公布 x2, 宣布; s2hk 佈; annotate_qb.py's pairs), 恒 (the four names;
# s2hk 恆), 厘 (the rates; s2hk 釐) and 戶 (租戶; s2hk 户, the form
# annotate_qc.py's Macao text declared the other way round)
S2HK_KEPT = {G290: {("周", "週"), ("布", "佈"), ("恒", "恆"), ("厘", "釐"),
                    ("戶", "户")}}
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
                   # g290's words (their t2s forms, none written in it: the
                   # script's coverage check asks for every one)
                   "万业东个丰为举于产亿仅价优会伦体债储兴内写农净减划则别务动"
                   "势区协单占历压发后员咨团国圣场坛处备奖实宽将尔带并广应开总"
                   "户托扩据数时显权来检楼汇汉湾点环现监确稳约级纾组经统继绩续"
                   "维缓联芜观计讨论访证诞询调账货购贷费资赏车较铜银销锣长阳际"
                   "陆随顺预领额鸿鹰")

# Holidays the articles name, by their exact span (2025-2027): g289
# (mainland, 2026-11-21): 春节 2027-02-06 (春节前后: yearless, the coming
# one, 77 days after; 前后 outside); g290 (Hong Kong, 2026-11-23): 聖誕
# 2026-12-25 (聖誕及農曆新年前後: yearless, the coming one, 32 days after)
# and 農曆新年 2027-02-06 (yearless, the coming one, 75 days after;
# GUIDELINES: 农历新年 is 春节).
HOLIDAY = {"春节": "2027-02-06", "聖誕": "2026-12-25",
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
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as the precedent
# annotators checked them with lunardate 0.3.0 for 2025-2027, and as I
# checked them again with the project venv's lunardate: 2026-10-18 for
# 九月初九 of 2026, 2027-02-06 for 正月初一 of 2027; 大年初三 is 正月初一 + 2
# days) and days computed from the calendar (黑色星期五; Western Easter;
# 中国农民丰收节 on the autumn equinox, annotate_pc.py's)
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
# 2027 is 77 days after g289's reference date and 75 after g290's; 春节 of
# 2026 is 277 days before g289's and 279 before g290's (so the nearest 春节
# is 2027's); 聖誕 of 2026 is 32 days after g290's, 聖誕 of 2025 333 days
# before it
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_SPRING[2027] - datetime.date(2026, 11, 21)).days == 77
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (datetime.date(2026, 11, 21) - _SPRING[2026]).days == 277
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 23)).days == 32
assert (datetime.date(2026, 11, 23) - datetime.date(2025, 12, 25)).days == 333
# the reference dates: g289's a Saturday of ISO week 2026-W47 (本周 W47 from
# 16 to 22 November, 本周三 2026-11-18, 本周四 2026-11-19; 上周 W46 from 9 to
# 15 November, 上周五 2026-11-13; 昨日 2026-11-20), g290's a Monday of W48
# (本周 W48 from 23 to 29 November, 本周四 2026-11-26; 上周 W47, 上周三
# 2026-11-18, 上周五 2026-11-20)
assert datetime.date(2026, 11, 21).isocalendar()[1:] == (47, 6)
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date.fromisocalendar(2026, 46, 5) == \
    datetime.date(2026, 11, 13)
assert datetime.date.fromisocalendar(2026, 47, 3) == \
    datetime.date(2026, 11, 18)
assert datetime.date.fromisocalendar(2026, 47, 4) == \
    datetime.date(2026, 11, 19)
assert datetime.date.fromisocalendar(2026, 47, 5) == \
    datetime.date(2026, 11, 20)
assert datetime.date.fromisocalendar(2026, 48, 4) == \
    datetime.date(2026, 11, 26)
# where lunardate is installed (the project venv holds it), the lunar table
# against it (annotate_qb.py's)
try:
    from lunardate import LunarDate as _LD

    def _solar(ld):
        return (getattr(ld, "to_solar_date", None) or ld.toSolarDate)()
    for _y in (2025, 2026, 2027):
        assert _solar(_LD(_y, 1, 1)) == _SPRING[_y], _y
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
    the day (GUIDELINES; annotate_pc.py's)."""
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
# 2026's festival is 59 days before g289's reference date, 2027's 306 after
# (kept from annotate_pc.py via annotate_qb.py; neither article names the
# festival)
assert (datetime.date(2026, 11, 21) - _harvest_festival(2026)).days == 59
assert (_harvest_festival(2027) - datetime.date(2026, 11, 21)).days == 306

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter, "中国农民丰收节": _harvest_festival,
                 "中國農民豐收節": _harvest_festival}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g289, mainland (2026: the prefecture-level 东营, 青岛, 威海, 柳州, 荆门,
    # 无锡, 焦作 and the provincial capitals 杭州, 贵阳; the county-level 招远
    # (under 烟台) and 荣成 (under 威海); cities at the article's date (SPEC);
    # the foreign 合艾 (Hat Yai, Thailand), 丹吉尔 (Tangier, Morocco) and 兹雷
    # 尼亚宁 (Zrenjanin, Serbia), each after its country, by their common
    # Chinese names)
    "东营": "东营市", "青岛": "青岛市", "招远": "招远市", "柳州": "柳州市",
    "荆门": "荆门市", "威海": "威海市", "荣成": "荣成市", "无锡": "无锡市",
    "杭州": "杭州市", "贵阳": "贵阳市", "焦作": "焦作市",
    "合艾": "合艾", "丹吉尔": "丹吉尔", "兹雷尼亚宁": "兹雷尼亚宁",
    # g290 (traditional spans; 香港 by its common name; mainland cities with
    # 市: 北京, 上海 (municipalities), 廣州, 深圳, 武漢, 佛山, 蕪湖, 長沙, 東莞;
    # the foreign 悉尼, 墨爾本, 倫敦 and 新加坡 (a city, GUIDELINES) by their
    # common Chinese names, as the mainland writes them)
    "香港": "香港", "北京": "北京市", "上海": "上海市", "廣州": "广州市",
    "深圳": "深圳市", "武漢": "武汉市", "佛山": "佛山市", "蕪湖": "芜湖市",
    "長沙": "长沙市", "東莞": "东莞市", "悉尼": "悉尼", "墨爾本": "墨尔本",
    "倫敦": "伦敦", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong and the foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"合艾", "丹吉尔", "兹雷尼亚宁", "香港", "悉尼", "墨尔本", "伦敦",
          "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text: t2s keeps Hong Kong's
# 恒, a form of both scripts (恒生银行), and turns 滙 into 汇 (汇丰))
ORG_NORM = {
    "領展": "领展", "領展房地產投資信託基金": "领展房地产投资信托基金",
    "領展資產管理有限公司": "领展资产管理有限公司",
    "置富產業信託": "置富产业信托", "長實集團": "长实集团",
    "泓富產業信託": "泓富产业信托", "陽光房地產基金": "阳光房地产基金",
    "泓富資產管理有限公司": "泓富资产管理有限公司",
    "恒基陽光資產管理有限公司": "恒基阳光资产管理有限公司",
    "恒基兆業地產": "恒基兆业地产", "冠君產業信託": "冠君产业信托",
    "鷹君集團": "鹰君集团",
    "越秀房地產投資信託基金": "越秀房地产投资信托基金",
    "越秀房託": "越秀房托",
    "越秀房託資產管理有限公司": "越秀房托资产管理有限公司",
    "順豐房地產投資信託基金": "顺丰房地产投资信托基金",
    "順豐房託": "顺丰房托", "順豐控股": "顺丰控股",
    "招商局商業房地產投資信託基金": "招商局商业房地产投资信托基金",
    "富豪產業信託": "富豪产业信托",
    "證券及期貨事務監察委員會": "证券及期货事务监察委员会",
    "證監會": "证监会", "香港交易所": "香港交易所",
    "香港房託基金協會": "香港房托基金协会", "摩根士丹利": "摩根士丹利",
    "美國聯邦儲備局": "美国联邦储备局", "聯儲局": "联储局",
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "滙豐": "汇丰", "恒生銀行": "恒生银行", "中銀香港": "中银香港",
    "瑞銀": "瑞银", "政府統計處": "政府统计处", "入境事務處": "入境事务处",
    "香港零售管理協會": "香港零售管理协会", "世邦魏理仕": "世邦魏理仕",
    "仲量聯行": "仲量联行", "新鴻基地產": "新鸿基地产",
    "恒隆地產": "恒隆地产", "希慎興業": "希慎兴业",
    "第一太平戴維斯": "第一太平戴维斯",
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
        # one would skip every byte check (new here, after a mutation that
        # declared g289 as cp936, Microsoft's name for GBK, passed)
        assert enc in ("gbk", "utf-16-le"), (doc_id, enc, "no storage block")
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
        # (annotate_qb.py's; used here: g289 is GBK), a Big5-HKSCS file that
        # Big5 reads is Big5 (from annotate_rc.py)
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
            # and 本报 names none, so the line holds no row here (checked in
            # check(); annotate_qb.py's block)
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
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM, A
            # TRADITIONAL HONG KONG ARTICLE (annotate_qc.py's block for its
            # simplified UTF-16 article, itself annotate_pa.py's; its
            # mainland checks, every character GB2312 but the declared ones,
            # give way to the Hong Kong block below, which reads the decoded
            # text whatever the storage, as annotate_qa.py kept its Big5
            # declarations for a UTF-8 Taiwan file): exactly one BOM FF FE,
            # the BOM-aware codec reads the same text, the plain
            # little-endian reading keeps U+FEFF in front (one code point
            # that would shift every offset by one), the big-endian reading
            # is another text
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
            # in little-endian order (g290: 領 = U+9818, written 18 98, the
            # low byte first; checked above), not its big-endian 98 18
            assert code == ch.encode("utf-16-le") != ch.encode(
                "utf-16-be"), doc_id
            # no lone surrogate in the decoded text (a strict decoder pairs
            # them), and the astral characters are exactly the declared ones
            declared = DECLARED_UTF16[doc_id]
            assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in self.text)
            assert sorted(c for c in declared if ord(c) > 0xFFFF) == \
                sorted(set(OUTSIDE_BMP[doc_id])), doc_id
            # the file walked code unit by code unit: each character's
            # little-endian units at its own place; every ASCII character
            # has its NUL byte AFTER it (little-endian), so a reader that
            # ignores the BOM reads a binary file; every character one unit
            # but a declared astral one, a surrogate pair (high D800-DBFF
            # then low DC00-DFFF, each written low byte first; none here)
            pos, places, kinds = 0, Counter(), Counter()
            for c in self.text:
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                if ord(c) < 0x80:
                    assert b == bytes([ord(c), 0]), (doc_id, c)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                if ord(c) > 0xFFFF:
                    assert len(b) == 4 and 0xD8 <= b[1] <= 0xDB and \
                        0xDC <= b[3] <= 0xDF, (doc_id, c)
                    assert c in declared, (doc_id, c)
                else:
                    assert len(b) == 2, (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            for c, unit in declared.items():
                assert unit.decode("utf-16-le") == c, (doc_id, c)
                if ord(c) > 0xFFFF:
                    assert len(unit) == 4 and 0x20000 <= ord(c) <= 0x2EBEF
                    kinds["utf16-surrogate-pair"] += 1
                else:
                    assert len(unit) == 2, c
                    kinds["utf16-bmp"] += 1
            assert kinds == DECLARED_KINDS[doc_id], kinds
            # two bytes a code unit: the file is twice the text's length
            # plus two more bytes for each astral character, and the BOM two
            # bytes more
            assert len(raw) == 2 * (len(self.text) +
                                    len(OUTSIDE_BMP[doc_id])), doc_id
            assert len(full) == len(raw) + 2, doc_id
            # a UTF-16 count equals the code points here (no astral
            # character): only the BOM, if a reader kept it, would shift
            # every offset, by one
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # the BOM is no part of the text and stands once, in front
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-16-le").count("\ufeff") == 1, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points; annotate_nb.py's)
            assert not any(unicodedata.combining(c) for c in self.text)
            # a legacy codec or UTF-8 fails on the file or reads another
            # text, with and without the BOM (annotate_nb.py's, as
            # annotate_qc.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # Big5-HKSCS could store the text (every character has a code
            # there; the Hong Kong block below checks the declared ones
            # outside plain Big5), GB2312 could not (a traditional text)
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # the title, then a blank line, then the body (no byline: 經濟日報
            # of Hong Kong prints none above its articles); an opener, where
            # one is declared (annotate_qb.py's 【明報專訊】), opens line 3
            # once; none here, and no line opens with 【
            lines = self.text.split("\n")
            assert lines[1] == "" and lines[2], doc_id
            if doc_id in OPENER:
                opener, _ = OPENER[doc_id]
                assert lines[2].startswith(opener), doc_id
                assert self.text.count(opener) == 1, doc_id
                assert opener[0] == "【" and opener[-1] == "】", opener
                self.opener = (len(lines[0]) + 1 + len(lines[1]) + 1,
                               len(opener))
                assert sum(x.startswith("【") for x in lines) == 1, doc_id
            else:
                assert not any(x.startswith("【") for x in lines), doc_id
            self.no_span_chars = sorted(declared)
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in declared), doc_id
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
            # hkscs-low 鰂 邨 埗, cp950 恒; annotate_pc.py's hkscs-low 氹 and
            # hkscs-c6c8 〇; annotate_qb.py's three hkscs-low; here two:
            # cp950 恒 and hkscs-udf 滙)
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
            # declared type and text (IN_ROW, annotate_pc.py's after
            # annotate_ob.py's IN_ORG: here 恒 and 滙 in ORG rows; by
            # position here and by row in check()) or to declared words in
            # no span (OUTSIDE_BIG5_WORD, each word with its count, together
            # holding every occurrence; none here, annotate_qb.py's 埗 and 劏)
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
# g289 Tyres in November 2026: the national figures (昨日's meeting in 东营;
# 中国橡胶工业协会 (中橡协): 今年前10个月; 10月; 国家统计局: 前三季度; 中国石油和
# 化学工业联合会: 10月), exports (海关总署: 今年前10个月 against 去年同期; 10月
# against 9月; 中橡协轮胎分会: 明年一季度), natural rubber (上海期货交易所 昨日,
# 上周五, 本周; 新加坡交易所 本周三; 中国天然橡胶协会: 10月; 海南天然橡胶产业集团
# 股份有限公司 (海南橡胶) 上周, 今年; 隆众资讯: 合艾 本周), trade remedies (欧盟
# 委员会 今年; 美国商务部 上月; 中国五矿化工进出口商会; 商务部贸易救济调查局),
# overseas plants (赛轮集团股份有限公司 (赛轮集团) 前三季度, 三季度; 青岛森麒麟轮胎
# 股份有限公司 (森麒麟) at 丹吉尔: 2024年, 10月, 明年一季度; 双星集团's 锦湖轮胎;
# 米其林, 普利司通), 玲珑集团's 山东玲珑轮胎股份有限公司 (玲珑轮胎) 三季度, 兹雷尼
# 亚宁 前三季度, 招远, 柳州, 荆门; 威海's 三角轮胎 本周四; 浦林成山 本月 at 荣成,
# 年底), the 东营 cluster (东营市工业和信息化局: 前三季度; 万达控股集团有限公司's
# 山东万达宝通轮胎有限公司, 山东华盛橡胶集团 上月; 东营市方兴橡胶有限责任公司 10月),
# other makers (青岛海关: 今年前10个月; 无锡's 江苏通用科技股份有限公司 (通用股份)
# 19日, 四季度; 杭州's 中策橡胶集团股份有限公司; 贵阳's 贵州轮胎, 焦作's 风神轮胎
# 前三季度), demand (中国汽车工业协会 (中汽协): 10月; 卓创资讯: 11月中旬 against
# 10月下旬) and the outlook (中橡协: 今年, 两年前; 春节, 12月, 明年1月).
# Simplified, GBK with 喆 (86 B4) and 玥 (AB 68) on the byline 本报记者 刘喆
# 孙玥, 2026-11-21 (a Saturday, ISO week 2026-W47), 中国化工报.  昨日
# 2026-11-20; 19日, 本周四 2026-11-19; 本周三 2026-11-18; 上周五 2026-11-13;
# 春节 2027-02-06; 本周 2026-W47; 上周 2026-W46; 11月中旬, 本月 2026-11;
# 10月, 10月下旬, 上月 2026-10; 9月 2026-09; 12月 2026-12; 三季度 2026-Q3;
# 四季度 2026-Q4; 明年一季度 2027-Q1; 明年1月 2027-01; 今年, 今年前10个月,
# 前三季度, 年底 2026; 去年同期 (after 今年前10个月) 2025; 两年前, 2024年
# 2024.
# ===========================================================================
@doc
def g289():
    d = Doc(G289)
    Y, LY = "2026", "2025"
    DY, HA, TJ, ZZ, JM, WH, RC, WX, JZ = (
        "东营市", "合艾", "丹吉尔", "兹雷尼亚宁", "荆门市", "威海市", "荣成市",
        "无锡市", "焦作市")
    # title (a heading that opens with no city: no city section; the space
    # after 约5.2% splits it into two sentences for dates, GUIDELINES, but
    # for the city column a headline is one sentence, GUIDELINES: the first
    # half's figures take the first city of the second half, 东营; 今年前10个
    # 月: 今年 attached, several months of a year, the year, SPEC; 东营、青岛
    # 等地: a list sharing one head, its cities CITY, SPEC)
    d.date("[[今年前10个月]]轮胎出口量", Y, DY)
    d.metric("同比增长[[约5.2%]] 东营", "5.2", "%", "approx", DY)
    d.city("% [[东营]]、青岛")
    d.city("东营、[[青岛]]等地")
    # byline 本报记者 刘喆 孙玥: 本报 names no outlet (GUIDELINES), no row;
    # 喆 and 玥 in no span
    # P1 the national figures (昨日; 座谈会 an event, no ORG; 山东东营: a
    # province glued to its city leaves the city a CITY, GUIDELINES 山西太原,
    # the meeting's place, first after for 昨日; 中国橡胶工业协会（以下简称
    # “中橡协”）: two ORGs, the short form's characters in the name's order,
    # quotes outside, GUIDELINES; 今年前10个月 after a comma with 今年
    # attached; 全国 the country; 亿条 -> 条; 10月 a bare month; 国家统计局;
    # 规模以上 no figure; 前三季度 right after the noun it is about (企业), the
    # calendar period, GUIDELINES 全市前10个月; 中国石油和化学工业联合会: 和
    # inside one body's name, GUIDELINES 上海市文化和旅游局 (JOINED_NAMES))
    d.date("[[昨日]]，轮胎行业", "2026-11-20", DY)
    d.city("在山东[[东营]]召开")
    d.org("据[[中国橡胶工业协会]]（")
    d.org("“[[中橡协]]”）统计")
    d.date("统计，[[今年前10个月]]，全国", Y, "")
    d.metric("外胎产量[[约9.86亿条]]", "9.86e8", "条", "approx", "")
    d.metric("同比增长[[约4.1%]]，其中", "4.1", "%", "approx", "")
    d.metric("子午线轮胎[[约6.12亿条]]", "6.12e8", "条", "approx", "")
    d.metric("子午线轮胎[[约1.37亿条]]", "1.37e8", "条", "approx", "")
    d.date("。[[10月]]全国轮胎", "2026-10", "")
    d.metric("外胎产量[[约1.02亿条]]", "1.02e8", "条", "approx", "")
    d.metric("环比下降[[约2.6%]]", "2.6", "%", "approx", "")
    d.org("。[[国家统计局]]数据")
    d.date("规模以上企业[[前三季度]]实现", Y, "")
    d.metric("利润总额[[约1268亿元]]", "1268e8", "元", "approx", "")
    d.metric("同比增长[[约8%]]。", 8, "%", "approx", "")
    d.org("。[[中国石油和化学工业联合会]]数据")
    d.date("行业[[10月]]出口交货值", "2026-10", "")
    d.metric("出口交货值[[约312亿元]]", "312e8", "元", "approx", "")
    d.metric("同比增长[[约6%]]。\n", 6, "%", "approx", "")
    # P2 exports (海关总署; 今年前10个月 with 今年 attached, 我国 the country;
    # 去年同期 after 今年前10个月 in its sentence, a period with no ISO form:
    # the year, SPEC; 中东, 拉美, 非洲 regions; 分别…约…、约…和约…: each its own
    # marker; 欧盟市场: a bloc before 市场 is the region, no ORG, GUIDELINES;
    # 10月 a bare month; 每条轮胎出口均价约为233元: 每条 a basis apart from the
    # figure, 约为 a separated marker, GUIDELINES 约为19% -> approx, declared
    # sep; 较9月 a bare month as the baseline, in the reference year;
    # 中橡协轮胎分会: an association's branch for a trade is its unit,
    # GUIDELINES 中国有色金属工业协会硅业分会, one ORG with the short form;
    # 明年一季度 one span)
    d.org("。[[海关总署]]数据")
    d.date("显示，[[今年前10个月]]我国累计", Y, "")
    d.metric("橡胶轮胎[[约5.96亿条]]", "5.96e8", "条", "approx", "")
    d.metric("同比增长[[约5.2%]]，出口", "5.2", "%", "approx", "")
    d.metric("出口金额[[约1386亿元]]", "1386e8", "元", "approx", "")
    d.date("较[[去年同期]]增长约4.7%", LY, "")
    d.metric("同期增长[[约4.7%]]", "4.7", "%", "approx", "")
    d.metric("分别增长[[约14%]]、", 14, "%", "approx", "")
    d.metric("、[[约11%]]和", 11, "%", "approx", "")
    d.metric("和[[约19%]]，", 19, "%", "approx", "")
    d.metric("出口则下降[[约6.3%]]", "6.3", "%", "approx", "")
    d.date("影响，[[10月]]每条", "2026-10", "")
    d.metric("均价约为[[233元]]", 233, "元", "approx", "", sep="约")
    d.date("较[[9月]]下降", "2026-09", "")
    d.metric("9月下降[[约1.5%]]", "1.5", "%", "approx", "")
    d.org("。[[中橡协轮胎分会]]相关")
    d.date("已排至[[明年一季度]]。", "2027-Q1", "")
    # P3 natural rubber (上海期货交易所, its 上海 inside, no CITY; 昨日; 每吨 before
    # the price outside the span and the unit, GUIDELINES' 每平方米16712元; 收于
    # a value word; 较上周五: a day word counts from the reference date only,
    # GUIDELINES: W46's Friday from the Saturday of W47; 本周以来: 本周 the
    # reference date's week, 以来 outside; 手 futures lots, GUIDELINES; 新加坡
    # 交易所, its 新加坡 inside, no CITY; 本周三 a weekday inside the span, W47's
    # Wednesday; 每公斤 outside, 1.86美元左右 approx (左右 inside, SPEC);
    # 中国天然橡胶协会; 10月; 泰国, 科特迪瓦, 越南 countries; 约七成;
    # 海南天然橡胶产业集团股份有限公司（以下简称“海南橡胶”）: two ORGs, the short
    # form's characters in the name's order; 上周 the ISO week before the
    # Saturday's W47; 海南垦区 a province's farms, no CITY; 今年; 隆众资讯; 旺季
    # a season, no DATE; 泰国合艾: a country glued to its foreign city leaves
    # the city a CITY, GUIDELINES 法国巴黎, nearest before 本周 and 约4%)
    d.org("。[[上海期货交易所]]天然")
    d.date("主力合约[[昨日]]收于", "2026-11-20", "")
    d.metric("收于每吨[[14850元]]", 14850, "元", "exact", "")
    d.date("较[[上周五]]上涨", "2026-11-13", "")
    d.metric("上周五上涨[[约2.1%]]", "2.1", "%", "approx", "")
    d.date("，[[本周]]以来", "2026-W47", "")
    d.metric("持仓量增加[[约3.6万手]]", "3.6e4", "手", "approx", "")
    d.org("；[[新加坡交易所]]天然")
    d.date("期货[[本周三]]报", "2026-11-18", "")
    d.metric("报每公斤[[1.86美元左右]]", "1.86", "美元", "approx", "")
    d.org("。[[中国天然橡胶协会]]数据")
    d.date("显示，[[10月]]我国天然", "2026-10", "")
    d.metric("合计[[约61万吨]]", "61e4", "吨", "approx", "")
    d.metric("同比增长[[约9%]]，其中", 9, "%", "approx", "")
    d.metric("占比[[约七成]]", 70, "%", "approx", "")
    d.org("。[[海南天然橡胶产业集团股份有限公司]]（")
    d.org("“[[海南橡胶]]”）上周")
    d.date("）[[上周]]表示", "2026-W46", "")
    d.date("垦区[[今年]]干胶", Y, "")
    d.metric("预计[[约21万吨]]", "21e4", "吨", "approx", "")
    d.org("。[[隆众资讯]]分析")
    d.city("泰国[[合艾]]市场")
    d.date("价格[[本周]]累计", "2026-W47", HA)
    d.metric("累计上涨[[约4%]]", 4, "%", "approx", HA)
    # P4 trade remedies (欧盟委员会; 今年起: 起 outside; 中国 the country;
    # 每条3.9欧元至12.6欧元: a range, each figure with its own unit, 每条
    # outside; 美国商务部 (its country inside the department's name, SPEC: a
    # place in front belongs to it); 上月 with no comparison word; 初裁 (a
    # preliminary ruling) no DATE; 东南亚 a region; 18%至34%: a range, each
    # with its own %; 中国五矿化工进出口商会, its 五 inside, no figure; 商会 a
    # back-reference; 40余家 over, 余 inside, SPEC 1.2万余家; 商务部贸易救济调查局:
    # a bureau written right after a body belongs to it, GUIDELINES
    # 内政部反毒局, one ORG)
    d.org("。[[欧盟委员会]]今年起")
    d.date("委员会[[今年]]起", Y, "")
    d.metric("税额为每条[[3.9欧元]]至", "3.9", "欧元", "exact", "")
    d.metric("至[[12.6欧元]]不等", "12.6", "欧元", "exact", "")
    d.org("；[[美国商务部]]上月")
    d.date("商务部[[上月]]作出", "2026-10", "")
    d.metric("征收[[18%]]至34%", 18, "%", "exact", "")
    d.metric("至[[34%]]的反补贴税", 34, "%", "exact", "")
    d.org("。[[中国五矿化工进出口商会]]相关")
    d.metric("已组织[[40余家]]企业", 40, "家", "over", "")
    d.org("配合[[商务部贸易救济调查局]]做好")
    # P5 overseas plants (赛轮集团股份有限公司（以下简称“赛轮集团”）: two ORGs;
    # 公司前三季度: after the noun it is about; 约六成; 其柬埔寨工厂三季度: a bare
    # quarter; 青岛森麒麟轮胎股份有限公司（以下简称“森麒麟”）: two ORGs, its 青岛
    # inside, no CITY; 摩洛哥丹吉尔: a country glued to its foreign city, the
    # CITY nearest before 2024年, 10月, 突破80万条 (突破 inside, SPEC) and
    # 明年一季度; 自2024年投产以来: a bare four-digit year; 双星集团旗下锦湖轮胎:
    # two ORGs, 旗下 between; 年产能 no DATE; 米其林、普利司通等外资企业: a list
    # closed by a kind, ORGs, GUIDELINES; 在华 China)
    d.org("。[[赛轮集团股份有限公司]]（")
    d.org("“[[赛轮集团]]”）披露")
    d.date("公司[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约268亿元]]", "268e8", "元", "approx", "")
    d.metric("同比增长[[约12%]]", 12, "%", "approx", "")
    d.metric("贡献了[[约六成]]的", 60, "%", "approx", "")
    d.date("工厂[[三季度]]轮胎", "2026-Q3", "")
    d.metric("轮胎产量[[约420万条]]", "420e4", "条", "approx", "")
    d.org("。[[青岛森麒麟轮胎股份有限公司]]（")
    d.org("“[[森麒麟]]”）表示")
    d.city("摩洛哥[[丹吉尔]]工厂")
    d.date("自[[2024年]]投产", "2024", TJ)
    d.date("放量，[[10月]]产量", "2026-10", TJ)
    d.metric("产量[[突破80万条]]", "80e4", "条", "over", TJ)
    d.date("计划于[[明年一季度]]开工", "2027-Q1", TJ)
    d.org("。[[双星集团]]旗下")
    d.org("旗下[[锦湖轮胎]]则")
    d.metric("年产能[[约300万条]]", "300e4", "条", "approx", "")
    d.org("，[[米其林]]、")
    d.org("、[[普利司通]]等外资")
    # P6 (玲珑集团旗下山东玲珑轮胎股份有限公司（以下简称“玲珑轮胎”）: three ORGs,
    # 山东 inside the registered name; 三季度 a bare quarter, first after
    # 兹雷尼亚宁 for it and 约6.8亿元: the rule as written; 塞尔维亚兹雷尼亚宁: a
    # country glued to its foreign city; 工厂前三季度 after the noun; 公司 a
    # read-back; 招远、柳州、荆门等地: a list sharing one head, its cities CITY
    # (招远 a county-level city of 烟台), 荆门 nearest before 八成以上 (over, SPEC
    # 6成以上); 威海的三角轮胎: a city before 的 and its company, CITY + ORG,
    # 三 inside the ORG; 本周四 a weekday inside the span, W47's Thursday;
    # 柬埔寨 a country; 浦林成山 本月; 荣成 a county-level city of 威海, first
    # after 本月 and nearest before 年底 (前 outside, the year, SPEC))
    d.org("\n\n[[玲珑集团]]旗下")
    d.org("旗下[[山东玲珑轮胎股份有限公司]]（")
    d.org("“[[玲珑轮胎]]”）三季度")
    d.date("”）[[三季度]]实现", "2026-Q3", ZZ)
    d.metric("净利润[[约6.8亿元]]", "6.8e8", "元", "approx", ZZ)
    d.city("塞尔维亚[[兹雷尼亚宁]]工厂")
    d.date("工厂[[前三季度]]销量", Y, ZZ)
    d.metric("同比增长[[约45%]]", 45, "%", "approx", ZZ)
    d.city("公司在[[招远]]、")
    d.city("、[[柳州]]、")
    d.city("、[[荆门]]等地")
    d.metric("保持在[[八成以上]]", 80, "%", "over", JM)
    d.city("。[[威海]]的三角")
    d.org("的[[三角轮胎]]本周四")
    d.date("三角轮胎[[本周四]]宣布", "2026-11-19", WH)
    d.metric("追加投资[[约9.5亿元]]", "9.5e8", "元", "approx", WH)
    d.org("；[[浦林成山]]本月")
    d.date("浦林成山[[本月]]则", "2026-11", RC)
    d.city("则在[[荣成]]新增")
    d.date("预计[[年底]]前", Y, RC)
    # P7 the 东营 cluster (全国 the country; 东营的轮胎产业: the city before
    # 的; 东营市工业和信息化局: a city's bureau, its city inside, SPEC 天津市网信办,
    # 和 inside one body's name (JOINED_NAMES); 东营全市: the city before a
    # deictic word (precedents PC, QB); 产业链企业前三季度 after the noun;
    # 广饶县 a county, no CITY; 约占七成: 约 before 占 sets approx across the
    # share, GUIDELINES 约占全国的四成, declared sep; 万达控股集团有限公司旗下山东
    # 万达宝通轮胎有限公司: two ORGs, 旗下 between, 万 inside the names, no
    # figure; 山东华盛橡胶集团等企业: a list closed by a kind; 上月 with no
    # comparison word; 东营市方兴橡胶有限责任公司, its city inside, no CITY; 10月)
    d.city("，[[东营]]的轮胎产业")
    d.org("。[[东营市工业和信息化局]]统计")
    d.city("统计，[[东营]]全市")
    d.date("产业链企业[[前三季度]]实现", Y, DY)
    d.metric("营业收入[[约486亿元]]", "486e8", "元", "approx", DY)
    d.metric("同比增长[[约6.5%]]", "6.5", "%", "approx", DY)
    d.metric("广饶县约占[[七成]]", 70, "%", "approx", DY, sep="约")
    d.org("。[[万达控股集团有限公司]]旗下")
    d.org("旗下[[山东万达宝通轮胎有限公司]]、")
    d.org("、[[山东华盛橡胶集团]]等企业")
    d.date("等企业[[上月]]联合", "2026-10", "")
    d.org("；[[东营市方兴橡胶有限责任公司]]10月")
    d.date("有限责任公司[[10月]]出口", "2026-10", "")
    d.metric("同比增长[[约21%]]", 21, "%", "approx", "")
    # P8 other makers (青岛海关: a customs district, an ORG, its 青岛 inside,
    # GUIDELINES 南通海关; 今年前10个月 (月 glued to 经 by jieba stays the
    # date's, GUIDELINES 10个|月经); 无锡的江苏通用科技股份有限公司（通用股份）: a
    # city before 的 and its company; the bracketed short form's characters
    # in the name's order, GUIDELINES 澳门航空（澳航）; 19日 a bare day, the
    # reference month, GUIDELINES; 泰国 a country; 四季度 a bare quarter;
    # 杭州的中策橡胶集团股份有限公司; 公司 a read-back; 贵阳的贵州轮胎、焦作的风神
    # 轮胎等企业: each city before 的 and its company, a list closed by a kind;
    # 贵州轮胎 a registered name's trade name that keeps its place
    # (GUIDELINES 山东高速); 前三季度 after 企业, 焦作 nearest before)
    d.org("。\n\n[[青岛海关]]数据")
    d.date("显示，[[今年前10个月]]经其", Y, "")
    d.metric("轮胎[[约1.18亿条]]", "1.18e8", "条", "approx", "")
    d.metric("同比增长[[约7.4%]]", "7.4", "%", "approx", "")
    d.city("。[[无锡]]的江苏")
    d.org("的[[江苏通用科技股份有限公司]]（")
    d.org("（[[通用股份]]）")
    d.date("）[[19日]]发布", "2026-11-19", WX)
    d.date("工厂[[四季度]]将", "2026-Q4", WX)
    d.metric("新增产能[[约200万条]]", "200e4", "条", "approx", WX)
    d.city("；[[杭州]]的中策")
    d.org("的[[中策橡胶集团股份有限公司]]则")
    d.city("。[[贵阳]]的贵州")
    d.org("的[[贵州轮胎]]、")
    d.city("、[[焦作]]的风神")
    d.org("的[[风神轮胎]]等企业")
    d.date("等企业[[前三季度]]研发", Y, JZ)
    d.metric("合计[[约9.3亿元]]", "9.3e8", "元", "approx", JZ)
    d.metric("同比增长[[约15%]]", 15, "%", "approx", JZ)
    # P9 demand (中国汽车工业协会（中汽协）: two ORGs; 10月; 辆 the measure word;
    # 卓创资讯; 11月中旬 and 10月下旬: parts of a month, the month, SPEC; 较
    # outside; 个百分点 -> 百分点, SPEC)
    d.org("，[[中国汽车工业协会]]（")
    d.org("（[[中汽协]]）数据")
    d.date("显示，[[10月]]我国汽车", "2026-10", "")
    d.metric("汽车销量[[约328万辆]]", "328e4", "辆", "approx", "")
    d.metric("同比增长[[约7%]]。卓创", 7, "%", "approx", "")
    d.org("。[[卓创资讯]]监测")
    d.date("显示，[[11月中旬]]国内", "2026-11", "")
    d.metric("开工率[[约72%]]", 72, "%", "approx", "")
    d.date("较[[10月下旬]]回落", "2026-10", "")
    d.metric("回落[[约1.3个百分点]]", "1.3", "百分点", "approx", "")
    # P10 the outlook (中橡协; 今年; 突破7.1亿条 over; 较两年前: N年前 is a
    # relative DATE, SPEC, counted from the reference year (its sentence
    # states only the relative 今年, GUIDELINES), 较 outside; 约一成 (a figure
    # in 一成, GUIDELINES); 春节
    # (前后 outside): yearless, the coming one, GUIDELINES; 12月至明年1月: a
    # range, two mentions, SPEC; 12月 in a sentence whose period is a
    # yearless holiday: the year that puts it nearest 春节, GUIDELINES:
    # 2026-12; 明年1月 one span; 约5%; 欧盟市场 no ORG)
    d.org("。\n\n[[中橡协]]预计")
    d.date("预计，[[今年]]全国", Y, "")
    d.metric("有望[[突破7.1亿条]]", "7.1e8", "条", "over", "")
    d.date("较[[两年前]]增长", "2024", "")
    d.metric("增长[[约一成]]", 10, "%", "approx", "")
    d.date("提醒，[[春节]]前后", "2027-02-06", "")
    d.date("补库，[[12月]]至明年", "2026-12", "")
    d.date("至[[明年1月]]国内", "2027-01", "")
    d.metric("环比回升[[约5%]]", 5, "%", "approx", "")
    audit = {
        "orgs": ["中国橡胶工业协会", "中橡协", "国家统计局",
                 "中国石油和化学工业联合会", "海关总署", "中橡协轮胎分会",
                 "上海期货交易所", "新加坡交易所", "中国天然橡胶协会",
                 "海南天然橡胶产业集团股份有限公司", "海南橡胶", "隆众资讯",
                 "欧盟委员会", "美国商务部", "中国五矿化工进出口商会",
                 "商务部贸易救济调查局", "赛轮集团股份有限公司", "赛轮集团",
                 "青岛森麒麟轮胎股份有限公司", "森麒麟", "双星集团",
                 "锦湖轮胎", "米其林", "普利司通", "玲珑集团",
                 "山东玲珑轮胎股份有限公司", "玲珑轮胎", "三角轮胎",
                 "浦林成山", "东营市工业和信息化局", "万达控股集团有限公司",
                 "山东万达宝通轮胎有限公司", "山东华盛橡胶集团",
                 "东营市方兴橡胶有限责任公司", "青岛海关",
                 "江苏通用科技股份有限公司", "通用股份",
                 "中策橡胶集团股份有限公司", "贵州轮胎", "风神轮胎",
                 "中国汽车工业协会", "中汽协", "卓创资讯"],
        "cities": ["东营", "青岛", "合艾", "丹吉尔", "兹雷尼亚宁", "招远",
                   "柳州", "荆门", "威海", "荣成", "无锡", "杭州", "贵阳",
                   "焦作", "山东", "泰国", "越南", "柬埔寨", "摩洛哥",
                   "塞尔维亚", "科特迪瓦", "中国", "我国", "全国", "国内",
                   "全市", "海南", "江苏", "广饶", "上海", "新加坡", "欧盟",
                   "中东", "拉美", "非洲", "东南亚", "贵州",
                   # absent cities, as guards (none written)
                   "北京", "天津", "烟台", "潍坊", "寿光", "德州", "滨州",
                   "日照", "合肥", "广州", "曼谷", "金边", "海口", "香港"],
        "excluded": [
            # 山东 (a province, glued before its city), 全国 (x4) and 我国
            # (x3), 国内 (x3: the country), 中国 (the country), 泰国 (x4),
            # 越南 (x2), 柬埔寨 (x2), 摩洛哥, 塞尔维亚, 科特迪瓦 (countries),
            # 海南 (the province's farms), 广饶 (广饶县, a county), 全市
            # (deictic), 中东, 拉美, 非洲, 东南亚 (regions), 欧盟 (x2, a bloc
            # before 市场, GUIDELINES): not CITY, SPEC
            "在[[山东]]东营", "，[[全国]]轮胎外胎产量约9.86", "月[[全国]]轮胎",
            "作为[[全国]]重要", "今年[[全国]]轮胎", "个月[[我国]]累计",
            "10月[[我国]]天然", "10月[[我国]]汽车", "中旬[[国内]]乘用车",
            "明年1月[[国内]]替换", "的[[国内]]基地", "原产于[[中国]]的", "自[[泰国]]、",
            "但[[泰国]]南部", "，[[泰国]]合艾", "其[[泰国]]工厂",
            "和[[越南]]进口", "在[[越南]]新增", "其[[柬埔寨]]工厂",
            "建设[[柬埔寨]]项目", "其[[摩洛哥]]丹吉尔", "其[[塞尔维亚]]兹雷",
            "、[[科特迪瓦]]和", "，[[海南]]垦区", "其中[[广饶]]县",
            "东营[[全市]]规模", "对[[中东]]、", "、[[拉美]]和",
            "和[[非洲]]的", "自部分[[东南亚]]国家", "对[[欧盟]]市场",
            "和[[欧盟]]市场",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 天然 (x4, natural
        # rubber outside the bodies' names), 旺季 (the tapping season: a
        # season, no year word, SPEC), 年产能 (a yearly capacity), 初裁 (a
        # preliminary ruling)
        "words_excluded": {"天然": 4, "旺季": 1, "年产能": 1, "初裁": 1,
                           "同期": 0, "明显": 0, "当年": 0, "年度": 0,
                           "周期": 0, "今后": 0, "日前": 0, "每年": 0,
                           "全年": 0, "日均": 0, "年内": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside; precedent MA's addition, kept by
        # annotate_qb.py)
        "orgwords_excluded": {
            "协会": 0, "公司": 3, "集团": 0, "交易所": 0, "股份": 0,
            "委员会": 0, "商务部": 0, "商会": 1, "海关": 0, "总署": 0,
            "统计局": 0, "联合会": 0, "分会": 0, "调查局": 0, "信息化局": 0,
            "资讯": 0, "轮胎": 20, "橡胶": 9, "有限公司": 0,
            "橡胶工业": 0, "中橡": 0, "轮胎分": 0, "石油和化学": 0,
            "天然橡胶协": 0, "天然橡胶产业": 0, "海南橡": 0, "隆众": 0,
            "卓创": 0, "欧盟委": 0, "五矿": 0, "贸易救济": 0, "赛轮": 0,
            "森麒麟": 0, "麒麟": 0, "双星": 0, "锦湖": 0, "米其": 0,
            "普利": 0, "玲珑": 0, "三角": 0, "浦林": 0, "成山": 0,
            "万达": 0, "宝通": 0, "华盛": 0, "方兴": 0, "通用": 0,
            "中策": 0, "风神": 0, "汽车工业": 0, "中汽": 0,
            # the places that open the bodies' names and the junctions of
            # bodies and their units (precedent NA's addition, kept by
            # annotate_qb.py)
            "中国橡": 0, "中国石": 0, "中国天": 0, "中国五": 0,
            "中国汽": 0, "上海期": 0, "新加坡交": 0, "美国商": 0,
            "海南天": 0, "青岛森": 0, "山东玲": 0, "山东万": 0,
            "山东华": 0, "东营市": 0, "青岛海": 0, "江苏通": 0,
            "贵州轮": 0, "国家统": 0, "商务部贸": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g290 Hong Kong REITs, November 2026: 領展房地產投資信託基金 (領展)'s interim
# results (上周三（18日）: 9月底), its portfolio (領展資產管理有限公司: 香港 9月底
# against 3月底; 北京, 上海, 廣州, 深圳; 悉尼, 墨爾本, 倫敦; 9月底, 3月底; 上周 in
# 新加坡: 明年1月), the other trusts (置富產業信託 上周: 今年首三季, 上半年; 長實集團;
# 泓富產業信託 and its 泓富資產管理有限公司: 明年; 陽光房地產基金 and its 恒基陽光資產
# 管理有限公司: 恒基兆業地產 上季; 冠君產業信託 本周四, 鷹君集團; 越秀房地產投資信託
# 基金 (越秀房託) and its 越秀房託資產管理有限公司: 廣州, 上海, 武漢 首三季, 明年上半年;
# 順豐房地產投資信託基金 (順豐房託) 本月初: 香港, 佛山, 蕪湖, 長沙, 順豐控股 下月;
# 招商局商業房地產投資信託基金: 深圳 6月底; 富豪產業信託 首三季), the regulator and
# the market (證券及期貨事務監察委員會 (證監會) 上月: 明年3月; 香港交易所: 今年首10個
# 月; 香港房託基金協會 上周五; 摩根士丹利: 2024年底), rates (美國聯邦儲備局 (聯儲局)
# 上月; 香港金融管理局 (金管局); 滙豐, 恒生銀行, 中銀香港; 瑞銀: 明年), shoppers
# (政府統計處: 9月 against 8月; 入境事務處: 今年首10個月; 香港零售管理協會: 上月,
# 深圳, 廣州, 東莞), offices (世邦魏理仕: 10月; 仲量聯行: 今年, 明年) and the outlook
# (新鴻基地產, 恒隆地產, 希慎興業; 第一太平戴維斯: 明年, 聖誕, 農曆新年, 12月, 明年1月;
# 仲量聯行: 明年).
# Traditional as Hong Kong writes it (本港, 全港, 按年, 按月, 首三季, 首10個月, 上季,
# 上周, 公布, 宣布, 佔, 厘, 仙, 平方呎, 恒 and 滙 in the bodies' names, figures
# with thousands separators), UTF-16 LE with a BOM, 2026-11-23 (a Monday,
# ISO week 2026-W48), 經濟日報.  上周三, 18日 2026-11-18; 上周五 2026-11-20;
# 本周四 2026-11-26; 聖誕 2026-12-25; 農曆新年 2027-02-06; 上周 2026-W47;
# 本月初 2026-11; 下月, 12月 2026-12; 10月, 上月 2026-10; 9月, 9月底 2026-09;
# 8月 2026-08; 6月底 2026-06; 3月底 2026-03; 上季 2026-Q3; 明年1月 2027-01;
# 明年3月 2027-03; 今年, 今年首三季, 首三季, 上半年, 今年首10個月 2026; 2024年底
# 2024; 明年, 明年上半年 2027.
# ===========================================================================
@doc
def g290():
    d = Doc(G290)
    Y, NY = "2026", "2027"
    HK, SZ, LD, SG, WHN, CS = ("香港", "深圳市", "伦敦", "新加坡", "武汉市",
                               "长沙市")
    # title (a heading that opens with no city: no city section; its spaces
    # after 約3.9% and after 回穩 split it into three sentences for dates,
    # but it is one sentence for the city column, GUIDELINES, and names no
    # city; 領展 the trust's short form, given in brackets in P1, wherever the
    # article repeats it (GUIDELINES; precedent PC's 教青局 of its title))
    d.org("[[領展]]中期分派")
    d.metric("分派跌[[約3.9%]] 房託", "3.9", "%", "approx", "")
    # P1 (本港 deictic; 房地產投資信託基金 the kind, no ORG; 領展房地產投資信託
    # 基金（領展）: the trust and its bracketed short form, two ORGs, the short
    # form's characters in the name's order, GUIDELINES; 上周三（18日）: a
    # weekday inside the span, W47's Wednesday from the Monday of W48, and
    # the bracketed day its own mention of the same day, SPEC 今日(15日); a
    # bare day of the reference month; 截至…止 outside; 9月底 the month, SPEC;
    # 按年 no DATE; 121.94仙: 仙 after Arabic digits is Hong Kong cents written
    # without 港, GUIDELINES; 期內 no DATE; 分別…約…及約…: each its own marker)
    d.org("。[[領展房地產投資信託基金]]（")
    d.org("（[[領展]]）上周三")
    d.date("）[[上周三]]（", "2026-11-18", "")
    d.date("（[[18日]]）公布", "2026-11-18", "")
    d.date("截至[[9月底]]止的", "2026-09", "")
    d.metric("可分派總額[[約31.6億元]]", "31.6e8", "元", "approx", "")
    d.metric("按年減少[[約3.7%]]", "3.7", "%", "approx", "")
    d.metric("中期分派[[121.94仙]]", "121.94", "仙", "exact", "")
    d.metric("仙，按年跌[[約3.9%]]", "3.9", "%", "approx", "")
    d.metric("期內收益[[約69.4億元]]", "69.4e8", "元", "approx", "")
    d.metric("收入淨額[[約50.9億元]]", "50.9e8", "元", "approx", "")
    d.metric("分別下跌[[約1.2%]]", "1.2", "%", "approx", "")
    d.metric("及[[約1.7%]]。", "1.7", "%", "approx", "")
    # P2 the portfolio (領展資產管理有限公司, the trust's manager; 香港零售物業組合:
    # the city as a modifier, SPEC 杭州特色, nearest before every date and
    # figure of its sentence; 於9月底為97.1%: 為 a value word, exact; 較3月底
    # a bare month's end as the baseline, in the reference year; 個百分點 ->
    # 百分点, SPEC; 由…增加約1.6%至約12.4億元: each its own marker; 內地 the
    # mainland, no CITY; 北京、上海、廣州及深圳: a list of four cities; 悉尼、
    # 墨爾本及倫敦: a list of three foreign cities, GUIDELINES, by the
    # mainland's names; the sentence after 截至9月底 names no city; 領展投資
    # 物業組合: the trust acting; 約2,156億元 with its separator; 上周 the ISO
    # week before the Monday's W48; 新加坡 a city (GUIDELINES), first after 上周
    # and 約38億元, nearest before 明年1月 (one span))
    d.org("\n\n[[領展資產管理有限公司]]表示")
    d.city("表示，[[香港]]零售物業")
    d.date("出租率於[[9月底]]為", "2026-09", HK)
    d.metric("9月底為[[97.1%]]", "97.1", "%", "exact", HK)
    d.date("較[[3月底]]回升", "2026-03", HK)
    d.metric("回升[[0.3個百分點]]", "0.3", "百分点", "exact", HK)
    d.metric("按年下跌[[約5.8%]]", "5.8", "%", "approx", HK)
    d.metric("按年增加[[約1.6%]]至", "1.6", "%", "approx", HK)
    d.metric("%至[[約12.4億元]]", "12.4e8", "元", "approx", HK)
    d.city("位於[[北京]]、")
    d.city("北京、[[上海]]、廣州及深圳")
    d.city("上海、[[廣州]]及深圳")
    d.city("廣州及[[深圳]]的零售")
    d.metric("平均出租率[[約95.6%]]；", "95.6", "%", "approx", SZ)
    d.city("受惠於[[悉尼]]、")
    d.city("、[[墨爾本]]及")
    d.city("及[[倫敦]]的寫字樓")
    d.metric("收益按年增加[[約6.2%]]", "6.2", "%", "approx", LD)
    d.date("截至[[9月底]]，領展", "2026-09", "")
    d.org("，[[領展]]投資物業")
    d.metric("估值[[約2,156億元]]", "2156e8", "元", "approx", "")
    d.date("億元，較[[3月底]]下跌", "2026-03", "")
    d.metric("下跌[[約1.1%]]", "1.1", "%", "approx", "")
    d.metric("借貸成本[[約3.8%]]", "3.8", "%", "approx", "")
    d.org("。[[領展]]上周亦")
    d.date("領展[[上周]]亦", "2026-W47", SG)
    d.metric("以[[約38億元]]收購", "38e8", "元", "approx", SG)
    d.city("收購[[新加坡]]郊區")
    d.date("預計[[明年1月]]完成", "2027-01", SG)
    # P3 the other trusts (房託 the kind; 置富產業信託 上周; 今年首三季: Hong
    # Kong's first three quarters with 今年 attached, the year, GUIDELINES;
    # 上半年: several months of a year, the year, SPEC; 長實集團, after the
    # role 主要基金單位持有人 (a role in front stays outside, GUIDELINES); 泓富產業
    # 信託及陽光房地產基金: two trusts joined by 及 (LISTED_PAIRS), 分別約…及約…;
    # 泓富產業信託的管理人泓富資產管理有限公司: the role 管理人 outside; 觀塘, 荃灣
    # districts, no CITY; 明年; 恒基陽光資產管理有限公司 and 恒基兆業地產, their 恒
    # declared (IN_ROW); 上季: Hong Kong's quarter without 度, GUIDELINES 上季
    # counts from the quarter its sentence states, none, so the reference
    # date's quarter (Q4) less one; 約一成)
    d.org("方面，[[置富產業信託]]上周")
    d.date("置富產業信託[[上周]]公布", "2026-W47", "")
    d.date("公布，[[今年首三季]]旗下", Y, "")
    d.metric("平均出租率[[約95.4%]]", "95.4", "%", "approx", "")
    d.metric("按年跌[[約3.2%]]，跌幅", "3.2", "%", "approx", "")
    d.date("較[[上半年]]收窄", Y, "")
    d.org("持有人[[長實集團]]早前")
    d.org("。[[泓富產業信託]]及陽光")
    d.org("及[[陽光房地產基金]]的寫字樓")
    d.metric("分別[[約89.7%]]及", "89.7", "%", "approx", "")
    d.metric("及[[約92.8%]]。", "92.8", "%", "approx", "")
    d.org("。[[泓富產業信託]]的管理人")
    d.org("管理人[[泓富資產管理有限公司]]預期")
    d.date("租金[[明年]]仍會", NY, "")
    d.org("；[[陽光房地產基金]]的管理人")
    d.org("管理人[[恒基陽光資產管理有限公司]]則指")
    d.org("，[[恒基兆業地產]]旗下")
    d.date("查詢較[[上季]]增加", "2026-Q3", "")
    d.metric("增加[[約一成]]。", 10, "%", "approx", "")
    # P4 (冠君產業信託; 中環 a district; 約6.6仙 (仙, GUIDELINES); 本周四 a
    # weekday inside the span, W48's Thursday; 其母公司鷹君集團: 母公司 a role
    # outside, GUIDELINES 母公司美高梅; 越秀房地產投資信託基金（越秀房託）: the trust
    # and its bracketed short form, two ORGs; 廣州、上海及武漢: a list of three
    # cities, 武漢 nearest before 首三季 (after the noun 寫字樓, the year), 約83%,
    # 明年上半年 (the year, SPEC) and 約25億元; 越秀房託資產管理有限公司: the
    # manager, one ORG with the short form inside; 順豐房地產投資信託基金（順豐
    # 房託）: two ORGs; 本月初: the start of a month is the month, SPEC, first
    # after 香港; 香港、佛山、蕪湖及長沙: a list of four cities, 香港 among them, 長沙
    # nearest before 約96.3%, 逾九成 (over) and 下月 (the month after the
    # reference month, GUIDELINES); 主要租戶 a role before 順豐控股; 招商局商業房地產
    # 投資信託基金; 其深圳寫字樓: the city as a modifier; 較6月底 the month; 富豪產業
    # 信託旗下酒店首三季: after the noun, the year)
    d.org("\n\n[[冠君產業信託]]表示")
    d.metric("出租率[[約81.5%]]，每基金", "81.5", "%", "approx", "")
    d.metric("中期分派[[約6.6仙]]", "6.6", "仙", "approx", "")
    d.date("將於[[本周四]]派發", "2026-11-26", "")
    d.org("其母公司[[鷹君集團]]則")
    d.org("。[[越秀房地產投資信託基金]]（")
    d.org("（[[越秀房託]]）指")
    d.city("位於[[廣州]]、上海及武漢")
    d.city("廣州、[[上海]]及武漢")
    d.city("及[[武漢]]的寫字樓")
    d.date("寫字樓[[首三季]]平均", Y, WHN)
    d.metric("平均出租率[[約83%]]", 83, "%", "approx", WHN)
    d.org("管理人[[越秀房託資產管理有限公司]]計劃")
    d.date("計劃在[[明年上半年]]再融資", NY, WHN)
    d.metric("再融資[[約25億元]]", "25e8", "元", "approx", WHN)
    d.org("。[[順豐房地產投資信託基金]]（")
    d.org("（[[順豐房託]]）本月初")
    d.date("）[[本月初]]表示", "2026-11", HK)
    d.city("位於[[香港]]、佛山")
    d.city("、[[佛山]]、蕪湖")
    d.city("、[[蕪湖]]及長沙")
    d.city("及[[長沙]]的物流")
    d.metric("平均出租率[[約96.3%]]", "96.3", "%", "approx", CS)
    d.org("主要租戶[[順豐控股]]的")
    d.metric("續租比例[[逾九成]]", 90, "%", "over", CS)
    d.date("，[[下月]]將公布", "2026-12", CS)
    d.org("。[[招商局商業房地產投資信託基金]]則指")
    d.city("其[[深圳]]寫字樓")
    d.metric("出租率[[約88.2%]]", "88.2", "%", "approx", SZ)
    d.date("較[[6月底]]回升", "2026-06", SZ)
    d.metric("回升[[約1.5個百分點]]", "1.5", "百分点", "approx", SZ)
    d.org("；[[富豪產業信託]]旗下")
    d.date("酒店[[首三季]]平均", Y, "")
    d.metric("入住率[[約87%]]", 87, "%", "approx", "")
    d.metric("按年下跌[[約4%]]。", 4, "%", "approx", "")
    # P5 the regulator and the market (證券及期貨事務監察委員會（證監會）: two
    # fields joined by 及 inside one body (JOINED_NAMES), and its bracketed
    # short form; 上月 with no comparison word; 房託守則 a code, no ORG; 明年3月
    # (前 outside) one span; 香港交易所, its 香港 inside, no CITY; 今年首10個月
    # (月 glued to 經 by jieba stays the date's, GUIDELINES); 日均 no DATE;
    # 香港房託基金協會 上周五 (a weekday inside the span, W47's Friday); 厘: a
    # rate in 厘 as written, GUIDELINES; 摩根士丹利; 僅 an adverb outside; 倍;
    # 較2024年底: a year's end is the year, SPEC)
    d.org("方面，[[證券及期貨事務監察委員會]]（")
    d.org("（[[證監會]]）上月")
    d.date("）[[上月]]表示", "2026-10", "")
    d.date("計劃在[[明年3月]]前", "2027-03", "")
    d.org("。[[香港交易所]]數據")
    d.date("顯示，[[今年首10個月]]本港", Y, "")
    d.metric("日均成交額[[約10.2億元]]", "10.2e8", "元", "approx", "")
    d.metric("按年增加[[約18%]]", 18, "%", "approx", "")
    d.org("。[[香港房託基金協會]]上周五")
    d.date("協會[[上周五]]舉行", "2026-11-20", "")
    d.metric("股息率[[約6.8厘]]", "6.8", "厘", "approx", "")
    d.metric("高出[[約2.9個百分點]]", "2.9", "百分点", "approx", "")
    d.org("；[[摩根士丹利]]則估計")
    d.metric("市賬率僅[[約0.62倍]]", "0.62", "倍", "approx", "")
    d.date("較[[2024年底]]的", "2024", "")
    d.metric("年底的[[約0.71倍]]", "0.71", "倍", "approx", "")
    # P6 rates (美國聯邦儲備局（聯儲局）: the body with its country, and its
    # bracketed short form; 上月; 0.25厘; 香港金融管理局（金管局）; 下調至3.5%: 至
    # a value word, exact; 滙豐、恒生銀行及中銀香港: three banks, 滙 and 恒
    # declared (IN_ROW), 中銀香港 the bank's Hong Kong arm, one ORG (GUIDELINES
    # 星展香港); 0.125厘至4.875厘: each with its own unit; 約3.2%; 瑞銀; 約四成;
    # 明年; 0.5厘; 2%至3%: a range, each with its own %; 約佔…的三成: 約 before
    # 佔 sets approx across the share, GUIDELINES 约占全国的四成, declared sep;
    # 金管局 again)
    d.org("方面，[[美國聯邦儲備局]]（")
    d.org("（[[聯儲局]]）上月")
    d.date("（聯儲局）[[上月]]減息", "2026-10", "")
    d.metric("減息[[0.25厘]]後", "0.25", "厘", "exact", "")
    d.org("，[[香港金融管理局]]（")
    d.org("（[[金管局]]）隨即")
    d.metric("下調至[[3.5%]]。", "3.5", "%", "exact", "")
    d.org("。[[滙豐]]、")
    d.org("、[[恒生銀行]]及")
    d.org("及[[中銀香港]]其後")
    d.metric("下調[[0.125厘]]至", "0.125", "厘", "exact", "")
    d.metric("厘至[[4.875厘]]", "4.875", "厘", "exact", "")
    d.metric("回落至[[約3.2%]]。", "3.2", "%", "approx", "")
    d.org("。[[瑞銀]]分析")
    d.metric("房託[[約四成]]債務", 40, "%", "approx", "")
    d.date("若[[明年]]再減息", NY, "")
    d.metric("再減息[[0.5厘]]", "0.5", "厘", "exact", "")
    d.metric("可增加[[2%]]至3%", 2, "%", "exact", "")
    d.metric("2%至[[3%]]。業界", 3, "%", "exact", "")
    d.metric("淨額的[[三成]]，減息", 30, "%", "approx", "", sep="約")
    d.org("；[[金管局]]則提醒")
    # P7 shoppers (政府統計處, a Hong Kong body standing alone; 9月; 較8月 a
    # bare month as the baseline; 入境事務處; 今年首10個月; 港人 no CITY (港 a
    # one-character abbreviation, SPEC); 萬人次: 人次 a unit, SPEC, the figures
    # with separators; 內地 no CITY; 香港零售管理協會, its 香港 inside; 上月; 深圳
    # first after 上月 and 約2%; 廣州、東莞等地: a list sharing one head; 尖沙咀,
    # 銅鑼灣 districts)
    d.org("方面，[[政府統計處]]數據")
    d.date("顯示，[[9月]]零售業", "2026-09", "")
    d.metric("銷貨價值[[約306億元]]", "306e8", "元", "approx", "")
    d.metric("按年上升[[約3.2%]]，升幅", "3.2", "%", "approx", "")
    d.date("升幅較[[8月]]擴大", "2026-08", "")
    d.org("。[[入境事務處]]資料")
    d.date("顯示，[[今年首10個月]]經各", Y, "")
    d.metric("港人[[約6,850萬人次]]", "6850e4", "人次", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.metric("內地旅客[[約2,960萬人次]]", "2960e4", "人次", "approx", "")
    d.metric("按年增加[[約8%]]", 8, "%", "approx", "")
    d.org("。[[香港零售管理協會]]指")
    d.date("商戶[[上月]]銷售額", "2026-10", SZ)
    d.metric("按年跌[[約2%]]，不少", 2, "%", "approx", SZ)
    d.city("北上[[深圳]]消費")
    d.city("來自[[廣州]]、東莞")
    d.city("、[[東莞]]等地")
    # P8 offices (世邦魏理仕; 10月; 全港 deictic, SPEC; 中環, 觀塘 districts;
    # 按月 (month on month) no DATE; 仲量聯行; 今年; 平方呎 (Hong Kong square
    # feet) a unit, GUIDELINES; 明年)
    d.org("方面，[[世邦魏理仕]]數據")
    d.date("顯示，[[10月]]全港", "2026-10", "")
    d.metric("空置率[[約14.6%]]", "14.6", "%", "approx", "")
    d.metric("微升[[約0.4%]]", "0.4", "%", "approx", "")
    d.metric("按月下跌[[約0.8%]]", "0.8", "%", "approx", "")
    d.org("。[[仲量聯行]]估計")
    d.date("估計，[[今年]]全港", Y, "")
    d.metric("新增供應[[約230萬平方呎]]", "230e4", "平方呎", "approx", "")
    d.date("平方呎，[[明年]]將", NY, "")
    d.metric("降至[[約120萬平方呎]]", "120e4", "平方呎", "approx", "")
    # P9 the outlook (新鴻基地產、恒隆地產及希慎興業等大型業主: a list closed by a
    # kind, ORGs (GUIDELINES), 恒 declared; 第一太平戴維斯, its 一 inside, no
    # figure; 明年; 3%至5%: a range, each with its own %; 聖誕 and 農曆新年 (前後
    # outside): yearless, the coming ones, GUIDELINES (农历新年 is 春节); 12月 in
    # a sentence whose period is a yearless holiday and after 明年 in it: the
    # year that puts it nearest 聖誕, and its next occurrence from the
    # reference date, both 2026-12 (GUIDELINES); 明年1月 one span; 仲量聯行
    # again; 明年; 約2%)
    d.org("方面，[[新鴻基地產]]、")
    d.org("、[[恒隆地產]]及")
    d.org("及[[希慎興業]]等大型")
    d.org("。[[第一太平戴維斯]]預期")
    d.date("預期，[[明年]]本港", NY, "")
    d.metric("再跌[[3%]]至5%", 3, "%", "exact", "")
    d.metric("3%至[[5%]]，但", 5, "%", "exact", "")
    d.date("但[[聖誕]]及", "2026-12-25", "")
    d.date("及[[農曆新年]]前後", "2027-02-06", "")
    d.date("帶動[[12月]]及明年", "2026-12", "")
    d.date("及[[明年1月]]商場", "2027-01", "")
    d.org("。[[仲量聯行]]則估計")
    d.date("房託[[明年]]平均", NY, "")
    d.metric("上升[[約2%]]。", 2, "%", "approx", "")
    audit = {
        "orgs": ["領展", "領展房地產投資信託基金", "領展資產管理有限公司",
                 "置富產業信託", "長實集團", "泓富產業信託", "陽光房地產基金",
                 "泓富資產管理有限公司", "恒基陽光資產管理有限公司",
                 "恒基兆業地產", "冠君產業信託", "鷹君集團",
                 "越秀房地產投資信託基金", "越秀房託", "越秀房託資產管理有限公司",
                 "順豐房地產投資信託基金", "順豐房託", "順豐控股",
                 "招商局商業房地產投資信託基金", "富豪產業信託",
                 "證券及期貨事務監察委員會", "證監會", "香港交易所",
                 "香港房託基金協會", "摩根士丹利", "美國聯邦儲備局", "聯儲局",
                 "香港金融管理局", "金管局", "滙豐", "恒生銀行", "中銀香港",
                 "瑞銀", "政府統計處", "入境事務處", "香港零售管理協會",
                 "世邦魏理仕", "仲量聯行", "新鴻基地產", "恒隆地產",
                 "希慎興業", "第一太平戴維斯"],
        "cities": ["香港", "北京", "上海", "廣州", "深圳", "悉尼", "墨爾本",
                   "倫敦", "新加坡", "武漢", "佛山", "蕪湖", "長沙", "東莞",
                   "本港", "全港", "內地", "中環", "觀塘", "荃灣", "尖沙咀",
                   "銅鑼灣", "美國",
                   # absent cities, as guards (none written)
                   "澳門", "九龍", "珠海", "惠州", "中山", "杭州", "天津",
                   "重慶", "東京", "紐約", "台北"],
        "excluded": [
            # 本港 (x7) and 全港 (x2) (deictic, SPEC 全港), 內地 (x2, the
            # mainland), 中環 (x2), 觀塘 (x2), 荃灣, 尖沙咀, 銅鑼灣 (districts of
            # Hong Kong): not CITY, SPEC
            "[[本港]]房地產投資", "月[[本港]]上市房託", "，[[本港]]房託平均",
            "，[[本港]]房託約四成", "，[[本港]]房託的利息", "年[[本港]]核心區",
            "，[[本港]]房託明年", "10月[[全港]]甲級", "今年[[全港]]甲級",
            "。[[內地]]物業", "訪港[[內地]]旅客", "旗下[[中環]]甲級",
            "其中[[中環]]租金", "，[[觀塘]]及荃灣", "，[[觀塘]]則按月",
            "及[[荃灣]]寫字樓", "於[[尖沙咀]]及", "及[[銅鑼灣]]購物",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (year on year), 按月
        # (x2, month on month), 日均 (daily average, GUIDELINES)
        "words_excluded": {"按年": 14, "按月": 2, "日均": 1,
                           "同期": 0, "明顯": 0, "年度": 0, "今後": 0,
                           "日前": 0, "每年": 0, "全年": 0, "近年": 0,
                           "今次": 0, "首季": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (as in g289)
        "orgwords_excluded": {
            "產業信託": 0, "房地產投資信託基金": 1, "資產管理": 0,
            "房地產基金": 0, "集團": 0, "地產": 1, "協會": 0, "委員會": 0,
            "管理局": 0, "銀行": 1, "統計處": 0, "事務處": 0, "控股": 0,
            "房託": 11, "領展": 0, "置富": 0, "長實": 0, "泓富": 0,
            "陽光": 0, "恒基": 0, "兆業": 0, "冠君": 0, "鷹君": 0,
            "越秀": 0, "順豐": 0, "招商局": 0, "富豪": 0, "證券及期貨": 0,
            "監察": 0, "證監": 0, "交易所": 0, "摩根": 0, "聯邦儲備": 0,
            "聯儲": 0, "金融管理": 0, "金管": 0, "滙豐": 0, "恒生": 0,
            "中銀": 0, "瑞銀": 0, "入境": 0, "零售管理": 0, "世邦": 0,
            "魏理仕": 0, "仲量": 0, "新鴻基": 0, "恒隆": 0, "希慎": 0,
            "太平戴維斯": 0,
            # the places that open the bodies' names and the junctions of
            # bodies and their units
            "香港交": 0, "香港房": 0, "香港金": 0, "香港零": 1, "美國聯": 0,
            "政府統": 0, "領展房": 0, "領展資": 0, "越秀房託資": 0},
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
    column a headline is one sentence; annotate_qa.py's reading, which
    annotate_qb.py's rule_city did not follow: see rule_city and NOTES).
    Here it counts the halves each title declares (TITLE_HALVES)."""
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
    sentence here: its spaces do not end it (GUIDELINES: "For the city
    column a headline is one sentence: the space between its halves, which
    separates two sentences for dates, does not end it here, so a figure in
    the first half takes a city of the second half when the first half
    names none"; annotate_qa.py's rule_city; annotate_qb.py split the
    headline at half_break(), against that line: changed back here, see
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
    the reference date; check_bare_year's rule for a bare month, day or
    quarter).  annotate_qc.py's check, which annotate_qb.py lacked, ported:
    there the mutations that wrote 首三季, 前三季度 and 前10个月 as 2025
    passed, check_precision asserting a year, not which."""
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
    m = re.fullmatch(r"(%s)月(?:\d{1,2}日|底|初|份|[上中下]旬)?|"
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
# list of rules/ that I may not read): none.  g289 writes a figure right
# after 每 + a measure word three times (收于每吨14850元, 报每公斤1.86美元左右,
# 每条3.9欧元至12.6欧元: 每吨, 每公斤 and 每条 outside the span and the unit,
# GUIDELINES' 每平方米16712元 -> 元; precedents NA, OA, OC, PB, QB); g290
# none (每基金單位 stands before 分派, a noun, not before its figures); see
# NOTES
PER_UNITS = {}


def check_per_before(d, r):
    """A METRIC right after 每 + a measure word (每吨11.35万元, 每筆手續費15港
    元, annotate_mb.py's 每艘约1.29亿美元, annotate_ob.py's 每宗約1,020萬元;
    annotate_pc.py's 每名學生二萬四千六百元; annotate_qb.py's 每吨86420元; here
    g289's 每吨14850元, 每公斤1.86美元左右 and 每条3.9欧元) keeps 每 and the
    measure word outside its span and its unit (GUIDELINES: 每平方米16712元
    -> unit 元); a unit with a slash denominator must be declared in
    PER_UNITS, and no undeclared slash rate stands in the text
    (annotate_lb.py's, with annotate_mb.py's 艘 and 美元, annotate_ob.py's
    平方呎, 呎 and 宗, annotate_pc.py's 名學生, 人 and 班; 条 and the unit 欧元
    added here for g289's duties per tyre)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|名學生|人|班|条|條)"
                  "(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元", "欧元"), r


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
    # a sentence break for dates only; annotate_qa.py's TITLE_HALVES)
    title = d.text.split("\n", 1)[0]
    assert 1 + sum(half_break(d.text, i) for i in range(len(title))) == \
        TITLE_HALVES[d.doc_id], (d.doc_id, "title halves")
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
            # annotate_qb.py's g283: 本报 names none, so every row after the
            # title follows 𬱖 and 䶮; no astral character here, the check
            # stays)
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
            # check, which annotate_pc.py lacked, kept by annotate_qb.py:
            # g289 writes 每吨, 每公斤 and 每条 before its figures)
            head = re.sub("每(吨|噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|份|条|條)$", "",
                          head)
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
            if re.search("[及和與与]", tx):
                assert tx in JOINED_NAMES.get(d.doc_id, ()), (
                    "a joiner inside an ORG row", r)
            if s > 0 and d.text[s - 1] in "及和與与":
                ends = {s - 1}
                if d.text[s - 2:s] == "以及":
                    ends = {s - 2, s - 3} if d.text[s - 3] in "，," else \
                        {s - 2}
                assert any(x["type"] == "ORG" and x["end"] in ends
                           for x in rows), ("joiner inside a name", r)
                # ... and the two rows are a declared pair of listed names
                # (annotate_qa.py's LISTED_PAIRS, ported: a name cut into
                # two ORG rows across its own joiner passed the other checks)
                prev_org = [x["text"] for x in rows
                            if x["type"] == "ORG" and x["end"] in ends]
                assert (prev_org[0], tx) in LISTED_PAIRS.get(d.doc_id, ()), (
                    "an undeclared pair of ORGs across a joiner", r)
            # a department written right after a university belongs to it
            # (SPEC 福建师范大学行政管理学院; GUIDELINES 淡江大学运输管理学系;
            # annotate_oc.py's check, ported)
            # (a joiner right after the university opens the next item of
            # a list instead: 澳門旅遊大學及鏡湖護理學院; new here)
            if tx.endswith(("大學", "大学")):
                assert not re.match(r"(?![及和與与])[\u4e00-\u9fff]{1,8}?"
                                    r"(學院|学院|學系|学系|研究院|研究所)",
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
        # annotate_qb.py's g284; annotate_pc.py's 【本報消息】, like
        # annotate_ac.py's, held none; g290 has no opener); no row straddles
        # the opener's end
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
    # type and text declared for it (annotate_pc.py's 氹 in the ORG
    # 氹仔坊眾學校 and 〇 in the DATE 二〇二五年; annotate_ob.py's IN_ORG held 滙
    # in 滙豐 and 恒 in 恒基地產 and 恒生銀行; here 滙 in 滙豐 and 恒 in four
    # ORG rows)
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
    for m in re.finditer(r"[元吨噸艘条條]／|[元吨噸艘条條]/", d.text):
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
