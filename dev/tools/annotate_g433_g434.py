#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g433_online_education_platforms_cities and
g434_hk_private_clinics_doctors_groups (annotator PB, held-out set 74).

Adapted from the precedent set's tools/annotate_oa.py (now dev/tools/annotate_g425_g426.py) (/tmp/ho74/precedent:
a simplified mainland article stored as GB18030 with a character outside
GBK, and a traditional article stored as UTF-8 WITH a BOM; copied and the
data changed).  My pair has the same two storages, so both storage blocks
are annotate_oa.py's:
- GB18030 WITHOUT A BOM for my simplified g433 (中国教育报): annotate_oa.py's
  GB18030 block, unchanged (the declared character outside GBK, 䜩 U+4729,
  FE 81, on the byline 本报记者 韩䜩 杭州报道 only, written with its
  declared bytes; gbk, cp936 and gb2312 failing first at it; every other
  line GB2312 byte for byte; the Big5 family and the Unicode codecs failing
  or reading another text; the 本报 byline with no outlet and its CITY).
- UTF-8 WITH A BOM for my Hong Kong g434 (信報財經新聞): annotate_oa.py's
  UTF-8 BOM block (one BOM EF BB BF, stripped; utf-8-sig reads the text,
  plain utf-8 reads U+FEFF before it; no other BOM and no U+FEFF inside;
  three bytes a non-ASCII character; the legacy codecs and UTF-16 failing
  on the file, BOM included or not, or reading another text), with its
  Taiwan checks replaced by annotate_ob.py's Hong Kong ones run on a
  Big5-HKSCS rendering: every character plain Big5 and cp950 alike but the
  declared 衞 (Hong Kong's form of 卫, Big5-HKSCS 8F C0, hkscs-low, outside
  plain Big5 and cp950), which stands only inside its declared ORG rows
  (醫務衞生局, 衞生署, 深圳市衞生健康委員會, 立法會衞生事務委員會: GUIDELINES,
  Hong Kong writes 衞 and t2s keeps it); the region named at least twice;
  no byline, opener or dateline (信報 opens with the news), no 【】〔〕; the
  OpenCC t2s-then-s2hk round trip (annotate_ob.py's) in place of s2tw.
It keeps every other check of annotate_oa.py (strict decoding, offsets,
overlaps, touching ORG rows, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, the OpenCC cross-checks,
SIMPLIFIED_ONLY and TRADITIONAL_WORDS, the audits of digits, magnitudes,
Latin words, Chinese numerals, time characters, holiday words, city
strings, ORG words and ORG strings, the declared organizations, the `city`
rule against my hand value on every DATE/METRIC row, the relative dates,
去年同期, holidays by region, markers, collectives, JOINED_NAMES,
JOINER_CHAR_NAMES and LISTED_PAIRS).  Widened, none loosened: 课时/課時 join
the measure words of 每 + a measure word in check_per_before (每课时45元,
每课时60元至90元); 不高于/不高於 join the markers (GUIDELINES: 不高于 bounds a
figure, inside the span, under); a Chinese-numeral figure with 余 after it
(二十余起) is re-derived as over, as the Arabic one was; Hong Kong's fixed
holidays (聖誕) get their own table, as Taiwan's had.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (g434's BOM removed, nothing else
changed; g433 has none):

- g433 is simplified (mainland, 中国教育报, 2026-11-23, a Monday of ISO
  week 2026-W48), GB18030 without a BOM.
- g434 is traditional (Hong Kong, 信報財經新聞, 2026-11-22, a Sunday of ISO
  week 2026-W47), UTF-8 with a BOM.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s, which keeps 衞; cities with 市, Hong Kong and
  foreign cities by their common names).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho74/precedent:
README, NOTES_oa/ob/oc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g433_g434.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Re-run (from anywhere):

    python3 dev/tools/annotate_g433_g434.py
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
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
BOM8 = b"\xef\xbb\xbf"
BOM16LE = b"\xff\xfe"
BOM16BE = b"\xfe\xff"
G433 = "g433_online_education_platforms_cities"
G434 = "g434_hk_private_clinics_doctors_groups"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G433: ("gb18030", b"", False, "2026-11-23", "中国教育报"),
    G434: ("utf-8", BOM8, True, "2026-11-22", "信報財經新聞"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, kept): GB18030 without a BOM for the mainland g433
# (annotate_oa.py's GB18030 block, unchanged), UTF-8 WITH a BOM for the
# Hong Kong g434 (annotate_oa.py's UTF-8 BOM block with annotate_ob.py's
# Hong Kong checks run on a Big5-HKSCS rendering, no byline)
STORAGE_BLOCKS = ("gb18030", "utf-8")
# the codec that writes each file's bytes from the text, where it is not the
# declared one: none here (both files are written by their own codec)
STORE_CODEC = {}
# characters outside the BMP each article declares, in text order: none
OUTSIDE_BMP = {G433: [], G434: []}
# characters of the mainland GB18030 article that GBK lacks, with their
# GB18030 bytes: 䜩 (U+4729, CJK Extension A, GB18030 FE 81, the two-byte
# FE-row kind, as annotate_oa.py's 䌷 FE 72) of the reporter's made-up given
# name on the byline 本报记者 韩䜩 杭州报道, once, in no span
OUTSIDE_GB2312 = {G433: {}}
GBK_KINDS = {G433: Counter()}
OUTSIDE_GBK = {G433: {"䜩": b"\xfe\x81"}}
GB18030_KINDS = {G433: Counter({"gb18030-fe-two-byte": 1})}
# the mainland check of the region block reads the characters allowed
# outside GB2312 (annotate_ja.py's reading for a GB18030 file)
DECLARED_MAINLAND = OUTSIDE_GBK
# characters GBK writes with bytes GB2312 reads as another (a name dot):
# none here
GB_FORMS = {G433: {}}
# the byline line of the mainland article: 本报记者 + a space + the
# reporter's name + a space + the city filed from + 报道 (中国教育报 writes
# its reporters' bylines so); GUIDELINES: 本报 names no outlet, so the line
# holds no ORG row; its 杭州 is a CITY row (precedents LA-OC)
BYLINE = {G433: ("", ["本报"], "记者 ", ["韩䜩"], "杭州")}
BYLINE_ORG = {G433: False}
# articles whose declared astral character stands before every body row:
# none here (kept, switched off)
ASTRAL_BEFORE_BODY = set()
# characters of the Hong Kong article outside plain Big5, with their
# Big5-HKSCS bytes: 衞 (U+885E, 8F C0, a lead byte below A1 in HKSCS's added
# area: hkscs-low; neither plain Big5 nor cp950 holds it), Hong Kong's form
# of 卫 in the official names 醫務衞生局, 衞生署, and in 深圳市衞生健康委員會
# and 立法會衞生事務委員會 as Hong Kong's press writes them (GUIDELINES: Hong
# Kong writes 衞 for 卫 and OpenCC t2s keeps it)
OUTSIDE_BIG5 = {G434: {"衞": False}}
BIG5_CODE = {"衞": b"\x8f\xc0"}
BIG5_KINDS = {G434: Counter({"hkscs-low": 1})}
OUTSIDE_BIG5_WORD = {G434: {}}
# ... each confined to the ORG rows declared for it (annotate_qa.py's
# IN_ORG, as annotate_oa.py kept it)
IN_ORG = {G434: {"衞": ("醫務衞生局", "衞生署", "深圳市衞生健康委員會",
                        "立法會衞生事務委員會")}}
# the characters of the Hong Kong article whose plain-Big5 and cp950 codes
# differ: none (no ／, no byline)
BIG5_FORMS = {G434: {}}
# the rows allowed before the declared characters on the third line: none
BEFORE_DECLARED = {G433: set(), G434: set()}
# the third line of the mainland article and the rows it holds, exactly:
# g433's byline 本报记者 韩䜩 杭州报道 names no outlet (本报) and its 杭州
# is a CITY; g434 has no byline (its third line opens the first paragraph)
LINE3 = {G433: ("本报记者 韩䜩 杭州报道", [("CITY", "杭州")])}
# the articles whose third line opens with a dateline: none here
OPENER = set()
DATELINE = {}
# the first character of each file (after g434's BOM), with its bytes:
# g433's title opens with 在 (GB18030 D4 DA), g434's with 私 (UTF-8 E7 A7 81)
FIRST_CHAR = {G433: ("在", "在".encode("gb18030")),
              G434: ("私", "私".encode("utf-8"))}
assert FIRST_CHAR[G433][1] == b"\xd4\xda" and \
    FIRST_CHAR[G434][1] == b"\xe7\xa7\x81"
# the halves each title's spaces make (GUIDELINES): g433 two (after
# 约12%), g434 two (after 約5%)
TITLE_HALVES = {G433: 2, G434: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
# Hong Kong articles (GUIDELINES: Hong Kong bodies without a place in their
# names, 政府統計處 …, are ORGs in a text that names the region at least
# twice; annotate_ob.py's HONGKONG)
HONGKONG = {G434}
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
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
                   "拣听责递"
                   # g372's words (annotate_fa.py; their t2s forms, none
                   # written in it: 吳 of the reporter's name 吳芷涵, 燒 of
                   # 燒肉, 鍋 of 石二鍋 and 火鍋, 驕 of 青花驕, 廳 of 自助
                   # 餐廳 and 宴會廳)
                   "吴烧锅骄厅"
                   # g378's words (annotate_ga.py; their t2s forms, none
                   # written in it: 峴 of 峴港, 燦 of 燦星旅遊, 種 of 甲種
                   # 旅行社, 絡 of 熱絡, 誤 of 延誤, 邁 of 清邁)
                   "岘灿种络误迈"
                   # g384's words (annotate_ha.py's g384; their t2s forms, none
                   # written in it: 楓 of 楓康超市)
                   "枫"
                   # g390's words (annotate_ia.py; their t2s forms, none
                   # written in it: 腎 of 洗腎)
                   "肾"
                   # g396's words (annotate_ja.py; their t2s forms, none
                   # written in it: 嵐 of 50嵐, 嶼 of 萬波島嶼紅茶, 彎 of 娜路彎,
                   # 檻 of 門檻, 鎊 of 英鎊, 龜 of 龜記茗品)
                   "岚屿弯槛镑龟"
                   # g402's words (annotate_ka.py; their t2s forms, none
                   # written in it: 圍 of 範圍, 徵 of 加徵, 晉 of 晉椿,
                   # 稱 of 之稱, 絲 of 螺絲, 責 of 負責人, 錩 of 運錩鋼鐵)
                   "围征晋称丝责锠"
                   # g408's words (annotate_la.py; their t2s forms, none
                   # written in it: 隱 of 隱憂)
                   "隐"
                   # g414's words (annotate_ma.py; their t2s forms, none
                   # written in it: 佔 of 佔比, 奧 of 奧蘭多, 幾 of 幾乎, 濃
                   # of 美津濃, 鈦 of 鈦合金, 鉅 of 鉅明, 鍛 of 鍛造)
                   "占奥几浓钛巨锻"
                   # g420's words (annotate_na.py; their t2s forms, none
                   # written in it: 爺 of 老爺酒店, 賀 of 日勝生加賀屋)
                   "爷贺"
                   # g426's words (annotate_oa.py; their t2s forms, none
                   # written in it: 偽 of 摻偽, 卻 of 卻摻入, 摻 of 摻入, 殘 of
                   # 殘留, 醬 of 醬油, 雞 of 麻油雞)
                   "伪却掺残酱鸡"
                   # g434's words (annotate_pb.py; their t2s forms, none
                   # written in it: 況 of 情況; 佈 of 公佈 has the t2s form
                   # 布, a character of both scripts, left out as
                   # annotate_ob.py left it out)
                   "况")
# words the Hong Kong article writes with a character of SIMPLIFIED_ONLY,
# each with its count: 周 of 上周 (Hong Kong's press writes 上周; s2hk
# writes 週, declared in S2HK_KEPT as precedents MB-OC did), four times
TRADITIONAL_WORDS = {G434: {"上周": 4}}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes (annotate_ob.py's S2HK_KEPT): 周 of 上周
# (s2hk 週) and 戶 of 客戶 (s2hk 户)
S2HK_KEPT = {G434: {("周", "週"), ("戶", "户")}}
# Holidays the articles name, by their exact span (2025-2027).
# g433 (mainland, 2026-11-23, a Monday): 双11 2026-11-11 (在“双11”期间:
# yearless, the nearest, 12 days before; quotes and 期间 outside); 春节
# 2027-02-06 (春节前后: yearless, the nearest, 75 days after; that of 2026
# 279 days before; 前后 outside).
# g434 (Hong Kong, 2026-11-22, a Sunday): 聖誕 2026-12-25 and 農曆新年
# 2027-02-06 (聖誕及農曆新年前後: yearless, the coming ones; 前後 outside;
# GUIDELINES: 农历年 is 春节, precedent OB's 農曆新年).
HOLIDAY = {
    "双11": "2026-11-11", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "圣诞节": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
# Hong Kong's fixed days (new here: annotate_oa.py had the mainland's and
# Taiwan's tables; 國慶 is the national day, 10-01, in Hong Kong)
FIXED_HONGKONG = {"國慶": (10, 1), "元旦": (1, 1), "聖誕節": (12, 25),
                  "聖誕": (12, 25), "雙11": (11, 11)}
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
# the reference dates: g433's 2026-11-23 the Monday of ISO W48 (so its 上周
# is W47, its 昨日 2026-11-22); g434's 2026-11-22 the Sunday of W47 (its 上周
# W46, its 昨日 2026-11-21); 春节 of 2027 75 days after g433's date (that of
# 2026 279 days before), 76 days after g434's; 双11 12 days before g433's
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
assert (_SPRING[2027] - datetime.date(2026, 11, 22)).days == 76
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 11, 11)).days == 12


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
         "農曆新年": _SPRING, "农历新年": _SPRING,
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
    # g433 (2026: the prefecture-level 杭州, 宁波, 温州, 成都, 武汉, 郑州,
    # 西安, 合肥, 福州, 广州, 深圳 and the municipalities 北京, 上海, each + 市;
    # 香港 and the foreign 新加坡, 吉隆坡, 雅加达 by their common names; the
    # cities inside ORG rows (杭州 of 杭州市教育局, 招商银行杭州分行 and 杭州
    # 银行, 成都 of its two bodies, 西安, 武汉, 郑州, 北京 and 上海 of theirs,
    # 北京 of 北京华图…) hold no CITY (SPEC))
    "杭州": "杭州市", "宁波": "宁波市", "温州": "温州市", "成都": "成都市",
    "武汉": "武汉市", "郑州": "郑州市", "西安": "西安市", "合肥": "合肥市",
    "福州": "福州市", "广州": "广州市", "深圳": "深圳市", "北京": "北京市",
    "上海": "上海市", "香港": "香港", "新加坡": "新加坡", "吉隆坡": "吉隆坡",
    "雅加达": "雅加达",
    # g434 (traditional spans: 廣州, 珠海, 東莞, 深圳 + 市; 香港 and 新加坡
    # by their common names)
    "廣州": "广州市", "珠海": "珠海市", "東莞": "东莞市",
}
# cities normalized without 市: the foreign cities and Hong Kong (SPEC)
NO_SHI = {"香港", "新加坡", "吉隆坡", "雅加达"}
# foreign cities whose common Chinese name itself ends with 市: none here
# (annotate_qa.py's set, kept empty)
FOREIGN_SHI = set()
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): the
# fixed table of annotate_fa.py (none of them written here)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那",
                 "休士頓": "休斯敦"}
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
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG names that join two fields with a joiner inside one body: g433's
# 成都市发展和改革委员会 (a city's development and reform commission, two
# fields joined by 和: GUIDELINES 上海市文化和旅游局) and 教育部职业教育与成人
# 教育司 (a ministry's department named by two fields joined by 与: GUIDELINES
# 商务部对外投资和经济合作司 ends at 司 and keeps every field)
JOINED_NAMES = {G433: ("成都市发展和改革委员会", "教育部职业教育与成人教育司"),
                G434: ()}
# ORG names that write a joiner's character as a character of their trade
# name (annotate_ra.py's JOINER_CHAR_NAMES, as annotate_ob.py's 平和基金):
# g434's 養和醫院 (Yeung Wo, the hospital's own name; 和 no joiner), once
JOINER_CHAR_NAMES = {G433: {}, G434: {"養和醫院": 1}}
# ORG names that write the particle 的 as a character of their trade name:
# none here
PARTICLE_CHAR_NAMES = {G433: {}, G434: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body)
LISTED_PAIRS = {G433: (("高途集团", "作业帮"),
                       ("浙江大学教育学院", "华东师范大学")),
                G434: (("友邦香港", "保柏"),
                       ("養和醫院", "港怡醫院"),
                       ("香港中文大學", "香港大學"))}
# rates with a slash denominator the articles write: none (每课时, 每次,
# 每呎 stand before the figures, outside them)
PER_UNITS = {G433: (), G434: ()}
# codes that hold digits: none
CODE_LABELS = {G433: {}, G434: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again; t2s keeps 衞)
ORG_NORM = {
    "醫務衞生局": "医务衞生局",
    "衞生署": "衞生署",
    "香港醫學專科學院": "香港医学专科学院",
    "香港大學深圳醫院": "香港大学深圳医院",
    "香港中醫藥管理委員會": "香港中医药管理委员会",
    "醫思健康": "医思健康",
    "卓健醫療": "卓健医疗",
    "康健國際醫療集團有限公司": "康健国际医疗集团有限公司",
    "康健國際": "康健国际",
    "聯合醫務集團有限公司": "联合医务集团有限公司",
    "保柏": "保柏",
    "保險業監管局": "保险业监管局",
    "保監局": "保监局",
    "友邦香港": "友邦香港",
    "香港醫務委員會": "香港医务委员会",
    "醫委會": "医委会",
    "香港醫學會": "香港医学会",
    "醫學會": "医学会",
    "香港牙醫學會": "香港牙医学会",
    "仲量聯行": "仲量联行",
    "養和醫院": "养和医院",
    "港怡醫院": "港怡医院",
    "明德國際醫院": "明德国际医院",
    "香港私家醫院聯會": "香港私家医院联会",
    "醫院管理局": "医院管理局",
    "醫管局": "医管局",
    "消費者委員會": "消费者委员会",
    "消委會": "消委会",
    "政府統計處": "政府统计处",
    "深圳市衞生健康委員會": "深圳市衞生健康委员会",
    "立法會衞生事務委員會": "立法会衞生事务委员会",
    "香港中文大學": "香港中文大学",
    "香港大學": "香港大学",
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
        # (the file's bytes are written by STORE_CODEC where declared:
        # g390's cp950, whose ／ plain Big5 reads alike; new here)
        assert self.text.encode(STORE_CODEC.get(doc_id, enc)) == raw, \
            f"{doc_id}: {enc} round trip"
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
            ch.encode(STORE_CODEC.get(doc_id, enc)), (doc_id, "first character")
        lines = self.text.split("\n")
        if enc == "gb18030":    # GB18030 WITHOUT A BOM, THE SIMPLIFIED
            # MAINLAND ARTICLE (annotate_zb.py's block for its g337, itself
            # annotate_yb.py's, annotate_wa.py's, annotate_vb.py's,
            # annotate_ua.py's and annotate_tb.py's after annotate_ob.py's and
            # annotate_nc.py's, with its declared characters on the byline on
            # the third line; its byline part is annotate_zb.py's, for a 本报
            # 记者 byline with the city filed from): the declared characters
            # are the only ones GBK lacks, each written with its declared
            # GB18030 bytes at its own place; the declared GB forms
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
                    # character GBK left to a private-use code: here 䶮 FE
                    # 9F = U+4DAE, CJK Extension A, as annotate_ob.py's and
                    # annotate_tb.py's; annotate_yb.py's 䜣 FE 80): one BMP
                    # code point, one UTF-16 unit, two bytes like any GB2312
                    # character, so a count in bytes does not move either
                    assert code[0] == 0xFE and 0x40 <= code[1] <= 0xFE and \
                        code[1] != 0x7F, c
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
                    assert len(c.encode("utf-16-le")) == 2, c
                    kinds["gb18030-fe-two-byte"] += 1
                else:
                    # a four-byte code (byte 1 and 3 from 81-FE, byte 2 and 4
                    # digits 30-39; kept, unused here)
                    assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                        0x30 <= code[1] <= 0x39 and \
                        0x81 <= code[2] <= 0xFE and \
                        0x30 <= code[3] <= 0x39, c
                    if code[0] >= 0x90:
                        # from 90 30 81 30 on, a character outside the BMP
                        # (annotate_wa.py's 𫖮 98 38 F5 36 = U+2B5AE,
                        # Extension C): one code point, two UTF-16 units
                        assert ord(c) > 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 4, c
                        kinds["gb18030-four-byte-astral"] += 1
                    else:
                        # 81-84: a character inside the BMP that GBK lacks
                        # (annotate_zb.py's 䂮 82 32 B8 30 = U+40AE): one
                        # code point, one UTF-16 unit, four bytes
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
            # declared ones (annotate_nc.py's length check, by declaration;
            # here none: 䶮 is two bytes too), so the file is the text's
            # length plus one byte per non-ASCII character
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
            # not elsewhere), and so does gb2312 (the file holds no other
            # character outside GB2312; annotate_zb.py's)
            first = min(self.text.index(c) for c in outside)
            first_byte = len(self.text[:first].encode(enc))
            for narrow in ("gbk", "cp936", "gb2312"):
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
            # a converter to GB2312 or GBK fails first at the same
            # character (the text's offset; the encoders' measure)
            for narrow in ("gbk", "gb2312"):
                try:
                    self.text.encode(narrow)
                    raise AssertionError((doc_id, narrow, "encodes"))
                except UnicodeEncodeError as ex:
                    assert ex.start == first, (doc_id, narrow, ex.start)
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
            # the byline line (annotate_ca.py's byline block): the outlet +
            # 记者 + a space, the reporter's name, a space, the city filed
            # from and 报道 (g359: 本报记者 韩喆 郑州报道); GUIDELINES: 本报
            # names no outlet, so the line holds no ORG row; the city filed
            # from is a CITY row (LINE3, checked in check_line3); the
            # declared character stands in the reporter's name
            prefix, outlets, role, names, bcity = BYLINE[doc_id]
            outlet = "·".join(outlets)
            is_org = BYLINE_ORG.get(doc_id, True)
            tail = (" " + bcity + "报道") if bcity else ""
            assert lines[2] == prefix + outlet + role + " ".join(names) + \
                tail, (doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlets[0].endswith(("报", "报道")) and \
                role.startswith("记者")
            assert not bcity or bcity in CITY_NORM, bcity
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            for c in outside:
                assert sum(c in n for n in names) == 1, c
            want = ([("ORG", outlet)] if is_org else []) + (
                [("CITY", bcity)] if bcity else [])
            assert LINE3[doc_id] == (lines[2], want), (doc_id, LINE3[doc_id])
            # annotate_ab.py's byline tuple, which check() reads: each
            # outlet's place on the line and the city filed from at its
            # place before 报道
            line_start = len(lines[0]) + 1 + len(lines[1]) + 1
            starts, k = [], line_start + len(prefix)
            for o in outlets:
                starts.append((o, k))
                k += len(o) + 1
            city_at = ((bcity, line_start + len(lines[2]) - len(bcity) - 2)
                       if bcity else None)
            self.byline = (starts, is_org, line_start, len(lines[2]),
                           city_at)
            assert doc_id not in OPENER, doc_id
            assert lines[1] == lines[3] == "", doc_id
            assert not any(x.startswith(("【", "〔", "■")) for x in lines), \
                doc_id
        elif enc == "utf-8":    # UTF-8 WITH A BOM, THE TRADITIONAL HONG KONG
            # ARTICLE (annotate_oa.py's UTF-8 BOM block, written there for a
            # Taiwan article, with annotate_ob.py's Hong Kong checks in place
            # of its Taiwan ones, run on a Big5-HKSCS rendering: every
            # character plain Big5 and cp950 alike but the declared 衞, the
            # region named, no byline): the file opens with EF BB BF once,
            # the text decoded after it; utf-8-sig reads the text, plain
            # utf-8 reads U+FEFF before it; no other BOM and no U+FEFF inside
            # the text
            assert bom == BOM8 and full[:3] == BOM8 and full[3:] == raw, \
                doc_id
            assert not raw.startswith((BOM8, BOM16LE, BOM16BE)), doc_id
            assert not full.startswith((BOM16LE, BOM16BE)), doc_id
            assert BOM8 not in raw and "\ufeff" not in self.text, doc_id
            assert STORE_CODEC.get(doc_id) is None, doc_id
            assert self.traditional, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert raw.decode("utf-8") == raw.decode("utf-8-sig") == \
                self.text, doc_id
            assert raw[:3] == code and len(code) == 3, doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation; no four-byte character), walked
            # character by character
            pos = 0
            for c in self.text:
                b = c.encode("utf-8")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 3), (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert len(raw) > len(self.text) + 3000, doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the legacy codecs and UTF-16 fail on the file (BOM included
            # or not) or read another text; no NUL byte
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le", "utf-16-be"):
                for blob in (full, raw):
                    assert not decodes(blob, other) or \
                        blob.decode(other) != self.text, (doc_id, other)
            assert b"\x00" not in full, doc_id
            # a Hong Kong text written in UTF-8 (annotate_ob.py's Hong Kong
            # block, run on a Big5-HKSCS rendering): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5
            # (衞, 8F C0: a lead byte below A1, HKSCS's added area, which
            # neither plain Big5 nor cp950 reads), each inside or outside
            # cp950 as declared
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(decl), (doc_id, outside)
            assert outside, f"{doc_id}: declare the character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            kinds = Counter()
            for c in outside:
                assert enc_ok(c, "cp950") == decl[c], c
                hk = c.encode("big5hkscs")
                assert hk == BIG5_CODE[c] and len(hk) == 2, c
                assert hk.decode("big5hkscs") == c, c
                assert not decodes(hk, "big5"), c
                assert not decl[c] and not decodes(hk, "cp950"), c
                assert hk[0] < 0xA1, c
                kinds["hkscs-low"] += 1
            assert kinds == BIG5_KINDS[doc_id], kinds
            # no character whose plain-Big5 and cp950 codes differ (none
            # declared: BIG5_FORMS is empty), and every other non-ASCII
            # character is two bytes of plain Big5 with lead byte A1-F9,
            # cp950 alike
            forms = BIG5_FORMS[doc_id]
            assert not forms, doc_id
            for c in self.text:
                if ord(c) > 0x7F and c not in decl:
                    b = c.encode("cp950")
                    assert len(b) == 2 and 0xA1 <= b[0] <= 0xF9, (doc_id, c)
                    assert b == c.encode("big5"), (doc_id, c)
            # every line without a declared character is plain Big5 and
            # cp950 alike (annotate_ob.py's line check)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            lines = self.text.split("\n")
            self.no_span_chars = []
            # the declared characters stand only inside their declared ORG
            # rows (IN_ORG; checked by position in check())
            self.in_org_span = IN_ORG[doc_id]
            assert sorted(self.in_org_span) == outside, doc_id
            for c, names in self.in_org_span.items():
                assert names and all(c in n and n in self.text
                                     for n in names), (doc_id, c, names)
            assert not OUTSIDE_BIG5_WORD[doc_id], doc_id
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert not self.astral_before_body, doc_id
            # no byline, opener or dateline (信報 opens with the news;
            # annotate_ob.py's check for its 東方日報): the title, a blank
            # line, then the paragraphs; no 【】 or 〔〕 anywhere, no ／
            assert doc_id not in OPENER and doc_id not in BYLINE and \
                doc_id not in LINE3 and doc_id not in DATELINE, doc_id
            assert lines[1] == "" and lines[2] and not lines[3], doc_id
            assert not any(b in self.text for b in "【】〔〕／"), doc_id
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 政府統計處 …, stand alone as ORGs;
            # annotate_ob.py's check), and more often than Macao
            assert doc_id in HONGKONG, doc_id
            assert sum(self.text.count(w) for w in
                       REGION_NAMES["hongkong"]) >= 2, doc_id
            assert sum(self.text.count(w) for w in
                       REGION_NAMES["hongkong"]) > sum(
                self.text.count(w) for w in REGION_NAMES["macao"]), doc_id
        else:
            raise AssertionError((doc_id, "no storage block for", enc))
        # a traditional article declares its region, Hong Kong here, and a
        # simplified one is mainland (annotate_lb.py's region check, after
        # annotate_ec.py; annotate_ob.py's form with HONGKONG)
        assert self.traditional == (doc_id in TAIWAN or
                                    doc_id in HONGKONG), (doc_id, "region")
        assert not (TAIWAN & HONGKONG), "one region per article"
        if self.traditional:    # a Hong Kong text: every character plain
            # Big5 but the declared ones, and Big5-HKSCS throughout; the
            # declared ones none of cp950's
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id].get(c, True)
                       for c in self.text), doc_id
        else:
            # a mainland text: every character is GB18030, and GB2312 but
            # the declared ones and the declared GB forms (annotate_wb.py's
            # mainland check, read here on OUTSIDE_GBK as annotate_zb.py
            # read it; annotate_za.py read its DECLARED_MAINLAND)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GB2312.get(
                doc_id, {}) or c in GB_FORMS.get(doc_id, {}) or
                c in OUTSIDE_GBK.get(doc_id, {})
                for c in self.text), doc_id
            # (annotate_fa.py: the GB18030 article's declared characters
            # outside GBK join the allowed ones, as annotate_ec.py's
            # DECLARED_MAINLAND did; GB2312 and GBK declarations stay empty)
            # (annotate_ha.py: the GBK article declared one character
            # outside GB2312, 玥 of the byline; annotate_ia.py: the UTF-8
            # article declares none, GB forms stay empty)
            # (annotate_la.py: the GBK article declares exactly one
            # character outside GB2312, 堃 of the byline, as annotate_kb.py's
            # g403 declared 喆; GB forms stay empty)
            # (annotate_ma.py: the UTF-8 article declares none)
            assert sorted(OUTSIDE_GB2312.get(doc_id, {})) == [] and \
                not GB_FORMS.get(doc_id), doc_id
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
# g433 Online education, November 2026: the private education association's
# report (昨日, 今年前10个月, 去年同期, 上半年, 10月, 明年一季度); 杭州 (the
# bureau 今年; 招商银行杭州分行、杭州银行; 浙江省民办教育协会 上周, 杭州、宁波、
# 温州三市; 年初); cities (北京、上海、杭州、成都和武汉五城; 成都市教育局 今年
# 前10个月; 西安市教育局 10月); listed groups (好未来 上周, 第三季度; 新东方
# 前三季度; 网易有道 上月; 高途集团和作业帮 本月); vocational training (中公
# 教育 前三季度; 华图教育 今年, 成都、武汉、郑州、西安等城市; 传智教育 去年;
# 粉笔 香港, 前三季度; 达内教育 广州、深圳两地); price rules (成都市发改委 10
# 月; 武汉市教育局 上月; 郑州市教育局; 北京市教委 11月12日, 今年; 上海市教委
# 上周, 去年); platforms (科大讯飞 合肥 双11, 北京、上海和深圳; 网龙 福州, 新
# 加坡、吉隆坡和雅加达, 去年底; 学堂在线 今年); research (浙江大学教育学院与
# 华东师范大学 上月; 教育部职成司 明年); the outlook (协会 今年, 明年; 春节, 12
# 月; 中国教育科学研究院 明年3月).
# Simplified, GB18030 WITHOUT a BOM, 2026-11-23 (a Monday, ISO week
# 2026-W48), 中国教育报.
# ===========================================================================
@doc
def g433():
    d = Doc(G433)
    Y, NY, LY = "2026", "2027", "2025"
    HZ, NB, WZ, CD, WH, ZZ, XA = ("杭州市", "宁波市", "温州市", "成都市",
                                  "武汉市", "郑州市", "西安市")
    HF, FZ, GZ, SZ, BJ, SH = ("合肥市", "福州市", "广州市", "深圳市",
                              "北京市", "上海市")
    HK, SG, KL, JKT = "香港", "新加坡", "吉隆坡", "雅加达"
    # title (two halves split by the space after 约12%; 杭州 in the second
    # half gives its city to the whole headline, GUIDELINES)
    d.date("平台[[前10个月]]付费", Y, HZ)
    d.metric("用户增[[约12%]] ", 12, "%", "approx", HZ)
    d.city("% [[杭州]]职业")
    d.metric("回落至[[1280元]]\n", 1280, "元", "exact", HZ)
    # byline: 本报 names no outlet; 杭州 the city filed from
    d.city("韩䜩 [[杭州]]报道")
    # P1 the association's report
    d.org("\n[[中国民办教育协会]]昨日")
    d.date("协会[[昨日]]发布", "2026-11-22", "")
    d.date("显示，[[今年前10个月]]，全国", Y, "")
    d.metric("付费用户约为[[1.46亿人]]", 146000000, "人", "approx", "",
             sep="约")
    d.metric("同比增长[[约12%]]，平台", 12, "%", "approx", "")
    d.metric("合计[[2860亿元]]", 286000000000, "元", "exact", "")
    d.date("较[[去年同期]]增长", LY, "")
    d.metric("增长[[9.8%]]", "9.8", "%", "exact", "")
    d.metric("升至[[41.5%]]", "41.5", "%", "exact", "")
    d.date("较[[上半年]]提高", Y, "")
    d.metric("提高[[1.7个百分点]]", "1.7", "百分点", "exact", "")
    d.date("表示，[[10月]]以来", "2026-10", "")
    d.metric("，[[超过六成]]的受访", 60, "%", "over", "")
    d.date("在[[明年一季度]]增加", "2027-Q1", "")
    # P2 杭州
    d.city("\n[[杭州]]是在线")
    d.org("。[[杭州市教育局]]相关")
    d.date("全市[[今年]]新增", Y, "")
    d.metric("培训机构[[17家]]", 17, "家", "exact", "")
    d.metric("累计达到[[128家]]", 128, "家", "exact", "")
    d.org("由[[招商银行杭州分行]]、")
    d.org("、[[杭州银行]]等")
    d.metric("等[[8家]]机构", 8, "家", "exact", "")
    d.metric("余额约为[[4.6亿元]]", 460000000, "元", "approx", "", sep="约")
    d.org("。[[浙江省民办教育协会]]上周")
    d.date("协会[[上周]]发布的报告", "2026-W47", HZ)
    d.city("显示，[[杭州]]、宁波")
    d.city("、[[宁波]]、温州")
    d.city("、[[温州]]三市")
    d.metric("合计[[超过85万人]]", 850000, "人", "over", WZ)
    d.city("其中[[杭州]]约占")
    d.metric("约占[[五成]]", 50, "%", "approx", HZ, sep="约")
    d.city("测算，[[杭州]]职业")
    d.date("由[[年初]]的", Y, HZ)
    d.metric("年初的[[1450元]]", 1450, "元", "exact", HZ)
    d.metric("回落至[[1280元]]。", 1280, "元", "exact", HZ)
    # P3 cities
    d.city("看，[[北京]]、上海")
    d.city("、[[上海]]、杭州")
    d.city("、[[杭州]]、成都")
    d.city("、[[成都]]和武汉")
    d.city("和[[武汉]]五城")
    d.metric("全国的[[三成]]", 30, "%", "approx", WH, sep="约")
    d.org("。[[成都市教育局]]数据")
    d.city("显示，[[成都]]今年")
    d.date("成都[[今年前10个月]]在线", Y, CD)
    d.metric("报名约为[[62万人次]]", 620000, "人次", "approx", CD, sep="约")
    d.metric("增长[[21.3%]]", "21.3", "%", "exact", CD)
    d.org("；[[西安市教育局]]表示")
    d.city("表示，[[西安]]10月")
    d.date("西安[[10月]]新增", "2026-10", XA)
    d.metric("备案机构[[9家]]", 9, "家", "exact", XA)
    d.metric("升至[[74家]]", 74, "家", "exact", XA)
    # P4 listed groups
    d.org("。[[好未来教育集团]]（")
    d.org("简称“[[好未来]]”）")
    d.date("”）[[上周]]发布的业绩", "2026-W47", "")
    d.date("公司[[第三季度]]净收入", "2026-Q3", "")
    d.metric("净收入为[[8.6亿美元]]", 860000000, "美元", "exact", "")
    d.metric("增长[[约37%]]", 37, "%", "approx", "")
    d.metric("占比[[近三成]]", 30, "%", "approx", "")
    d.org("。[[新东方教育科技集团]]（")
    d.org("简称“[[新东方]]”）")
    d.date("课程[[前三季度]]报名", Y, "")
    d.metric("报名[[超过230万人次]]", 2300000, "人次", "over", "")
    d.metric("每课时[[60元]]至", 60, "元", "exact", "")
    d.metric("至[[90元]]。", 90, "元", "exact", "")
    d.org("。[[网易]]旗下")
    d.org("的[[网易有道]]上月")
    d.date("有道[[上月]]推出", "2026-10", "")
    d.metric("达到[[520万]]", 5200000, "", "exact", "")
    d.metric("转化率为[[7.4%]]", "7.4", "%", "exact", "")
    d.org("。[[高途集团]]和")
    d.org("和[[作业帮]]本月")
    d.date("作业帮[[本月]]下调", "2026-11", "")
    d.metric("降幅在[[10%]]至", 10, "%", "exact", "")
    d.metric("至[[15%]]之间", 15, "%", "exact", "")
    # P5 vocational training
    d.org("。[[中公教育科技股份有限公司]]（")
    d.org("简称“[[中公教育]]”）")
    d.date("公司[[前三季度]]线上", Y, "")
    d.metric("收入约为[[12.8亿元]]", 1280000000, "元", "approx", "",
             sep="约")
    d.metric("增长[[16.2%]]", "16.2", "%", "exact", "")
    d.metric("首次[[超过一半]]", 50, "%", "over", "")
    d.org("。[[北京华图宏阳教育文化发展股份有限公司]]（")
    d.org("简称“[[华图教育]]”）")
    d.date("”）[[今年]]在成都", Y, CD)
    d.city("在[[成都]]、武汉")
    d.city("、[[武汉]]、郑州")
    d.city("、[[郑州]]、西安")
    d.city("、[[西安]]等城市")
    d.metric("容纳[[200名]]", 200, "名", "exact", XA)
    d.org("。[[江苏传智播客教育科技股份有限公司]]（")
    d.org("简称“[[传智教育]]”）")
    d.metric("缴费[[约1.2万元]]", 12000, "元", "approx", "")
    d.date("较[[去年]]下降约8%", LY, "")
    d.metric("下降[[约8%]]。", 8, "%", "approx", "")
    d.city("在[[香港]]上市")
    d.org("的[[粉笔有限公司]]前三季度")
    d.date("有限公司[[前三季度]]付费", Y, HK)
    d.metric("学员为[[310万人]]", 3100000, "人", "exact", HK)
    d.metric("续费率达到[[43%]]", 43, "%", "exact", HK)
    d.org("。[[达内时代科技集团有限公司]]（")
    d.org("简称“[[达内教育]]”）")
    d.city("表示，[[广州]]、深圳")
    d.city("、[[深圳]]两地")
    d.metric("增长[[约25%]]", 25, "%", "approx", SZ)
    d.metric("约有[[40名]]学员", 40, "名", "approx", SZ, sep="约")
    # P6 price rules
    d.org("。[[成都市发展和改革委员会]]10月")
    d.date("委员会[[10月]]发布", "2026-10", "")
    d.metric("每课时[[45元]]", 45, "元", "exact", "")
    d.metric("低[[约三成]]", 30, "%", "approx", "")
    d.org("。[[武汉市教育局]]上月")
    d.date("教育局[[上月]]对全市", "2026-10", "")
    d.metric("全市[[46家]]", 46, "家", "exact", "")
    d.metric("其中[[3家]]", 3, "家", "exact", "")
    d.metric("共计[[27.5万元]]", 275000, "元", "exact", "")
    d.org("。[[郑州市教育局]]则")
    d.metric("金额[[不高于5000元]]", 5000, "元", "under", "")
    d.org("。[[北京市教育委员会]]11月")
    d.date("委员会[[11月12日]]通报", "2026-11-12", "")
    d.date("通报，[[今年]]已查处", Y, "")
    d.metric("培训[[二十余起]]", 20, "起", "over", "")
    d.org("。[[上海市教育委员会]]上周")
    d.date("委员会[[上周]]公布", "2026-W47", "")
    d.metric("提升至[[96.5%]]", "96.5", "%", "exact", "")
    d.date("较[[去年]]提高", LY, "")
    d.metric("提高[[约11个百分点]]", 11, "百分点", "approx", "")
    # P7 platforms and tech companies
    d.city("。[[合肥]]的")
    d.org("的[[科大讯飞股份有限公司]]（")
    d.org("简称“[[科大讯飞]]”）")
    d.date("“[[双11]]”期间", "2026-11-11", HF)
    d.metric("增长[[约45%]]", 45, "%", "approx", HF)
    d.city("在[[北京]]、上海和")
    d.city("、[[上海]]和深圳")
    d.city("和[[深圳]]的销量")
    d.metric("达到[[38%]]", 38, "%", "exact", SZ)
    d.city("。[[福州]]的")
    d.org("的[[网龙网络控股有限公司]]（")
    d.org("简称“[[网龙]]”）")
    d.org("表示，[[网龙]]海外")
    d.city("在[[新加坡]]、")
    d.city("、[[吉隆坡]]和")
    d.city("和[[雅加达]]的")
    d.metric("教师[[超过1.5万名]]", 15000, "名", "over", JKT)
    d.date("较[[去年底]]增加", LY, JKT)
    d.metric("增加[[约4000名]]", 4000, "名", "approx", JKT)
    d.org("。[[学堂在线]]相关")
    d.date("平台[[今年]]新上线", Y, "")
    d.metric("课程[[320门]]", 320, "门", "exact", "")
    d.metric("人数约为[[96万人次]]", 960000, "人次", "approx", "", sep="约")
    # P8 research and the ministry
    d.org("\n[[浙江大学教育学院]]与")
    d.org("与[[华东师范大学]]上月")
    d.date("大学[[上月]]联合", "2026-10", "")
    d.metric("受访的[[6200名]]", 6200, "名", "exact", "")
    d.metric("中，[[约58%]]", 58, "%", "approx", "")
    d.metric("，[[近四成]]希望", 40, "%", "approx", "")
    d.org("。[[教育部职业教育与成人教育司]]相关")
    d.date("表示，[[明年]]将推动", NY, "")
    # P9 the outlook
    d.org("\n[[中国民办教育协会]]预计")
    d.date("预计，[[今年]]在线", Y, "")
    d.metric("有望[[突破3400亿元]]", 340000000000, "元", "over", "")
    d.date("，[[明年]]增速", NY, "")
    d.metric("保持在[[8%左右]]", 8, "%", "approx", "")
    d.date("，[[春节]]前后", "2027-02-06", "")
    d.date("在[[12月]]推出", "2026-12", "")
    d.metric("低至[[7折]]", 70, "%", "exact", "")
    d.org("。[[中国教育科学研究院]]的")
    d.metric("控制在[[3000元以内]]", 3000, "元", "under", "")
    d.date("在[[明年3月]]前", "2027-03", "")
    audit = {
        "orgs": ["中国民办教育协会", "杭州市教育局", "招商银行杭州分行",
                 "杭州银行", "浙江省民办教育协会", "成都市教育局",
                 "西安市教育局", "好未来教育集团", "好未来",
                 "新东方教育科技集团", "新东方", "网易", "网易有道",
                 "高途集团", "作业帮", "中公教育科技股份有限公司", "中公教育",
                 "北京华图宏阳教育文化发展股份有限公司", "华图教育",
                 "江苏传智播客教育科技股份有限公司", "传智教育",
                 "粉笔有限公司", "达内时代科技集团有限公司", "达内教育",
                 "成都市发展和改革委员会", "武汉市教育局", "郑州市教育局",
                 "北京市教育委员会", "上海市教育委员会",
                 "科大讯飞股份有限公司", "科大讯飞", "网龙网络控股有限公司",
                 "网龙", "学堂在线", "浙江大学教育学院", "华东师范大学",
                 "教育部职业教育与成人教育司", "中国教育科学研究院"],
        # cities, and guards (杭州, 成都, 西安, 武汉, 郑州, 北京, 上海 also
        # stand inside ORG rows)
        "cities": ["杭州", "宁波", "温州", "北京", "上海", "成都", "武汉",
                   "郑州", "西安", "合肥", "福州", "广州", "深圳", "香港",
                   "新加坡", "吉隆坡", "雅加达"],
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        # 杭州、宁波、温州三市, 北京、上海、杭州、成都和武汉五城, 广州、深圳两地:
        # collective labels (SPEC 两地, 五市)
        "collectives": [("温州[[三]]市", 3), ("武汉[[五]]城", 5),
                        ("深圳[[两]]地", 2)],
        "latin_excluded": [],
        # words that are no DATE or figure: 一位 (an analyst), 之一 (one of
        # the cities)
        "words_excluded": {"一位": 1, "之一": 1},
        # generic words outside ORG rows: 公司 (back-references), 协会 (the
        # association read back)
        "orgwords_excluded": {"公司": 3, "协会": 1},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g434 Private clinics, November 2026: the health bureau's figures (昨日,
# 今年首十個月); the department of health (10月底, 去年同期; 上周, 今年首三季,
# 香港大學深圳醫院, 去年; 明年第一季, 廣州、珠海及東莞三市; 10月底, 去年底);
# medical groups (醫思健康 上周, 今年首十個月, 明年上半年, 深圳及廣州; 卓健醫療
# 本月, 今年; 康健國際 今年, 第三季; 聯合醫務 上月, 保柏); insurance (保監局
# 今年首三季, 第三季; 友邦香港及保柏); the medical council and association
# (醫委會 上月, 今年; 醫學會 上周, 明年; 牙醫學會 兩年前); rents (仲量聯行
# 第三季); private hospitals (養和及港怡 本月; 明德 明年1月; 私家醫院聯會 今年
# 首三季; 醫管局 今年首十個月); the consumer council (上月, 2024年); 政府統計處
# (第三季); cross-border (深圳市衞健委 上周, 今年首十個月, 新加坡; 立法會 12月
# 14日); the outlook (聖誕, 農曆新年; 明年).
# Traditional (Hong Kong), UTF-8 WITH a BOM, 2026-11-22 (a Sunday, ISO week
# 2026-W47), 信報財經新聞.
# ===========================================================================
@doc
def g434():
    d = Doc(G434)
    Y, NY, LY = "2026", "2027", "2025"
    GZ, ZH, DG, SZ, HK, SG = ("广州市", "珠海市", "东莞市", "深圳市", "香港",
                              "新加坡")
    # title (two halves split by the space after 約5%; no city)
    d.date("診所[[首十個月]]求診", Y, "")
    d.metric("按年增[[約5%]] ", 5, "%", "approx", "")
    d.metric("升至[[450元]]\n", 450, "元", "exact", "")
    # P1 the health bureau and the department of health
    d.org("\n[[醫務衞生局]]昨日")
    d.date("衞生局[[昨日]]公佈", "2026-11-21", "")
    d.date("顯示，[[今年首十個月]]本港", Y, "")
    d.metric("求診[[約2,860萬人次]]", 28600000, "人次", "approx", "")
    d.metric("按年增加[[約5%]]，其中", 5, "%", "approx", "")
    d.metric("佔[[約六成]]", 60, "%", "approx", "")
    d.org("。[[衞生署]]的資料")
    d.date("截至[[10月底]]，全港", "2026-10", "")
    d.metric("共有[[16,420名]]", 16420, "名", "exact", "")
    d.date("較[[去年同期]]增加", "2025-10", "")
    d.metric("增加[[612名]]", 612, "名", "exact", "")
    d.metric("佔比為[[57.3%]]", "57.3", "%", "exact", "")
    d.org("。[[香港醫學專科學院]]表示")
    d.date("表示，[[明年]]將增加", NY, "")
    d.metric("增加[[約60個]]", 60, "个", "approx", "")
    # P2 health vouchers
    d.org("方面，[[衞生署]]上周")
    d.date("衞生署[[上周]]表示", "2026-W46", "")
    d.date("，[[今年首三季]]約有", Y, "")
    d.metric("約有[[186萬名]]", 1860000, "名", "approx", "", sep="約")
    d.metric("達[[41.5億元]]", 4150000000, "元", "exact", "")
    d.metric("上升[[8.6%]]", "8.6", "%", "exact", "")
    d.metric("可獲[[2,000元]]醫療券", 2000, "元", "exact", "")
    d.metric("上限為[[8,000元]]", 8000, "元", "exact", "")
    d.org("在[[香港大學深圳醫院]]使用")
    d.metric("金額約為[[3,200萬元]]", 32000000, "元", "approx", "", sep="約")
    d.date("較[[去年]]增加逾兩成", LY, "")
    d.metric("增加[[逾兩成]]", 20, "%", "over", "")
    d.date("計劃[[明年第一季]]起", "2027-Q1", GZ)
    d.city("涉及[[廣州]]、")
    d.city("、[[珠海]]及")
    d.city("及[[東莞]]三市")
    d.metric("三市的[[七間]]", 7, "间", "exact", DG)
    d.org("。[[衞生署]]的數字亦")
    d.metric("西醫佔[[約46%]]", 46, "%", "approx", "")
    d.metric("分別佔[[22%]]及", 22, "%", "exact", "")
    d.metric("及[[18%]]。", 18, "%", "exact", "")
    d.org("。[[香港中醫藥管理委員會]]的")
    d.date("截至[[10月底]]，本港", "2026-10", "")
    d.metric("約有[[8,900名]]", 8900, "名", "approx", "", sep="約")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約3%]]。", 3, "%", "approx", "")
    # P3 medical groups
    d.org("，[[醫思健康]]上周")
    d.date("健康[[上周]]表示", "2026-W46", "")
    d.date("中心[[今年首十個月]]服務", Y, "")
    d.metric("增加[[約12%]]", 12, "%", "approx", "")
    d.metric("增至[[逾130個]]", 130, "个", "over", "")
    d.metric("收入約為[[28.6億元]]", 2860000000, "元", "approx", "",
             sep="約")
    d.date("計劃[[明年上半年]]於", NY, SZ)
    d.city("於[[深圳]]及")
    d.city("及[[廣州]]再開設")
    d.metric("再開設[[8間]]", 8, "间", "exact", GZ)
    d.metric("增至[[約76萬名]]", 760000, "名", "approx", GZ)
    d.org("。[[卓健醫療]]相關")
    d.metric("旗下[[約110間]]", 110, "间", "approx", "")
    d.date("診金[[本月]]起", "2026-11", "")
    d.metric("上調[[約6%]]", 6, "%", "approx", "")
    d.metric("每次[[380元]]", 380, "元", "exact", "")
    d.metric("調整至[[400元]]；", 400, "元", "exact", "")
    d.org("；[[卓健醫療]]今年")
    d.date("醫療[[今年]]新增", Y, "")
    d.metric("新增的[[12間]]", 12, "间", "exact", "")
    d.metric("，[[約一半]]位於", 50, "%", "approx", "")
    d.org("。[[康健國際醫療集團有限公司]]（")
    d.org("（[[康健國際]]）")
    d.date("表示，[[今年]]維持", Y, "")
    d.date("集團[[第三季]]的合約", "2026-Q3", "")
    d.metric("增加[[4.2%]]", "4.2", "%", "exact", "")
    d.org("。[[聯合醫務集團有限公司]]上月")
    d.date("有限公司[[上月]]與", "2026-10", "")
    d.org("保險公司[[保柏]]簽訂")
    d.metric("為[[約15萬名]]", 150000, "名", "approx", "")
    # P4 insurance
    d.org("\n[[保險業監管局]]（")
    d.org("（[[保監局]]）")
    d.date("顯示，[[今年首三季]]本港", Y, "")
    d.metric("毛保費約為[[118億元]]", 11800000000, "元", "approx", "",
             sep="約")
    d.metric("增長[[7.5%]]", "7.5", "%", "exact", "")
    d.date("；[[第三季]]醫療保險", "2026-Q3", "")
    d.metric("個案約為[[96萬宗]]", 960000, "宗", "approx", "", sep="約")
    d.metric("增加[[2.4%]]", "2.4", "%", "exact", "")
    d.org("。[[友邦香港]]及")
    d.org("及[[保柏]]等")
    d.metric("上限由[[350元]]", 350, "元", "exact", "")
    d.metric("提高至[[400元]]。", 400, "元", "exact", "")
    # P5 the medical council, the medical and dental associations
    d.org("\n[[香港醫務委員會]]（")
    d.org("（[[醫委會]]）")
    d.date("）[[上月]]共處理", "2026-10", "")
    d.metric("投訴[[215宗]]", 215, "宗", "exact", "")
    d.metric("減少[[約9%]]", 9, "%", "approx", "")
    d.org("。[[醫委會]]另表示")
    d.date("表示，[[今年]]已批出", Y, "")
    d.metric("批出[[逾180宗]]", 180, "宗", "over", "")
    d.metric("當中[[約三成]]", 30, "%", "approx", "")
    d.org("。[[香港醫學會]]（")
    d.org("（[[醫學會]]）")
    d.date("）[[上周]]發表", "2026-W46", "")
    d.metric("受訪的[[312名]]", 312, "名", "exact", "")
    d.metric("中，[[約45%]]", 45, "%", "approx", "")
    d.date("預計[[明年]]會上調", NY, "")
    d.metric("加幅為[[5%]]至", 5, "%", "exact", "")
    d.metric("至[[8%]]；", 8, "%", "exact", "")
    d.metric("另有[[近四成]]", 40, "%", "approx", "")
    d.metric("每呎[[150元]]", 150, "元", "over", "", sep="超過")
    d.org("。[[香港牙醫學會]]表示")
    d.metric("一般為[[600元]]至", 600, "元", "exact", "")
    d.metric("至[[900元]]，", 900, "元", "exact", "")
    d.date("較[[兩年前]]上升", "2024", "")
    d.metric("上升[[約一成]]", 10, "%", "approx", "")
    # P6 rents
    d.org("，[[仲量聯行]]的")
    d.date("顯示，[[第三季]]旺角", "2026-Q3", "")
    d.metric("上升[[1.8%]]", "1.8", "%", "exact", "")
    d.metric("投資[[超過300萬元]]", 3000000, "元", "over", "")
    d.metric("介乎[[25萬元]]至", 250000, "元", "exact", "")
    d.metric("至[[30萬元]]，", 300000, "元", "exact", "")
    d.metric("約佔[[四成]]", 40, "%", "approx", "", sep="約")
    # P7 private hospitals and the hospital authority
    d.org("，[[養和醫院]]及")
    d.org("及[[港怡醫院]]本月")
    d.date("港怡醫院[[本月]]起", "2026-11", "")
    d.metric("介乎[[3%]]至", 3, "%", "exact", "")
    d.metric("至[[5%]]；明德", 5, "%", "exact", "")
    d.org("；[[明德國際醫院]]則")
    d.date("，[[明年1月]]起", "2027-01", "")
    d.metric("上調至[[3,800元]]", 3800, "元", "exact", "")
    d.org("。[[香港私家醫院聯會]]指出")
    d.date("指出，[[今年首三季]]全港", Y, "")
    d.metric("人次約為[[42萬]]", 420000, "", "approx", "", sep="約")
    d.metric("增加[[3.1%]]", "3.1", "%", "exact", "")
    d.org("。[[醫院管理局]]（")
    d.org("（[[醫管局]]）")
    d.metric("醫生約為[[720名]]", 720, "名", "approx", "", sep="約")
    d.date("，[[今年首十個月]]共提供", Y, "")
    d.metric("提供[[約35萬人次]]", 350000, "人次", "approx", "")
    d.org("，[[醫管局]]每次")
    d.metric("資助[[228元]]", 228, "元", "exact", "")
    d.metric("繳付[[50元]]", 50, "元", "exact", "")
    # P8 the consumer council and the statistics department
    d.org("\n[[消費者委員會]]（")
    d.org("（[[消委會]]）")
    d.date("）[[上月]]公佈", "2026-10", "")
    d.metric("全港[[86間]]", 86, "间", "exact", "")
    d.metric("由[[280元]]至", 280, "元", "exact", "")
    d.metric("至[[1,200元]]不等", 1200, "元", "exact", "")
    d.metric("中位數為[[450元]]，", 450, "元", "exact", "")
    d.date("較[[2024年]]的", "2024", "")
    d.metric("上升[[約15%]]", 15, "%", "approx", "")
    d.metric("其中[[約四分之一]]", 25, "%", "approx", "")
    d.org("。[[消委會]]建議")
    d.org("。[[政府統計處]]的")
    d.date("服務業[[第三季]]的業務", "2026-Q3", "")
    d.metric("上升[[3.2%]]", "3.2", "%", "exact", "")
    # P9 cross-border
    d.org("，[[深圳市衞生健康委員會]]上周")
    d.date("委員會[[上周]]表示", "2026-W46", HK)
    d.date("表示，[[今年首十個月]]約有", Y, HK)
    d.metric("約有[[38萬人次]]", 380000, "人次", "approx", HK, sep="約")
    d.city("人次[[香港]]居民")
    d.city("在[[深圳]]的醫療")
    d.metric("增加[[近三成]]", 30, "%", "approx", SZ)
    d.city("較[[新加坡]]同類")
    d.metric("高[[約兩成]]", 20, "%", "approx", SG)
    d.city("轉往[[深圳]]求診")
    d.org("。[[立法會衞生事務委員會]]將")
    d.date("將於[[12月14日]]討論", "2026-12-14", "")
    d.org("，[[香港中文大學]]及")
    d.org("及[[香港大學]]的學者")
    # P10 the outlook
    d.org("\n[[醫學會]]預計")
    d.date("，[[聖誕]]及", "2026-12-25", "")
    d.date("及[[農曆新年]]前後", "2027-02-06", "")
    d.metric("增加[[約三成]]。", 30, "%", "approx", "")
    d.org("。[[醫務衞生局]]相關")
    d.date("表示，[[明年]]將把", NY, "")
    d.metric("維持在[[2,000元]]", 2000, "元", "exact", "")
    d.date("預計，[[明年]]本港", NY, "")
    d.metric("增長[[6%左右]]", 6, "%", "approx", "")
    audit = {
        "orgs": list(ORG_NORM),
        # cities, and guards: 香港 and 深圳 also stand inside ORG rows
        "cities": ["廣州", "珠海", "東莞", "深圳", "香港", "新加坡"],
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        # 廣州、珠海及東莞三市: a collective label (SPEC 五市)
        "collectives": [("東莞[[三]]市", 3)],
        "latin_excluded": [],
        # words that are no DATE or figure: 按年 and 按季 (year-on-year and
        # quarter-on-quarter changes), 每年, 每月, 每日 (recurring), 日間
        # (day surgery), 平日 (ordinary days), 近月 (recent months), 列明 (to
        # list), 一位, 一間 (the indefinite article), 一帶 (an area), 一般
        # (usually)
        "words_excluded": {"按年": 10, "按季": 3, "每年": 1, "每月": 1,
                           "每日": 1, "日間": 1, "平日": 1, "近月": 1,
                           "列明": 1, "一位": 3, "一間": 1, "一帶": 2,
                           "一般": 1},
        # generic words outside ORG rows: 集團 (a kind, 上市醫療集團, and the
        # group read back), 當局
        # (the authorities)
        "orgwords_excluded": {"集團": 4, "當局": 1},
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
# 不低于/不低於 bound a figure and are markers inside the span like 超过
# (GUIDELINES 不低于3000元 -> over; added in annotate_ga.py for g377)
QUAL_PREFIX = [("不低于", "over"), ("不低於", "over"),
               # (不高于/不高於 bound a figure too, under: GUIDELINES;
               # added in annotate_pb.py for g433's 不高于5000元)
               ("不高于", "under"), ("不高於", "under"),
               ("超过", "over"), ("超過", "over"), ("突破", "over"),
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
        unit = m.group(4)
        if unit[:1] in ("余", "餘", "多"):   # 二十余起 -> 20, over (SPEC 余,
            assert q == "exact", span          # as for Arabic figures; new
            q, unit = "over", unit[1:]         # in annotate_pb.py)
        return v, q, unit
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
    fixed = (FIXED_TAIWAN if d.doc_id in TAIWAN else FIXED_HONGKONG
             if d.doc_id in HONGKONG else FIXED_MAINLAND)
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
    # (架 added by annotate_ka.py for g401's 每架 prices of pianos)
    # (盒, 箱, 瓶 and 支 added by annotate_oa.py for g425's 每盒 prices of
    # gloves; 课时/課時 by annotate_pb.py for g433's 每课时 prices)
    m = re.search("[每](公噸|公吨|吨|噸|筆|笔|艘|公斤|平方米|立方米|平方呎|呎|宗|架|"
                  "盒|箱|瓶|支|课时|課時)"
                  "(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r
    # a marker right before 每 + the measure word qualifies the figure
    # after them (GUIDELINES: 约为每吨7050元 -> 7050 元, approx; ported from
    # annotate_ib.py, its measure words with mine, 店 and 公斤, after a
    # mutation that set g395's 约为每吨13800元 exact passed annotate_ia.py's
    # checks; 架 added by annotate_ka.py after a mutation that set g401's
    # 约为每架1280美元 exact passed)
    m2 = re.search("(约为|約為|约|約)[每](瓶|升|吨|噸|公吨|公噸|公斤|艘|人|宗|"
                   "班|桶|店|架)$", d.text[max(0, r["start"] - 6):r["start"]])
    if m2:
        assert r["qualifier"] == "approx" and r["_outer"] in ("约", "約"), (
            "a marker before 每", r)
    # ... and so does an over-marker (GUIDELINES: a marker before 每 + a
    # measure word still qualifies the figure, any unit after 每; new in
    # annotate_pb.py for g434's 超過每呎150元, after a mutation that set it
    # exact passed the 约-only check above): it must be declared (sep) and
    # set over
    m4 = re.search("(超过|超過|逾|突破)[每](呎|平方呎|平方米|课时|課時|次|"
                   "吨|噸|公斤|宗|架|盒|箱|瓶|支)$",
                   d.text[max(0, r["start"] - 6):r["start"]])
    if m4:
        assert r["qualifier"] == "over" and r["_outer"] == m4.group(1), (
            "an over-marker before 每", r)
    # 约为/約為 + what a figure is compared with + 的 right before a share
    # or a multiple qualifies it (GUIDELINES: 约为台北市的1.4倍 -> approx;
    # new here, after a mutation that set g396's 約為台灣的6成 exact passed):
    # the words between hold no digit and no clause punctuation
    m3 = re.search(r"(约为|約為)[^\d，,。；;！？\n]{1,8}的$",
                   d.text[max(0, r["start"] - 11):r["start"]])
    if m3 and re.search("(成|倍|%)$", r["text"]):
        assert r["qualifier"] == "approx" and r["_outer"] in ("约", "約"), (
            "约为…的 before a share", r)


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
    if d.doc_id not in LINE3:
        # no byline (annotate_pb.py's g434, 信報's form, as annotate_ob.py's
        # g428): the third line is the first paragraph, which no declared
        # byline row opens, and the article is declared without one
        assert d.doc_id in HONGKONG and d.doc_id not in BYLINE and \
            d.doc_id not in OPENER, d.doc_id
        assert lines[1] == "" and len(lines[2]) > 40 and lines[3] == "", \
            d.doc_id
        return
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
    if want and want[0][0] == "ORG" and d.doc_id not in OPENER:
        # a byline naming its outlet (new in annotate_ga.py: g377's
        # 21世纪经济报道记者 林砚 深圳报道; GUIDELINES: a byline at the start of
        # a line names its outlet): the outlet's ORG row opens the line and
        # 记者 follows it; the city filed from ends the line before 报道
        assert BYLINE_ORG.get(d.doc_id) and \
            [typ for typ, _ in want] == ["ORG", "CITY"], want
        mine = sorted((r for r in rows if s3 <= r["start"] and
                       r["end"] <= e3), key=lambda r: r["start"])
        assert mine[0]["start"] == s3 and d.text[
            mine[0]["end"]:mine[0]["end"] + 3] == "记者 ", mine[0]
        assert mine[-1]["end"] == e3 - 2 and d.text[e3 - 2:e3] == "报道", \
            mine[-1]
    elif want and want[0][0] == "ORG":      # a dateline opens the line
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
        # a traditional article is traditional as Hong Kong writes it:
        # OpenCC t2s and back with s2hk gives the text again, but for the
        # forms Hong Kong's press writes where s2hk writes others
        # (S2HK_KEPT; annotate_ob.py's round trip in place of
        # annotate_oa.py's s2tw one), each of which does occur
        trad = [d for d in built if d.traditional]
        for d in trad:
            assert d.doc_id in HONGKONG, d.doc_id
            simp_text, = t2s_all([d.text])
            back, = t2s_all([simp_text], "s2hk")
            assert len(back) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, back) if a != b}
            assert pairs == S2HK_KEPT.get(d.doc_id, set()), (
                d.doc_id, sorted(pairs))
            print("OpenCC t2s-s2hk round trip of %s: only %s differ" % (
                d.doc_id, " ".join("%s/%s" % x for x in sorted(pairs))))
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (annotate_bc.py's check,
        # ported here)
        # A t2s form that s2t leaves alone is a character of both scripts
        # (布 of 佈: 公布 is traditional too), no simplified-only character,
        # and stays out of the list (annotate_ob.py's refinement, ported for
        # g434's 公佈)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            simp = t2s_all(chars)
            back = t2s_all(simp, "s2t")
            for c, sc, bc in zip(chars, simp, back):
                if sc != c and len(sc) == 1 and sc not in d.text and \
                        bc != sc:
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



