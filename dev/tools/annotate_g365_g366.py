#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g365_river_cruise_lines_yangtze_tourism and
g366_taiwan_courier_logistics_companies (annotator EA).

Adapted from the precedent set's tools/annotate_da.py (now dev/tools/annotate_g359_g360.py) (/tmp/ho63/precedent:
a simplified mainland article and a traditional Taiwan article, the pair
closest to mine in script and region, with the Taiwan machinery: ROC years,
Taiwan's holidays, the t2s-then-s2tw round trip, TAIWAN_FORMS,
TRADITIONAL_WORDS and the plain-Big5/cp950 form checks; copied and the data
changed).  Both of its storages differ from mine (GBK for its g359 and
plain Big5 for its g360; here UTF-8 WITHOUT a BOM for my simplified g365
and UTF-8 WITH a BOM for my Taiwan g366), so both storage blocks are
replaced by one UTF-8 block after annotate_db.py's (its g361 was UTF-8
with a BOM, its g362 UTF-8 without one): the BOM declared per article
(utf-8-sig and utf-8 reading the text, one EF BB BF exactly where
declared), the byte walk, every non-ASCII character three bytes, the
legacy codecs and UTF-16 failing or reading another text; then by script:
- the simplified g365 gets annotate_db.py's converter-to-GB checks (every
  character GB2312, gb2312 = gbk = gb18030 bytes) and annotate_da.py's
  byline check (本报记者 易澜 重庆报道: 本报 names no outlet, 重庆 the city
  filed from, a CITY row);
- the traditional g366 gets annotate_da.py's plain-Big5 checks, read here
  on the text's Big5 rendering (as annotate_ca.py read them on a UTF-16
  file's decoded text): every character plain Big5, the ／ of the byline
  記者陳品妤／台北報導 the one character whose plain-Big5 (A2 41) and cp950
  (A1 FE) codes differ, the rendering walked byte by byte.
It keeps every other check of annotate_da.py (strict decoding, offsets,
overlaps, touching ORG rows, a bare 今年/明年/去年 never touching the DATE
after it, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, the OpenCC cross-checks, the s2tw round trip
with TAIWAN_FORMS, SIMPLIFIED_ONLY and TRADITIONAL_WORDS, the audits of
digits, magnitudes, Latin words, Chinese numerals, time characters,
holiday words, city strings, ORG words and ORG strings, the declared
organizations, the `city` rule against my hand value on every DATE/METRIC
row, the relative dates, 去年同期, holidays by region, ROC years, markers,
collectives, JOINED_NAMES and LISTED_PAIRS).  No check was loosened.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (g366's BOM removed, nothing else):

- g365 is simplified (mainland, 中国旅游报, 2026-11-24, a Tuesday of ISO
  week 2026-W48), UTF-8 WITHOUT a BOM (the title's 长 = E9 95 BF opens the
  file); every character is GB2312, and OpenCC t2s leaves it unchanged.
- g366 is traditional (Taiwan, 經濟日報, 2026-11-23, a Monday, the first
  day of ISO week 2026-W48), UTF-8 WITH a BOM (EF BB BF, then the title's
  宅 = E5 AE 85).  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan cities by their
  full names with 市).  A Taiwan text: 2-3 digit years before 年 are ROC
  years (111年 = 2022, 115 = 2026, 116 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho63/precedent:
README, NOTES_da/db/dc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g365_g366.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g365_g366.py
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
G365 = "g365_river_cruise_lines_yangtze_tourism"
G366 = "g366_taiwan_courier_logistics_companies"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G365: ("utf-8", b"", False, "2026-11-24", "中国旅游报"),
    G366: ("utf-8", BOM8, True, "2026-11-23", "經濟日報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_ca.py kept it: a codec without one would skip every
# byte check); the GBK block is annotate_cc.py's (its g357, a simplified
# mainland article stored as GBK with characters outside GB2312: mine in
# script and storage), its byline part written back to annotate_ca.py's
# LINE3 form; the plain-Big5 block is annotate_ca.py's converter-to-Big5
# checks (read there on a UTF-16 file's decoded text) turned back into a
# storage block, with annotate_cc.py's GBK byte walk and first-failure
# checks carried over to Big5
STORAGE_BLOCKS = ("utf-8",)
# characters outside the BMP each article declares, in text order: none
OUTSIDE_BMP = {G365: [], G366: []}
# characters of the mainland GBK article that GB2312 lacks, with their GBK
# bytes (annotate_cc.py's OUTSIDE_GB2312): 喆 (U+5586, GBK 86 B4, GBK/3) of
# the reporter's given name on the byline 本报记者 韩喆 郑州报道, once, in no
# span
OUTSIDE_GB2312 = {G365: {}}
GBK_KINDS = {G365: Counter()}
# characters of the mainland article that GBK lacks (GB18030 only): none;
# the declaration stays, empty, for the region check below
OUTSIDE_GBK = {G365: {}}
GB18030_KINDS = {G365: Counter()}
# characters GBK writes with bytes GB2312 reads as another (a name dot):
# none here
GB_FORMS = {G365: {}}
# the byline line of the mainland article: a prefix (none), the outlet + 记者
# + a space, the reporter's name, and the city filed from before 报道 after a
# space (annotate_ca.py's BYLINE); 粮油市场报 writes 本报记者 (GUIDELINES: a
# byline names its outlet, 本报 none), so the line holds no ORG row; 郑州
# before 报道 is the city filed from, a CITY row at its place (precedents
# CA, CB, BA)
BYLINE = {G365: ("", ["本报"], "记者 ", ["易澜"], "重庆")}
BYLINE_ORG = {G365: False}
# articles whose declared astral character stands before every body row:
# none here (kept, switched off)
ASTRAL_BEFORE_BODY = set()
# characters of the Taiwan article outside plain Big5 (which cp950 holds):
# none (every character of g360 is plain Big5, so the file is plain Big5,
# the narrowest codec that reads it; the brief's cp950 fallback is not
# needed: a draft's 裕電俥電 held 俥, which neither plain Big5 nor cp950
# writes, and was replaced, see NOTES); the declarations stay empty and the
# Big5 block asserts them
OUTSIDE_BIG5 = {G366: {}}
# ... with their cp950 bytes (none)
BIG5_CODE = {}
# ... and the kinds they are of (none)
BIG5_KINDS = {G366: Counter()}
# the word each character outside plain Big5 stands in outside rows (none)
OUTSIDE_BIG5_WORD = {G366: {}}
# the ORG rows each declared character must stand in (none)
IN_ORG = {G366: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes (annotate_ca.py's): the full-width solidus ／ (U+FF0F) of 工商時報's
# byline 記者林雅琦／台北報導, plain Big5 A2 41, cp950 A1 FE; the file is
# plain Big5, so it holds A2 41, which cp950 reads as ∕ (U+2215, DIVISION
# SLASH): a reader that tries cp950 first gets another text at that one
# place (GUIDELINES: Big5 is tried plain first)
BIG5_FORMS = {G366: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each such character stands in, with its count: the byline, once
DECLARED_WORD = {G366: {"／": ("記者陳品妤／台北報導", 1)}}
# the rows allowed before the declared characters on the third line: none
BEFORE_DECLARED = {G365: set(), G366: set()}
# the third line of each article and the rows it holds, exactly: g359's
# byline 本报记者 韩喆 郑州报道 names no outlet and the city filed from;
# g360's byline 記者林雅琦／台北報導 (a line of its own under the title: 記者,
# the reporter's name, a full-width solidus, the city filed from and 報導)
# names no outlet, and its 台北 is a special municipality (SPEC; precedents
# BA, AA)
LINE3 = {G365: ("本报记者 易澜 重庆报道", [("CITY", "重庆")]),
         G366: ("記者陳品妤／台北報導", [("CITY", "台北")])}
# the articles whose third line opens with a dateline: none here
OPENER = set()
DATELINE = {}
# the first character of each file (neither has a BOM), with its bytes in
# the file's encoding: g359's title opens with 中 (GBK D6 D0), g360's with
# 本 (Big5 A5 BB)
FIRST_CHAR = {G365: ("长", "长".encode("utf-8")),
              G366: ("宅", "宅".encode("utf-8"))}
# the halves each title's spaces make (GUIDELINES): g359 two (after 约2860
# 万吨), g360 two (after 0.3元)
TITLE_HALVES = {G365: 2, G366: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G366}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_za.py's list, itself annotate_ya.py's, annotate_xa.py's and
# their precedents'; 台, t2s of 臺, is left out: Taiwan writes 台); its last
# lines added the simplified forms of the precedents' traditional
# characters, and mine adds those of annotate_aa.py's g342 that the list lacked (its last
# line), from OpenCC t2s of each character of the article, none of them
# written in it (the check in main() asserts that the list covers them
# all); TRADITIONAL_WORDS below declares the Taiwan words that write a
# character of the list
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "宪节师复纪购换凭阶级样厢舱吗气钢积厂风负载组装网检应"
                   "费标补贴询问鉴继证监筹闭盘涨势额权龄兑汇润"
                   "贴东补处设筑营纠纷诉请审签宁乐荣兴苏盖联块规邻"
                   "镇县乡导体圆测储亚弹备电脑"
                   "运输览机厦关务舱视闸拥奖载货"
                   "门营业额鲜统计处调饮创历动态协连锁龙头乐尔仅显"
                   "并营净资团缔结计传无态点试贩卖机药妆复圣诞节预购礼"
                   "凯观顾产业资讯规带赖会员经济过劳动涨补乡导节"
                   "辆颗换环阳腾华叶铃陆车东罗达义桥边层领"
                   "远丰纺梦风汉广诗兰图鉴凤娇宽毕"
                   "库减压灯览厂级吨积涨缴办换规应调"
                   "医疗护诊给险剂寿监纪设属辖"
                   "骑罚锾赔偿补贴测试获额点轮骤辅"
                   "摊验录饮鲜冻肠杆罚违饼卫厨监"
                   "选离码头装积级纪吨顷训练课预绿买签约团额范协调"
                   "优两别则励启将届忧怀拨担据拟数于构没准为现吁纾举莲记许贸宾较"
                   "周进衔队双养驻"
                   "严临余农划后声娴托揽撑旧柜欧炉税稳纯认谈陈骅"
                   "从伤伦垫实强择敛杰温热确维虽讨论评诚该贬适采销"
                   "专争伙冲击参响当抢挟摇汤画矶竞脚舰趋轻铢顿"
                   "乔俪儿咨婴学径摄极档状狮笺类紧胶虾语诺贝跃释铺锭顺颖"
                   "仓侬昆爱玛纤迹驰驱"
                   "帐扫拦异简纳绑莱游随杂"
                   "妈栋决庄让韦松丽"
                   "劲吕滚缓蚀轴锋键"
                   "写涌硕细制软辉邬针铜锡钻阴云频鹏"
                   "侨剧畅暂矿烟猪颂饺麦"
                   "仪咏纸苹触闲"
                   "扬携渗缘谱韧顶饱齐"
                   "挂牵荡睐踪"
                   "胜峡满辟飞驳"
                   "倾废彦卷弃烨献窑贡贵赶轧锈锌镀镍难"
                   # annotate_va.py's line for its g312 (乾, 濃, 糧, 頒)
                   "干浓粮颁"
                   # annotate_wa.py's line for its g318 (冊, 註, 薦, 讀, 還,
                   # 銘)
                   "册荐注读还铭"
                   # annotate_xa.py's line for its g324 (the t2s forms of 災
                   # of 防災, 礙 of 無障礙, 號 of 老字號, 親 of 親子, 訪 of
                   # 到訪, 軍 of 國軍, 鐘 of 分鐘)
                   "灾碍号亲访军钟"
                   # annotate_ya.py's line for its g330 (瑤 of 沈佩瑤, 駕
                   # and 駛 of 駕駛)
                   "瑶驾驶"
                   # annotate_za.py's line for its g336 (獨
                   # of 獨家, 瑋 of the reporter's name 許書瑋, 贊 of 贊助,
                   # 願 of 意願, 鷹 of 台鋼雄鷹 and 福岡軟銀鷹)
                   "独玮赞愿鹰"
                   # annotate_aa.py's g342 words (their t2s forms, none written in it: 佔 of
                   # 約佔, 稱 of 簡稱, 習 of 補習, 蕭 and 韻 of the reporter's
                   # name 蕭韻芩, 軒 of 康軒, 輒 of 動輒, 頸 of 長頸鹿美語)
                   "占称习萧轩辄韵颈"
                   # g348's words (their t2s forms, none written in it: 崙 of
                   # 沙崙線, 徵 of 徵收, 歸 of 歸仁區, 烏 of 烏日區, 眾 of 大眾
                   # 捷運, 稱 of 簡稱, 綜 of 綜合規劃, 責 of 負責人)
                   "仑征归乌众称综责"
                   # g354's words (their t2s forms, none written in it: 僱 of
                   # 僱用, 棲 of 梧棲漁港, 漁 of 漁業署, 漁會 …, 繩 of 延繩釣,
                   # 鄭 of the reporter's name 鄭惟澄, 釣 of 延繩釣, 魚 of
                   # 魚貨, 鮪 of 黑鮪魚, 鯖 of 鯖魚, 鰹 of 鰹魚)
                   "雇栖渔绳郑钓鱼鲔鲭鲣"
                   # g360's words (their t2s forms, none written in it: 槍 of
                   # 充電槍, 煉 of 煉油廠, 織 of 石油輸出國家組織, 誼 of 北誼
                   # 興業, 鉛 of 無鉛汽油, 題 of 議題)
                   "枪炼织谊铅题"
                   # g366's words (their t2s forms, none written in it: 揀
                   # of 分揀, 聽 of 公聽會, 責 of 負責人, 遞 of 快遞)
                   "拣听责递")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count (annotate_za.py's 周邊, annotate_xa.py's 制度 …): g348's 周邊 (x5:
# 周邊特定區, 台中站周邊, 站區周邊, 板橋站周邊, 左營站周邊; annotate_za.py's
# word), 管制 (選擇性信用管制, annotate_ua.py's word) and 占比 (Taiwan news
# writes 占 in 占比 as often as 佔; the round trip writes 佔, declared in
# TAIWAN_FORMS)
# g366: 占比 (x3), 取貨占 and 合計占 (Taiwan news writes 占 as often as
# 佔; the round trip writes 佔, declared in TAIWAN_FORMS), 核准 and 限制
TRADITIONAL_WORDS = {G366: {"占比": 3, "取貨占電商": 1, "合計占": 1, "核准": 1,
                            "限制": 1}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台北, 台中, 台南, 台灣, 新台幣, 全台
# … (s2tw 臺), 布 of 公布 (佈), 占 of 占比 (佔) and 畫 of 計畫 (劃: Taiwan's
# official spelling of a plan); each must occur
# g366 (annotate_ea.py): 台 (台灣, 台北, 台中, 台南, 新台幣, 全台 …: s2tw
# 臺), 布 of 公布 (佈), 占 of 占比 and 合計占 (佔), 畫 of 計畫 (劃: Taiwan's
# official spelling), and two characters of names written as the companies
# write them: 里 of 嘉里 (嘉里大榮物流, 嘉里物流聯網: s2tw 裡) and 昇 of 富昇物流
# (s2tw 升)
TAIWAN_FORMS = {("台", "臺"), ("布", "佈"), ("占", "佔"), ("畫", "劃"),
                ("里", "裡"), ("昇", "升")}
# Holidays the articles name, by their exact span (2025-2027).
# g347 (mainland, 2026-11-24, a Tuesday): 元旦 2027-01-01 and 春节
# 2027-02-06 (随着元旦、春节临近: yearless, the nearest occurrences, 38 and
# 74 days after).
# g348 (Taiwan, 2026-11-23, a Monday): 國慶 2026-10-10 (國慶連假期間:
# Taiwan's National Day, GUIDELINES; yearless, the nearest occurrence, 44
# days before; 連假 and 期間 outside); 元旦 2027-01-01 and 春節 2027-02-06
# (元旦與春節前: yearless, the coming ones, 39 and 75 days after; 前
# outside); 明年春節 2027-02-06 (a year word before a holiday is inside the
# span, GUIDELINES 2024年春节; 後 outside).
HOLIDAY = {
    # g365 (mainland, 2026-11-24): 国庆 2026-10-01 (yearless, the nearest,
    # 54 days before; 黄金周期间 outside), 今年国庆 2026-10-01 (a year word
    # before a holiday is inside the span, GUIDELINES 2024年春节); 元旦
    # 2027-01-01 and 春节 2027-02-06 (yearless, the coming ones)
    "国庆": "2026-10-01", "今年国庆": "2026-10-01",
    "元旦": "2027-01-01", "春节": "2027-02-06",
    # g366 (Taiwan, 2026-11-23): 雙11 2026-11-11 (yearless, the nearest,
    # 12 days before; precedent DA's FIXED_TAIWAN), 明年農曆年 2027-02-06
    # (農曆年 is 春節, GUIDELINES; 明年 inside the span), 元旦 2027-01-01
    # and 農曆年 2027-02-06 (yearless, the coming ones)
    "雙11": "2026-11-11", "明年農曆年": "2027-02-06", "農曆年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15; 九月初九: 2025-10-29, 2026-10-18, 2027-10-08, annotate_qa.py's
# table, checked against lunardate where it is installed, annotate_qb.py's
# check); 感恩节 and 黑色星期五 computed from the calendar
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "圣诞节": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
assert _DOUBLE_NINTH[2026] - _MOON[2026] == datetime.timedelta(days=23)
assert _DOUBLE_NINTH[2026].isoweekday() == 7
# 2027's 正月初一 is a Saturday, 2026's a Tuesday (annotate_gb.py's table)
assert _SPRING[2027].isoweekday() == 6 and _SPRING[2026].isoweekday() == 2
try:                    # the lunar table against lunardate, where installed
    import lunardate    # (the project venv has it; annotate_qb.py's check)
    for _y in (2025, 2026, 2027):
        def _solar(m, dd):
            ld = lunardate.LunarDate(_y, m, dd)
            return (ld.to_solar_date() if hasattr(ld, "to_solar_date")
                    else ld.toSolarDate())
        assert _solar(1, 1) == _SPRING[_y]
        assert _solar(8, 15) == _MOON[_y]
        assert _solar(9, 9) == _DOUBLE_NINTH[_y]
except ImportError:
    pass
# the reference dates (annotate_ca.py's, the same as mine: g359 takes its
# g353's, g360 its g354's): g347's 2026-11-24 a Tuesday of ISO W48 (so its 上周
# is W47, its 昨日 2026-11-23); g348's 2026-11-23 the Monday that opens W48
# (its 昨（22）日 and 昨日 a Sunday, its 今（23）日 the reference day; no week
# word is written in it); 元旦 of 2027 38 days after g347's date (that of
# 2026 327 days before), 春节 of 2027 74 days after it (that of 2026 280
# days before); 國慶 of 2026 44 days before g348's date (that of 2027 321
# after); 元旦 of 2027 39 days after it (that of 2026 326 days before);
# 春節 of 2027 75 days after it (that of 2026 279 days before)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date(2026, 11, 22).isoweekday() == 7
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 24)).days == 38
assert (datetime.date(2026, 11, 24) - datetime.date(2026, 1, 1)).days == 327
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 10, 10)).days == 44
assert (datetime.date(2027, 10, 10) - datetime.date(2026, 11, 23)).days == 321
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 23)).days == 39
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 1, 1)).days == 326
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
# g359's 上周五 (W47's Friday; annotate_ca.py's g353 and g354 had it too):
# 2026-11-20; g354's 中秋節 of 2026 59 days before its date (that
# of 2027 296 days after), so the yearless 中秋節 is 2026's
assert datetime.date(2026, 11, 20).isocalendar()[1:] == (47, 5)
assert (datetime.date(2026, 11, 23) - _MOON[2026]).days == 59
assert (_MOON[2027] - datetime.date(2026, 11, 23)).days == 296
def _thanksgiving(y):
    """The fourth Thursday of November (GUIDELINES: 黑色星期五 is the day
    after 感恩节)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3)


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    return _thanksgiving(y) + datetime.timedelta(days=1)


assert _thanksgiving(2026) == datetime.date(2026, 11, 26)
assert _black_friday(2026).isoweekday() == 5
assert _black_friday(2026) == datetime.date(2026, 11, 27)

LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "重阳": _DOUBLE_NINTH, "重陽": _DOUBLE_NINTH,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)},
         "感恩節": {y: _thanksgiving(y) for y in (2025, 2026, 2027)},
         "感恩节": {y: _thanksgiving(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "重阳", "重陽")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between; annotate_qc.py's
# SHIYI_CUES, ported with check_shiyi)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")

# CITY span -> official name (simplified).  Spans may be traditional.

CITY_NORM = {
    # g365 (2026: the municipalities 重庆, 上海, 天津; the prefecture-level
    # 宜昌, 荆州, 岳阳, 武汉, 广州, 三亚, 深圳, 厦门, 青岛, 九江, 安庆, 芜湖,
    # 南京, 南通, 镇江; the county-level 张家港 (of 苏州); each + 市; the
    # foreign 新加坡, 首尔, 东京 by their common names (NO_SHI); the cities
    # inside ORG rows hold no CITY (SPEC))
    "重庆": "重庆市", "宜昌": "宜昌市", "荆州": "荆州市", "岳阳": "岳阳市",
    "武汉": "武汉市", "上海": "上海市", "天津": "天津市", "广州": "广州市",
    "三亚": "三亚市", "深圳": "深圳市", "厦门": "厦门市", "青岛": "青岛市",
    "九江": "九江市", "安庆": "安庆市", "芜湖": "芜湖市", "南京": "南京市",
    "南通": "南通市", "张家港": "张家港市", "镇江": "镇江市",
    "新加坡": "新加坡", "首尔": "首尔", "东京": "东京",
    # g366 (traditional spans; Taiwan's special municipalities by their
    # full names (GUIDELINES): 台北 (the byline's), 桃園, 台中 (x2), 台南
    # (x2), 高雄 (x2), and with their 市 台北市 (x3), 新北市 (x2), 桃園市;
    # the mainland 上海, 深圳, 廣州 and the foreign 東京, 大阪)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市", "新北市": "新北市",
    "桃園": "桃园市", "桃園市": "桃园市", "台中": "台中市", "台南": "台南市",
    "高雄": "高雄市", "廣州": "广州市", "東京": "东京", "大阪": "大阪",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"新加坡", "首尔", "东京", "大阪"}
# foreign cities whose common Chinese name itself ends with 市: none here
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): the set is GUIDELINES' rule, fixed and asserted so (none written
# here: g348 names 嘉義縣政府, a county's government, and no 新竹)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (none written here: g348's 東京 and 大阪 are the mainland's names)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# short city forms that are also ordinary words (GUIDELINES' examples),
# each with its province in both scripts: they count only with 市 or after
# their province (annotate_qa.py's check; none written here)
CITY_AMBIGUOUS = {"东方": ("海南",), "安宁": ("云南", "雲南"),
                  "合作": ("甘肃", "甘肅"), "日照": ("山东", "山東"),
                  "黄山": ("安徽",), "德州": ("山东", "山東"),
                  "白银": ("甘肃", "甘肅"), "朝阳": ("辽宁", "遼寧"),
                  "敦化": ("吉林",), "安寧": ("云南", "雲南"),
                  "黃山": ("安徽",), "白銀": ("甘肃", "甘肅"),
                  "朝陽": ("辽宁", "遼寧")}
# the characters that join two fields or two names
JOINERS = "及和與与暨"
# ORG names that join two fields with a joiner inside one body: none here
JOINED_NAMES = {G365: ("重庆市文化和旅游发展委员会", "宜昌市文化和旅游局",
                       "湖北省文化和旅游厅", "江苏省文化和旅游厅",
                       "上海市文化和旅游局", "南京市文化和旅游局"),
                G366: ("台灣連鎖暨加盟協會",)}
# ORG names that write a joiner's character as a character of their trade
# name: none here
# 同程旅行 opens with 同, a preposition's character, as its trade name's
# first character (the online travel agency), once
JOINER_CHAR_NAMES = {G365: {"同程旅行": 1}, G366: {}}
# ORG names that write the particle 的 as a character of their trade name
# (annotate_aa.py's): none here
PARTICLE_CHAR_NAMES = {G365: {}, G366: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# g348's 遠雄建設與華固建設 (two developers) and 苗栗縣政府、彰化縣政府及
# 雲林縣政府 (three county governments); g347 joins its listed banks with 、
# only
LISTED_PAIRS = {G365: (("长江黄金游轮", "武昌船舶重工集团有限公司"),
                       ("中国船舶集团有限公司", "嘉年华邮轮集团"),
                       ("重庆市文旅委", "江苏省文化和旅游厅")),
                G366: ()}
# rates with a slash denominator the articles write: none
PER_UNITS = {G365: (), G366: ()}
# codes and model names that hold digits or Latin letters: none
CODE_LABELS = {G365: {}, G366: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again)
ORG_NORM = {
    "交通部": "交通部",
    "統一超商": "统一超商",
    "統一速達": "统一速达",
    "新竹物流": "新竹物流",
    "東元集團": "东元集团",
    "台灣宅配通": "台湾宅配通",
    "嘉里大榮物流": "嘉里大荣物流",
    "嘉里物流聯網": "嘉里物流联网",
    "中華郵政股份有限公司": "中华邮政股份有限公司",
    "中華郵政": "中华邮政",
    "全家": "全家",
    "台灣連鎖暨加盟協會": "台湾连锁暨加盟协会",
    "全家便利商店": "全家便利商店",
    "萊爾富": "莱尔富",
    "OK超商": "OK超商",
    "蝦皮購物": "虾皮购物",
    "富邦媒體科技股份有限公司": "富邦媒体科技股份有限公司",
    "富邦媒": "富邦媒",
    "富昇物流": "富升物流",   # OpenCC t2s writes 升 (SPEC: the t2s form)
    "網路家庭": "网路家庭",
    "PChome": "PChome",
    "網家速配": "网家速配",
    "酷澎": "酷澎",
    "勞動部": "劳动部",
    "交通部公路局": "交通部公路局",
    "公平交易委員會": "公平交易委员会",
    "財政部關務署": "财政部关务署",
    "台灣經濟研究院": "台湾经济研究院",
    "經濟部統計處": "经济部统计处",
}

CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}      # ISO weekday numbers (datetime.fromisocalendar)


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
        # every declared codec has its storage block below (annotate_rb.py's
        # check, asserted before decoding as annotate_tb.py does: a codec
        # without one would skip every byte check)
        assert enc in STORAGE_BLOCKS, (doc_id, enc, "no storage block")
        self.text = raw.decode(enc)                 # strict: must decode
        # no CR anywhere, asserted before the blocks below read the lines
        # (annotate_mc.py's early check: a CRLF file stopped at a line
        # check before the named one there)
        assert "\r" not in self.text, f"{doc_id}: CR in the text"
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        self.in_org_span = {}
        # no astral character in either article (annotate_wa.py's per-row
        # UTF-16 check for its GB18030 byline stays, switched off)
        self.astral_before_body = False
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a GBK file that GB2312 reads is GB2312
        # (annotate_tb.py's pair), a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py): here annotate_aa.py's g341 GB18030 file must fail in
        # GBK (it does, at 䶮 FE 9F); UTF-8 is tried for nothing
        for wide, narrow in (("gb18030", "gbk"), ("gbk", "gb2312"),
                             ("big5hkscs", "big5"), ("cp950", "big5"),
                             ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM (if any) are the title's first
        # character (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        lines = self.text.split("\n")
        if enc == "utf-8":      # UTF-8, WITHOUT A BOM (THE SIMPLIFIED
            # MAINLAND ARTICLE) OR WITH ONE (THE TAIWAN ARTICLE)
            # (annotate_db.py's UTF-8 block, its BOM read from DOC_FORMAT;
            # the simplified branch keeps its converter-to-GB checks and
            # annotate_da.py's byline check, the traditional branch takes
            # annotate_da.py's plain-Big5 block, read on the text's Big5
            # rendering instead of the stored bytes)
            if bom:
                # stored WITH a BOM, EF BB BF, and only one: the BOM-aware
                # utf-8-sig reads the text, plain utf-8 reads it with a
                # leading U+FEFF, and no other U+FEFF stands in the file
                assert bom == BOM8 and full == BOM8 + raw, doc_id
                assert BOM8 not in raw, doc_id
                assert full.decode("utf-8-sig") == raw.decode("utf-8") == \
                    self.text, doc_id
                assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
                assert full.count(BOM8) == 1, doc_id
            else:
                # stored WITHOUT a BOM: no EF BB BF anywhere; utf-8 and the
                # BOM-aware utf-8-sig read the same text
                assert full == raw and BOM8 not in raw, doc_id
                assert full.decode("utf-8-sig") == full.decode("utf-8") == \
                    self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # the first character is the title's, three bytes right after
            # the BOM (or at the file's first byte)
            assert raw[:3] == code and len(code) == 3, doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation; no four-byte character)
            for c in self.text:
                if ord(c) > 0x7F:
                    assert len(c.encode("utf-8")) == 3, (doc_id, c)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 2000, doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the file walked character by character from its first byte
            # after the BOM
            pos = 0
            for c in self.text:
                b = c.encode("utf-8")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                pos += len(b)
            assert pos == len(raw), doc_id
            # a legacy codec or UTF-16 fails on the file (with and without
            # its BOM) or reads another text
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for blob in (raw, full):
                    assert not decodes(blob, other) or \
                        blob.decode(other) != self.text, (doc_id, other)
            if not self.traditional:
                # A SIMPLIFIED MAINLAND TEXT (annotate_db.py's converter-to-
                # GB checks): a converter to GB2312 writes every character
                # but the declared ones (none here), GBK and GB18030 write
                # the same bytes, and the rendering reads back as the text
                declared_gb = OUTSIDE_GB2312.get(doc_id, {})
                outside = sorted({c for c in self.text
                                  if not enc_ok(c, "gb2312")})
                assert outside == sorted(declared_gb), (doc_id, outside)
                gb = self.text.encode("gb2312")
                assert gb == self.text.encode("gbk") == \
                    self.text.encode("gb18030"), doc_id
                assert gb.decode("gb2312") == self.text, doc_id
                assert len(gb) == sum(1 if ord(c) < 0x80 else 2
                                      for c in self.text), doc_id
                # a simplified text: plain Big5 cannot write it
                assert not all(enc_ok(c, "big5") for c in self.text), doc_id
                # the byline line (annotate_da.py's byline block): the
                # outlet + 记者 + a space, the reporter's name, a space, the
                # city filed from and 报道 (g365: 本报记者 易澜 重庆报道);
                # GUIDELINES: 本报 names no outlet, so the line holds no ORG
                # row; the city filed from is a CITY row (LINE3)
                prefix, outlets, role, names, bcity = BYLINE[doc_id]
                outlet = "·".join(outlets)
                is_org = BYLINE_ORG.get(doc_id, True)
                tail = (" " + bcity + "报道") if bcity else ""
                assert lines[2] == prefix + outlet + role + \
                    " ".join(names) + tail, (doc_id, lines[2])
                assert prefix in ("", "文/"), prefix
                assert outlets[0].endswith(("报", "报道")) and \
                    role.startswith("记者")
                assert not bcity or bcity in CITY_NORM, bcity
                assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
                assert all(2 <= len(n) <= 3 for n in names), names
                assert all(self.text.count(n) == 1 for n in names), names
                want = ([("ORG", outlet)] if is_org else []) + (
                    [("CITY", bcity)] if bcity else [])
                assert LINE3[doc_id] == (lines[2], want), (doc_id,
                                                          LINE3[doc_id])
                assert doc_id not in OPENER, doc_id
                assert lines[1] == lines[3] == "", doc_id
                assert not any(x.startswith(("【", "〔", "■"))
                               for x in lines), doc_id
            else:
                # THE TAIWAN TEXT (annotate_da.py's plain-Big5 block, read
                # on the Big5 rendering of the decoded text): every
                # character plain Big5 (OUTSIDE_BIG5 declared empty), one
                # byte per ASCII character and two per other (lead bytes
                # A1-F9); the characters whose plain-Big5 and cp950 codes
                # differ are exactly the declared ones (BIG5_FORMS: the ／
                # of 經濟日報's byline), standing only in their declared
                # word (DECLARED_WORD)
                decl = OUTSIDE_BIG5[doc_id]
                forms = BIG5_FORMS[doc_id]
                assert forms, f"{doc_id}: declare the Big5/cp950 forms"
                outside = sorted({c for c in self.text
                                  if not enc_ok(c, "big5")})
                assert outside == sorted(decl) == [], (doc_id, outside)
                assert BIG5_KINDS[doc_id] == Counter() and not BIG5_CODE
                b5raw = self.text.encode("big5")
                pos = 0
                for c in self.text:
                    b = c.encode("big5")
                    assert b5raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                    assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                    if ord(c) > 0x7F:
                        assert 0xA1 <= b[0] <= 0xF9, (doc_id, c)
                    if c in forms:
                        assert b == forms[c][0], (doc_id, c)
                    pos += len(b)
                assert pos == len(b5raw), doc_id
                assert len(b5raw) > len(self.text) + 1000, doc_id
                diff = sorted({c for c in self.text if ord(c) > 0x7F and
                               c.encode("big5") != c.encode("cp950")})
                assert diff == sorted(forms), (doc_id, diff)
                for c, (b5, c950) in forms.items():
                    assert c.encode("big5") == b5 != c950, (doc_id, c)
                    assert c.encode("cp950") == c950, (doc_id, c)
                    assert b5.decode("cp950") == CP950_READS[c] != c, (
                        doc_id, c)
                    assert b5.decode("big5hkscs") == c == b5.decode(
                        "big5"), (doc_id, c)
                    assert c950.decode("big5") == c, (doc_id, c)
                    word, k = DECLARED_WORD[doc_id][c]
                    assert c in word, c
                    assert self.text.count(c) == self.text.count(word) == \
                        k, c
                self.no_span_chars = sorted(forms)
                self.in_org_span = IN_ORG[doc_id]
                assert sorted(self.in_org_span) == outside, doc_id
                assert not OUTSIDE_BIG5_WORD[doc_id], doc_id
                # the rendering read back: plain Big5 and Big5-HKSCS give
                # the text, cp950 gives it with ∕ at the declared form
                assert b5raw.decode("big5hkscs") == self.text, doc_id
                want = self.text
                for c in forms:
                    want = want.replace(c, CP950_READS[c])
                assert b5raw.decode("cp950") == want != self.text, doc_id
                # a traditional text: GB2312 cannot write it
                assert not all(enc_ok(c, "gb2312") for c in self.text)
                # the byline: 記者 + the reporter's name + ／ + the city
                # filed from + 報導, a line of its own under the title
                # (LINE3; no OPENER); no 【】 or 〔〕 in the text
                assert doc_id not in OPENER, doc_id
                dl = LINE3[doc_id][0]
                assert lines[2] == dl and lines[1] == lines[3] == "", doc_id
                assert re.fullmatch(r"記者[\u4e00-\u9fff]{2,3}／"
                                    r"[\u4e00-\u9fff]{2,3}報導", dl), dl
                assert DECLARED_WORD[doc_id]["／"][0] == dl, doc_id
                assert not any(b in self.text for b in "【】〔〕"), doc_id
        else:
            raise AssertionError((doc_id, "no storage block for", enc))
        # a traditional article declares its region, Taiwan here, and a
        # simplified one is mainland (annotate_lb.py's region check, after
        # annotate_ec.py, as annotate_ma.py ported it: a simplified article
        # declared traditional stopped only with a KeyError in ORG_NORM
        # before it)
        assert self.traditional == (doc_id in TAIWAN), (doc_id, "region")
        if self.traditional:    # a Taiwan text: every character plain Big5
            # but the declared ones (none here), and cp950
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            # and the declared characters are cp950's, none of them a HKSCS
            # one that cp950 lacks
            assert all(enc_ok(c, "cp950") for c in OUTSIDE_BIG5[doc_id])
        else:
            # a mainland text: every character is GB18030, and GB2312 but
            # the declared ones and the declared GB forms (annotate_wb.py's
            # mainland check, read here on OUTSIDE_GBK as annotate_zb.py
            # read it; annotate_za.py read its DECLARED_MAINLAND)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GB2312.get(
                doc_id, {}) or c in GB_FORMS.get(doc_id, {})
                for c in self.text), doc_id
            # the mainland article opens with a byline line, no dateline
            # (annotate_za.py's mainland article opened with its dateline)
            assert doc_id in BYLINE and doc_id not in OPENER and \
                doc_id not in DATELINE, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # Taiwan writes with it (TRADITIONAL_WORDS, each with its count;
            # annotate_oa.py's 上游 and 核准; annotate_qa.py's 控制;
            # annotate_ua.py's 下游 and 管制; annotate_wa.py's 獲准;
            # annotate_xa.py's 制度; annotate_za.py's 周邊; none in annotate_aa.py's g342)
            allowed = set()
            for w, k in TRADITIONAL_WORDS.get(doc_id, {}).items():
                hits = [m.start() for m in re.finditer(re.escape(w),
                                                       self.text)]
                assert len(hits) == k, (doc_id, w, k)
                assert any(c in SIMPLIFIED_ONLY for c in w), (doc_id, w)
                allowed.update(h + i for h in hits for i in range(len(w)))
            bad = [c for i, c in enumerate(self.text)
                   if c in SIMPLIFIED_ONLY and i not in allowed]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: Taiwan markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d[）)]?年", self.text), doc_id
            # written in Taiwan (GUIDELINES: two different markers, 臺/台
            # spellings counting once), so its 國慶 would be Taiwan's 10-10
            # (new in annotate_fa.py; annotate_aa.py's g342 writes 新台幣, 台灣, 台北, 台中, 高雄)
            found = {w.replace("臺", "台") for w in TAIWAN_MARKERS
                     if w in self.text}
            assert len(found) >= 2, (doc_id, found)
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<![\d,.])\d{2,3}年", self.text), (
                doc_id, "a bare 2-3 digit year in a mainland text")
            assert not re.search(r"(?<![\d,])\d{2,3}[）)]年", self.text), (
                doc_id, "a bracketed 2-3 digit year in a mainland text")
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
                assert re.match(r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*"
                                r"(\.\d+)?[万萬亿億]?"
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
            # (a holiday missing from the table is named, not a KeyError;
            # new in annotate_na.py's line)
            assert span in HOLIDAY, (ctx, "holiday not in HOLIDAY")
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
# g365 River and coastal cruises in November 2026: the title (前10个月, 重庆
# 宜昌 明年); the byline (重庆); the Chongqing culture and tourism commission
# (重庆市文化和旅游发展委员会/重庆市文旅委: 昨日, 今年前10个月, 去年同期); the
# Yangtze navigation administration (交通运输部长江航务管理局/长航局: 10月底,
# 明年, 明年3月; 长江三峡通航管理局 今年前10个月); the cruise lines (重庆长江
# 黄金游轮有限公司/长江黄金游轮 今年, 上周五, 2028年; 武昌船舶重工集团有限公司;
# 国家开发银行重庆市分行; 世纪游轮 国庆, 元旦, 春节; 湖北三峡旅游集团股份有限
# 公司/三峡旅游 今年前三季度, 年底; 宜昌港务集团有限责任公司; 宜昌市文化和旅游
# 局 今年国庆); the state joint venture (中船嘉年华邮轮有限公司/中船嘉年华 今年;
# 中国船舶集团有限公司和嘉年华邮轮集团; 上海外高桥造船有限公司 明年底); the
# terminals (上海吴淞口国际邮轮港发展有限公司 今年1月至10月, 2019年同期; 招商局
# 集团旗下招商局维京游轮有限公司 今年); the provincial departments (湖北省文化
# 和旅游厅 三季度, 上月; 江苏省文化和旅游厅; 上海市文化和旅游局 明年; 南京市文化
# 和旅游局 今年, 去年; 武汉港航发展集团有限公司 明年4月; 2027年; 今年上半年,
# 去年); the platforms (携程 上月; 同程旅行 11月; fares 去年); passengers (中国
# 交通运输协会邮轮游艇分会; 中国旅游研究院 明年; 重庆港务物流集团有限公司 今年,
# 12月, 明年一季度).
# Simplified, UTF-8 without a BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 中国旅游报.
# ===========================================================================
@doc
def g365():
    d = Doc(G365)
    Y, NY, LY = "2026", "2027", "2025"
    # title (one sentence for the city column, GUIDELINES: its first half
    # names no city, so its figures take the first city after, 重庆);
    # 前10个月 right after the noun it is about (GUIDELINES 该行前9个月)
    d.date("游轮[[前10个月]]接待", Y, "重庆市")
    d.metric("接待游客[[约108万人次]] 重庆", "108e4", "人次", "approx",
             "重庆市")
    d.city("人次 [[重庆]]宜昌")
    d.city("重庆[[宜昌]]明年")
    d.date("宜昌[[明年]]新增泊位", NY, "宜昌市")
    d.metric("新增泊位[[8个]]\n", "8", "个", "exact", "宜昌市")
    # the byline: 本报 names no outlet; 重庆 the city filed from (LINE3)
    d.city("易澜 [[重庆]]报道")
    # P1 the commission: full name and its given short form (quotes
    # outside, SPEC); 重庆 inside both is no CITY (SPEC)
    d.date("记者[[昨日]]从", "2026-11-23", "")
    d.org("从[[重庆市文化和旅游发展委员会]]（")
    d.org("以下简称“[[重庆市文旅委]]”）获悉")
    d.date("获悉，[[今年前10个月]]，长江", Y, "")
    d.metric("共接待游客[[约108万人次]]，", "108e4", "人次", "approx", "")
    d.metric("同比增长[[约14.6%]]，", "14.6", "%", "approx", "")
    d.metric("入境游客[[约23万人次]]", "23e4", "人次", "approx", "")
    d.metric("占比[[超过两成]]", "20", "%", "over", "")
    d.date("两成。[[今年前10个月]]，重庆", Y, "重庆市")
    d.city("，[[重庆]]至宜昌航线平均")
    d.city("重庆至[[宜昌]]航线平均")
    d.metric("上座率为[[82.5%]]", "82.5", "%", "exact", "宜昌市")
    # 去年同期 after 今年前10个月, a period with no ISO form: the year
    # before (SPEC)
    d.date("较[[去年同期]]提高", LY, "宜昌市")
    d.metric("提高[[6.3个百分点]]", "6.3", "百分点", "exact", "宜昌市")
    # P2 the navigation administration: full name and short form (its
    # characters in order, GUIDELINES)
    d.org("\n\n[[交通运输部长江航务管理局]]（")
    d.org("以下简称“[[长航局]]”）数据")
    d.date("截至[[10月底]]", "2026-10", "")
    d.metric("共有[[47艘]]", "47", "艘", "exact", "")
    d.metric("总客位[[约1.6万个]]", "1.6e4", "个", "approx", "")
    d.org("。[[长航局]]预计")
    d.date("预计，[[明年]]长江干线", NY, "重庆市")
    d.metric("游轮泊位[[8个]]，其中", "8", "个", "exact", "重庆市")
    d.city("其中[[重庆]]5个")
    d.metric("重庆[[5个]]、", "5", "个", "exact", "重庆市")
    d.city("、[[宜昌]]3个")
    d.metric("宜昌[[3个]]，相关", "3", "个", "exact", "宜昌市")
    d.date("将于[[明年3月]]开工", "2027-03", "宜昌市")
    d.org("[[长江三峡通航管理局]]统计")
    d.date("统计，[[今年前10个月]]三峡", Y, "")
    # 艘次 (ship visits) is a unit (GUIDELINES)
    d.metric("客船[[约2800艘次]]", "2800", "艘次", "approx", "")
    d.metric("同比增长[[约9%]]。", "9", "%", "approx", "")
    # P3 the Chongqing cruise line
    d.org("\n\n[[重庆长江黄金游轮有限公司]]（")
    d.org("以下简称“[[长江黄金游轮]]”）相关")
    d.metric("公司旗下[[6艘]]游轮", "6", "艘", "exact", "")
    d.date("游轮[[今年]]已完成", Y, "")
    d.metric("航次[[约410个]]", "410", "个", "approx", "")
    d.metric("接待游客[[约19.5万人次]]", "19.5e4", "人次", "approx", "")
    d.metric("营业收入[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.metric("同比增长[[约12%]]。", "12", "%", "approx", "")
    # a weekday is inside the span (GUIDELINES 上周五): W47's Friday
    d.date("。[[上周五]]，长江", "2026-11-20", "")
    d.org("，[[长江黄金游轮]]与武昌")
    d.org("与[[武昌船舶重工集团有限公司]]签署")
    d.metric("订造[[2艘]]新一代", "2", "艘", "exact", "")
    d.metric("造价[[约4.5亿元]]", "4.5e8", "元", "approx", "")
    d.date("预计[[2028年]]交付", "2028", "")
    # a bank's branch in a city is one ORG (GUIDELINES 招商银行深圳分行)
    d.org("；[[国家开发银行重庆市分行]]将为")
    d.metric("提供[[约6亿元]]贷款", "6e8", "元", "approx", "")
    d.org("。[[世纪游轮]]相关")
    d.metric("旗下[[4艘]]游轮在国庆", "4", "艘", "exact", "")
    # 国庆 in a mainland text is 10-01, yearless: the nearest (GUIDELINES);
    # 黄金周期间 outside
    d.date("游轮在[[国庆]]黄金周", "2026-10-01", "")
    # 约为: the marker across 为, outside (GUIDELINES 约为19%)
    d.metric("满舱率约为[[95%]]", "95", "%", "approx", "", sep="约")
    d.date("95%，[[元旦]]和春节", "2027-01-01", "")
    d.date("元旦和[[春节]]期间", "2027-02-06", "")
    d.metric("已预订[[约1.3万人次]]", "1.3e4", "人次", "approx", "")
    # P4 宜昌
    d.city("在[[宜昌]]，湖北")
    d.org("，[[湖北三峡旅游集团股份有限公司]]（")
    d.org("以下简称“[[三峡旅游]]”）今年")
    d.date("）[[今年前三季度]]实现", Y, "宜昌市")
    d.metric("营业收入[[约7.6亿元]]", "7.6e8", "元", "approx", "宜昌市")
    d.metric("业务收入[[约3.1亿元]]", "3.1e8", "元", "approx", "宜昌市")
    d.metric("同比增长[[约21%]]", "21", "%", "approx", "宜昌市")
    d.org("。[[三峡旅游]]表示")
    d.date("计划在[[年底]]前", Y, "宜昌市")
    d.metric("增至[[5艘]]", "5", "艘", "exact", "宜昌市")
    d.city("开通[[宜昌]]至荆州")
    d.city("至[[荆州]]、岳阳")
    d.city("、[[岳阳]]、武汉的")
    d.city("岳阳、[[武汉]]的下游")
    d.org("。[[宜昌港务集团有限责任公司]]则")
    d.metric("计划投资[[约1.2亿元]]，升级", "1.2e8", "元", "approx", "")
    d.metric("码头的[[3座]]趸船", "3", "座", "exact", "")
    d.org("[[宜昌市文化和旅游局]]表示")
    # a year word before a holiday is inside the span (GUIDELINES
    # 2024年春节)
    d.date("表示，[[今年国庆]]黄金周", "2026-10-01", "宜昌市")
    d.city("期间，[[宜昌]]接待")
    d.metric("游轮游客[[约4.2万人次]]", "4.2e4", "人次", "approx", "宜昌市")
    d.metric("同比增长[[约16%]]", "16", "%", "approx", "宜昌市")
    # 约为每晚860元: 每晚 outside the span and the unit, the marker across
    # 为 (GUIDELINES 约为每吨7050元 -> approx)
    d.metric("约为每晚[[860元]]", "860", "元", "approx", "宜昌市", sep="约")
    # P5 the state joint venture
    d.org("，[[中船嘉年华邮轮有限公司]]（")
    d.org("以下简称“[[中船嘉年华]]”）今年")
    d.date("”）[[今年]]从上海", Y, "上海市")
    d.city("从[[上海]]出发")
    d.metric("航次[[约190个]]", "190", "个", "approx", "上海市")
    d.metric("载客[[约61万人次]]", "61e4", "人次", "approx", "上海市")
    d.org("。[[中船嘉年华]]由")
    d.org("由[[中国船舶集团有限公司]]和")
    d.org("和[[嘉年华邮轮集团]]合资")
    d.org("正在[[上海外高桥造船有限公司]]建造")
    # 明年底: 年底 the year (SPEC)
    d.date("计划[[明年底]]交付", NY, "")
    # P6 terminals
    d.org("\n\n[[上海吴淞口国际邮轮港发展有限公司]]数据")
    # a range is two mentions (SPEC 2024年3月至5月)
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("1月至[[10月]]，该港", "2026-10", "")
    d.metric("接待邮轮[[约220艘次]]", "220", "艘次", "approx", "")
    d.metric("旅客[[约168万人次]]", "168e4", "人次", "approx", "")
    # 同期 after a year is part of that span (GUIDELINES 2019年同期)
    d.date("恢复至[[2019年同期]]的", "2019", "")
    d.metric("的[[约九成]]。", "90", "%", "approx", "")
    d.city("。[[天津]]、广州")
    d.city("、[[广州]]、三亚")
    d.city("、[[三亚]]等地")
    d.org("[[招商局集团]]旗下")
    d.org("旗下[[招商局维京游轮有限公司]]相关")
    d.date("邮轮[[今年]]在深圳", Y, "深圳市")
    d.city("在[[深圳]]、厦门")
    d.city("、[[厦门]]、青岛")
    d.city("、[[青岛]]之间")
    d.metric("沿海航线[[约40个]]航次", "40", "个", "approx", "青岛市")
    # a statistic measured in time after 平均 (SPEC 平均停留2.5天)
    d.metric("平均航程[[约7.5天]]", "7.5", "天", "approx", "青岛市")
    d.metric("人均消费[[约1.18万元]]", "1.18e4", "元", "approx", "青岛市")
    # P7 the provincial departments (two fields joined by 和 inside one
    # body, GUIDELINES 上海市文化和旅游局: JOINED_NAMES)
    d.org("\n\n[[湖北省文化和旅游厅]]日前")
    d.date("显示，[[三季度]]全省", "2026-Q3", "")
    d.metric("接待量[[约31万人次]]", "31e4", "人次", "approx", "")
    d.metric("环比增长[[约18%]]", "18", "%", "approx", "")
    d.date("。[[上月]]，湖北省", "2026-10", "武汉市")
    d.org("，[[湖北省文化和旅游厅]]、重庆")
    d.org("、[[重庆市文旅委]]和江苏")
    d.org("和[[江苏省文化和旅游厅]]签订")
    d.city("覆盖[[武汉]]、九江")
    d.city("武汉、[[九江]]、安庆、芜湖")
    d.city("九江、[[安庆]]、芜湖")
    d.city("、[[芜湖]]、南京")
    d.city("、[[南京]]和上海")
    d.city("南京和[[上海]]等城市")
    d.org("[[上海市文化和旅游局]]也")
    d.date("衔接，[[明年]]计划", NY, "")
    d.metric("始发航次[[约30个]]", "30", "个", "approx", "")
    # P8 the lower reaches
    d.org("\n\n[[南京市文化和旅游局]]数据")
    d.date("显示，[[今年]]已有", Y, "南京市")
    d.metric("已有[[约60个]]游轮", "60", "个", "approx", "南京市")
    d.city("在[[南京]]靠泊")
    d.date("是[[去年]]的约1.5倍", LY, "南京市")
    d.metric("的[[约1.5倍]]", "1.5", "倍", "approx", "南京市")
    d.org("[[武汉港航发展集团有限公司]]预计")
    d.city("预计，[[武汉]]至九江")
    d.city("至[[九江]]、安庆的")
    d.city("、[[安庆]]的短线")
    d.date("游轮[[明年4月]]起", "2027-04", "安庆市")
    # 班 (runs) after Arabic digits is a unit (GUIDELINES); 每周 recurring
    d.metric("开行[[3班]]", "3", "班", "exact", "安庆市")
    d.org("[[江苏省文化和旅游厅]]相关负责人介绍")
    d.city("介绍，[[南通]]、")
    d.city("、[[张家港]]、")
    d.city("、[[镇江]]等")
    d.date("力争[[2027年]]前", "2027", "镇江市")
    d.metric("形成[[8个以上]]的", "8", "个", "over", "镇江市")
    d.city("来自[[新加坡]]、")
    d.city("、[[首尔]]和东京")
    d.city("和[[东京]]的团组")
    d.org("，[[长江黄金游轮]]今年上半年")
    # 上半年: several months of a year give the year (SPEC)
    d.date("游轮[[今年上半年]]接待", Y, "东京")
    d.metric("团组[[约1200个]]", "1200", "个", "approx", "东京")
    # 全年 after a year word is outside (GUIDELINES 去年全年 -> 去年)
    d.date("接近[[去年]]全年", LY, "东京")
    # P9 platforms and fares
    d.org("，[[携程]]数据")
    d.date("显示，[[上月]]长江", "2026-10", "")
    d.metric("同比增长[[约35%]]", "35", "%", "approx", "")
    d.metric("占比[[约四成]]", "40", "%", "approx", "")
    d.org("。[[同程旅行]]相关")
    d.city("表示，[[重庆]]、宜昌出发")
    d.city("重庆、[[宜昌]]出发")
    d.date("在[[11月]]的预订量", "2026-11", "宜昌市")
    d.metric("环比增长[[约27%]]", "27", "%", "approx", "宜昌市")
    d.city("，[[重庆]]至宜昌航线内舱")
    d.city("重庆至[[宜昌]]航线内舱")
    # a range is two mentions, each with its own unit here (SPEC)
    d.metric("票价在[[3980元]]至", "3980", "元", "exact", "宜昌市")
    d.metric("至[[8600元]]之间", "8600", "元", "exact", "宜昌市")
    d.date("较[[去年]]上涨", LY, "宜昌市")
    d.metric("上涨[[约5%]]", "5", "%", "approx", "宜昌市")
    d.city("；[[宜昌]]至上海")
    d.city("宜昌至[[上海]]的长线")
    # 最高 sets no qualifier (GUIDELINES)
    d.metric("最高达[[2.6万元]]", "2.6e4", "元", "exact", "上海市")
    # P10 passengers and the outlook
    d.org("\n\n[[中国交通运输协会邮轮游艇分会]]相关")
    # ages are METRIC (SPEC 60岁以上)
    d.metric("游客中[[55岁以上]]群体", "55", "岁", "over", "")
    # 约占: 约 across 占 (GUIDELINES 约占全国的四成)
    d.metric("约占[[六成]]", "60", "%", "approx", "", sep="约")
    d.metric("天数为[[4.6天]]", "4.6", "天", "exact", "")
    d.org("。[[中国旅游研究院]]一位")
    d.date("认为，[[明年]]长江", NY, "")
    # 突破 an over-marker inside the span (SPEC)
    d.metric("有望[[突破130万人次]]", "130e4", "人次", "over", "")
    d.org("。[[重庆港务物流集团有限公司]]表示")
    d.date("码头[[今年]]已完成", Y, "")
    d.metric("靠离泊[[约5200艘次]]", "5200", "艘次", "approx", "")
    d.metric("改造的[[2座]]趸船", "2", "座", "exact", "")
    d.date("将于[[12月]]投用", "2026-12", "")
    d.date("，[[明年一季度]]还将", "2027-Q1", "")
    d.metric("投入[[约8000万元]]", "8e7", "元", "approx", "")
    audit = {
        "orgs": ["重庆市文化和旅游发展委员会", "重庆市文旅委",
                 "交通运输部长江航务管理局", "长航局", "长江三峡通航管理局",
                 "重庆长江黄金游轮有限公司", "长江黄金游轮",
                 "武昌船舶重工集团有限公司", "国家开发银行重庆市分行",
                 "世纪游轮", "湖北三峡旅游集团股份有限公司", "三峡旅游",
                 "宜昌港务集团有限责任公司", "宜昌市文化和旅游局",
                 "中船嘉年华邮轮有限公司", "中船嘉年华", "中国船舶集团有限公司",
                 "嘉年华邮轮集团", "上海外高桥造船有限公司",
                 "上海吴淞口国际邮轮港发展有限公司", "招商局集团",
                 "招商局维京游轮有限公司", "湖北省文化和旅游厅",
                 "江苏省文化和旅游厅", "上海市文化和旅游局",
                 "南京市文化和旅游局", "武汉港航发展集团有限公司", "携程",
                 "同程旅行", "中国交通运输协会邮轮游艇分会", "中国旅游研究院",
                 "重庆港务物流集团有限公司"],
        "cities": ["重庆", "宜昌", "荆州", "岳阳", "武汉", "上海", "天津",
                   "广州", "三亚", "深圳", "厦门", "青岛", "九江", "安庆",
                   "芜湖", "南京", "南通", "张家港", "镇江", "新加坡", "首尔",
                   "东京",
                   # absent cities and counties as guards: none written
                   "万州", "奉节", "丰都", "巫山", "秭归", "苏州", "舟山",
                   "大连"],
        "excluded": [],
        "numbers_excluded": [],
        # 一 of 新一代 and 一位 (the article), 二 of 第二艘 (an ordinal)
        "cn_excluded": ["新[[一]]代", "研究院[[一]]位", "第[[二]]艘"],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE or figure: 三峡 (the gorges; 三峡船闸),
        # 黄金周 (x2, outside the 国庆 rows), 每晚 and 每周 (recurring), 日前
        # (vague, SPEC), 旺季 and 淡季 (seasons without a year word), 天数
        # (a statistic's name), 全年 (outside 去年, GUIDELINES), 同比 and
        # 环比 carry no time character; 朝天门 (the wharf's name: 天 no
        # time); 同期 only inside DATE rows
        "words_excluded": {"三峡": 1, "黄金周": 2, "每晚": 1, "每周": 1,
                           "日前": 1, "旺季": 1, "淡季": 1, "天数": 1,
                           "全年": 1, "朝天门": 1, "同期": 0},
        # generic words outside ORG rows: 公司 (x2: 公司旗下, 公司计划),
        # 该港 (a port, no ORG); the heads a cut ORG would leave outside
        "orgwords_excluded": {"公司": 2, "该港": 1, "有限公司": 0,
                              "管理局": 0, "文旅委": 0, "旅游厅": 0,
                              "旅游局": 0, "分会": 0, "研究院": 0,
                              "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g366 Parcels in Taiwan in November 2026: the title (前10月); the byline
# (台北); volumes (交通部 昨（22）日, 今年前10月, 10月, 雙11, 年底, 今（115）
# 年); the home-delivery companies (統一超商旗下統一速達 今年前3季, 9月, 12月1日;
# 新竹物流 10月, 今年, 明年農曆年; 東元集團旗下台灣宅配通 10月, 今年前10月;
# 嘉里大榮物流 第3季 and its parent 嘉里物流聯網 明年); the post (中華郵政股份
# 有限公司/中華郵政 今年前10月, 明（116）年1月1日, 今年, 明年底); convenience
# stores (台灣連鎖暨加盟協會; 統一超商, 全家便利商店/全家, 萊爾富, OK超商; 111年,
# 今年第3季, 明年第1季, 上月, 9月, 明年); platforms (蝦皮購物 上月; 富邦媒體
# 科技股份有限公司/富邦媒 and 富昇物流 今年; 網路家庭/PChome and 網家速配 今年
# 前3季; 酷澎; 雙11當天); drivers and warehouses (今年, 明（116）年, 5年前,
# 明年第2季, 明年); rules (勞動部 上月; 交通部公路局 明年第1季; 交通部 今年12月;
# 公平交易委員會); cross-border parcels (財政部關務署 今年前10月; 元旦, 農曆年,
# 12月, 明年1月); the outlook (台灣經濟研究院, 經濟部統計處 9月, 116年, 今年).
# Traditional (Taiwan), UTF-8 with a BOM, 2026-11-23 (a Monday, ISO week
# 2026-W48), 經濟日報.
# ===========================================================================
@doc
def g366():
    d = Doc(G366)
    Y, NY, LY = "2026", "2027", "2025"
    # title (one sentence for the city column; no city in it); 前10月
    # right after the noun it is about (GUIDELINES: Taiwan writes the first
    # months without 個)
    d.date("包裹量[[前10月]]年增", Y, "")
    d.metric("年增[[約8%]] 超商", "8", "%", "approx", "")
    d.metric("占比[[近四成]]\n", "40", "%", "approx", "")
    # the byline 記者陳品妤／台北報導: no outlet named; 台北 the city filed
    # from (LINE3)
    d.city("／[[台北]]報導")
    # P1 volumes
    d.org("，[[交通部]]昨（22）日")
    # 昨（22）日: the bracketed day agrees with the word (GUIDELINES)
    d.date("交通部[[昨（22）日]]公布", "2026-11-22", "")
    d.date("統計，[[今年前10月]]國內宅配", Y, "")
    d.metric("包裹量[[約5.86億件]]，年增約8.2%", "5.86e8", "件", "approx",
             "")
    d.metric("年增[[約8.2%]]", "8.2", "%", "approx", "")
    d.date("其中[[10月]]單月", "2026-10", "")
    # Taiwan's thousands separators are read (2,463-style)
    d.metric("單月[[約6,420萬件]]", "6420e4", "件", "approx", "")
    # 雙11 a named shopping festival (precedent DA's FIXED_TAIWAN), yearless:
    # the nearest occurrence
    d.date("在[[雙11]]及年底", "2026-11-11", "")
    # 年底 in a sentence about a yearless holiday: the year that puts it
    # nearest the holiday (GUIDELINES)
    d.date("雙11及[[年底]]購物季", Y, "")
    # 今（115）年: one span (GUIDELINES); 全年 outside
    d.date("帶動下，[[今（115）年]]全年", Y, "")
    d.metric("可望[[突破7億件]]", "7e8", "件", "over", "")
    # P2 the 統一 group's carrier (旗下: two ORGs, GUIDELINES)
    d.org("\n\n[[統一超商]]旗下的統一速達")
    d.org("旗下的[[統一速達]]表示")
    d.date("表示，[[今年前3季]]營收", Y, "")
    # a marker before a currency written before the number (GUIDELINES
    # 约人民币100亿元): outside the span with the currency, approx
    d.metric("約新台幣[[138億元]]", "138e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約6%]]；", "6", "%", "approx", "")
    # 約有: the marker across 有 (precedent DB's 約有1,350名)
    d.metric("約有[[5,800名]]司機", "5800", "名", "approx", "", sep="約")
    d.metric("、[[約420個]]營業所", "420", "个", "approx", "")
    d.city("位於[[桃園]]的新轉運中心")
    d.date("已於[[9月]]啟用", "2026-09", "桃园市")
    d.metric("處理[[約45萬件]]", "45e4", "件", "approx", "桃园市")
    d.metric("提高至[[約85%]]", "85", "%", "approx", "桃园市")
    d.org("。[[統一速達]]日前宣布")
    d.date("自[[12月1日]]起", "2026-12-01", "")
    d.metric("由[[130元]]調整為", "130", "元", "exact", "")
    d.metric("調整為[[140元]]，", "140", "元", "exact", "")
    d.metric("調幅[[約7.7%]]", "7.7", "%", "approx", "")
    # P3 the other carriers
    d.org("\n\n[[新竹物流]]相關負責人指出")
    d.date("公司[[10月]]宅配量", "2026-10", "台中市")
    d.metric("年增[[約11%]]，今年已在", "11", "%", "approx", "台中市")
    d.date("，[[今年]]已在台中", Y, "台中市")
    d.city("已在[[台中]]、台南")
    d.city("台中、[[台南]]新增")
    d.metric("新增[[2座]]自動化", "2", "座", "exact", "台南市")
    d.org("；[[新竹物流]]則表示")
    # a year word before a holiday is inside the span (GUIDELINES
    # 2024年春节); 農曆年 is 春節 (GUIDELINES); 前 outside
    d.date("表示[[明年農曆年]]前", "2027-02-06", "")
    d.org("。[[東元集團]]旗下的")
    d.org("旗下的[[台灣宅配通]]則公布")
    d.date("公布，[[10月]]營收", "2026-10", "")
    d.metric("約新台幣[[5.3億元]]", "5.3e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[3.4%]]", "3.4", "%", "exact", "")
    d.date("，[[今年前10月]]營收累計", Y, "")
    d.metric("累計[[約52.6億元]]", "52.6e8", "元", "approx", "")
    d.org("。[[嘉里大榮物流]]表示，受企業")
    d.date("，[[第3季]]營收年增", "2026-Q3", "")
    d.metric("年增[[約4%]]，但", "4", "%", "approx", "")
    d.metric("仍有[[約300人]]", "300", "人", "approx", "")
    # 母公司 a role in front, outside (GUIDELINES)
    d.org("母公司[[嘉里物流聯網]]已核准")
    d.date("已核准[[明年]]在高雄", NY, "高雄市")
    d.city("在[[高雄]]擴建")
    # P4 the post
    d.org("\n\n[[中華郵政股份有限公司]]表示")
    d.date("表示，[[今年前10月]]國內包裹量", Y, "")
    d.metric("包裹量[[約1.02億件]]", "1.02e8", "件", "approx", "")
    d.metric("年增[[約5%]]，全台", "5", "%", "approx", "")
    d.metric("全台[[約1,300個]]郵局", "1300", "个", "approx", "")
    # the trade name of the registered name recurs as an ORG (GUIDELINES)
    d.org("。[[中華郵政]]並宣布")
    # a bracketed year takes the month written after it, one span
    # (GUIDELINES 明（116）年1月)
    d.date("自[[明（116）年1月1日]]起", "2027-01-01", "")
    d.metric("漲幅[[約7%]]", "7", "%", "approx", "")
    d.org("。[[中華郵政]]也指出")
    d.date("服務[[今年]]在統一超商", Y, "")
    d.org("在[[統一超商]]、全家門市")
    # 全家: the fuller name and its short form are given below (全家便利
    # 商店（全家）), so the short one counts everywhere (GUIDELINES)
    d.org("、[[全家]]門市的")
    d.metric("交寄量[[約860萬件]]", "860e4", "件", "approx", "")
    d.metric("年增[[約12%]]", "12", "%", "approx", "")
    d.metric("增至[[約4,100座]]", "4100", "座", "approx", "")
    d.date("，[[明年底]]前將", NY, "")
    d.metric("增設[[約600座]]", "600", "座", "approx", "")
    # P5 convenience stores
    d.org("，[[台灣連鎖暨加盟協會]]統計")
    d.metric("已[[超過1.36萬家]]", "1.36e4", "家", "over", "")
    d.org("其中[[統一超商]]約7,100家")
    d.metric("統一超商[[約7,100家]]", "7100", "家", "approx", "")
    d.org("、[[全家便利商店]]（全家）")
    d.org("（[[全家]]）約4,300家")
    d.metric("）[[約4,300家]]", "4300", "家", "approx", "")
    d.org("、[[萊爾富]]約1,500家")
    d.metric("萊爾富[[約1,500家]]", "1500", "家", "approx", "")
    d.org("、[[OK超商]]約750家")
    d.metric("OK超商[[約750家]]", "750", "家", "approx", "")
    d.metric("已[[近四成]]，較111年", "40", "%", "approx", "")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023)
    d.date("較[[111年]]的約三成", "2022", "")
    d.metric("的[[約三成]]明顯", "30", "%", "approx", "")
    d.org("。[[全家]]表示")
    d.date("表示，[[今年第3季]]店取", "2026-Q3", "台北市")
    d.metric("年增[[約15%]]，並", "15", "%", "approx", "台北市")
    d.date("於[[明年第1季]]在台北市", "2027-Q1", "台北市")
    d.city("在[[台北市]]、新北市新增")
    d.city("、[[新北市]]新增")
    d.metric("新增[[約200座]]", "200", "座", "approx", "新北市")
    d.org("。[[萊爾富]]指出")
    d.date("指出，[[上月]]店取", "2026-10", "")
    d.metric("包裹量[[約38萬件]]", "38e4", "件", "approx", "")
    d.date("較[[9月]]成長", "2026-09", "")
    d.metric("成長[[約6%]]，冷凍", "6", "%", "approx", "")
    d.metric("擴及[[約900家]]門市", "900", "家", "approx", "")
    d.org("；[[OK超商]]則表示")
    d.date("表示，[[明年]]將把", NY, "")
    d.metric("全台[[約90%]]門市", "90", "%", "approx", "")
    # P6 platforms
    d.org("，[[蝦皮購物]]表示")
    d.metric("已[[超過2,800家]]", "2800", "家", "over", "")
    d.date("，[[上月]]經門市", "2026-10", "")
    d.metric("占比[[約55%]]", "55", "%", "approx", "")
    d.org("。[[富邦媒體科技股份有限公司]]（")
    d.org("（[[富邦媒]]）旗下")
    # 子公司 after a parent names no body (GUIDELINES); the subsidiary by
    # its name
    d.org("子公司[[富昇物流]]指出")
    d.date("指出，[[今年]]在台南", Y, "台南市")
    d.city("在[[台南]]新設")
    d.metric("達[[約9.5萬坪]]", "9.5e4", "坪", "approx", "台南市")
    # a name's Latin form in brackets is an ORG too (GUIDELINES)
    d.org("。[[網路家庭]]（PChome）")
    d.org("（[[PChome]]）表示")
    d.org("旗下[[網家速配]]今年")
    d.date("網家速配[[今年前3季]]配送量", Y, "")
    d.metric("年增[[約4%]]。電商", "4", "%", "approx", "")
    # a name right after a kind of company (平台) and before what a
    # company does (GUIDELINES: 旧衣回收平台绿蚁表示)
    d.org("平台[[酷澎]]則表示")
    d.metric("已[[超過六成]]", "60", "%", "over", "")
    d.org("。[[富邦媒]]表示")
    d.date("表示，[[雙11]]當天", "2026-11-11", "")
    # 當天: the holiday of its sentence (GUIDELINES 母亲节当天)
    d.date("雙11[[當天]]訂單量", "2026-11-11", "")
    d.metric("年增[[約18%]]", "18", "%", "approx", "")
    d.metric("包裹[[約120萬件]]", "120e4", "件", "approx", "")
    # P7 drivers and warehouses
    d.org("\n\n人力方面，[[新竹物流]]表示")
    d.date("表示，[[今年]]已招募", Y, "")
    d.metric("招募[[約650名]]", "650", "名", "approx", "")
    d.metric("每月約新台幣[[4.2萬元]]", "4.2e4", "元", "approx", "",
             outer="約新台幣")
    d.org("；[[統一速達]]則規劃")
    d.date("規劃[[明（116）年]]再", NY, "")
    d.metric("增聘[[約400名]]", "400", "名", "approx", "")
    d.metric("導入[[約120輛]]", "120", "辆", "approx", "")
    d.org("。[[嘉里大榮物流]]指出，旗下")
    # ages are METRIC (SPEC); 約為: the marker across 為
    d.metric("約為[[46歲]]", "46", "岁", "approx", "", sep="約")
    # N年前 is a relative DATE (SPEC 两年前)
    d.date("較[[5年前]]提高", "2021", "")
    d.metric("提高[[約3歲]]", "3", "岁", "approx", "")
    d.org("，[[嘉里大榮物流]]在高雄")
    d.city("物流在[[高雄]]的新倉")
    d.date("預計[[明年第2季]]完工", "2027-Q2", "高雄市")
    d.metric("面積[[約2.8萬坪]]", "2.8e4", "坪", "approx", "高雄市")
    d.org("；[[東元集團]]也表示")
    d.org("，[[台灣宅配通]]明年")
    d.date("宅配通[[明年]]將在台中", NY, "台中市")
    d.city("在[[台中]]新設")
    d.metric("投資金額約新台幣[[12億元]]", "12e8", "元", "approx", "台中市",
             outer="約新台幣")
    # P8 rules
    d.org("，[[勞動部]]上月")
    d.date("勞動部[[上月]]針對", "2026-10", "")
    d.metric("受檢的[[36家]]業者", "36", "家", "exact", "")
    d.metric("中有[[14家]]違規", "14", "家", "exact", "")
    d.metric("罰鍰約新台幣[[420萬元]]", "420e4", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[交通部公路局]]則預告")
    d.date("，[[明年第1季]]起將放寬", "2027-Q1", "台北市")
    d.city("適用[[台北市]]、新北市及")
    d.city("、[[新北市]]及桃園市")
    d.city("及[[桃園市]]。")
    d.org("。[[交通部]]也表示")
    d.date("將於[[今年12月]]召開", "2026-12", "")
    d.org("；[[公平交易委員會]]則提醒")
    # a currency before the number stays outside (SPEC 港币50元); a range
    # is two mentions, each with its own unit
    d.metric("可處新台幣[[10萬元]]至", "10e4", "元", "exact", "")
    d.metric("至[[5,000萬元]]罰鍰", "5000e4", "元", "exact", "")
    # P9 cross-border parcels
    d.org("，[[財政部關務署]]統計")
    d.date("統計，[[今年前10月]]經快遞", Y, "上海市")
    d.metric("跨境包裹[[約1.12億件]]", "1.12e8", "件", "approx", "上海市")
    d.metric("年增[[約21%]]", "21", "%", "approx", "上海市")
    d.city("來自[[上海]]、")
    d.city("、[[深圳]]、廣州")
    d.city("、[[廣州]]的包裹")
    d.metric("合計占[[約七成]]", "70", "%", "approx", "广州市")
    d.date("預期，[[元旦]]與農曆年", "2027-01-01", "")
    d.date("與[[農曆年]]前的", "2027-02-06", "")
    # a month with no year in a sentence about yearless holidays: the year
    # that puts it nearest them (GUIDELINES)
    d.date("推升[[12月]]及明年1月", "2026-12", "")
    d.date("及[[明年1月]]包裹量", "2027-01", "")
    d.metric("成長[[約1成]]", "10", "%", "approx", "")
    # P10 the outlook
    d.org("\n\n[[台灣經濟研究院]]一位")
    d.org("，[[經濟部統計處]]資料")
    d.date("顯示，[[9月]]電子購物", "2026-09", "")
    d.metric("營業額約新台幣[[320億元]]", "320e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約9%]]；", "9", "%", "approx", "")
    d.date("預估[[116年]]國內", NY, "")
    d.metric("將達約新台幣[[620億元]]", "620e8", "元", "approx", "",
             outer="約新台幣")
    d.date("估算，[[今年]]全台", Y, "东京")
    d.metric("包裹[[約30件]]", "30", "件", "approx", "东京")
    d.city("但[[東京]]、大阪")
    d.city("、[[大阪]]等都會區")
    d.city("約為[[台北市]]的")
    d.metric("的[[1.4倍]]。", "1.4", "倍", "approx", "台北市", sep="約")
    audit = {
        "orgs": ["交通部", "統一超商", "統一速達", "新竹物流", "東元集團",
                 "台灣宅配通", "嘉里大榮物流", "嘉里物流聯網",
                 "中華郵政股份有限公司", "中華郵政", "全家",
                 "台灣連鎖暨加盟協會", "全家便利商店", "萊爾富", "OK超商",
                 "蝦皮購物", "富邦媒體科技股份有限公司", "富邦媒", "富昇物流",
                 "網路家庭", "PChome", "網家速配", "酷澎", "勞動部",
                 "交通部公路局", "公平交易委員會", "財政部關務署",
                 "台灣經濟研究院", "經濟部統計處"],
        "cities": ["台北", "桃園", "台中", "台南", "高雄", "台北市", "新北市",
                   "桃園市", "上海", "深圳", "廣州", "東京", "大阪",
                   # absent cities and counties as guards: none written
                   "新竹市", "嘉義", "基隆", "香港", "新加坡", "苗栗",
                   "彰化", "屏東"],
        "excluded": [],
        "numbers_excluded": [],
        # 一位 and 一座: the indefinite article (GUIDELINES)
        "cn_excluded": ["研究院[[一]]位", "新設[[一]]座"],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE or figure: 年增 (yearly change, outside
        # the title's and P1's rows), 單月 (x2), 單日, 每日, 每月, 每年,
        # 每人 (recurring or per head), 日前 (vague), 全年 (outside 今（115）
        # 年), 次日 (GUIDELINES: no DATE), 年貨 (New Year goods), 購物季
        # (a season without a year word), 時段, 工時 and 年齡; 明顯 and 日本
        # (明, 日 no time words)
        "words_excluded": {"年增": 13, "單月": 2, "單日": 1, "每日": 1,
                           "每月": 1, "每年": 1, "日前": 1, "全年": 1,
                           "次日": 1, "年貨": 1, "購物季": 1, "時段": 1,
                           "工時": 1, "年齡": 1, "明顯": 1, "日本": 1,
                           "同期": 0},
        # generic words outside ORG rows: 公司 (x4: 公司10月, 該公司, 子公司,
        # 母公司), 該公司, 業者 (x7, a role or kind: 業者預估, 36家業者 …);
        # the heads a cut ORG would leave outside
        "orgwords_excluded": {"公司": 4, "該公司": 1, "業者": 7,
                              "股份有限公司": 0, "研究院": 0, "委員會": 0,
                              "統計處": 0, "關務署": 0, "公路局": 0,
                              "協會": 0},
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
               ("上", "over")]     # SPEC: 上 (上千亿) is over
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕晚"   # 晚 (当晚)
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)", span)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九])([十百千])([万萬亿億]?)(\D+)",
                     span)
    if m:                       # a figure in Chinese numerals with 十/百/千
        v = Decimal(CN_DIGIT[m.group(1)] *  # (逾七千家 -> 7000; SPEC:
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # either
        if m.group(3):                      # script; from annotate_pc.py)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a Chinese digit with a bare magnitude
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种)
        assert q != "exact", span
        return Decimal({"百": 100, "千": 1000}[m.group(1)]), q, m.group(2)
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
                 r"((?:[万萬亿億]|兆(?![瓦赫]))*)([余餘多]?)", span)
    assert m, span
    v = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    for ch in m.group(3):
        v *= MAGNITUDE[ch]
    if m.group(4):
        assert q == "exact", span
        q = "over"
    unit = span[m.end():]
    if unit in ("%", "％"):
        unit = "%"
    # 个百分点 -> 百分点; 个基点 -> 基点 (GUIDELINES: basis points are a
    # unit like 百分点, 20个基点 -> 20, unit 基点)
    unit = re.sub(r"^[个個]((?:百分|基)[点點])$", r"\1", unit)
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
    """OpenCC t2s (or `config`) of each string, or None when OpenCC is not
    reachable."""
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
    (GUIDELINES; annotate_mb.py's, ported in annotate_na.py), but not for
    the city column (GUIDELINES: for the city column a headline is one
    sentence; rule_city no longer uses it, see there).  Here it counts the
    halves each title declares (TITLE_HALVES: annotate_aa.py's g341 space after 约4.6%,
    annotate_aa.py's g342 after 1萬6842家; annotate_qa.py's; annotate_za.py's g335 and
    g336 had theirs after 58次 and 創新高)."""
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
    names none"; annotate_qa.py's reading, kept: annotate_pa.py split it at
    half_break(), against that line).  annotate_aa.py's g341 title names no city, so its
    rows take none (as in annotate_za.py's pair); annotate_aa.py's g342 title names 台北市
    in its second half, so every row of it takes 台北市, its first figure
    (1萬6842家, the first half's) the first city after (annotate_sa.py's
    g293 and annotate_vb.py's g314 titles used the reading too).  Both
    bylines (本报记者 梁䶮 广州报道, 記者蕭韻芩／台北報導) stand on lines of
    their own (a line break ends a sentence), so their cities give no city
    to the body (annotate_za.py's g335 dateline, which opened its first
    paragraph, gave its 北京 to its first sentence)."""
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
        # (SPEC; check_last_year_period; new in annotate_ma.py)
        if tx.startswith(w) and tx not in ("去年同期", "上年同期"):
            assert norm[:4] == str(ref.year + k), r
    # 上年 and 前年 count like 去年 (GUIDELINES: 去年, 上年, 前年 count from
    # a non-relative period stated earlier in the same sentence, else from
    # the reference; new in annotate_na.py; kept, unused here: neither
    # article writes 上年 or 前年)
    if tx in ("上年", "前年"):
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        stated = sorted((x for x in d.rows if x["type"] == "DATE" and
                         s <= x["start"] and x["end"] <= r["start"] and
                         not re.match("[今明去上本下昨前]", x["text"]) and
                         x["text"] not in HOLIDAY),
                        key=lambda x: x["start"])
        base = int(stated[-1]["normalized"][:4]) if stated else ref.year
        assert norm == str(base - (1 if tx == "上年" else 2)), r
    # N年前 counts back from the reference year (SPEC 两年前; new in
    # annotate_ma.py)
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
        if tx.startswith(w) and before not in BASELINE:
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx in ("上月", "上月底") and before in BASELINE:
        # a baseline: the month before the last month its sentence states
        # (GUIDELINES: 10月营收…较上月 -> 09)
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        # the month a DATE of the sentence states, at month or day
        # precision (10月20日公布…与上月持平 -> 09)
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d(-\d\d)?", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"][:7].split("-"))
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
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r
    if tx in ("今天", "今日"):
        assert norm == ref.isoformat(), r
    # 今（N）日 is the reference day, 明（N）日 the day after, 昨（N）日 the
    # day before (above); the bracketed day must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2})）日", tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        assert norm == day.isoformat() and day.day == int(m.group(2)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES); but a
    day alone in brackets right after a day word whose day it repeats is
    that word's own day, whatever month the sentence named before
    (GUIDELINES: 随着圣诞及农历新年临近，…本周四（26日） -> 2026-11-26, not
    February's 26th; annotate_sa.py's addition, for its g294's
    00919於12月18日除息…，並將於本週四（26日）公告; annotate_wa.py used it
    for its g318's 明年1月16日至18日; annotate_za.py for its g335's 记者23日
    after its dateline's 11月; used here: annotate_aa.py's g342 教育部20日公布 in a sentence
    that names no month before it -> the reference month, 2026-11-20;
    check_gloss asserts a bracketed day's date as the word's, kept,
    unused)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    if d.text[r["start"] - 1:r["start"]] == "（" and \
            d.text[r["end"]:r["end"] + 1] == "）":
        word = [x for x in d.rows if x["type"] == "DATE" and
                x["end"] == r["start"] - 1 and
                re.fullmatch(r"\d{4}-\d\d-\d\d", x["normalized"]) and
                not re.search(r"\d", x["text"])]
        if word and int(word[0]["normalized"][8:]) == int(r["text"][:-1]):
            assert r["normalized"] == word[0]["normalized"], (word[0], r)
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
    m = re.search(r"(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # 双11 is a holiday, no range
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）) is its own mention and
    must carry the same date (SPEC: 今日(15日) is 今日 and 15日, both
    resolved to the same day; from annotate_vc.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)   # (annotate_pc.py)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter."""
    m = re.fullmatch(r"([上本下])季度?", r["text"])
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


def check_same(d, r):
    """当天/當天/同日/當日/当日/当晚 take the latest day-precision DATE
    before them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py; 当晚 added in annotate_na.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月",
                         "当晚", "當晚"):
        return
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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table: a
    fixed day by the article's region (GUIDELINES: Taiwan texts name
    Taiwan's days, 國慶 10-10, 教師節 09-28; the mainland's 国庆 is 10-01),
    a lunar one from the table of 正月初一 and 八月十五; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    fixed = (FIXED_TAIWAN if d.doc_id in TAIWAN else FIXED_MAINLAND)
    years = range(ref.year - 1, ref.year + 2)
    if tx in fixed:
        cands = {y: datetime.date(y, *fixed[tx]) for y in years}
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
    # the second end of a range of one year (今年1月至10月) states the year
    # (GUIDELINES: a range of months, quarters or days of one year states
    # the year, as a holiday week does; new in annotate_ka.py)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (10月, 12月31日,
    9月底, 三季度, 四季度, 第3季) is in the reference year when no year is
    stated before it in its sentence (GUIDELINES: 今年 counts from the
    reference date; a sentence that names a year or counts one (明年, 去年,
    2025年) is left to the hand value; new in annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"(\d{1,2}月(\d{1,2}日|底|份)?|\d{1,2}日|"
                        r"第?[一二三四1-4]季度?)", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[明去前后後]年|来年|來年",
                 d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r



def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; new in
    annotate_ga.py)."""
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
    四季度 -> 2026-Q4 in November 2026; annotate_oc.py's check, as
    annotate_ra.py, annotate_ta.py, annotate_ua.py and annotate_va.py kept
    it; annotate_ya.py used it for its g329's 随着元旦、春节临近，…，12月
    计划投放量… -> 2026-12; kept, unused here: neither article writes a bare
    month or quarter in a sentence with a yearless holiday: annotate_aa.py's g341 双11 and
    春节 and annotate_aa.py's g342 國慶 and 元旦 stand in sentences with no bare month).  The holiday is the first such one of the sentence; its date
    is the table's, recomputed by check_holiday()."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月(?:底|初|末|[上中下]{1,2}旬)?|"
                     r"第?([一二三四1-4])季度?", tx)
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


def check_bare_period(d, r):
    """Several months or quarters written without a year (前三季度, 前10个月,
    前10月, 前3季, 上半年) are the reference year's when no year is stated or
    counted before them in their sentence (SPEC: several months or quarters
    of a year normalize to the year; GUIDELINES: 今年 counts from the
    reference date; annotate_qc.py's check, ported: annotate_qa.py's
    check_precision asserted a year, not which)."""
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


def check_shiyi(d, r):
    """十一 is National Day (10-01) only before 黄金周, 长假, 小长假, 假期,
    期间 or 国庆, a closing quote allowed between; the number eleven
    elsewhere (GUIDELINES; annotate_qc.py's check, as annotate_ra.py kept
    it; unused here: neither article writes 十一).  A 十一 DATE row must
    stand before such a cue (the audit in check() reads every 十一 outside a
    row)."""
    if r["type"] != "DATE" or r["text"] != "十一":
        return
    after = d.text[r["end"]:r["end"] + 4].lstrip("”」’』\"'")
    assert after.startswith(SHIYI_CUES), ("十一 without a holiday cue", r)


def check_within_year(d, r):
    """年内 alone is the year the sentence is about (GUIDELINES: like 年底 and
    SPEC's 今年年内): the year of the last DATE written before it in its
    sentence, else the reference year (annotate_ra.py's check, used by
    annotate_sa.py's g293 and annotate_ua.py's g305; used here: annotate_aa.py's g341
    瑞康医药集团股份有限公司则继续收缩省外业务，年内已出售7家子公司股权,
    whose sentence states no other period: the reference year)."""
    if r["text"] not in ("年内", "年內"):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    prev = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"]),
                  key=lambda x: x["start"])
    year = prev[-1]["normalized"][:4] if prev else d.published[:4]
    assert r["normalized"] == year, ("year of 年内", r)


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底), and in annotate_ia.py
    to two parts of a month (1月中下旬)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    # (同期 after a year written in 2-3 digits, a ROC year, 114年同期, and
    # after 今年: GUIDELINES' 2019年同期, 今年同期 give the year; new in an
    # earlier line, after the mutation 114年同期 as 2025-Q3 passed the
    # 4-digit form)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首\d+[个個]月|年初|年底|年末|\d{4}年同期|(?<!\d)\d{2,3}"
                 r"[）)]?年同期|今年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    # (中下旬 and 上中旬, GUIDELINES 11月中下旬, added in annotate_ia.py)
    if re.search(r"月(上旬|中旬|下旬|中下旬|上中旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    # (a quarter's end or start, 三季度末, is the quarter: GUIDELINES
    # 第三季度末; annotate_fc.py's addition, new in this script's line)
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?(?:末|初|底)?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (annotate_ib.py)
# what may follow a 市 that starts the next word after a city (SPEC
# 杭州市级, 常州市场, 常州市区, 成都市民; annotate_dc.py's list)
SHI_NEXT = set("级級场場区區民内內外政郊")
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮", "天数", "天數")     # 天数: GUIDELINES' cue list
# a city right before these is a street, a district, a port or a station,
# no CITY (GUIDELINES: 南京路, 天津港, 广州地铁; annotate_oc.py's CITY_STOPS)
CITY_STOPS = ("机场", "機場", "国际机场", "國際機場", "地铁", "地鐵", "捷运",
              "捷運", "站", "路", "区", "區", "县", "縣", "州", "港")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause or a verb of change right after it; otherwise it is a
    duration, no METRIC (GUIDELINES; from annotate_ib.py; 天数 among the
    cues, annotate_pa.py's addition: GUIDELINES name it).  Used here:
    annotate_aa.py's g341 112天 (周转天数为112天: the cue 天数), 5天 (较去年同期缩短5天: 缩短),
    约27天 (平均回款周期已缩短至约27天: 平均, 缩短), 118天 (周转天数平均约为
    118天: 天数, 平均) and 约10天 (库存周转天数较平时增加约10天: 天数);
    annotate_za.py's g335 约45天."""
    if r["type"] != "METRIC" or r["unit"] not in TIME_UNITS:
        return
    clause = re.split("[，,。；;！？\n]", d.text[:r["start"]])[-1]
    after = d.text[r["end"]:r["end"] + 2]
    assert any(c in clause for c in STAT_CUES) or after in CHANGE_VERBS, (
        "a time figure without a statistic cue", r)


def check_collective(d, ctx, n):
    """A small count in Chinese numerals right after a list of as many items
    (、, and 和/及/与 before the last) is a collective label for the list, no
    METRIC (GUIDELINES; SPEC 两地, 五市): the declared span is that numeral,
    the clause before it ends with a list of exactly n items, each of one to
    eight characters with no digit, particle or preposition (from
    annotate_ib.py)."""
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
    METRIC); the complement of check_collective (annotate_ba.py's, as
    annotate_wa.py used it for its g318's 兩所; used here: annotate_aa.py's g341 其在合肥、
    南昌的两个物流中心, whose items hold 在 and 的, is a figure; annotate_aa.py's g341 逾两成
    and annotate_aa.py's g342 約兩成, 六成 and 約1成 stand after no 、-list in their clause,
    and the lists before annotate_aa.py's g341 四家, 三地, 三市, 两地 and annotate_aa.py's g342 兩市 open
    their clauses, NOTES_aa.md)."""
    if r["type"] != "METRIC":
        return
    tx = r["text"]
    for p, _ in QUAL_PREFIX:
        if tx.startswith(p):
            tx = tx[len(p):]
            break
    if not re.fullmatch("[一二两兩三四五六七八九十][^成折倍分之]+", tx):
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


def check_no_collective_metric(d, r):
    """A METRIC that is a small count in Chinese numerals right after a list
    of as many items (、, and 和/及/与 before the last) is the list's
    collective label, no METRIC (GUIDELINES: 隆基绿能 … 晶澳科技五家; SPEC
    两地, 五市): such a row must not be written (annotate_bc.py's check,
    ported here: annotate_ba.py let a collective written as a METRIC pass
    once its declaration was dropped)."""
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


def check_per_before(d, r):
    """A METRIC right after 每 + a measure word (每吨11.35万元) keeps 每 and
    the measure word outside its span and its unit (GUIDELINES: 每平方米16712
    元 -> unit 元); a unit with a slash denominator must be declared in
    PER_UNITS (none here), and no undeclared slash rate stands in the text
    (annotate_pb.py's check, as annotate_ra.py kept it; 公噸 and 公吨 added
    to its measure words by annotate_ua.py, for its g306's 每公噸2,950元;
    annotate_ya.py used it for its g329's 每吨 figures; annotate_za.py kept
    it for its g336's 每場 and 每年; kept here: annotate_aa.py's g342 每學期 (每學期學費中位數
    約2萬4,000元, 每學期約1萬8,500元) and 每月 (平均每月約7,200元) stand
    before figures with a measure word not in the list or with words
    between, 每 outside the span and the unit).
    The denominator ends the span but for a suffix marker after it
    (annotate_va.py's reading, for its g311's 18元/平方米左右)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
        # the denominator stands in the span too (GUIDELINES: 16712元/平方米),
        # before a suffix marker if one closes the span (18元/平方米左右)
        body = r["text"]
        for suffix, _ in QUAL_SUFFIX:
            if body.endswith(suffix):
                body = body[:-len(suffix)]
                break
        assert body.endswith(r["unit"].split("/", 1)[1]), r
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](公噸|公吨|吨|噸|筆|笔|艘|公斤|平方米|立方米|平方呎|呎|宗)"
                  "(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r


def check_line3(d, rows):
    """The third line of each article holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, an earlier annotate_aa.py's form, as
    annotate_za.py kept it): annotate_aa.py's g341 byline 本报记者 梁䶮 广州报道 is the whole
    line, naming no outlet (本报, GUIDELINES), and its 广州, the city filed
    from, is a CITY; annotate_aa.py's g342 byline 記者蕭韻芩／台北報導 is the whole line,
    naming no outlet (聯合報's form), and its 台北, the city filed from, is
    a CITY; the rows stand in the declared order and none straddles the
    line's ends (annotate_wa.py's).  annotate_za.py's opener branch (its
    g335's dateline 科技日报北京11月23日电（记者叶玙） opened the third line and
    ran on as the first paragraph: the outlet, the city and the day touch
    one another, in that order, and 电 follows the day) is kept, unused
    here (OPENER is empty)."""
    lines = d.text.split("\n")
    line3, want = LINE3[d.doc_id]
    s3 = len(lines[0]) + len(lines[1]) + 2
    if d.doc_id in OPENER:
        assert lines[1] == "" and lines[2].startswith(line3) and \
            len(lines[2]) > len(line3), (d.doc_id, lines[2][:20])
    else:
        assert lines[1] == "" and lines[3] == "" and lines[2] == line3, (
            d.doc_id, lines[2])
    e3 = s3 + len(line3)
    got = [(r["type"], r["text"]) for r in rows
           if s3 <= r["start"] and r["end"] <= e3]
    assert got == want, (d.doc_id, got)
    for r in rows:                          # no row straddles the text
        assert r["end"] <= s3 or r["start"] >= e3 or (
            s3 <= r["start"] and r["end"] <= e3), r
    if want and want[0][0] == "ORG":        # a dateline opens the line
        assert d.doc_id in OPENER, d.doc_id
        assert [typ for typ, _ in want] == ["ORG", "CITY", "DATE"], want
        mine = sorted((r for r in rows if s3 <= r["start"] and
                       r["end"] <= e3), key=lambda r: r["start"])
        assert mine[0]["start"] == s3, mine[0]
        assert all(a["end"] == b["start"] for a, b in zip(mine, mine[1:])), \
            mine
        assert d.text[mine[-1]["end"]:mine[-1]["end"] + 2] == "电（", mine
        assert line3.startswith("".join(t for _, t in want) + "电（记者"), \
            line3


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
        # two ORG rows never touch: a department or unit written right after
        # a body belongs to it (SPEC 蚂蚁金服集团银行服务部; GUIDELINES), so a
        # body cut from its department would leave two touching rows
        # (annotate_ob.py's check, ported here)
        assert not (prev["type"] == cur["type"] == "ORG" and
                    prev["end"] == cur["start"]), ("touching ORGs", prev, cur)
        # an attached 今年/明年/去年 belongs to the date after it (SPEC: the
        # span includes an attached 今年/去年, 今年4月18日): no DATE row of a
        # bare year word touches a DATE row after it (annotate_pc.py's check,
        # ported: annotate_pa.py lacked it)
        assert not (prev["type"] == cur["type"] == "DATE" and
                    prev["end"] == cur["start"] and
                    prev["text"] in ("今年", "明年", "去年")), (
            "a year word cut from its date", prev, cur)
    check_line3(d, rows)
    # each title's spaces make the declared number of halves (half_break:
    # a sentence break for dates only; TITLE_HALVES)
    title = d.text.split("\n", 1)[0]
    assert 1 + sum(half_break(d.text, i) for i in range(len(title))) == \
        TITLE_HALVES[d.doc_id], (d.doc_id, "title halves")
    # each declared no-span character (䶮 of annotate_aa.py's g341 byline, outside GBK;
    # the ／ of annotate_aa.py's g342 byline, a Big5/cp950 form) stands once, on the byline
    # (the third line), and in no span (checked per row below)
    for ch in d.no_span_chars:
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == 1, (d.doc_id, ch, places)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        lines = d.text.split("\n")
        line3 = len(lines[0]) + len(lines[1]) + 2
        for c in d.no_span_chars:       # the declared characters stand in
            assert c in lines[2], c     # the byline or dateline (the third
            # line) before every span but the title's and the declared rows
            # at the start of that line (annotate_fb.py's ASTRAL_BEFORE_BODY:
            # annotate_ua.py's g305, annotate_vb.py's g313 and annotate_wa
            # .py's g317 opened with their outlets; annotate_ya.py allowed
            # declared outlets starting the line; annotate_za.py's g335
            # dateline rows stood before its 玙; here annotate_aa.py's g341 䶮 and annotate_aa.py's g342
            # ／ stand before every row but the title's): a row before a
            # declared character is the title's or a declared row on the
            # third line ending before it (BEFORE_DECLARED holds (type,
            # text) pairs, as annotate_za.py declared them; empty here)
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                line3 <= s and e <= d.text.index(c) and
                (r["type"], tx) in BEFORE_DECLARED.get(d.doc_id, ())), r
        # an astral character of a byline stands before every row but the
        # title's and the outlet's (ASTRAL_BEFORE_BODY, annotate_sb.py's
        # reading; annotate_ua.py's per-row check, as annotate_vb.py used it
        # for its g313 and annotate_wa.py for its g317; switched off here:
        # neither article writes an astral character): a count in UTF-16
        # units runs one unit ahead of the
        # code points at every body row and agrees with them before it, and
        # a count in bytes runs ahead everywhere after the title's first
        # character
        if d.astral_before_body:
            u16 = len(d.text[:s].encode("utf-16-le")) // 2
            if e <= len(lines[0]) or (r["type"] == "ORG" and s == line3):
                assert u16 == s, r
            else:
                assert u16 == s + len(OUTSIDE_BMP[d.doc_id]) == s + 1, r
            assert len(d.text[:s].encode("gb18030")) > s or s == 0, r
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
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*(\.\d+)?[万萬亿億]?"
                    r"[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, 約新台幣221億元, GUIDELINES), must be
            # declared (outer or sep) and set the qualifier; a suffix marker
            # right after the span belongs inside it (annotate_pc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|新台幣|新台币|港币|港幣|美元|欧元|"
                          r"歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 余/餘/多 right after the number belong inside the span (SPEC
            # 1.2万余家, 400多万; annotate_pc.py's check, ported)
            assert not d.text[e:].startswith(("余", "餘", "多")), (
                "余/多 after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (annotate_kc.py, after
            # annotate_pb.py); so is 约有/約有, separated by the verb 有
            # (precedent KB's 約有152萬人; new in annotate_jb.py)
            if re.search(r"(约|約)(为|為|有)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为/约有 before", r)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py): it must
            # have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
            check_per_before(d, r)
            check_time_metric(d, r)
            check_not_collective(d, r)
            check_no_collective_metric(d, r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_last_year_period(d, r)
            check_holiday(d, r)
            check_bare_year(d, r)
            check_forward(d, r)
            check_holiday_period(d, r)
            check_precision(d, r)
            check_bare_period(d, r)
            check_shiyi(d, r)
            check_within_year(d, r)
            # a bare 前N个月 / 前N月 / 前N季 / 前三季度 (no year word attached)
            # is the calendar period only right after the noun, name, place
            # or pronoun it is about (GUIDELINES: 全市前10个月, 该行前9个月;
            # after a verb, 提前3个月, 上市前3个月, it is a duration): it never
            # opens a clause or a headline and never follows those verbs
            # (annotate_ra.py's check: the precedents rewrote clause-initial
            # ones, and so did I)
            if re.fullmatch(r"前(\d+[个個]?月|[三3一二四1-4]季度?)", tx):
                assert s > 0 and d.text[s - 1] not in (
                    HEAD_PUNCT | set("：:、（）() \n\u3000")), (
                    "前N个月 opening a clause", r)
                assert not d.text[:s].endswith(
                    ("提", "上市", "离职", "離職")), ("前N个月 after a verb", r)
            # a bare ROC year right before 來 or 以來 (112年来) reads "in the
            # last 112 years" (GUIDELINES), so such a year is written with
            # 民國 or a part of the year (民國89年以來, 113年底以來; new in
            # annotate_na.py; annotate_va.py's 民國108年以來; annotate_aa.py's g342 bare
            # 114年, 115年, 117年, 113年 and 112年 stand before 全國, 國小,
            # 國中, 有 and 的)
            if d.doc_id in TAIWAN and re.fullmatch(r"\d{2,3}年", tx):
                assert not d.text[e:].startswith(
                    ("來", "来", "以來", "以来")), ("a bare ROC year before 來", r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "ORG":
            # an ORG row holds no 旗下, 的, 、 or comma (a parent and its
            # subsidiary are two ORGs, GUIDELINES 富邦金控子公司富邦人寿;
            # precedent NC's check, ported here after the mutation 金光集团旗下
            # 博汇纸业 as one ORG passed), and a national body's name is not
            # cut after 国家/國家 or 中国/中國 (precedent NC's check: 国家统计局
            # cut to 统计局 would leave 国家 outside every row unaudited)
            # ... but for a name declared with 的 as a character of its
            # trade name (PARTICLE_CHAR_NAMES, new here, after
            # JOINER_CHAR_NAMES: annotate_aa.py's g342 吉的堡, Kid Castle), which stands as
            # often as declared and holds no other of these
            body = tx
            if tx in PARTICLE_CHAR_NAMES.get(d.doc_id, {}):
                assert d.text.count(tx) == \
                    PARTICLE_CHAR_NAMES[d.doc_id][tx], ("particle name", r)
                assert tx.count("的") == 1, r
                body = tx.replace("的", "")
            assert not re.search("旗下|的|、|，|,|子公司|屬下|属下", body), (
                "ORG across", r)     # (子公司, 屬下: annotate_zb.py's)
            # a title after a body stays outside it (SPEC: 江南农村商业银行行长
            # -> the bank; 县委书记 -> 县委): no ORG row ends with a title or a
            # spokesman (annotate_yb.py's check, as annotate_zb.py and
            # annotate_zc.py kept it; annotate_za.py lacked it, ported here
            # for annotate_aa.py's g341 …相关负责人 and annotate_aa.py's g342 none)
            assert not re.search("(署長|署长|局長|局长|司長|司长|處長|处长|"
                                 "主席|會長|会长|行長|行长|院長|院长|總裁|总裁|"
                                 "主任|書記|书记|發言人|发言人|負責人|负责人)$",
                                 tx), ("a title inside an ORG row", r)
            # a role or descriptor in front of a name stays outside it (SPEC:
            # 美国咨询公司麦肯锡 -> 麦肯锡; GUIDELINES: 零售商, 开发商, 营运商 …
            # in front are descriptors; annotate_tb.py's check as annotate_zb
            # .py kept it, which annotate_za.py lacked, ported after a
            # mutation that spanned annotate_aa.py's g341 控股股东中国医药集团有限公司 as one
            # ORG, declared along, passed every inherited check; my
            # descriptors added: 控股股东, 母公司, 母企业, 龙头, 业者 and
            # 连锁 in both scripts, annotate_aa.py's g342 兒童美語 and 公職)
            assert not re.match("上市平台|上市公司|平台|品牌|车队|車隊|"
                                "运营商|營運商|营运商|开发商|開發商|零售商|"
                                "营办商|營辦商|业主|業主|企业|企業|"
                                "航空公司|職業籃球隊|职业篮球队|籃球隊|"
                                "篮球队|控股股东|控股股東|母公司|母企业|"
                                "母企業|龙头|龍頭|业者|業者|连锁|連鎖|"
                                "兒童美語|儿童美语|公職|公职", tx), (
                "descriptor in front", r)
            # a preposition or a verb of company before a body stays outside
            # it (GUIDELINES: 会同 and 暨 before a body; one-character adverbs
            # end a name read leftwards; annotate_aa.py's g341 同浙江英特集团股份有限公司):
            # no ORG row opens with one, but a name that writes the character
            # as its own (JOINER_CHAR_NAMES; annotate_zc.py's check, ported)
            assert not re.match("会同|會同|联同|聯同|同|与|與|和|及|向|在|由|"
                                "从|從|对|對|把|被|将|將|于|於|为|為|仅|僅|却|"
                                "卻|曾|亦", tx) or \
                tx in JOINER_CHAR_NAMES.get(d.doc_id, {}), (
                "a preposition opening an ORG row", r)
            assert not d.text[max(0, s - 2):s] in ("国家", "國家", "中国",
                                                   "中國"), ("ORG cut", r)
            # an ORG right after 及/和/與/与/暨 is the next item of a list only
            # after another ORG row; otherwise the joiner stands inside one
            # body's name (GUIDELINES: 上海市文化和旅游局, 运输及物流局;
            # annotate_oc.py's check, ported here)
            if s > 0 and d.text[s - 1] in JOINERS:
                assert any(x["type"] == "ORG" and x["end"] == s - 1
                           for x in rows), ("joiner inside a name", r)
                # ... and the two rows are a declared pair of listed names
                # (LISTED_PAIRS; annotate_ra.py's)
                prev_org = [x["text"] for x in rows
                            if x["type"] == "ORG" and x["end"] == s - 1]
                assert (prev_org[0], tx) in LISTED_PAIRS.get(d.doc_id, ()), (
                    "an undeclared pair of ORGs across a joiner", r)
            # ... and a joiner inside an ORG row stands only in a name
            # declared as one body of joined fields (annotate_pb.py's
            # JOINED_NAMES, ported: annotate_pb.py's 中華民國證券投資信託暨
            # 顧問商業同業公會, GUIDELINES 台湾工具机暨零组件工业同业公会; 暨
            # read too; here annotate_aa.py's g341 中国物流与采购联合会医药物流分会 and annotate_aa.py's g342
            # 立法院教育及文化委員會 and 台中市補習教育暨品保協會 are declared;
            # annotate_ya.py's 和欣客運 was declared in
            # JOINER_CHAR_NAMES): two listed names merged into one row stop
            if re.search("[%s]" % JOINERS, tx):
                assert tx in JOINED_NAMES.get(d.doc_id, ()) or \
                    tx in JOINER_CHAR_NAMES.get(d.doc_id, {}), (
                    "a joiner inside an ORG row", r)
            # ... and a name declared with a joiner's character in its trade
            # name stands as often as declared (JOINER_CHAR_NAMES;
            # annotate_ra.py's, kept: none here)
            if tx in JOINER_CHAR_NAMES.get(d.doc_id, {}):
                assert d.text.count(tx) == \
                    JOINER_CHAR_NAMES[d.doc_id][tx], ("joiner name", r)
            # a department written right after a university belongs to it
            # (SPEC 福建师范大学行政管理学院; annotate_oc.py's check, kept
            # as annotate_wa.py used it for its g318; neither article here
            # names a university)
            if tx.endswith(("大學", "大学")):
                assert not re.match(r"[\u4e00-\u9fff]{1,8}?(學院|学院|學系|"
                                    r"学系|研究院|研究所)", d.text[e:]), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; annotate_dc.py's SHI_NEXT check, ported after
            # 无锡市 cut to 无锡 passed here)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            # ... and a 市 that starts the next word stays outside the span
            # (SPEC 常州市场 -> 常州; annotate_pc.py's check, ported)
            if tx.endswith("市"):
                assert d.text[e:e + 1] not in SHI_NEXT, ("市 inside", r)
            # a short form that is also an ordinary word (GUIDELINES' list:
            # 东方, 安宁, 合作, 日照, 黄山, 德州, 白银, 朝阳, 敦化) counts only
            # with 市 or with its own province right before it
            # (annotate_pc.py's CITY_AMBIGUOUS check, ported; none here)
            base = tx[:-1] if tx.endswith("市") else tx
            if base in CITY_AMBIGUOUS:
                assert tx.endswith("市") or d.text[:s].endswith(
                    CITY_AMBIGUOUS[base]), ("an ordinary word alone", r)
            # a city right before 机场, 地铁, 站, 路, 区, 县, 州 or 港 is no CITY
            # (GUIDELINES; annotate_oc.py's CITY_STOPS, ported here)
            assert not d.text[e:].startswith(CITY_STOPS), ("city before", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
            # a name ending with 市 that is no foreign city is a mainland or
            # Taiwan city whose short form is declared too (无锡 beside
            # 无锡市): a foreign 市-name must be declared in FOREIGN_SHI (a
            # precedent's addition: FOREIGN_SHI emptied passed before; used
            # by annotate_qa.py's 胡志明市 and annotate_ta.py's g300; none
            # here)
            if r["normalized"].endswith("市") and \
                    r["normalized"] not in FOREIGN_SHI and \
                    r["normalized"] not in TAIWAN_SHI_ONLY:
                assert any(v == r["normalized"] and not k.endswith("市")
                           for k, v in CITY_NORM.items()), r
            # 新竹市 and 嘉义市 count only with their 市 written (GUIDELINES:
            # 新竹 and 嘉义 count only as 新竹市, 嘉义市): the span ends with
            # 市, no short form of theirs is declared, and they are Taiwan's
            # (annotate_ba.py's; the set is fixed here)
            if r["normalized"] in TAIWAN_SHI_ONLY:
                assert tx.endswith("市") and d.doc_id in TAIWAN, r
                assert not any(v == r["normalized"] and not k.endswith("市")
                               for k, v in CITY_NORM.items()), r
            # a Taiwan or Hong Kong spelling of a foreign city takes the
            # mainland name (the fixed table above; new in annotate_na.py)
            if tx in TW_HK_FOREIGN:
                assert r["normalized"] == TW_HK_FOREIGN[tx], r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (annotate_qa.py's 碁 of 宏碁, after
    # annotate_ia.py's and annotate_ja.py's checks, as annotate_wa.py used
    # it for its g318's 宏碁; annotate_za.py used it for its g336's 宏碁;
    # kept, unused here: annotate_aa.py's g342 writes no character outside plain Big5)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
    # every 旬 stands inside a DATE row (11月上旬): 旬末 and 上一旬, the
    # end of a ten-day period and the period before, are left open by SPEC
    # and GUIDELINES and were rewritten (new in annotate_na.py; annotate_za
    # .py's g336 used it; neither article here writes 旬); no exclusion may
    # cover one
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

    # codes and model names (CODE_LABELS, annotate_sa.py's; none declared
    # here, the check kept): each declared label
    # stands exactly as often as declared, bounded by no letter or digit (so
    # 0050 is no part of 00500, nor A320neo of A320neos), inside no row and
    # overlapping none; the audits below then read their digits and letters
    # as excluded
    excl["codes"] = []
    for label, k in CODE_LABELS.get(d.doc_id, {}).items():
        places = [(m.start(), m.end()) for m in re.finditer(
            r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(label), d.text)]
        assert len(places) == k, (d.doc_id, label, len(places), k)
        assert d.text.count(label) == k, (d.doc_id, label, "inside a word")
        assert re.search(r"\d", label), label
        for s, e in places:
            assert not any(s < re_ and rs < e for rs, re_ in covered), (
                "a code inside a row", label)
        excl["codes"].extend(places)
    # collective labels of lists (GUIDELINES): verified, then excluded
    # (annotate_ib.py)
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]
    problems = []
    all_excl = [p for v in excl.values() for p in v]
    all_excl += word_places(audit["words_excluded"], covered)
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
    # follows it (GUIDELINES; annotate_qc.py's audit, ported with
    # check_shiyi)
    for m in re.finditer("十一", d.text):
        if not inside(m.start(), m.end(), covered):
            after = d.text[m.end():m.end() + 4].lstrip("”」’』\"'")
            if after.startswith(SHIYI_CUES):
                problems.append("十一 before a holiday cue at %d" % m.start())
    # the audited city strings: the declared ones and every CITY_NORM form
    # the article writes (new in annotate_na.py's line: a CITY row dropped
    # with its audit entry passed)
    for name in sorted(set(audit["cities"]) |
                       {k for k in CITY_NORM if k in d.text}):
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    # a magnitude character outside every row and exclusion (annotate_ob.py's
    # audit, ported here: neither the digit nor the Chinese-numeral audit
    # reads 万, 萬, 亿, 億 or 兆)
    need("[万萬亿億兆]", "magnitude", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (a precedent's addition: without it a dropped 元旦 row
    # passed)
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
    # no slash rate stands in the text but the declared ones inside their
    # rows (check_per_before; annotate_pb.py's audit, ported)
    for m in re.finditer(r"[元吨噸艘]／|[元吨噸艘]/", d.text):
        if not any(r["type"] == "METRIC" and r["start"] <= m.start() < r["end"]
                   and r["unit"] in PER_UNITS.get(d.doc_id, ())
                   for r in rows):
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
            assert s == d.text, f"{d.doc_id}: not simplified throughout"
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            elif s in NO_SHI:
                # a foreign city (or Hong Kong, Macao) keeps its common
                # Chinese name, no 市 added (a precedent's addition: 新加坡 normalized
                # 新加坡市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        # and so is every declared FOREIGN_SHI name (annotate_ba.py's)
        assert FOREIGN_SHI <= used, FOREIGN_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article is traditional as Taiwan writes it: OpenCC
        # t2s and back with s2tw gives the text again, but for the forms
        # Taiwan news writes where s2tw writes others (台/臺 and 公布/公佈
        # here, TAIWAN_FORMS; new in annotate_na.py)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2tw")
        for d, tw in zip(trad, back):
            assert len(tw) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, tw) if a != b}
            assert pairs <= TAIWAN_FORMS, (d.doc_id, pairs - TAIWAN_FORMS)
            # and every declared form occurs (annotate_hb.py's check)
            assert pairs == TAIWAN_FORMS, (d.doc_id, TAIWAN_FORMS - pairs)
        print("OpenCC s2tw round trip passed (%d traditional)" % len(trad))
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (annotate_bc.py's check,
        # ported here)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            for c, sc in zip(chars, t2s_all(chars)):
                if sc != c and len(sc) == 1 and sc not in d.text:
                    assert sc in SIMPLIFIED_ONLY, (d.doc_id, c, sc)
        print("SIMPLIFIED_ONLY covers the t2s forms (%d traditional)" %
              len(trad))
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



