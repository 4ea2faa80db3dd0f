#!/usr/bin/env python3
"""Gold annotation for the held-out articles g285_wind_turbine_makers_farms
and g286_macao_community_associations (annotator QC).

Adapted from the precedent set's tools/annotate_pc.py (now dev/tools/annotate_g279_g280.py) (/tmp/ho49/precedent:
a simplified mainland article and a traditional Macao article from
澳門日報, whose figures and dates it reads in Chinese numerals: my pair in
script, region and source; copied and the data changed).  My storages are
those of the precedent's tools/annotate_pa.py (a simplified article in
UTF-16 little-endian with a BOM and a traditional one in plain Big5), so
annotate_pc.py's two storage blocks are replaced by annotate_pa.py's,
adapted:

- its GB18030 block becomes annotate_pa.py's UTF-16 LITTLE-ENDIAN-WITH-BOM
  block, whose declared surrogate pair (kept, declared empty there) is used
  again: 𬀪 (U+2C02A, CJK Extension E; D870 DC2A, written 70 D8 2A DC) in
  the reporter's given name on the byline 本报记者 姚𬀪 盐城报道, in no span,
  before the byline's CITY 盐城 and every row of the body (annotate_pc.py's
  ASTRAL_BEFORE_BODY, opened to a byline that holds a row after the
  character); the byline's rows are checked by annotate_pa.py's LINE3
  (annotate_pc.py's BYLINE block took outlets only);
- its BIG5-HKSCS block becomes annotate_pa.py's PLAIN-BIG5 block, for a
  Macao text: no character outside plain Big5 (OUTSIDE_BIG5 empty; Macao's
  衞 and 户, which s2hk writes, are written 衛 and 戶) and none whose
  plain-Big5 and cp950 codes differ (BIG5_FORMS empty), so cp950 and
  Big5-HKSCS read every line byte for byte as plain Big5 does, asserted;
  annotate_pc.py's GB18030-reading measure, opener and region checks are
  kept for it.

It keeps every check of annotate_pc.py: strict decoding, offsets, overlaps
(two ORG rows never touch; a bare 今年/明年/去年 never touches the DATE after
it), span edges, formats, calendar-valid DATEs, METRIC values re-derived
from the span (whole numbers in Chinese numerals with 萬 and 億 sections:
cn_big), ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s
of the whole simplified article, the s2t check and the t2s-then-s2hk round
trip of the traditional one, the SIMPLIFIED_ONLY coverage check; audits of
digits, magnitude characters, Latin words, Chinese numerals, time
characters, holiday words, city strings (absent cities as guards), ORG
words with the trade names before each head, the places that open bodies'
names and the junctions of bodies and their units, and ORG strings; the
declared organizations; the independent `city` rule (city sections under
headings included, though neither article has one; a headline's space
splits its halves) asserted against my hand value on every DATE/METRIC
row; the month and day a DATE span writes (Arabic or Chinese numerals), its
precision, a bare month, day or quarter in the reference year, the holiday
table by exact span and the holidays recomputed without it; relative words
resolved from the reference date (昨日, 昨日上午, 上周, 上周五, 本周, 本周三,
上月, 本月, 今年, 明年, 去年; 下月, 今日, 上年 and N年前 kept, unused); 上月
as a baseline (kept, unused); the bare-day rule (18日); the range check
(kept, unused); 同日/同月 (kept, unused); 去年同期 a year before its
sentence's period (after 前三季度 and 今年首十個月: the year); the bracketed
gloss (kept, unused); the 上季 and 十一 checks (十一個 is eleven);
check_forward (kept, unused); check_holiday_period (12月 after 元旦 and
春节); the 约占 check (約佔一成); markers before, touching and after a span;
余/多 after a span; 约为 as a separated marker (kept, unused); the declared
shared unit (kept, unused); the collective label (汕尾、揭阳两市) and
check_no_collective_metric; the time unit (约1640小时 after 平均); the
narrowest codec; no Taiwan marker and no bare 2-3 digit year in either
text; the opener block (【本報消息】 holds no row); the NO_SHI and
FOREIGN_SHI checks; the two 市 checks, CITY_STOPS and CITY_AMBIGUOUS; the
ORG-row check (no 旗下, 的, 、, 子公司 or 屬下 inside, no start after
国家/中国), the joiner and university-department checks; a bare 前N个月 /
前三季度 / 首三季 never opening a clause or a headline; check_per_before and
the slash-rate audit.

Changes besides the storage blocks: the holiday table as these articles
name them (元旦, 春节; 冬至, 重陽, 聖誕, 元旦, 農曆新年, 明年農曆新年); 冬至 is
computed as the winter solstice in Beijing and Macao time (Meeus, chapter
27, the December mean solstice of table 27.B with annotate_pc.py's 24
periodic terms), checked within five minutes against the almanac's
instants of 2024-2027; the s2hk pairs 周/週, 戶/户 and 衛/衞; check_per_before
reads 千瓦 and 間/间 and a basis a few words before the figure.  Ported from
annotate_pa.py: LINE3 and check_line3; check_not_collective (narrowed to a
count of one numeral: 三千四百場 after a list of three centres is no
collective); the audit of every CITY_NORM form the article writes; the
check that every 旬 stands inside a DATE row; 晚 among the time characters.
Added after mutations passed (each named in NOTES_qc.md): check_bare_period
(a bare 前三季度, 前10个月, 首三季 is the reference year's when its sentence
states no year: 首三季, 前三季度 and 前10个月 written as 2025 passed), and the
first words of bodies' names among the org-word audits (社會工作, 身份, 勞工,
統計暨, 社會文化, 特區; 海关, 国际 …: a cut to the head, declarations along,
passed for eight bodies).
Units 吉瓦, %, 百分点, 小时, 元, 美元, 台, 条, 吨, 套, 家, 个 (g285); 人次,
%, 间, 元, 个, 名, 场, 份, 人, 户, 宗, 席, 次, 项, 岁 (g286).

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (the BOM removed, nothing else):

- g285 is simplified (mainland, 中国能源报, 2026-11-20), stored as UTF-16
  LITTLE-ENDIAN with a BOM (FF FE, then the title's 今 = CA 4E).  Every
  character is one UTF-16 unit and GB2312 but 𬀪 of the byline (a surrogate
  pair, outside GBK): every row after it sits one place lower in code
  points than in UTF-16 units.  OpenCC t2s leaves the article unchanged.
  Its byline 本报记者 姚𬀪 盐城报道 stands on line 3: 本报 names no outlet
  (GUIDELINES), 盐城, the city filed from, is a CITY.
- g286 is traditional (Macao, 澳門日報, 2026-11-22), stored as plain Big5
  without a BOM; the title's 社 (AA C0) opens the file.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official names with 市, Macao by
  its common name).  A Macao text (澳門 written 16 times, 本澳 3, 香港
  never): Macao bodies without a place in their names (社會工作局, 身份證明局,
  勞工事務局, 市政署, 衛生局, 社會保障基金, 統計暨普查局, 社會文化司) stand
  alone as ORGs.  The paper writes its figures and dates in Chinese
  numerals (約二百一十三萬人次, 約十二億四千萬元, 逾一萬零五百個, 十月底,
  十二月廿一日) beside Arabic percentages.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho49/precedent: README, NOTES_pa/pb/pc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g285_g286.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

Re-run (from anywhere):

    python3 dev/tools/annotate_g285_g286.py
"""
import csv
import datetime
import json
import math
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
G285 = "g285_wind_turbine_makers_farms"
G286 = "g286_macao_community_associations"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G285: ("utf-16-le", BOM16LE, False, "2026-11-20", "中国能源报"),
    G286: ("big5", b"", True, "2026-11-22", "澳門日報"),
}
# the first character of each file after its BOM (if any), with its bytes
# in the file's encoding: g285's title opens with 今 (U+4ECA, little-endian
# CA 4E after FF FE), g286's with 社 (plain Big5 AA C0)
FIRST_CHAR = {G285: ("今", b"\xca\x4e"), G286: ("社", b"\xaa\xc0")}
# characters outside the BMP each article declares, in text order: 𬀪
# (U+2C02A, CJK Extension E) of the reporter's given name on g285's byline
OUTSIDE_BMP = {G285: ["𬀪"], G286: []}
# characters of the mainland article that GB2312 lacks, with their UTF-16
# little-endian code units as the file writes them (annotate_pa.py's
# DECLARED_MAINLAND, declared empty there; annotate_oc.py's, there a
# surrogate pair on a big-endian byline): 𬀪 of the byline, a surrogate pair
# D870 DC2A written 70 D8 2A DC, in no span
DECLARED_MAINLAND = {G285: {"𬀪": b"\x70\xd8\x2a\xdc"}}
# ... and their kinds, "utf16-surrogate-pair" or "utf16-bmp"
# (annotate_pa.py's DECLARED_KINDS): one surrogate pair here
DECLARED_KINDS = {G285: Counter({"utf16-surrogate-pair": 1})}
# the third line of the mainland article (its byline under the title) and
# the rows it holds, exactly (annotate_pa.py's LINE3): 本报记者 + the
# reporter's name + the city filed from; 本报 names no outlet (GUIDELINES;
# precedent PA's and PB's 本报记者), 盐城 the city filed from is a CITY
# (precedent PA's 绍兴报道)
LINE3 = {G285: ("本报记者 姚𬀪 盐城报道", [("CITY", "盐城")])}
# articles whose declared astral character stands on the byline before
# every span but the title's and the byline's own (annotate_pc.py's
# ASTRAL_BEFORE_BODY, there before the body only): g285's 𬀪, so offsets
# counted in UTF-16 units would be one too high for the byline's CITY and
# every row of the body
ASTRAL_BEFORE_BODY = {G285}
# the paragraph opener of a Hong Kong or Macao article and the rows it holds
# (annotate_pc.py's OPENER): g286's 【本報消息】, 澳門日報's opener, where
# 本報 names no outlet (GUIDELINES: 本报 is none)
OPENER = {G286: ("【本報消息】", [])}
# characters of the Macao article outside plain Big5: none (a plain-Big5
# file; annotate_pc.py's Big5-HKSCS 氹 and 〇 are gone: 氹仔 and years in
# Chinese numerals with 〇 are not written; 衞 and 户, which Macao also
# writes, are written 衛 and 戶, plain Big5's forms: S2HK_KEPT below)
OUTSIDE_BIG5 = {G286: {}}
# characters whose plain-Big5 and cp950 codes differ that the plain-Big5
# article writes (annotate_pa.py's BIG5_FORMS, there ／ of a Taiwan
# dateline): none here (澳門日報 has no dateline with ／), so cp950 and
# Big5-HKSCS read the file as the same text, asserted
BIG5_FORMS = {G286: {}}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 社會工作局, 身份證明局, 市政署, 勞工事務局, 衛生局,
# 統計暨普查局, 社會文化司 …, are ORGs in a text that names the region at
# least twice)
MACAO = {G286}
# the region's names, which a text of the region writes at least twice and
# more often than the other region's (annotate_pc.py's REGION_NAMES)
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them, taken alone (annotate_pc.py's 里 of 里斯本): none here
S2T_ALLOWED = {}
S2T_ALLOWED_WORD = {}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 (上周五, 上周, 本周; s2hk 週; annotate_pc.py's),
# and, new here, 戶 (約三千戶: s2hk writes 户) and 衛 (衛生局: s2hk writes
# 衞); 户 and 衞 are not plain Big5 (asserted in the Big5 block), so a
# plain-Big5 Macao text can only write 戶 and 衛
S2HK_KEPT = {G286: {("周", "週"), ("戶", "户"), ("衛", "衞")}}
# common simplified-only characters a traditional article must not hold
# (annotate_pc.py's list, with its predecessors' additions: its last line
# added the simplified forms of g280's traditional characters; mine adds
# g286's that the list lacked, as OpenCC t2s writes them, none of them
# written in it; checked in main())
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
                   # g286's words (their t2s forms, none written in it: 親 of
                   # 宗親, 託 of 委託, 贊 of 贊助, 陽 of 重陽, 離 of 離島, 頤 of
                   # 婦聯頤康協會)
                   "亲托赞阳离颐")



# Holidays the articles name, by their exact span (2025-2027): g285
# (mainland, 2026-11-20, a Friday): 元旦 2027-01-01 and 春节 2027-02-06
# (元旦、春节前后: yearless, the coming ones, 42 and 78 days after; 前后
# outside); g286 (Macao, 2026-11-22, a Sunday): 冬至 2026-12-22 (冬至前, 冬至
# 將至: yearless, the coming one, 30 days after; the winter solstice in
# Beijing and Macao time, 2026-12-22 04:50; new here), 重陽 2026-10-18
# (重陽前後: yearless, the nearest one, 35 days before; 前後 outside), 聖誕
# 2026-12-25 and 元旦 2027-01-01 (聖誕及元旦假期前後: yearless, the coming
# ones, 33 and 40 days after; 假期前後 outside), 農曆新年 2027-02-06
# (農曆新年前: the coming one, 76 days after; GUIDELINES: 农历新年 is 春节)
# and 明年農曆新年 2027-02-06 (a year word before a holiday is inside the
# span, GUIDELINES 2024年春节; 明年 from the reference year; 期間 outside).
HOLIDAY = {"元旦": "2027-01-01", "春节": "2027-02-06",
           "冬至": "2026-12-22", "重陽": "2026-10-18",
           "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
           "明年農曆新年": "2027-02-06"}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "复活", "復活", "十一",
                 "大年", "丰收节", "豐收節", "冬至", "冬節", "冬节")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, a table of lunar days (正月初一 and 九月初九, as the precedent
# annotators checked them for 2025-2027; 大年初三 is 正月初一 + 2 days) and
# days computed from the calendar (黑色星期五; Western Easter; 中国农民丰收节
# on the autumn equinox, annotate_pc.py's; new here: 冬至 on the winter
# solstice)
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
# the lunar table against the calendar: 2026's 重阳 (九月初九) is 23 days
# after 中秋 (八月十五, 2026-09-25) and a Sunday; 春节 of 2027 is 78 days
# after g285's reference date and 76 after g286's; 春节 of 2026 is 276 days
# before g285's (so the nearest 春节 is 2027's); 元旦 of 2027 is 42 days
# after g285's and 40 after g286's, 元旦 of 2026 323 and 325 before; 重陽 of
# 2026 is 35 days before g286's, 重陽 of 2027 320 after (the nearest is
# 2026's); 聖誕 of 2026 is 33 days after g286's, 聖誕 of 2025 332 before
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _DOUBLE_NINTH[2026].isoweekday() == 7
assert _SPRING[2027].isoweekday() == 6 and _SPRING[2026].isoweekday() == 2
assert (_SPRING[2027] - datetime.date(2026, 11, 20)).days == 78
assert (_SPRING[2027] - datetime.date(2026, 11, 22)).days == 76
assert (datetime.date(2026, 11, 20) - _SPRING[2026]).days == 276
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 20)).days == 42
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 22)).days == 40
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 1, 1)).days == 323
assert (datetime.date(2026, 11, 22) - _DOUBLE_NINTH[2026]).days == 35
assert (_DOUBLE_NINTH[2027] - datetime.date(2026, 11, 22)).days == 320
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 22)).days == 33
assert (datetime.date(2026, 11, 22) - datetime.date(2025, 12, 25)).days == 332
# the reference dates: g285's 2026-11-20 a Friday of ISO week 2026-W47
# (Monday 11-16: 本周三 2026-11-18; 上周 W46; 昨日 2026-11-19), g286's
# 2026-11-22 a Sunday of the same W47 (上周 W46 from 9 to 15 November,
# 上周五 2026-11-13; 本周 W47; 昨日 2026-11-21)
assert datetime.date(2026, 11, 20).isocalendar()[1:] == (47, 5)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert datetime.date.fromisocalendar(2026, 47, 3) == \
    datetime.date(2026, 11, 18)
assert datetime.date.fromisocalendar(2026, 46, 5) == \
    datetime.date(2026, 11, 13)


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


assert [_easter(y) for y in (2025, 2026, 2027)] == [
    datetime.date(2025, 4, 20), datetime.date(2026, 4, 5),
    datetime.date(2027, 3, 28)]

# the periodic terms (A, B, C in degrees) of Meeus, Astronomical
# Algorithms, table 27.C, for the equinoxes and solstices (annotate_pc.py's)
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
# the mean equinoxes and solstices of Meeus' table 27.B (years 1000-3000):
# the September equinox (annotate_pc.py's) and, new here, the December
# solstice
_MEAN_TERMS = {"sep": (2451810.21715, 365242.01767, -0.11575, 0.00337,
                       0.00078),
               "dec": (2451900.05952, 365242.74049, -0.06223, -0.00823,
                       0.00032)}


def _season_utc(y, which):
    """The September equinox or the December solstice of year y in UTC
    (Meeus, chapter 27: the mean instant of table 27.B, corrected by the 24
    periodic terms; TT - UT taken as 69.2 s): accurate to about a minute
    now (annotate_pc.py's _autumn_equinox_utc, opened to the solstice)."""
    t = (y - 2000) / 1000
    c0, c1, c2, c3, c4 = _MEAN_TERMS[which]
    jde0 = c0 + c1 * t + c2 * t ** 2 + c3 * t ** 3 + c4 * t ** 4
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
    return (_season_utc(y, "sep") + datetime.timedelta(hours=8)).date()


def _winter_solstice(y):
    """冬至, the winter solstice, as Beijing and Macao (both UTC+8) count the
    day (new here: a named festival, SPEC; a public holiday of Macao)."""
    return (_season_utc(y, "dec") + datetime.timedelta(hours=8)).date()


# the computation against the instants as published: the September
# equinoxes in UTC (2024-09-22 12:44, 2025-09-22 18:19, 2026-09-23 00:05,
# 2027-09-23 06:01; annotate_pc.py's) and, new here, the December solstices
# in Beijing time as the Chinese almanac tables give them (2024-12-21
# 17:20:20, 2025-12-21 23:02:48, 2026-12-22 04:49:55, 2027-12-22 10:41:50;
# a stored page's table of 2020-2030), each within five minutes; 2025's
# solstice falls 57 minutes before midnight and 2026's 4 h 50 after it, so
# the day is no rounding: 2026's 冬至 is 2026-12-22, 30 days after g286's
# reference date, and the nearest one (2025's 336 days before it)
for _y, _known in ((2024, (9, 22, 12, 44)), (2025, (9, 22, 18, 19)),
                   (2026, (9, 23, 0, 5)), (2027, (9, 23, 6, 1))):
    _diff = _season_utc(_y, "sep") - datetime.datetime(_y, *_known)
    assert abs(_diff.total_seconds()) < 300, (_y, _diff)
for _y, _known in ((2024, (12, 21, 17, 20, 20)), (2025, (12, 21, 23, 2, 48)),
                   (2026, (12, 22, 4, 49, 55)), (2027, (12, 22, 10, 41, 50))):
    _diff = (_season_utc(_y, "dec") + datetime.timedelta(hours=8)) - \
        datetime.datetime(_y, *_known)
    assert abs(_diff.total_seconds()) < 300, (_y, _diff)
assert [_winter_solstice(y) for y in (2024, 2025, 2026, 2027)] == [
    datetime.date(2024, 12, 21), datetime.date(2025, 12, 21),
    datetime.date(2026, 12, 22), datetime.date(2027, 12, 22)]
assert (_winter_solstice(2026) - datetime.date(2026, 11, 22)).days == 30
assert (datetime.date(2026, 11, 22) - _winter_solstice(2025)).days == 336
assert [_harvest_festival(y) for y in (2025, 2026, 2027)] == [
    datetime.date(2025, 9, 23), datetime.date(2026, 9, 23),
    datetime.date(2027, 9, 23)]

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter, "中国农民丰收节": _harvest_festival,
                 "中國農民豐收節": _harvest_festival,
                 "冬至": _winter_solstice}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g285, mainland (2026: the municipality 天津; the prefecture-level 盐城,
    # 南通 (江苏), 宁波 (浙江), 阳江, 中山, 汕尾, 揭阳 (广东), 株洲 (湖南),
    # 包头 (内蒙古), 张家口 (河北), 酒泉 (甘肃), 哈密 (新疆, a prefecture-level
    # city since 2016, written after its region), 漳州, 莆田 (福建), 德阳
    # (四川); the county-level 江阴 (under 无锡); cities at the article's date
    # (SPEC); the foreign 塔什干, 伊斯坦布尔, 利雅得, 约翰内斯堡, 墨尔本 by
    # their common Chinese names)
    "盐城": "盐城市", "阳江": "阳江市", "江阴": "江阴市", "中山": "中山市",
    "宁波": "宁波市", "株洲": "株洲市", "包头": "包头市",
    "张家口": "张家口市", "酒泉": "酒泉市", "哈密": "哈密市",
    "汕尾": "汕尾市", "揭阳": "揭阳市", "南通": "南通市", "漳州": "漳州市",
    "莆田": "莆田市", "天津": "天津市", "德阳": "德阳市",
    "塔什干": "塔什干", "伊斯坦布尔": "伊斯坦布尔", "利雅得": "利雅得",
    "约翰内斯堡": "约翰内斯堡", "墨尔本": "墨尔本",
    # g286 (traditional spans; 澳門 by its common name; mainland cities with
    # 市: 廈門, 泉州, 福州 (福建), 中山 (the key above), 江門, 珠海 (廣東))
    "澳門": "澳门", "廈門": "厦门市", "泉州": "泉州市", "福州": "福州市",
    "江門": "江门市", "珠海": "珠海市",
}
# cities normalized without 市: Hong Kong, Macao and the foreign cities by
# their common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "塔什干", "伊斯坦布尔", "利雅得", "约翰内斯堡", "墨尔本"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text); g285's ORGs are
# simplified and normalize to themselves
ORG_NORM = {
    "社會工作局": "社会工作局", "社工局": "社工局",
    "身份證明局": "身份证明局",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "街總": "街总",
    "街總祐漢社區中心": "街总祐汉社区中心",
    "街總黑沙環社區服務中心": "街总黑沙环社区服务中心",
    "街總望廈社區中心": "街总望厦社区中心",
    "街總青洲社區中心": "街总青洲社区中心",
    "澳門工會聯合總會": "澳门工会联合总会", "工聯": "工联",
    "工聯北區綜合服務中心": "工联北区综合服务中心",
    "工聯筷子基家庭及社區綜合服務中心": "工联筷子基家庭及社区综合服务中心",
    "工聯職業技能培訓中心": "工联职业技能培训中心",
    "勞工事務局": "劳工事务局",
    "澳門婦女聯合總會": "澳门妇女联合总会", "婦聯": "妇联",
    "婦聯北區家庭服務中心": "妇联北区家庭服务中心",
    "婦聯頤康協會": "妇联颐康协会",
    "澳門中華新青年協會": "澳门中华新青年协会", "新青協": "新青协",
    "澳門明愛": "澳门明爱", "同善堂": "同善堂",
    "鏡湖醫院慈善會": "镜湖医院慈善会",
    "澳門江門同鄉會": "澳门江门同乡会",
    "澳門福建同鄉總會": "澳门福建同乡总会",
    "澳門茂名同鄉總會": "澳门茂名同乡总会",
    "澳門中山三鄉同鄉會": "澳门中山三乡同乡会",
    "澳門基金會": "澳门基金会", "市政署": "市政署", "衛生局": "卫生局",
    "社會保障基金": "社会保障基金",
    "街總橫琴綜合服務中心": "街总横琴综合服务中心",
    "統計暨普查局": "统计暨普查局",
    "澳門大學社會科學學院": "澳门大学社会科学学院", "立法會": "立法会",
    "社會文化司": "社会文化司", "特區政府": "特区政府",
    "中國銀行澳門分行": "中国银行澳门分行",
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
    """A whole number in Chinese numerals with 億/萬 sections (new in annotate_pc.py, for
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
        # line ends are LF alone, checked before the line checks of the
        # codec blocks below read the byline or the opener (annotate_mc.py's
        # order, kept by annotate_pa.py and annotate_pc.py)
        assert "\r" not in self.text, f"{doc_id}: CR line ends"
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        self.in_row_span = {}
        self.astral_before_body = False
        self.opener = None
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a GBK file that GB2312 reads is GB2312,
        # a Big5-HKSCS or cp950 file that Big5 reads is Big5 (annotate_pc.py)
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
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM, A
            # SIMPLIFIED MAINLAND ARTICLE (annotate_pa.py's block, itself
            # annotate_oc.py's big-endian block mirrored to the little-endian
            # order; its declared surrogate pair, kept unused by
            # annotate_pa.py, is used again here: 𬀪 on the byline): exactly
            # one BOM FF FE, the BOM-aware codec reads the same text, the
            # plain little-endian reading keeps U+FEFF in front (one code
            # point that would shift every offset by one), the big-endian
            # reading is another text
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
            # in little-endian order (g285: 今 = U+4ECA, written CA 4E, the
            # low byte first; checked above), not its big-endian 4E CA
            assert code == ch.encode("utf-16-le") != ch.encode(
                "utf-16-be"), doc_id
            # the characters GB2312 cannot write are exactly the declared
            # ones (annotate_oc.py's check, annotate_pa.py's block): 𬀪
            declared = DECLARED_MAINLAND[doc_id]
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            assert outside == sorted(declared), (doc_id, outside)
            # no lone surrogate in the decoded text (a strict decoder pairs
            # them), and the astral characters are exactly the declared
            # ones outside the BMP
            assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in self.text)
            assert sorted(c for c in outside if ord(c) > 0xFFFF) == \
                sorted(set(OUTSIDE_BMP[doc_id])), doc_id
            # the file walked code unit by code unit: each character's
            # little-endian units at its own place; every ASCII character
            # has its NUL byte AFTER it (little-endian), so a reader that
            # ignores the BOM reads a binary file; every character one unit
            # but a declared astral one, a surrogate pair (high D800-DBFF
            # then low DC00-DFFF, each written low byte first)
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
                assert not enc_ok(c, "gb2312") and enc_ok(c, "gb18030"), c
                if ord(c) > 0xFFFF:
                    # a CJK ideograph of the supplementary planes (here
                    # Extension E, U+2C02A), which GBK lacks too and only
                    # GB18030 writes (four bytes, 99 31 88 30)
                    assert len(unit) == 4 and 0x20000 <= ord(c) <= 0x2EBEF
                    assert not enc_ok(c, "gbk") and \
                        len(c.encode("gb18030")) == 4, c
                    assert unicodedata.name(c).startswith(
                        "CJK UNIFIED IDEOGRAPH-"), c
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
            # a UTF-16 count runs one unit ahead of the code points for
            # every astral character before a place (annotate_pc.py's check,
            # for its GB18030 file)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # the BOM is no part of the text and stands once, in front
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-16-le").count("\ufeff") == 1, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points; annotate_nb.py's)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every character is GB2312 but the declared ones (so GBK and
            # GB18030 too): a reader that converts the text to a GB codec
            # loses nothing else
            assert all(enc_ok(c, "gb2312") or c in declared
                       for c in self.text), doc_id
            # a legacy codec or UTF-8 fails on the file or reads another
            # text, with and without the BOM (annotate_nb.py's, as
            # annotate_oc.py and annotate_pa.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # the byline stands on the third line, between blank lines
            # (check_line3 checks its rows), and holds every declared
            # character: each once, in no span, after the title and before
            # the byline's city and every row of the body (checked in
            # check(): ASTRAL_BEFORE_BODY)
            assert lines[1] == lines[3] == "", doc_id
            for c in declared:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.no_span_chars = sorted(declared)
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in declared), doc_id
        if enc == "big5":       # PLAIN BIG5 WITHOUT A BOM, A TRADITIONAL
            # MACAO ARTICLE (annotate_pa.py's plain-Big5 block for its
            # Taiwan text, with annotate_pc.py's Macao checks: its GB18030
            # reading, its opener and its region, there for a Big5-HKSCS
            # file); no BOM, no U+FEFF
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones: none here, so every character is plain Big5
            # and big5 is the narrowest codec
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl) == [], (doc_id, outside)
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: none here)
            forms = BIG5_FORMS[doc_id]
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms) == [], (doc_id, diff)
            # the bytes of each character, walked through the file: every
            # character is written with its plain-Big5 bytes at its own
            # position, one byte an ASCII character and two any other
            pos = 0
            for c in self.text:
                b = c.encode("big5")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP: a UTF-16 count equals the code
            # points; no combining mark
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # every line is the same in plain Big5, cp950 and Big5-HKSCS,
            # byte for byte, and reads back alike in all three; so cp950
            # and Big5-HKSCS read the whole file as the same text (a
            # reader that tries them first loses nothing here)
            for line in lines:
                b = line.encode("big5")
                assert b == line.encode("cp950") == line.encode(
                    "big5hkscs"), line
                assert b.decode("cp950") == b.decode("big5hkscs") == line
            assert full.decode("cp950") == full.decode("big5hkscs") == \
                self.text, doc_id
            # Macao's forms that plain Big5 lacks (衞, 户, which s2hk writes)
            # are written with plain Big5's (衛, 戶): S2HK_KEPT's s2hk side is
            # outside plain Big5 for those two, and 週 (plain Big5) is a
            # form Macao's press writes otherwise (上周)
            for a, b in S2HK_KEPT.get(doc_id, set()):
                assert enc_ok(a, "big5") and a in self.text, (doc_id, a)
                assert enc_ok(b, "big5") == (b == "週"), (doc_id, b)
            # gb18030 reads the Big5 bytes too (every Big5 trail byte is a
            # GB18030 trail byte), as another text: GUIDELINES' reader then
            # keeps the codec whose result has the larger share of common
            # characters.  Measured by each standard's own common tier
            # (Big5's 常用字 A440-C67E for the Big5 reading, GB2312's level
            # 1 B0A1-D7F9 for the GB18030 one), the Big5 reading is the
            # natural one by far (annotate_pc.py's proxy, since
            # rules/encoding/common_hanzi.txt is not mine to read)
            other = raw.decode("gb18030")
            assert other != self.text, doc_id

            def han(s):
                return [c for c in s if 0x3400 <= ord(c) <= 0x9FFF or
                        ord(c) > 0xFFFF]

            def tier(c, codec, lo, hi):
                try:
                    b = c.encode(codec)
                except UnicodeEncodeError:
                    return False
                return len(b) == 2 and lo <= int.from_bytes(b, "big") <= hi
            mine, theirs = han(self.text), han(other)
            share_mine = sum(tier(c, "big5", 0xA440, 0xC67E)
                             for c in mine) / len(mine)
            share_theirs = sum(tier(c, "gb2312", 0xB0A1, 0xD7F9)
                               for c in theirs) / len(theirs)
            assert share_mine > 0.95 and share_theirs < 0.6 and \
                len(theirs) < len(mine) / 2, (doc_id, share_mine,
                                              share_theirs, len(theirs))
            # the other GB codecs, UTF-8 and UTF-16 fail or read another
            # text
            for other in ("gbk", "gb2312", "utf-8", "utf-8-sig", "utf-16",
                          "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # an opener, where one is declared (annotate_pc.py's 【本報消息】),
            # opens line 3 once; no other line opens with 【
            assert lines[1] == "", doc_id
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
        # a traditional article declares its region (annotate_ec.py: an
        # empty region set would otherwise skip the region block and the
        # s2hk round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in HONGKONG
                                    or doc_id in TAIWAN), (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        assert not HONGKONG and not TAIWAN, "a Macao article only"
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in DECLARED_MAINLAND.get(
                doc_id, {}) for c in self.text), doc_id   # GB2312 but the
            #                                              declared ones
        if doc_id in HONGKONG or doc_id in MACAO:
            # a Hong Kong or Macao text (annotate_pc.py's region block, for
            # a plain-Big5 file here): every character plain Big5, cp950 and
            # Big5-HKSCS
            assert all(enc_ok(c, "big5") and enc_ok(c, "cp950") and
                       enc_ok(c, "big5hkscs") for c in self.text), doc_id
            # the region is named at least twice (GUIDELINES: Hong Kong and
            # Macao bodies without a place, 統計暨普查局, 社會工作局 …, stand
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
            # a character declared in S2T_ALLOWED stands only in its
            # declared words, each with its count (annotate_pc.py's 里 of
            # 里斯本; none here, the check stays)
            for c, words in S2T_ALLOWED_WORD.get(doc_id, {}).items():
                assert c in S2T_ALLOWED.get(doc_id, ()) and words, c
                for w, k in words.items():
                    assert c in w and self.text.count(w) == k, (doc_id, w, k)
                assert self.text.count(c) == sum(
                    k * w.count(c) for w, k in words.items()), (doc_id, c)
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
        else:                   # a mainland or Macao text writes no Taiwan
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
        # (十一 before 月 or 日 is the month or day eleven, no holiday:
        # annotate_pc.py's, for the Chinese numerals of 澳門日報's dates)
        probe = re.sub("十一(?=[月日])", "", span)
        if any(w in probe for w in HOLIDAY_WORDS):  # holidays as tabulated
            # (a holiday missing from the table is a named assertion, not a
            # KeyError: precedent MA's change, kept)
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
# g285 Wind power in November 2026: national figures (国家能源局 昨日: 今年前
# 10个月, 10月, 10月底; 中国电力企业联合会 (中电联): 前三季度 against 去年同期);
# the wind energy association (中国可再生能源学会风能专业委员会 (中国风能协会)
# 18日 in 盐城: 前三季度, 二季度, 四季度, 今年); the turbine makers (金风科技
# 前三季度, 上周 in 盐城; 远景科技集团's 远景能源: 江阴, 四季度, 今年; 中山's 明阳
# 智能 前三季度, 阳江 明年一季度; 运达股份, 三一重能 前三季度; 上海电气's 电气
# 风电, 东方电气); the parts makers (日月股份, 金雷股份, 天顺风能, 大金重工
# 四季度; 宁波's 日月股份 前三季度; 株洲's 时代新材 10月; 中材科技's 中材叶片
# 前三季度; 东方电缆); the developers (国家能源集团's 龙源电力 前10个月: 包头,
# 张家口, 年底; 三峡集团's 三峡能源 in 阳江; 国家电投 上月; 华能国际, 中广核新
# 能源 本周; 华润电力 明年: 酒泉, 哈密); offshore allocation (广东省能源局 本周三:
# 汕尾、揭阳两市; 江苏省能源局 上月: 盐城, 南通; 福建省发展和改革委员会: 漳州,
# 莆田, 明年上半年; 国家统计局 10月); the city bases (盐城; 盐城市发展和改革委员会:
# 盐城 今年前10个月; 阳江市工业和信息化局: 阳江 前三季度; 天津, 德阳, 株洲 10月);
# exports (海关总署 前10个月; 金风科技 in 塔什干 上月; 运达股份 in 伊斯坦布尔;
# 远景能源 in 利雅得, 约翰内斯堡, 墨尔本; 中国进出口银行 前三季度) and the outlook
# (明年; 彭博新能源财经: 今年, 2025年, 明年; 元旦, 春节, 12月, 明年2月, 明年
# 一季度; 全球风能理事会).
# Simplified, UTF-16 LE with a BOM and the surrogate pair of 𬀪 on the
# byline 本报记者 姚𬀪 盐城报道, 2026-11-20 (a Friday, ISO week 2026-W47),
# 中国能源报.  昨日 2026-11-19; 18日, 本周三 2026-11-18; 本周 2026-W47;
# 上周 2026-W46; 上月, 10月, 10月底 2026-10; 12月 2026-12; 二季度 2026-Q2;
# 四季度 2026-Q4; 今年, 今年前10个月, 前10个月, 前三季度, 年底 2026; 去年同期
# (after 前三季度) 2025; 2025年 2025; 元旦 2027-01-01; 春节 2027-02-06;
# 明年2月 2027-02; 明年一季度 2027-Q1; 明年二季度 2027-Q2; 明年, 明年上半年
# 2027.
# ===========================================================================
@doc
def g285():
    d = Doc(G285)
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    (YC, YJ, JY, ZS, NB, ZZ, BT, ZJK, JQ, HM, SW, JYG, NT, ZZH, PT, TJ,
     DY) = ("盐城市", "阳江市", "江阴市", "中山市", "宁波市", "株洲市",
            "包头市", "张家口市", "酒泉市", "哈密市", "汕尾市", "揭阳市",
            "南通市", "漳州市", "莆田市", "天津市", "德阳市")
    TSK, IST, MEL = "塔什干", "伊斯坦布尔", "墨尔本"
    # title (over 40 characters: no heading; its space after 约21% splits
    # it into two sentences, GUIDELINES): 今年 attached to 前10个月
    # (precedents PA, PC), the year; the second half's list sharing one head
    # (等地) gives two CITY rows, which the first half's rows do not take;
    # 明年二季度 takes the nearest city before it in its half (阳江)
    d.date("[[今年前10个月]]风电新增", Y, "")
    d.metric("同比增长[[约21%]] 盐城", 21, "%", "approx", "")
    d.city("% [[盐城]]、阳江等地")
    d.city("、[[阳江]]等地整机")
    d.date("订单排至[[明年二季度]]\n", "2027-Q2", YJ)
    # the byline 本报记者 姚𬀪 盐城报道: 本报 names no outlet (GUIDELINES);
    # 盐城 the city filed from (precedent PA's 绍兴报道); 𬀪 before it
    d.city(" [[盐城]]报道")
    # P1 national figures (no CITY)
    d.org("\n\n[[国家能源局]]昨日")
    d.date("国家能源局[[昨日]]发布", "2026-11-19", "")
    d.date("显示，[[今年前10个月]]，全国", Y, "")
    d.metric("并网容量[[约78.3吉瓦]]", "78.3", "吉瓦", "approx", "")
    d.metric("同比增长[[约21%]]；其中", 21, "%", "approx", "")
    d.date("其中[[10月]]新增", OCT, "")
    d.metric("新增[[约9.6吉瓦]]", "9.6", "吉瓦", "approx", "")
    d.metric("环比增长[[约14%]]", 14, "%", "approx", "")
    # 截至 outside (SPEC); an end of a month is the month (SPEC)
    d.date("截至[[10月底]]，全国", OCT, "")
    d.metric("累计并网容量[[约618吉瓦]]", 618, "吉瓦", "approx", "")
    d.metric("升至[[约16.8%]]", "16.8", "%", "approx", "")
    # a bracketed short form of the name's characters in order (GUIDELINES):
    # two ORGs
    d.org("。[[中国电力企业联合会]]（中电联）")
    d.org("（[[中电联]]）统计")
    # 前三季度 right after the noun it is about (GUIDELINES 全市前10个月):
    # the year; 去年同期 after it in its sentence: the year before (SPEC: a
    # period with no ISO form gives the year)
    d.date("全国风电[[前三季度]]平均", Y, "")
    # a bare figure after the value word 为 (GUIDELINES)
    d.metric("利用率为[[96.2%]]", "96.2", "%", "exact", "")
    d.date("较[[去年同期]]下降", LY, "")
    # 个百分点 is the unit 百分点 (SPEC)
    d.metric("下降[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    # a statistic measured in time after the cue 平均 (SPEC 平均停留2.5天;
    # GUIDELINES): 小时 its unit
    d.metric("利用小时数[[约1640小时]]", 1640, "小时", "approx", "")
    # P2 the wind energy association
    # the society's committee by its registered name (a department written
    # after its body belongs to it, SPEC 蚂蚁金服集团银行服务部) and its usual
    # name in brackets: two ORGs (协 is no character of the longer name, so
    # the bracket is no short form by GUIDELINES' test; 中国风能协会 is a
    # named association by itself, SPEC)
    d.org("\n\n[[中国可再生能源学会风能专业委员会]]（")
    d.org("（[[中国风能协会]]）18日")
    # a bare day: the reference month (GUIDELINES); the rule gives the
    # first city after (盐城, where the report was released)
    d.date("）[[18日]]在盐城", "2026-11-18", YC)
    d.city("18日在[[盐城]]发布")
    d.date("整机企业[[前三季度]]新增订单", Y, YC)
    # the rule gives 盐城 to the national figures of the sentence: the rule
    # as written
    d.metric("新增订单[[约132吉瓦]]", 132, "吉瓦", "approx", YC)
    d.metric("同比增长[[约36%]]", 36, "%", "approx", YC)
    d.metric("出口订单[[约22.4吉瓦]]", "22.4", "吉瓦", "approx", YC)
    # 不到 inside the span, under (SPEC); 两 a digit before 成
    d.metric("占比[[不到两成]]", 20, "%", "under", YC)
    # 每千瓦 before the price, apart from it: no part of the span or the
    # unit (GUIDELINES: 每 before the number is not part of the unit;
    # precedents PA, PB's 每吨)
    d.metric("中标均价[[约1620元]]", 1620, "元", "approx", "")
    # a bare quarter as a baseline (较 outside): the reference year
    d.date("较[[二季度]]上涨", "2026-Q2", "")
    d.metric("上涨[[约4%]]", 4, "%", "approx", "")
    d.org("。[[中国风能协会]]相关负责人")
    d.date("开工，[[四季度]]全国", "2026-Q4", "")
    # 超过 and 突破 inside the span, over (SPEC)
    d.metric("有望[[超过30吉瓦]]", 30, "吉瓦", "over", "")
    d.date("，[[今年]]新增装机", Y, "")
    d.metric("首次[[突破100吉瓦]]", 100, "吉瓦", "over", "")
    # P3 the turbine makers
    d.org("整机企业中，[[金风科技]]前三季度")
    d.date("金风科技[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约486亿元]]", "486e8", "元", "approx", "")
    d.metric("同比增长[[约19%]]，归属", 19, "%", "approx", "")
    d.metric("净利润[[约21.6亿元]]", "21.6e8", "元", "approx", "")
    d.metric("同比增长[[约43%]]", 43, "%", "approx", "")
    d.org("。[[金风科技]]位于盐城")
    # a city before 的 and a facility: the city as a modifier (SPEC)
    d.city("位于[[盐城]]的海上")
    d.date("装备基地[[上周]]有", "2026-W46", YC)
    d.metric("上周有[[8台]]机组", 8, "台", "exact", YC)
    # 旗下 between a parent and its arm: two ORGs (precedents)
    d.org("。[[远景科技集团]]旗下")
    d.org("旗下[[远景能源]]表示")
    # a city before its base (precedents PA's 其宁波基地, MB, OA)
    d.city("其[[江阴]]基地")
    d.date("江阴基地[[四季度]]排产", "2026-Q4", JY)
    d.date("预计[[今年]]交付量", Y, JY)
    d.metric("同比增长[[约25%]]", 25, "%", "approx", JY)
    # a province glued to its city (GUIDELINES 云南昆明); a company after
    # where its seat is (GUIDELINES 总部位于日内瓦的地中海航运)
    d.city("广东[[中山]]的明阳")
    d.org("的[[明阳智能]]披露")
    # 前三季度 after the noun it is about (公司, GUIDELINES 该行前9个月)
    d.date("公司[[前三季度]]风机", Y, ZS)
    d.metric("对外销售[[约9.1吉瓦]]", "9.1", "吉瓦", "approx", ZS)
    d.city("其[[阳江]]海上")
    d.date("风电基地[[明年一季度]]将新增", "2027-Q1", YJ)
    # 条 a measure word after Arabic digits (precedents' 2条)
    d.metric("生产线[[2条]]。", 2, "条", "exact", YJ)
    d.org("。[[运达股份]]、三一重能")
    d.org("、[[三一重能]]前三季度")
    d.date("三一重能[[前三季度]]新增", Y, "")
    # 分别约…和约…: each its own marker (precedents)
    d.metric("分别[[约14.6吉瓦]]和", "14.6", "吉瓦", "approx", "")
    d.metric("和[[约12.3吉瓦]]；", "12.3", "吉瓦", "approx", "")
    d.org("；[[上海电气]]旗下")
    d.org("旗下[[电气风电]]、东方电气")
    # 则 (a one-character adverb) ends the name (GUIDELINES)
    d.org("、[[东方电气]]则加快")
    # P4 the parts makers
    # items before 等企业 are ORGs (GUIDELINES' list rule)
    d.org("景气。[[日月股份]]、金雷股份")
    d.org("、[[金雷股份]]、天顺风能")
    d.org("、[[天顺风能]]、大金重工")
    d.org("、[[大金重工]]等企业")
    # the rule gives the first city after (宁波) to the list's 四季度,
    # though the list's four makers stand in several cities: the rule as
    # written
    d.date("等企业[[四季度]]订单", "2026-Q4", NB)
    d.city("其中[[宁波]]的日月股份")
    d.org("宁波的[[日月股份]]前三季度")
    d.date("日月股份[[前三季度]]风电铸件", Y, NB)
    d.metric("销量[[约38万吨]]", "38e4", "吨", "approx", NB)
    d.metric("同比增长[[约22%]]", 22, "%", "approx", NB)
    d.city("。[[株洲]]的时代新材")
    d.org("的[[时代新材]]10月")
    d.date("时代新材[[10月]]风电叶片", OCT, ZZ)
    # 套 a measure word (sets of blades)
    d.metric("叶片销量[[约1260套]]", 1260, "套", "approx", ZZ)
    d.metric("环比增长[[约11%]]", 11, "%", "approx", ZZ)
    d.org("；[[中材科技]]旗下")
    d.org("旗下[[中材叶片]]前三季度")
    d.date("中材叶片[[前三季度]]营收", Y, "")
    d.metric("营收[[约98亿元]]", "98e8", "元", "approx", "")
    # a role in front of a company stays outside (GUIDELINES 零售商, 开发商)
    d.org("海缆企业[[东方电缆]]表示")
    d.metric("在手订单[[约112亿元]]", "112e8", "元", "approx", "")
    # 超过 inside, over; N成 a percentage (SPEC)
    d.metric("，[[超过六成]]来自", 60, "%", "over", "")
    # P5 the developers
    d.org("方面，[[国家能源集团]]旗下")
    d.org("旗下[[龙源电力]]前10个月")
    # after the name it is about (GUIDELINES 机场前10个月): the year; the
    # rule gives the first city after (包头) to the group's figures: the
    # rule as written
    d.date("龙源电力[[前10个月]]新增", Y, BT)
    d.metric("控股装机[[约3.2吉瓦]]", "3.2", "吉瓦", "approx", BT)
    # a province glued to its city (GUIDELINES 云南昆明); 等地 after a
    # list sharing one head (SPEC 广州、深圳等机场)
    d.city("内蒙古[[包头]]、河北")
    d.city("河北[[张家口]]等地")
    # 年底 the year (SPEC); 前 outside
    d.date("将于[[年底]]前", Y, ZJK)
    d.org("。[[三峡集团]]旗下")
    d.org("旗下[[三峡能源]]表示")
    d.city("公司在[[阳江]]的海上")
    d.metric("累计并网[[约1.7吉瓦]]", "1.7", "吉瓦", "approx", YJ)
    d.org("。[[国家电投]]上月")
    # 上月 with no comparison word: the month before the reference month
    # (GUIDELINES)
    d.date("国家电投[[上月]]开标", OCT, "")
    d.metric("中标均价[[约1590元]]", 1590, "元", "approx", "")
    d.org("；[[华能国际]]、中广核")
    d.org("、[[中广核新能源]]等企业")
    # 本周: the reference date's own ISO week
    d.date("也于[[本周]]启动", "2026-W47", "")
    d.org("。[[华润电力]]计划")
    d.date("计划[[明年]]在甘肃", NY, JQ)
    d.city("甘肃[[酒泉]]、新疆")
    # 哈密 after its region (GUIDELINES: 哈密瓜 gives nothing alone;
    # precedent PB's 新疆哈密)
    d.city("新疆[[哈密]]新增")
    d.metric("风电装机[[约2吉瓦]]", 2, "吉瓦", "approx", HM)
    # P6 offshore allocation
    d.org("提速。[[广东省能源局]]本周三")
    # a weekday inside the span (GUIDELINES 上周五): W47's Wednesday; the
    # rule gives the first city after (汕尾)
    d.date("能源局[[本周三]]公布", "2026-11-18", SW)
    d.city("公布，[[汕尾]]、揭阳")
    d.city("、[[揭阳]]两市")
    # 两市: the collective label of the pair (SPEC 两地, 五市; checked
    # below); 4个 a count of projects
    d.metric("海域共[[4个]]海上", 4, "个", "exact", JYG)
    d.metric("合计容量[[约3.6吉瓦]]", "3.6", "吉瓦", "approx", JYG)
    d.org("；[[江苏省能源局]]上月")
    d.date("江苏省能源局[[上月]]核准", OCT, YC)
    d.metric("风电项目[[约2.4吉瓦]]", "2.4", "吉瓦", "approx", YC)
    d.city("均位于[[盐城]]、南通")
    d.city("、[[南通]]近海")
    d.org("。[[福建省发展和改革委员会]]表示")
    d.city("表示，[[漳州]]、莆田")
    d.city("、[[莆田]]等地")
    # several months of a year: the year (SPEC 上半年)
    d.date("风电项目[[明年上半年]]将", NY, PT)
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[10月]]全国风力", OCT, "")
    d.metric("同比增长[[约29%]]", 29, "%", "approx", "")
    # P7 the city bases
    d.city("\n\n在[[盐城]]，风电")
    # a city's commission, its city inside (SPEC 天津市网信办): no CITY
    d.org("。[[盐城市发展和改革委员会]]数据")
    d.city("显示，[[盐城]]今年前10个月")
    d.date("盐城[[今年前10个月]]风电", Y, YC)
    d.metric("产值[[约612亿元]]", "612e8", "元", "approx", YC)
    d.metric("同比增长[[约17%]]", 17, "%", "approx", YC)
    # 余 inside the span, over (SPEC 1.2万余家); 全市 deictic
    d.metric("装备企业[[120余家]]", 120, "家", "over", YC)
    d.org("，[[金风科技]]、远景能源、上海电气")
    d.org("、[[远景能源]]、上海电气等")
    d.org("、[[上海电气]]等整机")
    d.org("。[[阳江市工业和信息化局]]统计")
    d.city("统计，[[阳江]]前三季度")
    # after the place it is about (GUIDELINES 河南前10个月)
    d.date("阳江[[前三季度]]风电装备", Y, YJ)
    d.metric("产值[[约415亿元]]", "415e8", "元", "approx", YJ)
    d.metric("同比增长[[约24%]]", 24, "%", "approx", YJ)
    d.city("此外，[[天津]]、德阳")
    d.city("、[[德阳]]、株洲")
    d.city("、[[株洲]]等地")
    # the rule gives the list's last city (the nearest before), though the
    # orders are the three cities': the rule as written
    d.date("装备企业[[10月]]订单", OCT, ZZ)
    # P8 exports
    d.org("方面，[[海关总署]]数据")
    # after the noun it is about (机组前10个月): the year
    d.date("发电机组[[前10个月]]出口额", Y, "")
    d.metric("出口额[[约38.6亿美元]]", "38.6e8", "美元", "approx", "")
    d.metric("同比增长[[约46%]]", 46, "%", "approx", "")
    d.metric("出口数量[[约2860台]]", 2860, "台", "approx", "")
    d.org("。[[金风科技]]在塔什干")
    # a foreign capital by its common Chinese name (SPEC)
    d.city("在[[塔什干]]设立")
    # 中亚服务中心: a company's regional hub, no ORG (GUIDELINES 在迪拜设立
    # 中东区域中心)
    d.date("服务中心[[上月]]投入", OCT, TSK)
    d.org("；[[运达股份]]与土耳其")
    # a country glued to its city leaves the city a CITY (GUIDELINES 法国巴黎)
    d.city("土耳其[[伊斯坦布尔]]的开发商")
    d.metric("签订[[约1.2吉瓦]]机组", "1.2", "吉瓦", "approx", IST)
    d.org("；[[远景能源]]则在")
    # foreign cities in a list of three (GUIDELINES)
    d.city("则在[[利雅得]]、约翰")
    d.city("、[[约翰内斯堡]]和墨尔本")
    d.city("和[[墨尔本]]新设")
    # 3个 a count of offices after a verb, no collective label (the count
    # stands after 新设, not right after the list; Arabic digits)
    d.metric("新设[[3个]]区域", 3, "个", "exact", MEL)
    # P9 the outlook
    d.date("\n\n展望[[明年]]，", NY, "")
    d.org("，[[彭博新能源财经]]预计")
    # 全年 outside the span after 今年 (GUIDELINES)
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("新增装机[[约105吉瓦]]", 105, "吉瓦", "approx", "")
    # a bare four-digit year (较 outside)
    d.date("较[[2025年]]增长", LY, "")
    d.metric("增长[[约18%]]", 18, "%", "approx", "")
    # 明年 always counts from the reference year (GUIDELINES)
    d.date("，[[明年]]有望", NY, "")
    # a range is two mentions, each with its own unit here (SPEC 30至80笔)
    d.metric("达到[[110吉瓦]]至", 110, "吉瓦", "exact", "")
    d.metric("至[[120吉瓦]]。", 120, "吉瓦", "exact", "")
    # 元旦、春节前后: yearless, the coming ones (GUIDELINES); 前后 outside
    d.date("表示，[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    # a month with no year in a sentence whose period is a yearless holiday:
    # the year that puts it nearest the holiday (GUIDELINES 元旦假期…，12月
    # 31日入住 -> 2026-12-31); a range is two mentions (SPEC 2024年3月至5月)
    d.date("放缓，[[12月]]至明年2月", "2026-12", "")
    d.date("至[[明年2月]]的", "2027-02", "")
    # 月均: a monthly average, no date (excluded below)
    d.metric("回落至[[约5吉瓦]]", 5, "吉瓦", "approx", "")
    d.date("但[[明年一季度]]风机", "2027-Q1", "")
    # 以上 inside the span, over (SPEC 6成以上)
    d.metric("仍在[[25吉瓦以上]]", 25, "吉瓦", "over", "")
    d.org("。[[全球风能理事会]]此前")
    d.metric("升至[[约七成]]", 70, "%", "approx", "")
    audit = {
        "orgs": ["国家能源局", "中国电力企业联合会", "中电联",
                 "中国可再生能源学会风能专业委员会", "中国风能协会",
                 "金风科技", "远景科技集团", "远景能源", "明阳智能",
                 "运达股份", "三一重能", "上海电气", "电气风电", "东方电气",
                 "日月股份", "金雷股份", "天顺风能", "大金重工", "时代新材",
                 "中材科技", "中材叶片", "东方电缆", "国家能源集团",
                 "龙源电力", "三峡集团", "三峡能源", "国家电投", "华能国际",
                 "中广核新能源", "华润电力", "广东省能源局", "江苏省能源局",
                 "福建省发展和改革委员会", "国家统计局",
                 "盐城市发展和改革委员会", "阳江市工业和信息化局",
                 "海关总署", "彭博新能源财经",
                 "全球风能理事会"],
        "cities": ["盐城", "阳江", "江阴", "中山", "宁波", "株洲", "包头",
                   "张家口", "酒泉", "哈密", "汕尾", "揭阳", "南通", "漳州",
                   "莆田", "天津", "德阳", "塔什干", "伊斯坦布尔", "利雅得",
                   "约翰内斯堡", "墨尔本",
                   "广东", "内蒙古", "河北", "甘肃", "新疆", "江苏", "福建",
                   "土耳其", "中亚", "北方", "全国", "全市", "全球", "国内",
                   "我国", "中国", "当地", "上海",
                   # absent cities, as guards (none written)
                   "北京", "乌鲁木齐", "杭州", "重庆", "广州", "深圳",
                   "东营", "烟台", "青岛", "乌兰察布", "通辽", "白城",
                   "连云港", "如东", "大丰", "丹麦", "汉堡", "哥本哈根",
                   "盐城市", "阳江市", "江阴市"],
        # 盐城 and 阳江 stand once each inside their city's bodies (盐城市发展
        # 和改革委员会, 阳江市工业和信息化局), 上海 inside 上海电气 (x2), 中国
        # inside five ORG rows, 广东, 江苏, 福建 inside their provincial
        # bodies, 全球 inside 全球风能理事会; excluded below: 广东 (广东中山),
        # 内蒙古, 河北, 甘肃, 新疆 (provinces and regions before their
        # cities), 土耳其 (a country), 中亚, 北方 (regions), 全国 (x5), 全市,
        # 全球, 国内 (x2), 我国, 中国 (the country, deictic), 当地 (a
        # back-reference)
        "excluded": [
            "[[广东]]中山", "[[内蒙古]]包头", "、[[河北]]张家口",
            "在[[甘肃]]酒泉", "、[[新疆]]哈密", "与[[土耳其]]伊斯坦布尔",
            "设立的[[中亚]]服务中心", "前后[[北方]]项目",
            "显示，今年前10个月，[[全国]]风电新增", "截至10月底，[[全国]]风电",
            "统计，[[全国]]风电前三季度", "四季度[[全国]]新增",
            "10月[[全国]]风力", "，[[全市]]已集聚",
            "报告显示，[[中国]]整机", "在[[全球]]新增",
            "，[[国内]]整机企业", "，今年全年[[国内]]风电",
            "，[[我国]]风力", "在[[当地]]布局",
        ],
        "numbers_excluded": [],
        # 一位 (a person: 一 before a measure word is the indefinite
        # article, GUIDELINES)
        "cn_excluded": ["[[一]]位券商"],
        # 两 of 汕尾、揭阳两市: the collective label of the pair (SPEC 两地,
        # 五市; GUIDELINES)
        "collectives": [("揭阳[[两]]市", 2)],
        "labels_excluded": {},
        "latin_excluded": [],
        # words that are no DATE, no figure or no place: 每千瓦 (x2: the
        # basis of a price, no number; 千 of the unit), 年产能 (annual
        # capacity), 月均 (a monthly average), 全年 (outside after 今年,
        # GUIDELINES), 利用小时数 (the statistic's name), 周期 (生命周期, a life
        # cycle), 环节 (a link of the
        # chain, 节 no holiday: precedent PC's); 同期 (only inside
        # 去年同期), 年度, 当年, 每年, 日前, 近年, 周期 none outside rows
        "words_excluded": {"每千瓦": 2, "年产能": 0, "月均": 1, "全年": 1,
                           "利用小时数": 1, "环节": 1, "同期": 0, "年度": 0,
                           "当年": 0, "每年": 0, "日前": 0, "近年": 0,
                           "周期": 1, "明显": 0, "一步": 0},
        # generic heads outside ORG rows (counted: 公司, read-backs in
        # 上市公司股东, 公司前三季度, 公司在阳江, 公司在手: x4; 叶片 x3 outside
        # 中材叶片: 叶片生产线, 风电叶片, 从叶片),
        # and the trade names before each head, the places that open the
        # bodies' names and the junctions of bodies and their units (an ORG
        # cut down leaves them outside; precedents MA, NA, PA, PC)
        "orgwords_excluded": {"公司": 4, "集团": 0, "协会": 0, "委员会": 0,
                              "联合会": 0, "理事会": 0, "能源局": 0,
                              "统计局": 0, "总署": 0, "信息化局": 0,
                              "银行": 0, "股份": 0, "科技": 0,
                              "金风": 0, "远景": 0, "明阳": 0, "运达": 0,
                              "三一": 0, "日月": 0, "金雷": 0, "天顺": 0,
                              "大金": 0, "时代": 0, "中材": 0, "东方": 0,
                              "龙源": 0, "三峡": 0, "电投": 0, "华能": 0,
                              "中广核": 0, "华润": 0, "彭博": 0,
                              "进出口": 0, "电气": 0, "电缆": 0,
                              "智能": 0, "重能": 0, "重工": 0, "新材": 0,
                              "叶片": 3, "电力": 0, "新能源": 0,
                              "风能专业": 0, "可再生能源学会": 0,
                              "发展和改革": 0,
                              "广东省": 0, "江苏省": 0, "福建省": 0,
                              "盐城市": 0, "阳江市": 0, "国家能源": 0,
                              "中国电力": 0, "中国可再生": 0,
                              "中国风能": 0, "中国进出口": 0,
                              # the first words a cut before the head would
                              # leave outside (new here, after the mutations
                              # that cut 海关总署 to 总署 and 华能国际 to 华能,
                              # declarations along, passed)
                              "海关": 0, "国际": 0, "全球风能": 0,
                              "统计局": 0, "广东省能源": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g286 Macao's community associations, November 2026: the welfare bureau's
# figures (社會工作局 (社工局) 昨日: 今年首三季, 今年, 去年, 明年); the
# registrations (身份證明局: 十月底, 今年; 社工局 上周五: 年初, 今年); the
# neighbourhood associations (澳門街坊會聯合總會 (街總) 昨日上午: 今年首十個月
# against 去年同期; 街總祐漢社區中心, 街總黑沙環社區服務中心, 街總望廈社區中心;
# 街總青洲社區中心 上月; 街總 本月); the unions (澳門工會聯合總會 (工聯): 工聯北區
# 綜合服務中心, 工聯筷子基家庭及社區綜合服務中心 今年首三季; 工聯職業技能培訓中心
# 今年, 勞工事務局; 工聯 今年, 冬至); women, youth and charities (澳門婦女聯合
# 總會 (婦聯), 婦聯北區家庭服務中心 今年首三季; 澳門中華新青年協會 (新青協)
# 今年首三季, 上周; 澳門明愛, 同善堂, 鏡湖醫院慈善會; 婦聯頤康協會 今年); the
# clan associations (澳門江門同鄉會, 澳門福建同鄉總會, 澳門茂名同鄉總會 重陽;
# 澳門福建同鄉總會 上周: 廈門, 泉州, 福州; 澳門中山三鄉同鄉會 今年: 中山, 江門,
# 珠海; 澳門茂名同鄉總會 明年三月); the funders (澳門基金會, 市政署, 衛生局,
# 社會保障基金 今年); the Greater Bay Area (街總橫琴綜合服務中心 今年首十個月:
# 澳門; 工聯 in 珠海, 中山 今年; 統計暨普查局 今年第三季; 澳門大學社會科學學院
# 上月; 立法會); the festivals (冬至, 十二月廿一日; 婦聯 本周; 澳門江門同鄉會
# 明年農曆新年) and the outlook (明年; 社會文化司, 特區政府: 明年; 社工局 明年
# 第一季, 明年上半年; 中國銀行澳門分行 今年; 十二月十九日, 聖誕, 元旦, 農曆
# 新年).
# Traditional as Macao writes it (本澳, 按年, 首三季, 首十個月, 第三季, 第一季,
# 上周, 上周五, 本周, 公佈, 佔; 戶 and 衛, plain Big5's forms; figures and
# dates in Chinese numerals: 約二百一十三萬人次, 約十二億四千萬元, 逾一萬零五百
# 個, 十一個, 十月底, 十二月廿一日, 十二月十九日, 明年三月, beside Arabic
# percentages), plain Big5 without a BOM, 2026-11-22 (a Sunday, ISO week
# 2026-W47), 澳門日報.  昨日, 昨日上午 2026-11-21; 上周五 2026-11-13; 上周
# 2026-W46; 本周 2026-W47; 本月 2026-11; 上月, 十月底 2026-10; 十二月十九日
# 2026-12-19; 十二月廿一日 2026-12-21; 冬至 2026-12-22; 聖誕 2026-12-25; 重陽
# 2026-10-18; 元旦 2027-01-01; 農曆新年, 明年農曆新年 2027-02-06; 今年第三季
# 2026-Q3; 明年第一季 2027-Q1; 明年三月 2027-03; 今年, 首三季, 今年首三季,
# 今年首十個月, 年初 2026; 去年 2025; 去年同期 (after 今年首十個月) 2025;
# 明年, 明年上半年 2027.
# ===========================================================================
@doc
def g286():
    d = Doc(G286)
    Y, LY, NY = "2026", "2025", "2027"
    MO, XM, ZS, ZH = "澳门", "厦门市", "中山市", "珠海市"
    # title (a heading of 30 characters that opens with no city: no section;
    # its space between Han characters splits it into two sentences,
    # GUIDELINES): 首三季 right after the noun it is about (Macao's first
    # three quarters without 度, GUIDELINES; SPEC 前三季度): the year; a
    # count in Chinese numerals with a bare magnitude after a marker (逾二百萬
    # -> 2000000, SPEC 近900万); 社工局 before its full name is given: the
    # bureau's usual short name (precedent PC's 教青局 in its title)
    d.date("服務中心[[首三季]]服務", Y, "")
    d.metric("服務[[逾二百萬人次]] 社工局", "2000000", "人次", "over", "")
    d.org(" [[社工局]]明年資助")
    d.date("社工局[[明年]]資助", NY, "")
    d.metric("擬增[[約一成]]\n", 10, "%", "approx", "")
    # P1 the welfare bureau (the opener 【本報消息】 holds no row: 本報 names
    # no outlet, GUIDELINES)
    # a Macao body without a place in its name stands alone as an ORG in a
    # Macao text (GUIDELINES), and its bracketed short form of the name's
    # characters in order is a second ORG
    d.org("】[[社會工作局]]（社工局）")
    d.org("（[[社工局]]）昨日")
    d.date("）[[昨日]]公佈", "2026-11-21", "")
    # 今年 attached (SPEC 今年4月18日); several quarters of a year: the year
    d.date("公佈，[[今年首三季]]本澳", Y, "")
    # figures in Chinese numerals with places and a 萬 (SPEC: magnitudes in
    # either script); 人次 a unit (SPEC)
    d.metric("共服務[[約二百一十三萬人次]]", "2130000", "人次", "approx", "")
    d.metric("按年增加[[約7%]]", 7, "%", "approx", "")
    # 間 the measure word of facilities (unit 间); after the value word 增至
    d.metric("增至[[二百六十八間]]", 268, "间", "exact", "")
    d.metric("設施[[九十四間]]", 94, "间", "exact", "")
    d.metric("設施[[五十七間]]", 57, "间", "exact", "")
    d.org("。[[社工局]]表示，今年")
    d.date("表示，[[今年]]向社團", Y, "")
    # digits split by 億 before a smaller section are one figure
    # (GUIDELINES 1亿2000万元): 十二億四千萬 -> 1240000000
    d.metric("定期資助[[約十二億四千萬元]]", "1240000000", "元", "approx", "")
    # 去年 with only the relative 今年 before it: from the reference year
    # (GUIDELINES)
    d.date("較[[去年]]增加約6%", LY, "")
    d.metric("增加[[約6%]]", 6, "%", "approx", "")
    # 每間設施 apart from the figure: no part of its span or unit
    d.metric("獲資助[[約四百六十萬元]]", "4600000", "元", "approx", "")
    d.date("；[[明年]]擬再增撥", NY, "")
    d.metric("增撥[[約一成]]，", 10, "%", "approx", "")
    # P2 registrations and the bureau's meeting
    d.org("\n\n[[身份證明局]]資料")
    # 截至 outside; an end of a month is the month (SPEC); the month in
    # Chinese numerals
    d.date("截至[[十月底]]本澳", "2026-10", "")
    # a whole number in Chinese numerals with 零 after its 萬 (一萬零五百 ->
    # 10500); 個 the measure word (unit 个)
    d.metric("登記社團[[逾一萬零五百個]]", 10500, "个", "over", "")
    d.date("，[[今年]]新登記", Y, "")
    d.metric("新登記[[約四百二十個]]", 420, "个", "approx", "")
    # 約 before 佔 sets approx across the verb (GUIDELINES 约占全国的四成;
    # precedents PA, OB); a figure in 一成 (GUIDELINES)
    d.metric("約佔[[一成]]。", 10, "%", "approx", "", sep="約")
    d.org("。[[社工局]]上周五")
    # a weekday inside the span (GUIDELINES 上周五): W46's Friday from the
    # Sunday of W47
    d.date("社工局[[上周五]]與", "2026-11-13", "")
    d.metric("與[[逾四十個]]受資助", 40, "个", "over", "")
    # 年初 the year (SPEC: a start of a period is the period)
    d.date("由[[年初]]約三百八十名", Y, "")
    d.metric("年初[[約三百八十名]]", 380, "名", "approx", "")
    d.metric("降至[[約二百一十名]]", 210, "名", "approx", "")
    d.date("家居照顧服務[[今年]]受惠", Y, "")
    d.metric("受惠長者[[約三千九百名]]", 3900, "名", "approx", "")
    # P3 the neighbourhood associations
    d.org("\n\n[[澳門街坊會聯合總會]]（街總）")
    d.org("（[[街總]]）昨日上午")
    # an attached part of the day inside the span (SPEC 15日上午)
    d.date("）[[昨日上午]]舉行", "2026-11-21", "")
    d.metric("大會，[[逾九百名]]會員", 900, "名", "over", "")
    d.org("介紹，[[街總]]現有")
    d.metric("屬會[[二十九個]]、", 29, "个", "exact", "")
    d.metric("個人會員[[約四萬二千名]]", 42000, "名", "approx", "")
    # 屬下 between a body and its centres: the centres are a kind here
    # (社區中心 after common words alone, GUIDELINES: no ORG)
    d.date("社區中心[[今年首十個月]]服務", Y, "")
    d.metric("首十個月服務[[約八十六萬人次]]", 860000, "人次", "approx", "")
    d.metric("登記義工[[逾六千二百名]]", 6200, "名", "over", "")
    # 去年同期 after 今年首十個月 in its sentence: the year before (SPEC: a
    # period with no ISO form gives the year)
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[約5%]]", 5, "%", "approx", "")
    # a body's centre written right after it with its place: one ORG (a
    # department or unit belongs to its body, SPEC 蚂蚁金服集团银行服务部;
    # GUIDELINES: a place makes a long head a body, 杭州市民服务中心); 祐漢,
    # 黑沙環, 望廈, 青洲 are districts of Macao, no CITY
    d.org("其中，[[街總祐漢社區中心]]、")
    d.org("、[[街總黑沙環社區服務中心]]及")
    d.org("及[[街總望廈社區中心]]合共")
    d.metric("舉辦活動[[約三千四百場]]", 3400, "场", "approx", "")
    d.org("；[[街總青洲社區中心]]上月")
    # 上月 with no comparison word: the month before the reference month
    d.date("青洲社區中心[[上月]]起", "2026-10", "")
    # 平均每晚: a per-night average (每晚 no DATE, excluded below)
    d.metric("服務[[約一百二十人次]]", 120, "人次", "approx", "")
    d.org("。[[街總]]本月")
    d.date("街總[[本月]]已向", "2026-11", "")
    d.metric("禦寒物資[[約一千二百份]]", 1200, "份", "approx", "")
    # P4 the unions
    d.org("\n\n[[澳門工會聯合總會]]（工聯）")
    d.org("（[[工聯]]）方面")
    d.org("，[[工聯北區綜合服務中心]]、")
    # two fields joined by 及 inside a centre's name after its place: one
    # ORG (GUIDELINES 普洱市茶叶和咖啡产业发展中心)
    d.org("、[[工聯筷子基家庭及社區綜合服務中心]]等")
    # 十一 before 個: the number eleven, no National Day (GUIDELINES: 十一 is
    # the holiday only before 黄金周, 长假, 假期, 期间 or 国庆); a count
    # after 等, no collective label (two items listed, eleven counted)
    d.metric("等[[十一個]]服務單位", 11, "个", "exact", "")
    d.date("服務單位[[今年首三季]]共", Y, "")
    d.metric("共服務[[約五十二萬人次]]", 520000, "人次", "approx", "")
    d.metric("按年增加[[約9%]]", 9, "%", "approx", "")
    d.org("。[[工聯職業技能培訓中心]]今年")
    d.date("培訓中心[[今年]]開辦", Y, "")
    d.metric("開辦課程[[約三百八十個]]", 380, "个", "approx", "")
    d.metric("學員[[約七千六百人]]", 7600, "人", "approx", "")
    d.metric("當中[[約四成]]課程", 40, "%", "approx", "")
    d.org("獲[[勞工事務局]]資助")
    d.org("。[[工聯]]表示，冬至")
    # 冬至: the winter solstice, yearless, the coming one (SPEC: named
    # festivals; GUIDELINES: the nearest occurrence); 前 outside
    d.date("表示，[[冬至]]前將", "2026-12-22", "")
    # 戶 (households) a measure word, unit 户
    d.metric("向[[約三千戶]]低收入", 3000, "户", "approx", "")
    # P5 women, youth, charities
    d.org("\n\n[[澳門婦女聯合總會]]（婦聯）")
    d.org("（[[婦聯]]）表示")
    d.org("，[[婦聯北區家庭服務中心]]今年")
    d.date("家庭服務中心[[今年首三季]]處理", Y, "")
    # 宗 (cases) a measure word
    d.metric("輔導個案[[約四百六十宗]]", 460, "宗", "approx", "")
    d.metric("按年增加[[約12%]]", 12, "%", "approx", "")
    d.org("；[[澳門中華新青年協會]]（新青協）")
    d.org("（[[新青協]]）屬下")
    d.date("青年服務設施[[今年首三季]]服務", Y, "")
    d.metric("服務[[約九萬三千人次]]", 93000, "人次", "approx", "")
    # 並 (a one-character adverb) ends the name (GUIDELINES)
    d.org("，[[新青協]]並於")
    d.date("並於[[上周]]完成", "2026-W46", "")
    d.metric("義工培訓[[約一千名]]", 1000, "名", "approx", "")
    # Macao's charities and social bodies are ORGs (GUIDELINES: 澳门明爱,
    # 同善堂, 镜湖医院慈善会)
    d.org("。[[澳門明愛]]、同善堂")
    d.org("、[[同善堂]]及")
    d.org("及[[鏡湖醫院慈善會]]亦")
    d.metric("受惠長者[[逾五千名]]", 5000, "名", "over", "")
    d.org("。[[婦聯頤康協會]]今年")
    d.date("頤康協會[[今年]]會員", Y, "")
    d.metric("增至[[約二千三百名]]", 2300, "名", "approx", "")
    # 成 after a marked number is the share even where 成为 follows
    # (GUIDELINES 约三成为港人)
    d.metric("當中[[逾七成]]為", 70, "%", "over", "")
    # P6 the clan associations
    # a city inside an organization's name is no CITY (SPEC)
    d.org("方面，[[澳門江門同鄉會]]、")
    d.org("、[[澳門福建同鄉總會]]及")
    d.org("及[[澳門茂名同鄉總會]]於")
    # 重陽: yearless, the nearest one (35 days before); 前後 outside
    d.date("於[[重陽]]前後", "2026-10-18", "")
    # 席 (banquet tables, GUIDELINES 9席) a measure word
    d.metric("筵開[[逾一百二十席]]", 120, "席", "over", "")
    d.metric("，[[逾三千名]]長者", 3000, "名", "over", "")
    d.org("。[[澳門福建同鄉總會]]上周")
    # the rule gives the first city after (廈門) to the trip's week and count
    d.date("同鄉總會[[上周]]組織", "2026-W46", XM)
    d.metric("組織[[約一百六十名]]會員", 160, "名", "approx", XM)
    # foreign to Macao, mainland cities by their official names (SPEC); a
    # list of three
    d.city("赴[[廈門]]、泉州")
    d.city("、[[泉州]]及福州")
    d.city("及[[福州]]參訪")
    d.org("。[[澳門中山三鄉同鄉會]]表示")
    # the rule gives the first city after (中山) to the members' count and
    # 今年, though the count is the association's: the rule as written
    d.metric("會員[[約八百五十人]]", 850, "人", "approx", ZS)
    d.date("，[[今年]]已組織", Y, ZS)
    d.city("赴[[中山]]、江門")
    d.city("、[[江門]]及珠海")
    d.city("及[[珠海]]交流")
    # 次 (times) a measure word after a count
    d.metric("交流[[約十二次]]", 12, "次", "approx", ZH)
    d.org("。[[澳門茂名同鄉總會]]亦")
    # 明年 attached to a month in Chinese numerals (SPEC 今年4月18日)
    d.date("計劃[[明年三月]]組團", "2027-03", "")
    # P7 the funders
    d.org("方面，[[澳門基金會]]今年")
    d.date("基金會[[今年]]資助", Y, "")
    # 項 (items) a measure word, unit 项
    d.metric("文化活動[[約二千三百項]]", 2300, "项", "approx", "")
    d.metric("資助金額[[約三億六千萬元]]", "360000000", "元", "approx", "")
    # a Macao body standing alone in a Macao text (GUIDELINES)
    d.org("；[[市政署]]今年")
    d.date("市政署[[今年]]向", Y, "")
    d.metric("向[[約四百個]]社團", 400, "个", "approx", "")
    # a bare count before 萬 in Chinese numerals (四千八百萬 -> 48000000)
    d.metric("活動資助[[約四千八百萬元]]", "48000000", "元", "approx", "")
    d.org("。[[衛生局]]聯同")
    d.org("聯同[[街總]]及工聯")
    d.org("及[[工聯]]舉辦")
    d.date("健康講座[[今年]]超過", Y, "")
    d.metric("今年[[超過六百場]]", 600, "场", "over", "")
    d.org("，[[社會保障基金]]則")
    d.metric("申請[[約一萬二千宗]]", 12000, "宗", "approx", "")
    # P8 the Greater Bay Area, statistics and surveys
    d.org("\n\n[[街總]]、工聯等社團近年")
    d.org("街總、[[工聯]]等社團近年")
    # the centre of a body with its place (橫琴, a zone of 珠海) after it:
    # one ORG, no CITY inside (SPEC)
    d.org("。[[街總橫琴綜合服務中心]]今年")
    d.date("綜合服務中心[[今年首十個月]]服務在", Y, MO)
    # 澳門 as a modifier of its residents (SPEC 成都人)
    d.city("生活的[[澳門]]居民")
    d.metric("居民[[約二萬一千人次]]", 21000, "人次", "approx", MO)
    d.org("；[[工聯]]位於")
    d.city("位於[[珠海]]、中山")
    d.city("、[[中山]]的服務站")
    # the rule gives the pair's last city (the nearest before), though the
    # stations are in both cities: the rule as written
    d.date("服務站[[今年]]處理", Y, ZS)
    d.metric("求助[[約一千三百宗]]", 1300, "宗", "approx", ZS)
    d.org("。[[統計暨普查局]]資料")
    # 今年 attached to Macao's quarter without 度 (GUIDELINES 今年第三季)
    d.date("顯示，[[今年第三季]]本澳", "2026-Q3", "")
    # an age with 以上 inside the span (SPEC 60岁以上 -> 60, 岁, over)
    d.metric("本澳[[六十五歲以上]]長者", 65, "岁", "over", "")
    d.metric("長者[[約十萬八千人]]", 108000, "人", "approx", "")
    d.metric("總人口[[約15%]]", 15, "%", "approx", "")
    # a faculty written after its university belongs to it (SPEC
    # 福建师范大学行政管理学院): one ORG, no CITY
    d.org("。[[澳門大學社會科學學院]]上月")
    d.date("社會科學學院[[上月]]發表", "2026-10", "")
    d.metric("顯示，[[約六成]]受訪", 60, "%", "approx", "")
    # 不足 inside the span, under (SPEC)
    d.metric("，[[不足一成]]從未", 10, "%", "under", "")
    # a title after a body is outside (SPEC 江南农村商业银行行长)
    d.org("有[[立法會]]議員")
    # a figure after the value word 達, exact
    d.metric("流失率達[[15%]]", 15, "%", "exact", "")
    # P9 the festivals
    d.date("方面，[[冬至]]將至", "2026-12-22", "")
    d.org("，[[街總]]、工聯屬下各中心")
    d.org("街總、[[工聯]]屬下各中心")
    # a month and a day in Chinese numerals in a sentence whose period is a
    # yearless holiday: the year that puts them nearest it (GUIDELINES);
    # 前 outside
    d.date("計劃於[[十二月廿一日]]前", "2026-12-21", "")
    d.metric("福袋[[約八千份]]", 8000, "份", "approx", "")
    d.org("；[[婦聯]]本周")
    # 本周: the reference date's own ISO week (its last day)
    d.date("婦聯[[本周]]在北區", "2026-W47", "")
    # 冬季: a season with no year word, no DATE (SPEC; excluded below)
    d.metric("健康講座[[約三十場]]", 30, "场", "approx", "")
    d.org("。[[澳門江門同鄉會]]表示，明年")
    # a year word before a holiday is inside the span (GUIDELINES
    # 2024年春节); 期間 outside (SPEC)
    d.date("表示，[[明年農曆新年]]期間", "2027-02-06", "")
    d.metric("筵開[[約八十席]]", 80, "席", "approx", "")
    # P10 the outlook
    d.date("\n\n展望[[明年]]，社會文化司", NY, "")
    d.org("，[[社會文化司]]表示")
    # SPEC: 特区政府 is an agency's own short name
    d.org("，[[特區政府]]將檢討")
    d.date("，[[明年]]向社團發放的定期資助總額", NY, "")
    d.metric("預計[[約十三億七千萬元]]", "1370000000", "元", "approx", "")
    d.org("。[[社工局]]計劃")
    d.date("計劃[[明年第一季]]推出", "2027-Q1", "")
    # a range is two mentions, each with its own unit here (SPEC 30至80笔)
    d.metric("上調[[3%]]至", 3, "%", "exact", "")
    d.metric("至[[5%]]，", 5, "%", "exact", "")
    d.date("並於[[明年上半年]]在北區", NY, "")
    # 兩 a digit before a measure word (兩間 -> 2, unit 间)
    d.metric("新增[[兩間]]長者", 2, "间", "exact", "")
    # a bank's branch in a city is one ORG with it (GUIDELINES 支付宝澳门,
    # 中国银行横琴粤澳深度合作区分行): no CITY
    d.org("。[[中國銀行澳門分行]]贊助")
    d.date("飯堂計劃[[今年]]已供應", Y, "")
    d.metric("飯餐[[約十八萬份]]", 180000, "份", "approx", "")
    d.org("。[[街總]]、工聯及婦聯將於")
    d.org("、[[工聯]]及婦聯將於")
    d.org("及[[婦聯]]將於")
    # a month and a day in Chinese numerals, the reference year (the
    # holidays of the sentence stand after it)
    d.date("將於[[十二月十九日]]聯合", "2026-12-19", "")
    # 聖誕及元旦: yearless, the coming ones; 假期前後 outside
    d.date("預計[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("增加[[約兩成]]", 20, "%", "approx", "")
    # 農曆新年 is 春节 (GUIDELINES: 农历新年); yearless, the coming one
    d.date("，[[農曆新年]]前亦", "2027-02-06", "")
    audit = {
        "orgs": ["社會工作局", "社工局", "身份證明局", "澳門街坊會聯合總會",
                 "街總", "街總祐漢社區中心", "街總黑沙環社區服務中心",
                 "街總望廈社區中心", "街總青洲社區中心", "澳門工會聯合總會",
                 "工聯", "工聯北區綜合服務中心",
                 "工聯筷子基家庭及社區綜合服務中心", "工聯職業技能培訓中心",
                 "勞工事務局", "澳門婦女聯合總會", "婦聯",
                 "婦聯北區家庭服務中心", "澳門中華新青年協會", "新青協",
                 "澳門明愛", "同善堂", "鏡湖醫院慈善會", "婦聯頤康協會",
                 "澳門江門同鄉會", "澳門福建同鄉總會", "澳門茂名同鄉總會",
                 "澳門中山三鄉同鄉會", "澳門基金會", "市政署", "衛生局",
                 "社會保障基金", "街總橫琴綜合服務中心", "統計暨普查局",
                 "澳門大學社會科學學院", "立法會", "社會文化司", "特區政府",
                 "中國銀行澳門分行"],
        "cities": ["澳門", "廈門", "泉州", "福州", "中山", "江門", "珠海",
                   "本澳", "橫琴", "大灣區", "北區", "中區", "離島", "祐漢",
                   "黑沙環", "望廈", "青洲", "筷子基", "福建", "茂名",
                   "中國", "區內", "當地",
                   # absent cities, as guards (none written)
                   "香港", "廣州", "深圳", "北京", "上海", "江門市", "中山市",
                   "珠海市", "氹仔", "路環", "台山", "新會", "汕頭", "潮州"],
        # 澳門 stands 15 times inside ORG rows and once as a CITY; 中山 once
        # inside a clan association's name, 江門 twice (澳門江門同鄉會 x2),
        # 福建 twice and 茂名 twice (inside theirs), 中國 once (inside the
        # bank's branch), 祐漢, 黑沙環, 望廈, 青洲, 筷子基 inside the centres'
        # names, 北區 twice inside them; excluded below: 本澳 (x3, deictic:
        # SPEC 本市),
        # 橫琴 (a zone of 珠海; once inside its centre's ORG), 大灣區 (a
        # region), 北區 (x3), 中區, 離島 (districts), 區內 (deictic), 當地
        # (a back-reference)
        "excluded": [
            "今年首三季[[本澳]]民間", "截至十月底[[本澳]]登記",
            "今年第三季[[本澳]]六十五", "在[[橫琴]]生活", "延伸至[[大灣區]]",
            "優先支援[[北區]]及離島", "北區及[[離島]]的", "婦聯本周在[[北區]]及",
            "在北區及[[中區]]開辦", "上半年在[[北區]]新增",
            "為[[區內]]獨居", "考察[[當地]]社區",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (year on year,
        # x3), 青年 (x2 outside rows: 青年服務設施, 青年義工), 日間 (x2:
        # daytime care centres), 晚間 and 每晚 (evening hours, per night),
        # 節日 (festivals), 冬季 (a season with no year word, SPEC), 近年 (vague,
        # SPEC 近年来), 期間 (outside after 明年農曆新年), 春耕 (spring
        # ploughing), 嘉年華 (a carnival), 日前 (once: the 日 of 十二月廿一日 and
        # the 前 outside it, no vague 日前); 同期 only inside 去年同期
        "words_excluded": {"按年": 3, "青年": 2, "日間": 2, "晚間": 1,
                           "每晚": 1, "節日": 1, "冬季": 1, "近年": 1,
                           "期間": 1, "春耕": 1, "嘉年華": 1, "日前": 1,
                           "同期": 0, "年度": 0, "當年": 0, "每年": 0,
                           "周年": 0,
                           "今次": 0},
        # generic heads outside ORG rows (counted: 社區中心 x5, 離島的社區中心,
        # 屬下社區中心, 部分社區中心, 使用社區中心, 各區社區中心, kinds; 服務中心
        # once, the title's 社團服務中心, a kind) and the trade names,
        # places and junctions a cut ORG would leave outside (precedents)
        "orgwords_excluded": {"社區中心": 5, "服務中心": 1, "協會": 0,
                              "同鄉會": 0, "同鄉總會": 0, "總會": 0,
                              "基金會": 0, "基金": 0, "慈善會": 0,
                              "工作局": 0, "證明局": 0, "事務局": 0,
                              "普查局": 0, "文化司": 0, "政府": 0,
                              "立法": 0, "市政": 0, "衛生": 0, "分行": 0,
                              "銀行": 0, "大學": 0, "學院": 0,
                              "培訓中心": 0, "明愛": 0, "善堂": 0,
                              "鏡湖": 0, "頤康": 0, "新青": 0, "三鄉": 0,
                              "街坊會": 0, "工會": 0, "婦女": 0,
                              "社會保障": 0, "社會科學": 0,
                              "澳門街坊": 0, "澳門工會": 0, "澳門婦女": 0,
                              "澳門中華": 0, "澳門江門": 0, "澳門福建": 0,
                              "澳門茂名": 0, "澳門中山": 0, "澳門大學": 0,
                              "澳門基金": 0, "澳門明": 0, "中國銀行": 0,
                              "街總祐": 0, "街總黑": 0, "街總望": 0,
                              "街總青": 0, "街總橫": 0, "工聯北": 0,
                              "工聯筷": 0, "工聯職": 0, "婦聯北": 0,
                              "婦聯頤": 0,
                              # the first words of bodies' names that a cut
                              # before their head would leave outside (new
                              # here, after the mutations that cut 社會工作局,
                              # 身份證明局, 勞工事務局, 統計暨普查局, 社會文化司
                              # and 特區政府 to their heads, declarations
                              # along, passed; 社工 twice outside 社工局: 社工及
                              # 護理人員, 社工流失率, social workers)
                              "社會工作": 0, "身份": 0, "勞工": 0,
                              "統計暨": 0, "社會文化": 0, "特區": 0,
                              "市政署": 0, "衛生局": 0, "社工": 2},
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
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕晚"   # 晚 (当晚; annotate_pa.py's)
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
        # 億 (約七萬九千四百名 -> 79400, 約一億三千萬元 -> 130000000; new in annotate_pc.py
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
    between a headline's halves: each half is its own sentence (GUIDELINES;
    new in annotate_pc.py: annotate_lb.py's rule_city did not split a title at its
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
    #                         new in annotate_pc.py, unused
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
    # (二〇二五年; new in annotate_pc.py) or counted (明年, 去年)
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
    quarter).  New here, after the mutations that wrote 首三季, 前三季度 and
    前10个月 as 2025 passed: check_precision asserted a year, not which."""
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


# what makes a 、-list item part of a sentence (GUIDELINES: an "item" with
# a particle, a preposition or a digit in it; their file
# rules/metrics/list_item_stops.txt was not read: these are the particles
# and prepositions GUIDELINES' own examples and annotate_ca.py's
# check_collective use)
LIST_ITEM_STOPS = "的地得了在向由从從于於对對把被"


def check_not_collective(d, r):
    """A METRIC whose span is a count in Chinese numerals (两座, 三家) right
    after a 、-list is a figure only where one of the listed items holds a
    particle, a preposition or a digit (GUIDELINES: 南宁、柳州举办的两场 is a
    figure; 重庆、武汉、长沙三地 is a collective label for the list, no
    METRIC); the complement of check_collective (annotate_ba.py's; kept,
    unused here: neither article writes such a count)."""
    if r["type"] != "METRIC":
        return
    tx = r["text"]
    for p, _ in QUAL_PREFIX:
        if tx.startswith(p):
            tx = tx[len(p):]
            break
    # (a small count only: one numeral, then its measure word; a figure
    # with places, 三千四百場 after a list of three centres, is no label:
    # new here, annotate_pa.py's pattern read its first digit as the count)
    if not re.fullmatch("[一二两兩三四五六七八九十]"
                        "[^一二两兩三四五六七八九十百千萬万億亿零成折倍分之\\d]"
                        "\\D*", tx):
        return
    clause = re.split("[，,。；;！？\n（）]", d.text[:r["start"]])[-1]
    items = re.split("、|和|及|與|与", clause)
    n = CN_DIGIT[tx[0]]
    if "、" not in clause or len(items) < n:
        return
    # the last n items, as check_collective reads them: one holds a stop
    assert any(re.search("[%s]|\\d" % LIST_ITEM_STOPS, x)
               for x in items[-n:]), (
        "a count after a list with no stop in its items is a collective", r)


def check_line3(d, rows):
    """The third line of each article (the byline or the dateline under
    the title) is the declared line and holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_oa.py
    and annotate_pa.py kept it; ported here: g285's 本报记者 姚𬀪 盐城报道,
    whose 本报 names no outlet (GUIDELINES) and whose 盐城 is the city filed
    from)."""
    lines = d.text.split("\n")
    line3, want = LINE3[d.doc_id]
    assert lines[1] == "" and lines[3] == "" and lines[2] == line3, (
        d.doc_id, lines[2])
    s3 = len(lines[0]) + len(lines[1]) + 2
    e3 = s3 + len(line3)
    got = [(r["type"], r["text"]) for r in rows
           if s3 <= r["start"] and r["end"] <= e3]
    assert got == want, (d.doc_id, got)
    for r in rows:                          # no row straddles the line
        assert r["end"] <= s3 or r["start"] >= e3 or (
            s3 <= r["start"] and r["end"] <= e3), r
    if want and want[0][0] == "ORG":        # an outlet opens the line
        assert line3.startswith(want[0][1] + "记者"), line3


# rates with a slash denominator the articles write (GUIDELINES: a rate
# keeps its denominator in the unit and in the span; the denominators are a
# list of rules/ that I may not read): none.  g285 writes a price after
# 每千瓦 twice, apart from it (每千瓦中标均价约1620元, 机组每千瓦中标均价约
# 1590元: 每千瓦 outside the span and the unit, GUIDELINES' 每平方米16712元 ->
# 元; precedents PA's and PB's 每吨), and g286 a subsidy after 每間設施
# (平均每間設施獲資助約四百六十萬元); see NOTES
PER_UNITS = {}


def check_per_before(d, r):
    """A METRIC after 每 + a measure word (每吨11.35万元, 每筆手續費15港元,
    annotate_mb.py's 每艘约1.29亿美元, annotate_ob.py's 每宗約1,020萬元,
    annotate_pc.py's 每名學生二萬四千六百元) keeps 每 and the measure word
    outside its span and its unit (GUIDELINES: 每平方米16712元 -> unit 元); a
    unit with a slash denominator must be declared in PER_UNITS, and no
    undeclared slash rate stands in the text (annotate_lb.py's, with
    annotate_mb.py's 艘 and 美元, annotate_ob.py's 平方呎, 呎 and 宗,
    annotate_pc.py's 名學生, 人 and 班; new here: 千瓦 and 間/间, and the basis
    may stand a few words before the figure in its clause, 每千瓦中标均价约
    1620元, 每間設施獲資助約四百六十萬元)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    clause = re.split("[，,。；;！？、\n]", d.text[:r["start"]])[-1]
    m = re.search("[每](吨|噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|名學生|人|班|"
                  "千瓦|間|间)([^每]{0,8})$", clause)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r
        # (a figure in Arabic digits or in Chinese numerals right after the
        # basis and its words, with its marker inside the span)
        assert re.fullmatch("[^0-9一二三四五六七八九十百千萬万億亿约約]*",
                            m.group(2)), r


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
        # bare year word touches a DATE row after it (new in annotate_pc.py, after a
        # mutation that cut 今年九月 into 今年 and 九月 passed)
        assert not (prev["type"] == cur["type"] == "DATE" and
                    prev["end"] == cur["start"] and
                    prev["text"] in ("今年", "明年", "去年")), (
            "a year word cut from its date", prev, cur)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        lines = d.text.split("\n")
        if getattr(d, "astral_before_body", False):
            # the declared characters stand on the byline (line 3), after
            # the title and before every span of the byline and the body
            # (annotate_pc.py's check, there with the byline's outlets
            # before them; here the byline's CITY 盐城 stands after 𬀪):
            # offsets counted in UTF-16 units would be one too high for
            # every row after them; a row before them is on the title
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
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
            check_not_collective(d, r)
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
            # 余/餘/多 right after the number belong inside the span (SPEC
            # 1.2万余家, 400多万; new in annotate_pc.py, after a mutation that cut 4800余家
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
            # annotate_ob.py lacked, ported; 首 new in annotate_pc.py)
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
            # 市 or with its own province right before it (new in annotate_pc.py, after a
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
            # 子公司 (new in annotate_pc.py, after a mutation that merged 科伦药业控股子公司
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
            # new in annotate_pc.py)
            if s > 0 and d.text[s - 1] in "及和與与":
                ends = {s - 1}
                if d.text[s - 2:s] == "以及":
                    ends = {s - 2, s - 3} if d.text[s - 3] in "，," else \
                        {s - 2}
                assert any(x["type"] == "ORG" and x["end"] in ends
                           for x in rows), ("joiner inside a name", r)
            # a department written right after a university belongs to it
            # (SPEC 福建师范大学行政管理学院; GUIDELINES 淡江大学运输管理学系;
            # annotate_oc.py's check, ported)
            # (a joiner right after the university opens the next item of
            # a list instead: 澳門旅遊大學及鏡湖護理學院; new in annotate_pc.py)
            if tx.endswith(("大學", "大学")):
                assert not re.match(r"(?![及和與与])[\u4e00-\u9fff]{1,8}?"
                                    r"(學院|学院|學系|学系|研究院|研究所)",
                                    d.text[e:]), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # the byline line of a mainland article holds exactly its declared rows
    # (annotate_pa.py's check_line3, ported: g285's 本报记者 姚𬀪 盐城报道
    # holds the CITY 盐城 only)
    if d.doc_id in LINE3:
        check_line3(d, rows)
    if d.opener:
        # the paragraph opener holds exactly the declared rows
        # (annotate_ob.py's 【明報專訊】 held 明報, the outlet named before its
        # dateline word 專訊, an ORG right after the bracket; annotate_pc.py's and
        # g286's
        # 【本報消息】, like annotate_ac.py's, holds none); no row straddles
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
    # a declared character outside plain Big5 stands only inside the rows
    # of the type and text declared for it (annotate_pc.py's IN_ROW: 氹 in
    # the ORG 氹仔坊眾學校 and 〇 in the DATE 二〇二五年; annotate_ob.py's
    # IN_ORG held 滙 in 滙豐; kept, unused here: a plain-Big5 file declares
    # no such character, d.in_row_span stays empty)
    for c, (typ, names) in d.in_row_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == typ and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
    # every 旬 stands inside a DATE row (11月上旬): 旬末 and 上一旬 are left
    # open by SPEC and GUIDELINES (annotate_pa.py's check, after
    # annotate_na.py's; ported here, kept: neither article writes 旬)
    for m in re.finditer("旬", d.text):
        assert any(r["type"] == "DATE" and r["start"] <= m.start() < r["end"]
                   for r in rows), (d.doc_id, "旬 outside a DATE", m.start())
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
    # the audited city strings: the declared ones and every CITY_NORM form
    # the article writes (annotate_pa.py's audit, after annotate_na.py's: a
    # CITY row dropped with its audit entry passed; ported here)
    for name in sorted(set(audit["cities"]) |
                       {k for k in CITY_NORM if k in d.text}):
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    # a magnitude character outside every row and exclusion (new in annotate_pc.py, after
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
