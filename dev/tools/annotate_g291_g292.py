#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g291_overseas_engineering_contractors and
g292_macao_cultural_institutions_events (annotator RC).

Adapted from the precedent set's tools/annotate_qb.py (now dev/tools/annotate_g283_g284.py) (/tmp/ho50/precedent:
a simplified mainland article stored as GB18030 with characters outside GBK
on its byline, and a traditional Hong Kong article stored as Big5-HKSCS: my
storage exactly, and my pair but for Macao instead of Hong Kong; copied and
the data changed).  Its two storage blocks stay, adapted:

- the GB18030 block: the declared characters are the only ones GBK lacks,
  each written with its declared GB18030 bytes at its own place (the file
  walked character by character), of the kinds declared per article
  (GB18030_KINDS: here one four-byte code of a character outside the BMP,
  𬘭 99 32 A3 39, and one four-byte code of a BMP character that GBK
  lacks, 䂮 82 32 B8 30, the kind annotate_qb.py kept unused; its
  two-byte FE-row kind is kept unused here); gbk, cp936 and gb2312 fail on
  the file at 𬘭, gb18030 reads it; GB_FORMS is declared empty: the byline
  本报记者 高𬘭 宋䂮 names no outlet (本报), so it holds no row (BYLINE_ORG
  False); the astral character stands on the byline before every span of
  the body (ASTRAL_BEFORE_BODY).
- the BIG5-HKSCS block (no BOM), here for a Macao text (annotate_qb.py's
  served Hong Kong; annotate_pc.py's, its source, served Macao): the file
  walked character by character, two bytes a non-ASCII character, the
  declared character with its declared code (氹 9C AE, of the hkscs-low
  kind); plain big5 and cp950 fail on the file first at 氹; gb18030 reads
  the bytes as another text, which the block measures; the opener
  【本報消息】 opens line 3 and holds no row (本報 names no outlet:
  annotate_qc.py's and annotate_pc.py's reading).  The region block serves
  Macao (MACAO = {g292}, no Hong Kong article); OUTSIDE_BIG5_WORD confines
  氹 to 氹仔 (a district of Macao, no CITY), once, in no span; IN_ROW is
  kept with nothing declared.

It keeps every check of annotate_qb.py: strict decoding, offsets, overlaps
(two ORG rows never touch; a bare 今年/明年/去年 never touches the DATE after
it), span edges, formats, calendar-valid DATEs, METRIC values re-derived
from the span (Arabic figures with 万/亿, Chinese figures with 萬/億
sections: cn_big, cn_whole), ORG/CITY/unit normalizations against OpenCC
t2s, the OpenCC t2s of the whole simplified article, audits of digits,
magnitude characters, Latin words, Chinese numerals, time characters,
holiday words, city strings (absent cities as guards), ORG words with the
trade names before each head, the places that open bodies' names and the
junctions of bodies and their units, and ORG strings; the declared
organizations; the independent `city` rule (city sections under headings
included, though neither article has one) asserted against my hand value
on every DATE/METRIC row; the month and day a DATE span writes (Arabic or
Chinese numerals), its precision, a bare month, day or quarter in the
reference year, the holiday table by exact span and the holidays
recomputed without it, ROC years only in a Taiwan text (none here);
relative words resolved from the reference date (昨日, 本周三, 上周, 上周日,
上周五, 本月, 下月, 上月, 今年, 明年, 去年; 今日, 上年 and N年前 kept,
unused); 上月 as a baseline (kept, unused); the bare-day rule (kept,
unused); the range check (kept, unused); 同日/同月 (kept, unused); 去年同期
a year before its sentence's period at that period's precision (after
前10个月 and after 今年首三季: the year); the bracketed gloss (kept,
unused); the 上季 and 十一 checks (kept, unused); check_forward (二月二十日
after 明年, its day in Chinese numerals now read too); check_range_second
(new, below); check_holiday_period (kept, unused); the 约占 check (约占三成,
約佔六成, 約佔55%); markers before, touching and after a span; 约为 as a
separated marker (約為18%); the declared shared unit (kept, unused); the
collective label (三 of 沙特、阿联酋、卡塔尔三国) and
check_no_collective_metric; the time unit (kept, unused); the narrowest
codec; no Taiwan marker and no bare 2-3 digit year in either text; the
byline and opener blocks; the declared characters' bytes and kinds; the
NO_SHI and FOREIGN_SHI checks; the two 市 checks (万象 before 市政),
CITY_STOPS and CITY_AMBIGUOUS; the ORG-row check (no 旗下, 的, 、, 子公司 or
屬下 inside, no start after 国家/中国); the joiner check (a joiner inside an
ORG row only in a declared name; an ORG after a joiner only after another
ORG row) and the university-department check; the check that a
traditional article holds no simplified character; the OpenCC
t2s-then-s2hk round trip; the SIMPLIFIED_ONLY coverage check;
check_per_before and the slash-rate audit.

Changes besides the data:
- rule_city no longer splits a headline at its space: GUIDELINES' `city`
  section says "For the city column a headline is one sentence: the space
  between its halves, which separates two sentences for dates (see DATE),
  does not end it here" (annotate_qa.py made the same change; annotate_qb.py
  and annotate_qc.py split their titles, against that line; see NOTES).
  half_break stays, counting each title's halves (TITLE_HALVES, asserted,
  annotate_qa.py's).
- the region block asserts no Hong Kong article (annotate_qb.py asserted no
  Macao one); the s2hk pair 周/週 (上周日, 上周五 x2, 本周三); SIMPLIFIED_ONLY
  gains g292's t2s forms; the holiday table (元旦, 春节; 聖誕, 元旦, 農曆新年)
  and its calendar asserts for the reference dates 2026-11-20 and
  2026-11-22; the harvest-festival day counts moved to g291's date.
- new: check_range_second: the second end of a date range written with no
  year of its own is in the first end's year (SPEC 2024年3月至5月), after a
  mutation that wrote 二月二十日 (由明年一月五日至二月二十日) as 2026-02-20
  passed; check_forward reads a day in Chinese numerals too.
- new: a CITY row inside a declared event, place or heritage name
  (CITY_IN_NAME: 澳門國際音樂節, 澳門歷史城區 …) is checked to stand at the
  name's start, the name itself being no ORG row (SPEC: a city inside an
  event's or a scenic spot's name counts).

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (no BOM here, nothing changed):

- g291 is simplified (mainland, 国际商报, 2026-11-20), stored as GB18030
  WITHOUT a BOM; the title's 今 (BD F1) opens the file.  Its byline 本报记者
  高𬘭 宋䂮 stands on line 3 and holds no row.  Two characters are outside
  GBK, both in the reporters' given names, in no span: 𬘭 (U+2C62D, CJK
  Extension E; GB18030 99 32 A3 39, four bytes, two UTF-16 units) and 䂮
  (U+40AE, CJK Extension A; GB18030 82 32 B8 30, four bytes, one UTF-16
  unit).  Every other character is GB2312; OpenCC t2s leaves the article
  unchanged.
- g292 is traditional (Macao, 澳門日報, 2026-11-22), stored as Big5-HKSCS
  WITHOUT a BOM; the title's 國 (B0 EA) opens the file.  One character is
  outside plain Big5: 氹 (U+6C39; 9C AE) of 氹仔, in no span.  `text` is
  the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; mainland cities by their official names with 市,
  Macao, Hong Kong and 波爾圖 (波尔图) by their common names).  A Macao text
  (澳門 and 本澳 written far more often than 香港): Macao bodies without a
  place in their names (文化局, 旅遊局, 海事及水務局, 統計暨普查局, 社會文化司,
  文化發展基金 …) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the
project was read or run), with the previous held-out set
(/tmp/ho50/precedent: README, NOTES_qa/qb/qc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g291_g292.md.
Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule, a headline one sentence); every DATE/METRIC row states the
city I expect by hand, and the two must agree.

Re-run (from anywhere):

    python3 dev/tools/annotate_g291_g292.py
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
G291 = "g291_overseas_engineering_contractors"
G292 = "g292_macao_cultural_institutions_events"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G291: ("gb18030", b"", False, "2026-11-20", "国际商报"),
    G292: ("big5hkscs", b"", True, "2026-11-22", "澳門日報"),
}
# the first character of each file (no BOM here), with its bytes in the
# file's encoding (g291: 今 of the title in GB18030; g292: 國 of the title
# in Big5-HKSCS)
FIRST_CHAR = {G291: ("今", b"\xbd\xf1"), G292: ("國", b"\xb0\xea")}
# characters outside the BMP each article declares, in text order: 𬘭
# (U+2C62D, CJK Extension E) of the first reporter's given name on g291's
# byline
OUTSIDE_BMP = {G291: ["𬘭"], G292: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 𬘭 (U+2C62D, CJK Extension E) of the
# first reporter's given name and 䂮 (U+40AE, CJK Extension A, one of the
# BMP characters GB18030 writes with four bytes 81-84 xx xx xx, GBK having
# no code for them) of the second's (both in no span, on the byline line;
# annotate_qb.py's OUTSIDE_GBK)
OUTSIDE_GBK = {G291: {"𬘭": b"\x99\x32\xa3\x39", "䂮": b"\x82\x32\xb8\x30"}}
# ... and the kinds they are of, one each (annotate_qb.py's GB18030_KINDS):
# "gb18030-four-byte-astral" (four bytes, first 90-E3, a character outside
# the BMP: one code point, two UTF-16 units) and "gb18030-four-byte-bmp"
# (four bytes, first 81-84, a BMP character: one code point, one UTF-16
# unit, four bytes, so a count in bytes runs two ahead after it;
# annotate_pc.py's 䌹, kept unused by annotate_qb.py, used again here);
# annotate_qb.py's "gb18030-fe-two-byte" kind (䶮 FE 9F) is kept in the
# block, unused here
GB18030_KINDS = {G291: Counter({"gb18030-four-byte-astral": 1,
                                "gb18030-four-byte-bmp": 1})}
# characters of the mainland article that GBK and GB18030 write with
# bytes that GB2312 reads as another character (annotate_pc.py's name dot
# of 农民日报·中国农网): none here, the byline naming no outlet; the block
# stays
GB_FORMS = {G291: {}}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, then the reporters' names separated by a
# space; 本报 names no outlet (GUIDELINES: not 本报记者), so the line holds
# no row (annotate_qb.py's byline block)
BYLINE = {G291: ("", ["本报"], "记者 ", ["高𬘭", "宋䂮"])}
BYLINE_ORG = {G291: False}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP: g291's 𬘭 on the byline, so offsets
# counted in UTF-16 units would be one too high for every row of the body
ASTRAL_BEFORE_BODY = {G291}
# the paragraph opener of a Hong Kong or Macao article and the rows it
# holds (annotate_qb.py's 【明報專訊】 held 明報; annotate_pc.py's and
# annotate_qc.py's 【本報消息】 none): g292's 【本報消息】, 澳門日報's opener,
# where 本報 names no outlet (GUIDELINES: 本报 is none)
OPENER = {G292: ("【本報消息】", [])}
# characters of the Macao article that plain Big5 lacks, each with whether
# cp950 (Taiwan's Big5) holds it: 氹 (U+6C39, of 氹仔, Taipa; Big5-HKSCS
# 9C AE): a lead byte below A1, HKSCS's added area, which neither plain
# Big5 nor cp950 reads
OUTSIDE_BIG5 = {G292: {"氹": False}}
# ... with their Big5-HKSCS bytes, as the file writes them
BIG5_CODE = {"氹": b"\x9c\xae"}
# ... and the kinds they are of, declared per article (annotate_qb.py's
# BIG5_KINDS): one "hkscs-low" (a lead byte below A1); the "hkscs-c6c8",
# "hkscs-udf" and "cp950" kinds are kept in the block, unused here
BIG5_KINDS = {G292: Counter({"hkscs-low": 1})}
# ... the rows a declared character may stand in (annotate_qb.py's IN_ROW:
# 衞 in two ORG rows): none here, the block kept
IN_ROW = {}
# ... and the words a declared character may stand in outside every span,
# with their counts: 氹 in 氹仔 (a district of Macao, no CITY), once
OUTSIDE_BIG5_WORD = {G292: {"氹": {"氹仔": 1}}}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 文化局, 旅遊局, 統計暨普查局 …, are ORGs in a text
# that names the region at least twice)
MACAO = {G292}
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
# characters a Macao or Hong Kong text writes as traditional though OpenCC
# s2t would change them, taken alone (annotate_qb.py's 群, annotate_pc.py's
# 里 of 里斯本): 台 (s2t 臺), as Macao names the fortress and its garden,
# 大炮台 (Fortaleza do Monte; 大炮台花園 x2)
S2T_ALLOWED = {G292: ("台",)}
# ... each confined to its declared words with their counts
S2T_ALLOWED_WORD = {G292: {"台": {"大炮台": 2}}}
# ORG names that join two fields with 及/和/與/与 inside one body (GUIDELINES:
# 上海市文化和旅游局, 运输及物流局; annotate_qb.py's JOINED_NAMES): g291's
# 商务部对外投资和经济合作司 (a ministry's department of two fields), g292's
# 海事及水務局 and 教育及青年發展局 (Macao bureaus of two fields); any other
# ORG row holding a joiner stops (check())
JOINED_NAMES = {G291: ("商务部对外投资和经济合作司",),
                G292: ("海事及水務局", "教育及青年發展局")}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 (上周日, 上周五 x2, 本周三; s2hk 週;
# annotate_qb.py's and annotate_qc.py's pair)
S2HK_KEPT = {G292: {("周", "週")}}
# the number of halves each title has (a space between Han characters or
# after a figure's % splits it for dates, GUIDELINES; annotate_qa.py's
# TITLE_HALVES): g291's space after 约7.2%, g292's after 逾九成
TITLE_HALVES = {G291: 2, G292: 2}
# event, place and heritage names that hold a CITY at their start and are
# no ORG (SPEC: a city inside a scenic spot's, a park's or an event's name
# counts, 上海迪士尼乐园 -> 上海, 贵阳数博会 -> 贵阳), with their counts: each
# occurrence holds exactly one CITY row, spanning the city's form at the
# name's start, and no ORG row overlaps the name (new here)
CITY_IN_NAME = {G292: {"澳門國際音樂節": 1, "澳門歷史城區": 1,
                       "澳門國際幻彩大巡遊": 1, "澳門光影節": 1,
                       "澳門藝術節": 1}}
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
                   # g292's words (their t2s forms, none written in it: 劇 of
                   # 劇場, 宮 of 故宮博物院, 戲 of 戲劇, 暢 of 暢旺, 曉 of
                   # 曉角話劇研進社, 檔 of 檔期, 畫 of 書畫, 盧 of 盧家大屋, 紓
                   # of 紓緩, 練 of 排練, 話 of 話劇, 賞 of 觀賞, 贊 of 贊助, 遺
                   # of 遺產, 閒 of 休閒, 頂 of 崗頂劇院; 台 of 大炮台 is a
                   # declared s2t form, S2T_ALLOWED)
                   "剧宫戏畅晓档画卢纾练话赏赞遗闲顶")

# Holidays the articles name, by their exact span (2025-2027): g291
# (mainland, 2026-11-20): 元旦 2027-01-01 and 春节 2027-02-06 (在元旦、春节
# 前后: yearless, the coming ones, 42 and 78 days after; 前后 outside);
# g292 (Macao, 2026-11-22): 聖誕 2026-12-25 and 元旦 2027-01-01 (聖誕及元旦
# 期間: yearless, the coming ones, 33 and 40 days after; 期間 outside) and
# 農曆新年 2027-02-06 (農曆新年前: yearless, the coming one, 76 days after;
# GUIDELINES: 农历新年 is 春节).
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
# and Macao, a table of lunar days (正月初一 and 九月初九, as the precedent
# annotators checked them with lunardate for 2025-2027, and as the table is
# checked against lunardate below where it is installed: 2027-02-06 for
# 正月初一 of 2027; 大年初三 is 正月初一 + 2 days) and days computed from
# the calendar (黑色星期五; Western Easter; 中国农民丰收节 on the autumn
# equinox; annotate_qb.py's, kept, unused here)
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
# after 中秋 of 2026 (八月十五, 2026-09-25); 正月初三 of 2027 is a Monday;
# 春节 of 2027 is 78 days after g291's reference date and 76 after g292's;
# 春节 of 2026 is 276 days before g291's and 278 before g292's (so the
# nearest 春节 is 2027's); 元旦 of 2027 is 42 days after g291's and 40 after
# g292's, 元旦 of 2026 323 and 325 days before them; 聖誕 of 2026 is 33 days
# after g292's, 聖誕 of 2025 332 days before it
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_SPRING[2027] - datetime.date(2026, 11, 20)).days == 78
assert (_SPRING[2027] - datetime.date(2026, 11, 22)).days == 76
assert (datetime.date(2026, 11, 20) - _SPRING[2026]).days == 276
assert (datetime.date(2026, 11, 22) - _SPRING[2026]).days == 278
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 20)).days == 42
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 22)).days == 40
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 1, 1)).days == 323
assert (datetime.date(2026, 11, 22) - datetime.date(2026, 1, 1)).days == 325
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 22)).days == 33
assert (datetime.date(2026, 11, 22) - datetime.date(2025, 12, 25)).days == 332
# the reference dates: g291's a Friday of ISO week 2026-W47 (本周 W47 from
# 16 to 22 November, 本周三 2026-11-18; 上周 W46 from 9 to 15 November;
# 昨日 2026-11-19), g292's a Sunday of W47 (本周三 2026-11-18; 上周 W46,
# 上周五 2026-11-13, 上周日 2026-11-15; 昨日 2026-11-21)
assert datetime.date(2026, 11, 20).isocalendar()[1:] == (47, 5)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert datetime.date.fromisocalendar(2026, 46, 5) == \
    datetime.date(2026, 11, 13)
assert datetime.date.fromisocalendar(2026, 46, 7) == \
    datetime.date(2026, 11, 15)
assert datetime.date.fromisocalendar(2026, 47, 3) == \
    datetime.date(2026, 11, 18)
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
# 2026's festival is 58 days before g291's reference date, 2027's 307 after
# (kept from annotate_qb.py, moved to g291's date; neither article names
# the festival)
assert (datetime.date(2026, 11, 20) - _harvest_festival(2026)).days == 58
assert (_harvest_festival(2027) - datetime.date(2026, 11, 20)).days == 307

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter, "中国农民丰收节": _harvest_festival,
                 "中國農民豐收節": _harvest_festival}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g291, mainland (2026: the provincial capitals 武汉 and 南昌, the
    # sub-provincial 青岛, each + 市) and the foreign cities by their common
    # Chinese names (SPEC: 利雅得, 拉各斯, 蒙巴萨, 阿布贾, 内罗毕,
    # 达累斯萨拉姆, 塔什干, 开罗, 罗安达, 雅加达, 吉隆坡, 金边, 万象, 新加坡,
    # 卢萨卡) and Macao by its common name (澳门)
    "武汉": "武汉市", "南昌": "南昌市", "青岛": "青岛市",
    "利雅得": "利雅得", "拉各斯": "拉各斯", "蒙巴萨": "蒙巴萨",
    "阿布贾": "阿布贾", "内罗毕": "内罗毕", "达累斯萨拉姆": "达累斯萨拉姆",
    "塔什干": "塔什干", "开罗": "开罗", "罗安达": "罗安达",
    "雅加达": "雅加达", "吉隆坡": "吉隆坡", "金边": "金边", "万象": "万象",
    "新加坡": "新加坡", "卢萨卡": "卢萨卡", "澳门": "澳门",
    # g292 (traditional spans; Macao and Hong Kong by their common names;
    # 波爾圖 (Porto) by the mainland's common name 波尔图, SPEC; the
    # mainland cities 廣州, 深圳 (sub-provincial), 中山, 江門
    # (prefecture-level) with 市)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "深圳": "深圳市",
    "中山": "中山市", "江門": "江门市", "波爾圖": "波尔图",
}
# cities normalized without 市: Macao, Hong Kong and the foreign cities by
# their common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"利雅得", "拉各斯", "蒙巴萨", "阿布贾", "内罗毕", "达累斯萨拉姆",
          "塔什干", "开罗", "罗安达", "雅加达", "吉隆坡", "金边", "万象",
          "新加坡", "卢萨卡", "澳门", "香港", "波尔图"}
# foreign cities whose common Chinese name itself ends with 市 (none here;
# the check stays)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "文化局": "文化局", "銀河娛樂集團": "银河娱乐集团", "金沙中國": "金沙中国",
    "中國銀行澳門分行": "中国银行澳门分行", "澳門博物館": "澳门博物馆",
    "澳門藝術博物館": "澳门艺术博物馆", "海事及水務局": "海事及水务局",
    "澳門海事博物館": "澳门海事博物馆", "旅遊局": "旅游局",
    "澳門大賽車博物館": "澳门大赛车博物馆", "故宮博物院": "故宫博物院",
    "澳門演藝學院": "澳门演艺学院", "上海戲劇學院": "上海戏剧学院",
    "澳門樂團": "澳门乐团", "澳門中樂團": "澳门中乐团",
    "曉角話劇研進社": "晓角话剧研进社", "石頭公社": "石头公社",
    "澳門戲劇社": "澳门戏剧社", "文化發展基金": "文化发展基金",
    "教育及青年發展局": "教育及青年发展局", "澳門理工大學": "澳门理工大学",
    "永利澳門": "永利澳门", "美高梅中國": "美高梅中国",
    "新濠博亞娛樂": "新濠博亚娱乐", "澳門電訊": "澳门电讯",
    "大西洋銀行": "大西洋银行", "澳門基金會": "澳门基金会",
    "社會文化司": "社会文化司", "澳門城市大學": "澳门城市大学",
    "統計暨普查局": "统计暨普查局",
    "珠海市文化廣電旅遊體育局": "珠海市文化广电旅游体育局",
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
        if enc == "gb18030":    # GB18030, A SIMPLIFIED MAINLAND ARTICLE
            # (annotate_ob.py's block, after annotate_nc.py's): the declared
            # characters are the only ones GBK lacks, each written with its
            # declared GB18030 bytes at its own place; the declared GB forms
            # (GB_FORMS: the byline's name dot) are the only other
            # characters outside GB2312 (new here)
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
            # declared count, in no span (check())
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
                    # character GBK left to a private-use code: annotate_ob.py's
                    # 䶮 FE 9F = U+4DAE, CJK Extension A, annotate_mb.py's own
                    # example; kept, unused here): one BMP code point, one
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
                        # (here 𬀩 99 31 87 39 = U+2C029, Extension E;
                        # annotate_ob.py's 𫖯 98 38 F5 37): one code point,
                        # two UTF-16 units (annotate_mb.py's kind)
                        assert ord(c) > 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 4, c
                        kinds["gb18030-four-byte-astral"] += 1
                    else:
                        # 81-84: a character inside the BMP that GBK lacks
                        # (here 䌹 82 32 F8 39 = U+4339, Extension A;
                        # annotate_nc.py's 㛃): one code point, one UTF-16
                        # unit, four bytes, so a count in bytes runs two
                        # ahead after it
                        assert 0x81 <= code[0] <= 0x84, c
                        assert 0x3400 <= ord(c) <= 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 2, c
                        kinds["gb18030-four-byte-bmp"] += 1
            # the declared kinds, one each (declared per article)
            assert kinds == GB18030_KINDS[doc_id], kinds
            # the narrowest codec: gbk (checked above), cp936 and gb2312
            # fail on the file; gb18030 reads it
            assert not decodes(raw, "cp936") and \
                not decodes(raw, "gb2312"), doc_id
            # every non-ASCII character is two bytes but the four-byte
            # declared ones (annotate_nc.py's length check, by declaration:
            # the FE-row character is two bytes like the others), so a
            # count in bytes would shift every row after the title's first
            # character
            assert all(len(c.encode(enc)) == len(declared.get(c, "ab"))
                       for c in self.text if ord(c) > 0x7F), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   len(declared.get(c, "ab"))
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a UTF-16 count runs one unit ahead of the code points for
            # every astral character before a place
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # every line without a declared character is GB2312 (so GBK),
            # byte for byte; the declared characters stand on the byline
            # line (line 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside or c in forms for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in list(outside) + list(forms):
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # read with gb2312, the byline would break at its first declared
            # character; cut before it, the line reads the name dot as ・
            # (the byte walk above holds the dot's bytes)
            head = lines[2][:min(lines[2].index(c) for c in outside)]
            for c, (code, other, k) in forms.items():
                assert c in head and head.encode(enc).decode(
                    "gb2312") == head.replace(c, other), (doc_id, c)
            # gbk and cp936 fail first at the first declared character of
            # the byline (the file's first byte GBK cannot read; new here:
            # the failure stands at the declared place, not elsewhere)
            first = min(self.text.index(c) for c in outside)
            first_byte = len(self.text[:first].encode(enc))
            for narrow in ("gbk", "cp936"):
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
            # the declared characters and GB forms stand in no span
            self.no_span_chars = sorted(set(outside) | set(forms))
            # an astral declared character stands on the byline before every
            # span of the body (checked in check(); annotate_nc.py's
            # ASTRAL_BEFORE_BODY)
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
            # the byline line: the outlets joined by the name dot + 记者 + a
            # space, then the reporters' names separated by a space (g291:
            # 本报记者 高𬘭 宋䂮; annotate_qb.py's g283: 本报记者 黄𬱖 陈䶮;
            # annotate_pc.py's g279: 农民日报·中国农网记者
            # 郑𬀩 刘䌹); each name holds one declared character, after the
            # outlets; GUIDELINES: a byline at the start of a line names its
            # outlet, outlets joined by a name dot in a byline are two ORGs
            # (农民日报·中国农网), and 本报 names none, so the line holds exactly
            # the outlets' ORG rows, here none (checked in check();
            # annotate_pc.py's block, which takes several outlets or 本报)
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
        if enc == "big5hkscs":  # BIG5-HKSCS WITHOUT A BOM, A TRADITIONAL
            # MACAO ARTICLE here (annotate_qb.py's block for its Hong Kong
            # text, annotate_pc.py's for its Macao text, after annotate_ob.py's
            # Hong Kong text: annotate_na.py's
            # plain-Big5 byte walk and annotate_nb.py's codec and opener
            # checks; the region block below, the Hong Kong block that
            # annotate_pc.py opened to Macao, checks the declared
            # characters' kinds and rows on the decoded text)
            # the characters plain Big5 cannot write are exactly the
            # declared ones (asserted here first, before the byte walk)
            declared = OUTSIDE_BIG5[doc_id]
            assert sorted({c for c in self.text if not enc_ok(c, "big5")}) \
                == sorted(declared), (doc_id, "outside Big5")
            # the file walked character by character: each character's
            # Big5-HKSCS bytes at its own place, one byte an ASCII
            # character and two any other, the declared characters with
            # their declared codes (annotate_na.py's walk, for plain Big5)
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if c in declared:
                    assert b == BIG5_CODE[c], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP (HKSCS maps some, 𨋢 of 𨋢 …):
            # a UTF-16 count equals the code points
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # every line without a declared character is plain Big5, cp950
            # and Big5-HKSCS alike, byte for byte (the region block checks
            # plain Big5 against cp950; here Big5-HKSCS too, which writes
            # a few symbols otherwise)
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in declared for c in line):
                    assert line.encode("big5") == line.encode(enc) == \
                        line.encode("cp950"), line
            # plain big5 and cp950 fail first at the first declared
            # character whose bytes they cannot read at all (g292: both at
            # 氹 of 氹仔, its only one; annotate_qb.py's g284: both at 衞 of
            # 衞生署, the first of its three; annotate_pc.py's g280:
            # both at 氹, its 〇's bytes C6 E2, which both read as the kana
            # ま, not stopping them): the narrowest-codec pairs
            # big5hkscs/big5 and
            # big5hkscs/cp950 (checked above) fail at the declared places,
            # not elsewhere
            for narrow, lacks in (("big5", {c for c in declared if not
                                            decodes(BIG5_CODE[c], "big5")}),
                                  ("cp950", {c for c in declared if not
                                             decodes(BIG5_CODE[c],
                                                     "cp950")})):
                assert lacks, (doc_id, narrow)
                first = min(self.text.index(c) for c in lacks)
                first_byte = len(self.text[:first].encode(enc))
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
            # gb18030 reads the Big5-HKSCS bytes too (every Big5 trail byte
            # is a GB18030 trail byte), as another text: GUIDELINES' reader
            # then keeps the codec whose result has the larger share of
            # common characters.  Measured by each standard's own common
            # tier (Big5's 常用字 A440-C67E for the Big5-HKSCS reading,
            # GB2312's level 1 B0A1-D7F9 for the GB18030 one), the Big5-HKSCS
            # reading is the natural one by far (new here; a proxy, since
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
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # an opener, where one is declared (annotate_ob.py's 【明報專訊】,
            # annotate_nc.py's and annotate_pc.py's 【本報消息】), opens line
            # 3 once; g292's 【本報消息】 (annotate_qb.py's g284: 【明報專訊】)
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
            # hkscs-low 鰂 邨 埗, cp950 恒; here two: hkscs-low 氹 and the new
            # hkscs-c6c8 〇)
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
            # holding every occurrence; none here)
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
# g291 Overseas contracting in November 2026: the national figures (商务部
# 昨日: 今年前10个月, 10月; 商务部对外投资和经济合作司: 四季度, 今年), the
# contractors association (中国对外承包工程商会 (承包商会): 前10个月 against
# 去年同期; the regions), policy finance (中国进出口银行: 10月底, 今年;
# 国家开发银行 (国开行): 前三季度; 中国出口信用保险公司 (中国信保): 今年前10
# 个月; 丝路基金 上月 with 承包商会; 亚洲基础设施投资银行 (亚投行) 今年), the
# central groups and their units (中国建筑 前三季度 and 中建三局 of 武汉 in
# 利雅得 上周; 中国交建 前三季度 and 中国路桥 in 蒙巴萨 本周三; 中国铁建's 中国
# 土木工程集团有限公司 (中土集团) in 拉各斯 10月), Africa (阿布贾, 内罗毕,
# 达累斯萨拉姆; 中国路桥 今年 against 2025年; 中土集团), energy (中国电建, 中国
# 能建 前三季度; 中国能建's 葛洲坝集团 上月 near 塔什干; 国机集团's 中工国际 in
# 开罗, 明年一季度; 中信建设 in 罗安达 今年), South-East Asia (雅加达, 吉隆坡,
# 金边; 上海建工 in 金边 四季度; 北京城建 in 万象 11月中旬; 青岛's 青建集团 今年
# in 新加坡), a province (江西省商务厅 昨日 in 南昌: 前10个月; 中国江西国际经济
# 技术合作有限公司 (江西国际), 江西中煤建设集团有限公司 今年; 江西国际 in 卢萨卡
# 上月 with 中国信保), the summit (今年6月 in 澳门) and the outlook (年底;
# 承包商会: 今年; 12月, 元旦, 春节, 明年一季度).
# Simplified, GB18030 with 𬘭 (99 32 A3 39) and 䂮 (82 32 B8 30) on the
# byline 本报记者 高𬘭 宋䂮, 2026-11-20 (a Friday, ISO week 2026-W47), 国际
# 商报.  昨日 2026-11-19; 本周三 2026-11-18; 上周 2026-W46; 元旦 2027-01-01;
# 春节 2027-02-06; 10月, 10月底, 上月 2026-10; 11月中旬 2026-11; 12月
# 2026-12; 今年6月 2026-06; 四季度 2026-Q4; 明年一季度 2027-Q1; 今年,
# 今年前10个月, 前10个月, 前三季度, 年底 2026; 去年同期 (after 前10个月),
# 2025年 2025.
# ===========================================================================
@doc
def g291():
    d = Doc(G291)
    Y, LY = "2026", "2025"
    WH, NC, QD, MO = "武汉市", "南昌市", "青岛市", "澳门"
    RYD, LGS, MBS, TSG, KL, LAD = ("利雅得", "拉各斯", "蒙巴萨", "塔什干",
                                   "开罗", "罗安达")
    JB, WX, XJP, LSK = "金边", "万象", "新加坡", "卢萨卡"
    # title (a heading that opens with no city: no city section; the space
    # after 约7.2% splits it into two halves for dates, GUIDELINES, but for
    # the city column a headline is one sentence, GUIDELINES: the first
    # half's date and figure take the first city after them, 利雅得, though
    # they are national figures: the rule as written; 今年前10个月: 今年
    # attached, several months of a year, the year, SPEC; 利雅得、拉各斯等地:
    # a list sharing one head, its cities CITY, SPEC)
    d.date("[[今年前10个月]]对外承包", Y, RYD)
    d.metric("增长[[约7.2%]] 利雅得", "7.2", "%", "approx", RYD)
    d.city(" [[利雅得]]、拉各斯")
    d.city("、[[拉各斯]]等地大项目")
    # byline 本报记者 高𬘭 宋䂮: 本报 names no outlet (GUIDELINES), no row;
    # 𬘭 and 䂮 in no span
    # P1 the national figures (商务部; 昨日; 今年前10个月 after a comma, 今年
    # attached; 亿元人民币: the currency noun after 元 outside, SPEC; 折合约:
    # 约 after 折合 is the marker, GUIDELINES 折合约2.2港元, inside the span as
    # it touches the number; 万亿元; 单看10月: a bare month; 共建“一带一路”: its
    # two 一 no figure; 分别占…82.3%和80.9%: each with its own %;
    # 商务部对外投资和经济合作司: a ministry's department written after it,
    # one ORG (SPEC 蚂蚁金服集团银行服务部), two fields joined by 和 inside
    # (GUIDELINES 上海市文化和旅游局; JOINED_NAMES); 四季度 a bare quarter;
    # 今年)
    d.org("[[商务部]]昨日发布")
    d.date("商务部[[昨日]]发布", "2026-11-19", "")
    d.date("显示，[[今年前10个月]]，我国", Y, "")
    d.metric("营业额[[约9870亿元]]人民币", "9870e8", "元", "approx", "")
    d.metric("同比增长[[约4.6%]]，折合", "4.6", "%", "approx", "")
    d.metric("折合[[约1386亿美元]]", "1386e8", "美元", "approx", "")
    d.metric("合同额[[约1.52万亿元]]人民币", "1.52e12", "元", "approx", "")
    d.metric("同比增长[[约7.2%]]，折合", "7.2", "%", "approx", "")
    d.metric("折合[[约2135亿美元]]", "2135e8", "美元", "approx", "")
    d.date("单看[[10月]]，", "2026-10", "")
    d.metric("营业额[[约1120亿元]]", "1120e8", "元", "approx", "")
    d.metric("环比增长[[约9%]]。", 9, "%", "approx", "")
    d.metric("营业额[[约8120亿元]]", "8120e8", "元", "approx", "")
    d.metric("合同额[[约1.23万亿元]]", "1.23e12", "元", "approx", "")
    d.metric("总额的[[82.3%]]和", "82.3", "%", "exact", "")
    d.metric("和[[80.9%]]。", "80.9", "%", "exact", "")
    d.org("。[[商务部对外投资和经济合作司]]相关")
    d.date("表示，[[四季度]]通常", "2026-Q4", "")
    d.date("高峰，[[今年]]营业额", Y, "")
    # P2 the association (中国对外承包工程商会（以下简称“承包商会”）: two ORGs,
    # the short form's characters in the name's order, quotes outside,
    # GUIDELINES; 会员企业前10个月: right after the noun it is about, the
    # calendar period, GUIDELINES 全市前10个月; 上亿美元: a bare magnitude with
    # the marker 上, over, SPEC 上千亿, GUIDELINES 上千; 去年同期 after 前10个月
    # in its sentence, a period with no ISO form: the year, SPEC; 近八成,
    # 近两成 approx, 近 inside, SPEC; 沙特、阿联酋、卡塔尔三国: 三 the
    # collective label of the list just given, no METRIC, GUIDELINES; the
    # regions no CITY; 不足5% under, 不足 inside, SPEC)
    d.org("[[中国对外承包工程商会]]（")
    d.org("“[[承包商会]]”）统计")
    d.date("会员企业[[前10个月]]新签", Y, "")
    d.metric("合同额[[上亿美元]]的项目", "1e8", "美元", "over", "")
    d.metric("项目达[[612个]]", 612, "个", "exact", "")
    d.date("较[[去年同期]]增加58个", LY, "")
    d.metric("增加[[58个]]", 58, "个", "exact", "")
    d.metric("合计[[约1640亿美元]]", "1640e8", "美元", "approx", "")
    d.metric("总额的[[近八成]]", 80, "%", "approx", "")
    d.metric("合同额[[约6950亿元]]", "6950e8", "元", "approx", "")
    d.metric("同比增长[[约5.1%]]", "5.1", "%", "approx", "")
    d.metric("非洲市场[[约4380亿元]]", "4380e8", "元", "approx", "")
    d.metric("增长[[约11.3%]]", "11.3", "%", "approx", "")
    d.metric("中东市场[[约2470亿元]]", "2470e8", "元", "approx", "")
    d.metric("增长[[近两成]]", 20, "%", "approx", "")
    d.metric("其中[[约六成]]", 60, "%", "approx", "")
    d.metric("同比下降[[约3.6%]]", "3.6", "%", "approx", "")
    d.metric("占比已[[不足5%]]", 5, "%", "under", "")
    # P3 policy finance (中国进出口银行; 截至 outside, 10月底 the month, SPEC;
    # 该行 a read-back; 今年; 约占三成: 约 before 占 sets approx across the
    # verb, GUIDELINES 约占全国的四成, outside the span (sep); 国家开发银行（国开
    # 行）: a bank and its bracketed short form, two ORGs; 该行前三季度: right
    # after the pronoun it is about, GUIDELINES 该行前9个月; 中国出口信用保险公司
    # （以下简称“中国信保”）: two ORGs; 超过318亿美元 over, 超过 inside, SPEC;
    # 78个 a count; 丝路基金 (a fund company by its name) 上月 同承包商会: 同 a
    # preposition, the association the short form the article gave;
    # 亚洲基础设施投资银行（亚投行）: two ORGs; 19个)
    d.org("。[[中国进出口银行]]相关")
    d.date("截至[[10月底]]，该行", "2026-10", "")
    d.date("该行[[今年]]累计", Y, "")
    d.metric("贷款[[约1260亿元]]", "1260e8", "元", "approx", "")
    d.metric("同比增长[[约8%]]，其中", 8, "%", "approx", "")
    d.metric("约占[[三成]]", 30, "%", "approx", "", sep="约")
    d.org("；[[国家开发银行]]（")
    d.org("（[[国开行]]）表示")
    d.date("该行[[前三季度]]新增", Y, "")
    d.metric("贷款[[约86亿美元]]", "86e8", "美元", "approx", "")
    d.org("。[[中国出口信用保险公司]]（")
    d.org("“[[中国信保]]”）数据")
    d.date("显示，[[今年前10个月]]该公司", Y, "")
    d.metric("金额[[超过318亿美元]]", "318e8", "美元", "over", "")
    d.metric("同比增长[[约12%]]", 12, "%", "approx", "")
    d.metric("覆盖[[78个]]国家", 78, "个", "exact", "")
    d.metric("赔款[[约4.7亿美元]]", "4.7e8", "美元", "approx", "")
    d.org("。[[丝路基金]]上月")
    d.date("丝路基金[[上月]]同", "2026-10", "")
    d.org("同[[承包商会]]签署")
    d.org("。[[亚洲基础设施投资银行]]（")
    d.org("（[[亚投行]]）今年")
    d.date("（亚投行）[[今年]]已批准", Y, "")
    d.metric("项目[[19个]]", 19, "个", "exact", "")
    d.metric("融资额[[约47亿美元]]", "47e8", "美元", "approx", "")
    # P4 the central groups (中国建筑 前三季度 after the name; the sentence
    # ends at ；, no city; 总部位于武汉的中建三局: a city before 的, and a
    # builder's numbered bureau, one ORG, GUIDELINES 中建三局; 沙特利雅得: a
    # country glued to its city, GUIDELINES 法国巴黎; 上周 the ISO week before
    # the Friday's W47, nearest city before: 利雅得; 中国交建 前三季度; 16%左右:
    # 左右 inside, SPEC 3.6万户左右; 其所属中国路桥: two ORGs; 本周三 a weekday
    # inside the span: W47's Wednesday; 肯尼亚蒙巴萨: first after for the
    # sentence's earlier dates and figures, though they are 中国交建's: the
    # rule as written; 中国铁建旗下中国土木工程集团有限公司（中土集团）: three
    # ORGs; 尼日利亚拉各斯的轻轨: the city before 的 (a CITY, not a transit
    # operator); 红线二期: a phase, no figure; 10月 a bare month)
    d.org("，[[中国建筑]]前三季度")
    d.date("中国建筑[[前三季度]]境外", Y, "")
    d.metric("境外新签合同额[[约1180亿元]]", "1180e8", "元", "approx", "")
    d.metric("同比增长[[约9.4%]]", "9.4", "%", "approx", "")
    d.city("位于[[武汉]]的中建三局")
    d.org("武汉的[[中建三局]]在")
    d.city("沙特[[利雅得]]承建")
    d.date("项目[[上周]]完成", "2026-W46", RYD)
    d.org("。[[中国交建]]前三季度")
    d.date("中国交建[[前三季度]]海外", Y, MBS)
    d.metric("海外新签合同额[[约1960亿元]]", "1960e8", "元", "approx", MBS)
    d.metric("总额的[[16%左右]]", 16, "%", "approx", MBS)
    d.org("所属[[中国路桥]]本周三")
    d.date("中国路桥[[本周三]]在", "2026-11-18", MBS)
    d.city("肯尼亚[[蒙巴萨]]签署")
    d.metric("金额[[约6.8亿美元]]", "6.8e8", "美元", "approx", MBS)
    d.org("。[[中国铁建]]旗下")
    d.org("旗下[[中国土木工程集团有限公司]]（")
    d.org("（[[中土集团]]）承建")
    d.city("尼日利亚[[拉各斯]]的轻轨")
    d.date("项目[[10月]]进入", "2026-10", LGS)
    d.metric("合同额[[约14.5亿美元]]", "14.5e8", "美元", "approx", LGS)
    # P5 Africa (阿布贾、内罗毕、达累斯萨拉姆等地: a list of three foreign
    # cities sharing one head, GUIDELINES; 中国路桥 今年 (以来 outside; the
    # sentence ends at ；, no city); 超过20亿美元 over; 较2025年全年: a bare
    # four-digit year, 全年 outside, GUIDELINES; 约三成; 中土集团 (the short
    # form the article gave); 17个; 1.2万余名: 余 inside, over, SPEC
    # 1.2万余家; 九成以上 over, SPEC 6成以上)
    d.city("企业在[[阿布贾]]、")
    d.city("、[[内罗毕]]、")
    d.city("、[[达累斯萨拉姆]]等地")
    d.org("。[[中国路桥]]今年以来")
    d.date("中国路桥[[今年]]以来", Y, "")
    d.metric("合同额[[超过20亿美元]]", "20e8", "美元", "over", "")
    d.date("较[[2025年]]全年", "2025", "")
    d.metric("增长[[约三成]]；", 30, "%", "approx", "")
    d.org("；[[中土集团]]在尼日利亚")
    d.metric("项目达[[17个]]", 17, "个", "exact", "")
    d.metric("当地员工[[1.2万余名]]", "1.2e4", "名", "over", "")
    d.metric("用工的[[九成以上]]", 90, "%", "over", "")
    # P6 energy (中国电建、中国能建等企业: a list closed by a kind, ORGs,
    # GUIDELINES; 前三季度 after 企业; 中东, 中亚 regions; 中国能建旗下葛洲坝集团:
    # two ORGs; 上月, first city after: 塔什干; 与乌兹别克斯坦方面: no ORG after
    # 与; 塔什干附近; 吉瓦 a unit as written (precedent QC); 国机集团旗下中工国际:
    # two ORGs, 称 after; 公司 a read-back; 埃及开罗; 约七成; 明年一季度 one
    # span; 中信建设 在安哥拉罗安达; 今年; 3200余套: 余 inside, over, 套 the
    # measure word)
    d.org("较快。[[中国电建]]、")
    d.org("、[[中国能建]]等企业")
    d.date("等企业[[前三季度]]在中东", Y, "")
    d.metric("合计[[约920亿元]]", "920e8", "元", "approx", "")
    d.metric("同比增长[[约26%]]", 26, "%", "approx", "")
    d.org("。[[中国能建]]旗下")
    d.org("旗下[[葛洲坝集团]]上月")
    d.date("葛洲坝集团[[上月]]与", "2026-10", TSG)
    d.city("签约[[塔什干]]附近")
    d.metric("装机容量[[约1.2吉瓦]]", "1.2", "吉瓦", "approx", TSG)
    d.org("；[[国机集团]]旗下")
    d.org("旗下[[中工国际]]称")
    d.city("埃及[[开罗]]承建")
    d.metric("完成[[约七成]]工程量", 70, "%", "approx", KL)
    d.date("预计[[明年一季度]]交付", "2027-Q1", KL)
    d.org("。[[中信建设]]在")
    d.city("安哥拉[[罗安达]]建设")
    d.date("项目[[今年]]已交付", Y, LAD)
    d.metric("已交付[[3200余套]]", 3200, "套", "over", LAD)
    # P7 South-East Asia (雅加达、吉隆坡、金边等城市: a list sharing one head;
    # 上海建工, its 上海 inside; 柬埔寨金边; 四季度; 北京城建, its 北京 inside;
    # 老挝万象市政: 市 that starts the next word (市政) stays outside, SPEC
    # 常州市场, GUIDELINES 市政; 已于 outside; 11月中旬 a part of a month, the
    # month, SPEC; 总部位于青岛的青建集团: a city before 的, the company after
    # where its seat is, GUIDELINES; 今年; 新加坡 a city, GUIDELINES; 3个;
    # 新元, the Singapore dollar as written, GUIDELINES)
    d.city("企业在[[雅加达]]、")
    d.city("、[[吉隆坡]]、金边")
    d.city("、[[金边]]等城市")
    d.org("增多，[[上海建工]]在")
    d.city("柬埔寨[[金边]]承建")
    d.date("道路项目[[四季度]]将", "2026-Q4", JB)
    d.org("，[[北京城建]]参与")
    d.city("老挝[[万象]]市政")
    d.date("已于[[11月中旬]]开工", "2026-11", WX)
    d.city("位于[[青岛]]的青建")
    d.org("青岛的[[青建集团]]今年")
    d.date("青建集团[[今年]]在", Y, QD)
    d.city("在[[新加坡]]中标")
    d.metric("住房项目[[3个]]", 3, "个", "exact", XJP)
    d.metric("合同额[[约5.2亿新元]]", "5.2e8", "新元", "approx", XJP)
    # P8 a province (江西省商务厅, its province inside; 昨日, first city
    # after: 南昌; 外经工作推进会 an event, no row; 全省前10个月 after the
    # deictic noun, the calendar period; the sentence ends at ；: its figures
    # take 南昌, though they are the province's: the rule as written; 中国江西
    # 国际经济技术合作有限公司（江西国际）: two ORGs, the short form's characters
    # in the name's order; 江西中煤建设集团有限公司 (before 等企业); 今年; 赞比亚,
    # 埃塞俄比亚 countries; 12个; 江西国际 again; 公司 a read-back; 赞比亚卢萨卡;
    # 上月; 中国信保保单: the organization named in a product counts, SPEC
    # 京东白条 -> 京东; 约2.3亿美元)
    d.org("亮眼。[[江西省商务厅]]昨日")
    d.date("商务厅[[昨日]]在南昌", "2026-11-19", NC)
    d.city("在[[南昌]]召开")
    d.date("全省[[前10个月]]对外", Y, NC)
    d.metric("营业额[[约33.6亿美元]]", "33.6e8", "美元", "approx", NC)
    d.metric("同比增长[[约6.5%]]", "6.5", "%", "approx", NC)
    d.org("；[[中国江西国际经济技术合作有限公司]]（")
    d.org("（[[江西国际]]）、")
    d.org("、[[江西中煤建设集团有限公司]]等企业")
    d.date("等企业[[今年]]在赞比亚", Y, "")
    d.metric("新签项目[[12个]]", 12, "个", "exact", "")
    d.org("。[[江西国际]]相关")
    d.city("赞比亚[[卢萨卡]]的道路")
    d.date("道路项目[[上月]]获得", "2026-10", LSK)
    d.org("获得[[中国信保]]保单")
    d.metric("保额[[约2.3亿美元]]", "2.3e8", "美元", "approx", LSK)
    # P9 the summit (今年6月 in 澳门: 澳门 first after; the summit's name holds
    # no city; 48个; 约210亿美元; 投建营联动, 出口信用保险 no ORG)
    d.date("[[今年6月]]在澳门", "2026-06", MO)
    d.city("在[[澳门]]举办")
    d.metric("签约项目[[48个]]", 48, "个", "exact", MO)
    d.metric("金额[[约210亿美元]]", "210e8", "美元", "approx", MO)
    # P10 the outlook (展望年底: 年底 the year, SPEC; 承包商会; 今年; 突破1.8万
    # 亿元 over, 突破 inside, SPEC; 4%至6%: a range, each with its own %; 该会
    # a read-back; 12月 (起 outside) a bare month; 元旦、春节 (前后 outside):
    # yearless, the coming ones, GUIDELINES; 约1.6万名; 明年一季度)
    d.date("展望[[年底]]，承包", Y, "")
    d.org("，[[承包商会]]预计")
    d.date("预计，[[今年]]对外", Y, "")
    d.metric("有望[[突破1.8万亿元]]", "1.8e12", "元", "over", "")
    d.metric("完成营业额[[约1.19万亿元]]", "1.19e12", "元", "approx", "")
    d.metric("增长[[4%]]至6%", 4, "%", "exact", "")
    d.metric("至[[6%]]。", 6, "%", "exact", "")
    d.date("提醒，[[12月]]起", "2026-12", "")
    d.date("在[[元旦]]、春节", "2027-01-01", "")
    d.date("、[[春节]]前后", "2027-02-06", "")
    d.metric("做好[[约1.6万名]]外派", "1.6e4", "名", "approx", "")
    d.date("锁定[[明年一季度]]的", "2027-Q1", "")
    audit = {
        "orgs": ["商务部", "商务部对外投资和经济合作司", "中国对外承包工程商会",
                 "承包商会", "中国进出口银行", "国家开发银行", "国开行",
                 "中国出口信用保险公司", "中国信保", "丝路基金",
                 "亚洲基础设施投资银行", "亚投行", "中国建筑", "中建三局",
                 "中国交建", "中国路桥", "中国铁建", "中国土木工程集团有限公司",
                 "中土集团", "中国电建", "中国能建", "葛洲坝集团", "国机集团",
                 "中工国际", "中信建设", "上海建工", "北京城建", "青建集团",
                 "江西省商务厅", "中国江西国际经济技术合作有限公司", "江西国际",
                 "江西中煤建设集团有限公司"],
        "cities": ["利雅得", "拉各斯", "武汉", "蒙巴萨", "阿布贾", "内罗毕",
                   "达累斯萨拉姆", "塔什干", "开罗", "罗安达", "雅加达",
                   "吉隆坡", "金边", "万象", "青岛", "新加坡", "南昌", "卢萨卡",
                   "澳门", "上海", "北京", "江西", "沙特", "阿联酋", "卡塔尔",
                   "肯尼亚", "尼日利亚", "乌兹别克斯坦", "埃及", "安哥拉",
                   "柬埔寨", "老挝", "赞比亚", "埃塞俄比亚", "我国", "全省",
                   # absent cities, as guards (none written)
                   "迪拜", "多哈", "达卡", "科伦坡", "伊斯兰堡", "金沙萨",
                   "香港", "深圳", "广州", "天津", "重庆", "西安", "成都",
                   "长沙", "九江", "赣州", "威海"],
        "excluded": [
            # 沙特 (x2), 阿联酋, 卡塔尔, 肯尼亚, 尼日利亚 (x2), 乌兹别克斯坦,
            # 埃及, 安哥拉, 柬埔寨, 老挝, 赞比亚 (x2), 埃塞俄比亚 (countries),
            # 我国 (the country) and 全省 (deictic): not CITY, SPEC
            "，[[沙特]]、阿联酋", "沙特、[[阿联酋]]、", "、[[卡塔尔]]三国",
            "在[[沙特]]利雅得", "在[[肯尼亚]]蒙巴萨", "的[[尼日利亚]]拉各斯",
            "在[[尼日利亚]]的在建", "与[[乌兹别克斯坦]]方面",
            "在[[埃及]]开罗", "在[[安哥拉]]罗安达", "在[[柬埔寨]]金边",
            "的[[老挝]]万象", "在[[赞比亚]]、", "、[[埃塞俄比亚]]新签",
            "在[[赞比亚]]卢萨卡", "，[[我国]]对外", "，[[全省]]前10个月",
        ],
        "numbers_excluded": [],
        # 一 (x2) of 共建“一带一路” (the initiative's name), 二 of 红线二期 (a
        # phase), 双 of 双方 (a collective word, SPEC)
        "cn_excluded": ["共建“[[一]]带一路", "“一带[[一]]路”", "红线[[二]]期",
                        "[[双]]方将"],
        # 三 of 沙特、阿联酋、卡塔尔三国 (the collective label of the three
        # countries just listed, GUIDELINES; SPEC 五市)
        "collectives": [("卡塔尔[[三]]国", 3)],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 全年 after 2025年
        # (outside the span, GUIDELINES)
        "words_excluded": {"全年": 1, "同期": 0, "明显": 0, "当年": 0,
                           "年度": 0, "周期": 0, "今后": 0, "日前": 0,
                           "每年": 0, "单月": 0, "周边": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (an ORG cut down to its head, its declarations
        # along, leaves its stem outside; as in annotate_qb.py)
        "orgwords_excluded": {"商会": 0, "银行": 0, "公司": 4, "集团": 0,
                              "基金": 0, "商务部": 0, "商务厅": 0,
                              "合作司": 0, "信用保险": 1, "承包工程商会": 0,
                              "进出口": 0, "开发银行": 0, "国开": 0, "亚投": 0,
                              "基础设施投资银行": 0, "丝路": 0, "信保": 0,
                              "中建": 0, "交建": 0, "路桥": 0, "铁建": 0,
                              "土木": 0, "电建": 0, "能建": 0, "葛洲坝": 0,
                              "国机": 0, "中工": 0, "中信": 0, "建工": 0,
                              "城建": 0, "青建": 0, "中煤": 0,
                              "经济技术合作": 0, "对外投资": 0,
                              # the places that open the bodies' names and
                              # the junctions of bodies and their units
                              "上海建": 0, "北京城": 0, "江西省": 0,
                              "中国江西": 0, "江西中": 0, "亚洲基": 0,
                              "中国对外": 0, "中国出口": 0, "中国进": 0,
                              "国家开": 0, "商务部对": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g292 Macao culture, November 2026: the music festival (文化局 昨日: 上周日,
# 去年; 銀河娛樂集團, 金沙中國, 中國銀行澳門分行; 香港, 廣州, 深圳), the
# museums (澳門博物館, 澳門藝術博物館 今年首十個月, 上月; 海事及水務局's 澳門
# 海事博物館; 旅遊局's 澳門大賽車博物館 本月), the historic centre and the
# libraries (澳門歷史城區; 文化局: 今年首十個月, 下月; 今年首三季 against 去年
# 同期; 上周五; 氹仔), heritage (文化局 今年; 澳門藝術博物館 明年上半年 with
# 故宮博物院; 波爾圖), the conservatory and the troupes (澳門演藝學院, 上海戲劇
# 學院 今年; 澳門樂團 今年下半年; 澳門中樂團 上月 in 廣州, 深圳; 曉角話劇研進社,
# 石頭公社, 澳門戲劇社, 文化發展基金 今年; 教育及青年發展局 今年, 澳門理工大學),
# the festivals and their sponsors (旅遊局: 十二月六日, 十二月; 澳門光影節
# 十二月十九日, 明年一月; 澳門藝術節 明年五月; 永利澳門, 美高梅中國, 新濠博亞
# 娛樂 今年; 澳門電訊, 大西洋銀行 今年), subsidies (文化發展基金 今年首三季,
# 本周三: 明年, 明年一月五日, 二月二十日; 澳門基金會 今年; 社會文化司 上周五,
# 明年), a survey (澳門城市大學 上月: 今年; 統計暨普查局: 去年), cross-border
# work (文化局 上月, 珠海市文化廣電旅遊體育局: 明年上半年, 今年; 統計暨普查局:
# 今年首三季, 香港, 廣州, 中山; 澳門 去年, 明年; 澳門中樂團 明年三月 in 中山,
# 江門) and the outlook (明年; 聖誕, 元旦, 農曆新年, 明年, 下月中旬).
# Traditional as Macao writes it (本澳, 按年, 首三季, 首十個月, 公佈, 佔, 上周,
# 本周; counts, money and dates in Chinese numerals beside Arabic
# percentages), Big5-HKSCS without a BOM, 2026-11-22 (a Sunday, ISO week
# 2026-W47), 澳門日報.  昨日 2026-11-21; 本周三 2026-11-18; 上周日
# 2026-11-15; 上周五 2026-11-13; 十二月六日 2026-12-06; 十二月十九日
# 2026-12-19; 聖誕 2026-12-25; 元旦 2027-01-01; 明年一月五日 2027-01-05;
# 二月二十日 2027-02-20; 農曆新年 2027-02-06; 本月 2026-11; 上月 2026-10;
# 下月, 下月中旬, 十二月 2026-12; 明年一月 2027-01; 明年三月 2027-03; 明年
# 五月 2027-05; 今年, 今年首三季, 今年首十個月, 今年下半年 2026; 去年, 去年
# 同期 (after 今年首三季) 2025; 明年, 明年上半年 2027.
# ===========================================================================
@doc
def g292():
    d = Doc(G292)
    Y, LY, NY = "2026", "2025", "2027"
    MO, HK, GZ, SZ, ZS, JM, PT = ("澳门", "香港", "广州市", "深圳市",
                                  "中山市", "江门市", "波尔图")
    # title (a heading that opens with no city: no city section, no CITY in
    # it; 逾九成 over, 逾 inside, SPEC; 文化局, a Macao body standing alone in
    # a Macao text, GUIDELINES; 明年; 約一成)
    d.metric("入座率[[逾九成]] 文化局", 90, "%", "over", "")
    d.org("九成 [[文化局]]明年")
    d.date("文化局[[明年]]擬", NY, "")
    d.metric("資助[[約一成]]\n", 10, "%", "approx", "")
    # P1 the festival (【本報消息】: 本報 names no outlet, no row; 文化局 昨日;
    # 第三十八屆: an ordinal, no figure, SPEC; 澳門國際音樂節: the city inside
    # an event's name counts, SPEC 贵阳数博会, so the sentence's dates and
    # figures take 澳门; 上周日: a weekday inside the span, GUIDELINES 上周五:
    # W46's Sunday from the Sunday of W47; 二十二項, 三十九場: counts in
    # Chinese numerals with their measure words (项, 场); 約三萬一千人次: one
    # figure with its 萬 section (31000), 人次 a unit, SPEC; 較去年: 去年 from
    # the reference year; 3個百分點 -> 百分点, SPEC; the sentence ends at ；;
    # 約二萬七千張 (张); 約一千零六十萬元: 一千零六十 before 萬 (10600000);
    # 按年 no DATE; 銀河娛樂集團、金沙中國及中國銀行澳門分行等機構: a list closed
    # by a kind, ORGs, GUIDELINES; 中國銀行澳門分行: a bank's branch in a city,
    # one ORG, GUIDELINES 中国银行澳门分行, no CITY; 逾一千八百萬元 over; 兩場: a
    # count of two (兩 before a measure word, no indefinite article); 約三百
    # 八十元; 本澳 deictic, SPEC; 約佔55%: 約 before 佔 sets approx across the
    # verb, outside the span (GUIDELINES 约占全国的四成); 香港、廣州及深圳: a
    # list of three cities, GUIDELINES; 55% takes 香港, first after)
    d.org("】[[文化局]]昨日")
    d.date("文化局[[昨日]]公佈", "2026-11-21", MO)
    d.city("屆[[澳門]]國際音樂節")
    d.date("已於[[上周日]]閉幕", "2026-11-15", MO)
    d.metric("推出[[二十二項]]節目", 22, "项", "exact", MO)
    d.metric("、[[三十九場]]演出", 39, "场", "exact", MO)
    d.metric("觀眾[[約三萬一千人次]]", 31000, "人次", "approx", MO)
    d.metric("入座率[[約92%]]", 92, "%", "approx", MO)
    d.date("較[[去年]]上升", LY, MO)
    d.metric("上升[[3個百分點]]", 3, "百分点", "exact", MO)
    d.metric("售出[[約二萬七千張]]", 27000, "张", "approx", "")
    d.metric("收入[[約一千零六十萬元]]", 10600000, "元", "approx", "")
    d.metric("按年增加[[約8%]]。", 8, "%", "approx", "")
    d.org("。[[文化局]]表示，本屆")
    d.org("獲[[銀河娛樂集團]]、")
    d.org("、[[金沙中國]]及")
    d.org("及[[中國銀行澳門分行]]等")
    d.metric("合共[[逾一千八百萬元]]", 18000000, "元", "over", "")
    d.metric("歌劇的[[兩場]]演出", 2, "场", "exact", "")
    d.metric("票價[[約三百八十元]]", 380, "元", "approx", "")
    d.metric("約佔[[55%]]", 55, "%", "approx", HK, sep="約")
    d.city("來自[[香港]]、廣州及深圳")
    d.city("香港、[[廣州]]及深圳")
    d.city("及[[深圳]]。")
    # P2 the museums (澳門博物館及澳門藝術博物館: two named museums, ORGs, the
    # city in front belonging to each, GUIDELINES; 今年首十個月: Macao's
    # first months with 首, the year, SPEC 首9个月; 約六十八萬人次; 約佔六成:
    # 約 across 佔, sep; 上月; 至今 no DATE; 海事及水務局轄下的澳門海事博物館:
    # a bureau of two fields joined by 及 (JOINED_NAMES) and its museum, two
    # ORGs across 轄下的; 約十九萬人次; 旅遊局轄下的澳門大賽車博物館: likewise;
    # 本月; 單日 no DATE; 最多達七千三百人次: 最多 sets no qualifier, exact,
    # GUIDELINES; 達 a value word outside)
    d.org("，[[澳門博物館]]及")
    d.org("及[[澳門藝術博物館]]今年")
    d.date("藝術博物館[[今年首十個月]]合共", Y, "")
    d.metric("接待[[約六十八萬人次]]", 680000, "人次", "approx", "")
    d.metric("按年增加[[約14%]]", 14, "%", "approx", "")
    d.metric("約佔[[六成]]", 60, "%", "approx", "", sep="約")
    d.org("。[[澳門藝術博物館]]上月")
    d.date("藝術博物館[[上月]]推出", "2026-10", "")
    d.metric("至今入場[[約四萬六千人次]]", 46000, "人次", "approx", "")
    d.org("；[[海事及水務局]]轄下")
    d.org("轄下的[[澳門海事博物館]]今年")
    d.date("海事博物館[[今年首十個月]]入場", Y, "")
    d.metric("入場[[約十九萬人次]]", 190000, "人次", "approx", "")
    d.org("；[[旅遊局]]轄下")
    d.org("轄下的[[澳門大賽車博物館]]在")
    d.date("在[[本月]]大賽車", "2026-11", "")
    d.metric("最多達[[七千三百人次]]", 7300, "人次", "exact", "")
    # P3 the historic centre, the libraries and heritage buildings (澳門歷史
    # 城區: the city inside a heritage site's name counts, SPEC 上海迪士尼乐园;
    # 文化局 數據顯示; 大三巴牌坊一帶: a landmark's name and 一帶 (around), no
    # figure; 今年首十個月; 約一千三百萬人次 (13000000); 當局 a read-back; 下月
    # (起 outside); 每日 no DATE (a recurring day, SPEC); 約八百個; 文化局轄下
    # 公共圖書館: a kind of library, no ORG (GUIDELINES: 新图书馆, 大学图书馆 are
    # buildings and kinds; see NOTES); 約四十二萬冊: 冊 -> 册, the measure
    # word; 約一萬一千名; 今年首三季: the year; 去年同期 after it: the year,
    # SPEC; 約一成; 上周五 (起 outside): W46's Friday; 大炮台花園, 益隆炮竹廠
    # 舊址 facilities; 氹仔 a district, no CITY (its 氹 declared); 四個)
    d.city("。\n\n[[澳門]]歷史城區")
    d.org("暢旺。[[文化局]]數據")
    d.date("一帶[[今年首十個月]]人流", Y, "")
    d.metric("人流[[約一千三百萬人次]]", 13000000, "人次", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.date("當局[[下月]]起", "2026-12", "")
    d.metric("名額[[約八百個]]", 800, "个", "approx", "")
    d.org("。[[文化局]]轄下公共")
    d.date("公共圖書館[[今年首十個月]]外借", Y, "")
    d.metric("外借書刊[[約四十二萬冊]]", 420000, "册", "approx", "")
    d.metric("按年增加[[約6%]]，新登記", 6, "%", "approx", "")
    d.metric("讀者[[約一萬一千名]]", 11000, "名", "approx", "")
    d.date("建築[[今年首三季]]入場", Y, "")
    d.metric("入場[[約二十三萬人次]]", 230000, "人次", "approx", "")
    d.date("較[[去年同期]]增加約一成", LY, "")
    d.metric("增加[[約一成]]。", 10, "%", "approx", "")
    d.org("。[[文化局]]上周五")
    d.date("文化局[[上周五]]起延長", "2026-11-13", "")
    d.metric("表演點[[四個]]", 4, "个", "exact", "")
    # P4 heritage and loans (文化局 今年; 約三千六百萬元; 二十一幢: 幢 a unit,
    # GUIDELINES; 約十五幢; 澳門藝術博物館 明年上半年 (several months of a
    # year: the year, SPEC), first city after: 波爾圖; 聯同故宮博物院: 聯同 a
    # preposition, 故宮博物院 a museum, GUIDELINES' own example; 葡萄牙波爾圖:
    # a country glued to its city, GUIDELINES; Porto by the mainland's name
    # 波尔图, SPEC; 美術館 after 的: a kind, no ORG; 約八十件)
    d.org("方面，[[文化局]]今年撥款")
    d.date("文化局[[今年]]撥款", Y, "")
    d.metric("撥款[[約三千六百萬元]]", 36000000, "元", "approx", "")
    d.metric("文物建築[[二十一幢]]", 21, "幢", "exact", "")
    d.metric("另有[[約十五幢]]", 15, "幢", "approx", "")
    d.org("。[[澳門藝術博物館]]明年")
    d.date("藝術博物館[[明年上半年]]將", NY, PT)
    d.org("聯同[[故宮博物院]]合辦")
    d.city("葡萄牙[[波爾圖]]的")
    d.metric("藏品[[約八十件]]", 80, "件", "approx", PT)
    # P5 the conservatory and the troupes (澳門演藝學院, a school, an ORG;
    # 約一千九百名; 其舞蹈學校 a read-back; 聯同上海戲劇學院 (its 上海 inside);
    # 今年; 約六十名; 澳門樂團, 澳門中樂團: orchestras after a place are bodies,
    # GUIDELINES' own examples; 今年下半年 the year; 約四十場; the sentence ends
    # at ；; 上月 first city after: 廣州; 赴廣州、深圳: two cities; 四場 a count
    # of performances, not the list's collective label (two items); nearest
    # city before: 深圳; 曉角話劇研進社、石頭公社、澳門戲劇社等本地藝團: a list
    # closed by a kind, ORGs, GUIDELINES; 今年; 文化發展基金 (a Macao body
    # standing alone); 約一百一十場; 教育及青年發展局 (JOINED_NAMES) 今年;
    # 約一萬八千人次; 聯同澳門理工大學; 約二十個)
    d.org("方面，[[澳門演藝學院]]目前")
    d.metric("學員[[約一千九百名]]", 1900, "名", "approx", "")
    d.metric("按年增加[[約5%]]，其舞蹈", 5, "%", "approx", "")
    d.org("聯同[[上海戲劇學院]]合辦")
    d.date("課程[[今年]]錄取", Y, "")
    d.metric("新生[[約六十名]]", 60, "名", "approx", "")
    d.org("。[[澳門樂團]]今年")
    d.date("澳門樂團[[今年下半年]]安排", Y, "")
    d.metric("音樂會[[約四十場]]", 40, "场", "approx", "")
    d.org("；[[澳門中樂團]]上月")
    d.date("中樂團[[上月]]赴廣州", "2026-10", GZ)
    d.city("赴[[廣州]]、深圳巡演")
    d.city("、[[深圳]]巡演")
    d.metric("巡演[[四場]]", 4, "场", "exact", SZ)
    d.metric("觀眾[[約五千二百人次]]", 5200, "人次", "approx", SZ)
    d.org("。[[曉角話劇研進社]]、")
    d.org("、[[石頭公社]]、")
    d.org("、[[澳門戲劇社]]等")
    d.date("本地藝團[[今年]]獲", Y, "")
    d.org("獲[[文化發展基金]]資助的演出")
    d.metric("演出[[約一百一十場]]", 110, "场", "approx", "")
    d.metric("按年增加[[約12%]]", 12, "%", "approx", "")
    d.org("。[[教育及青年發展局]]今年")
    d.date("發展局[[今年]]資助", Y, "")
    d.metric("演出[[約一萬八千人次]]", 18000, "人次", "approx", "")
    d.org("聯同[[澳門理工大學]]開辦")
    d.metric("課程[[約二十個]]", 20, "个", "approx", "")
    # P6 the festivals and sponsors (旅遊局, a Macao body standing alone;
    # 澳門國際幻彩大巡遊: the city inside an event's name; 十二月六日: a month
    # and a day in Chinese numerals, the reference year; 約十二萬人次; 旅遊局
    # again; 十二月 a bare month; 訪澳: 澳 a one-character abbreviation, no
    # CITY, SPEC; 突破三百萬人次 over, 突破 inside, SPEC; the sentence ends at
    # ；; 澳門光影節: the same; 十二月十九日; 展期至明年一月: 明年一月 one span;
    # 第三十七屆 an ordinal; 澳門藝術節: the same; 明年五月; 永利澳門、美高梅中國
    # 及新濠博亞娛樂等綜合旅遊休閒企業: a list closed by a kind, ORGs; 永利澳門
    # the company's Macao arm, one ORG, no CITY (GUIDELINES 支付宝澳门); 今年;
    # 約三百二十場; 逾八十萬人次 over; 澳門電訊及大西洋銀行: two ORGs; 今年;
    # 約六十場)
    d.org("。[[旅遊局]]主辦")
    d.city("主辦的[[澳門]]國際幻彩")
    d.date("將於[[十二月六日]]舉行", "2026-12-06", MO)
    d.metric("觀眾[[約十二萬人次]]", 120000, "人次", "approx", MO)
    d.org("，[[旅遊局]]估計")
    d.date("估計[[十二月]]訪澳", "2026-12", MO)
    d.metric("有望[[突破三百萬人次]]", 3000000, "人次", "over", MO)
    d.city("；[[澳門]]光影節")
    d.date("則於[[十二月十九日]]開幕", "2026-12-19", MO)
    d.date("展期至[[明年一月]]", "2027-01", MO)
    d.city("屆[[澳門]]藝術節")
    d.date("定於[[明年五月]]舉行", "2027-05", MO)
    d.org("。[[永利澳門]]、")
    d.org("、[[美高梅中國]]及")
    d.org("及[[新濠博亞娛樂]]等")
    d.date("休閒企業[[今年]]在", Y, "")
    d.metric("藝文活動[[約三百二十場]]", 320, "场", "approx", "")
    d.metric("人流[[逾八十萬人次]]", 800000, "人次", "over", "")
    d.org("；[[澳門電訊]]及")
    d.org("及[[大西洋銀行]]今年")
    d.date("大西洋銀行[[今年]]亦", Y, "")
    d.metric("社區演出[[約六十場]]", 60, "场", "approx", "")
    # P7 subsidies (文化發展基金 今年首三季; 約一千一百項; 約一億二千萬元: one
    # figure with its 億 and 萬 sections (120000000), GUIDELINES 1亿2000万元;
    # 澳門基金會 今年; 約八千五百萬元; 文化發展基金 本周三: W47's Wednesday; 明年;
    # 由明年一月五日至二月二十日: a range, two mentions, SPEC; the second end in
    # the first's year, GUIDELINES' forward rule too; 社會文化司 (one of
    # Macao's five secretariats, GUIDELINES) 上周五; 明年; 具澳門特色: the
    # city as a modifier, SPEC 杭州特色, nearest after for the sentence's
    # earlier dates; 約三成; 藝團負責人 people; 每年 no DATE; 不足十場 under,
    # 不足 inside, SPEC)
    d.org("方面，[[文化發展基金]]今年首三季")
    d.date("文化發展基金[[今年首三季]]批出", Y, "")
    d.metric("項目資助[[約一千一百項]]", 1100, "项", "approx", "")
    d.metric("金額[[約一億二千萬元]]", 120000000, "元", "approx", "")
    d.metric("按年增加[[約9%]]", 9, "%", "approx", "")
    d.org("；[[澳門基金會]]今年")
    d.date("基金會[[今年]]亦向", Y, "")
    d.metric("撥款[[約八千五百萬元]]", 85000000, "元", "approx", "")
    d.org("。[[文化發展基金]]本周三")
    d.date("發展基金[[本周三]]公佈", "2026-11-18", "")
    d.date("公佈[[明年]]的資助", NY, "")
    d.date("由[[明年一月五日]]至", "2027-01-05", "")
    d.date("至[[二月二十日]]。", "2027-02-20", "")
    d.org("。[[社會文化司]]上周五")
    d.date("文化司[[上周五]]表示", "2026-11-13", MO)
    d.date("表示，[[明年]]將優先", NY, MO)
    d.city("具[[澳門]]特色")
    d.metric("減免[[約三成]]", 30, "%", "approx", MO)
    d.metric("演出[[不足十場]]", 10, "场", "under", "")
    # P8 a survey and the industry (澳門城市大學, a university, its 澳門 and
    # 城市 inside, no CITY; 上月; 約43%; 今年; 約5個百分點 -> 百分点, approx;
    # 不足兩成 under; 統計暨普查局 (GUIDELINES' Macao body standing alone);
    # 早前 no DATE (vague); 去年 from the reference year; 本澳 deictic; 約九十
    # 六億元 (9600000000); 約6%; 約二千四百家)
    d.org("\n\n[[澳門城市大學]]上月")
    d.date("城市大學[[上月]]公佈", "2026-10", "")
    d.metric("顯示，[[約43%]]受訪", 43, "%", "approx", "")
    d.date("居民[[今年]]曾", Y, "")
    d.metric("上升[[約5個百分點]]", 5, "百分点", "approx", "")
    d.metric("受訪者[[不足兩成]]", 20, "%", "under", "")
    d.org("。[[統計暨普查局]]早前")
    d.date("公佈，[[去年]]本澳", LY, "")
    d.metric("服務收益[[約九十六億元]]", "96e8", "元", "approx", "")
    d.metric("按年增加[[約6%]]，相關", 6, "%", "approx", "")
    d.metric("增至[[約二千四百家]]", 2400, "家", "approx", "")
    # P9 cross-border work (文化局 上月 聯同珠海市文化廣電旅遊體育局: a city's
    # bureau of three fields and a head (GUIDELINES 文化广电旅游体育局), its
    # city inside, no CITY; 明年上半年; 橫琴 a zone, no CITY; 約十五項; the
    # sentence ends at ；; 該局 a read-back; 今年, first city after: 澳門 of
    # 澳門藝團 (the city as a modifier, SPEC); 約三萬八千人次; 統計暨普查局;
    # 今年首三季; 約二千九百萬人次 (29000000); 約7%; 香港、廣州及中山: a list of
    # three cities, GUIDELINES; 約為18%: 約 separated by 為, outside the span,
    # approx, GUIDELINES 约为19%; nearest city before: 中山; 澳門去年: the city
    # as the subject; 去年 from the reference year; 逾二百項 over; 文化局; 明年;
    # 澳門中樂團 明年三月 (one span), first city after: 中山; 中山、江門; 兩場:
    # a count of concerts, after 合辦音樂會, not the pair's label)
    d.org("方面，[[文化局]]上月")
    d.date("文化局[[上月]]聯同", "2026-10", "")
    d.org("聯同[[珠海市文化廣電旅遊體育局]]簽署")
    d.date("協議，[[明年上半年]]將在", NY, "")
    d.metric("演出[[約十五項]]", 15, "项", "approx", "")
    d.date("指出，[[今年]]到橫琴", Y, MO)
    d.city("觀看[[澳門]]藝團")
    d.metric("觀眾[[約三萬八千人次]]", 38000, "人次", "approx", MO)
    d.org("。[[統計暨普查局]]資料")
    d.date("顯示，[[今年首三季]]入境", Y, HK)
    d.metric("入境旅客[[約二千九百萬人次]]", 29000000, "人次", "approx", HK)
    d.metric("按年增加[[約7%]]", 7, "%", "approx", HK)
    d.city("來自[[香港]]、廣州及中山")
    d.city("香港、[[廣州]]及中山")
    d.city("及[[中山]]的旅客")
    d.metric("比例約為[[18%]]", 18, "%", "approx", ZS, sep="約")
    d.city("。[[澳門]]去年")
    d.date("澳門[[去年]]作為", LY, MO)
    d.metric("交流活動[[逾二百項]]", 200, "项", "over", MO)
    d.org("，[[文化局]]期望")
    d.date("延續至[[明年]]；", NY, MO)
    d.org("；[[澳門中樂團]]明年三月")
    d.date("中樂團[[明年三月]]將", "2027-03", ZS)
    d.city("將赴[[中山]]、江門")
    d.city("、[[江門]]演出")
    d.metric("音樂會[[兩場]]。", 2, "场", "exact", JM)
    # P10 the outlook (展望明年; 文化局; 明年; 約一成; 聖誕及元旦 (期間 outside):
    # yearless, the coming ones, GUIDELINES; 大炮台花園 a facility; 約十場;
    # 農曆新年 (前 outside): yearless, the coming one, GUIDELINES: 农历新年 is
    # 春节; 約三十項; 明年藝術節: 明年, the festival's name holding no city;
    # 下月中旬: a part of a month, the month, SPEC; the last sentence holds no
    # mention)
    d.date("展望[[明年]]，文化局", NY, "")
    d.org("，[[文化局]]表示，明年藝文")
    d.date("表示，[[明年]]藝文", NY, "")
    d.metric("預算擬增加[[約一成]]", 10, "%", "approx", "")
    d.date("在[[聖誕]]及元旦", "2026-12-25", "")
    d.date("及[[元旦]]期間", "2027-01-01", "")
    d.metric("音樂會[[約十場]]", 10, "场", "approx", "")
    d.date("；[[農曆新年]]前", "2027-02-06", "")
    d.metric("節目[[約三十項]]", 30, "项", "approx", "")
    d.date("，[[明年]]藝術節的", NY, "")
    d.date("則於[[下月中旬]]公佈", "2026-12", "")
    audit = {
        "orgs": ["文化局", "銀河娛樂集團", "金沙中國", "中國銀行澳門分行",
                 "澳門博物館", "澳門藝術博物館", "海事及水務局",
                 "澳門海事博物館", "旅遊局", "澳門大賽車博物館", "故宮博物院",
                 "澳門演藝學院", "上海戲劇學院", "澳門樂團", "澳門中樂團",
                 "曉角話劇研進社", "石頭公社", "澳門戲劇社", "文化發展基金",
                 "教育及青年發展局", "澳門理工大學", "永利澳門", "美高梅中國",
                 "新濠博亞娛樂", "澳門電訊", "大西洋銀行", "澳門基金會",
                 "社會文化司", "澳門城市大學", "統計暨普查局",
                 "珠海市文化廣電旅遊體育局"],
        "cities": ["澳門", "香港", "廣州", "深圳", "中山", "江門", "波爾圖",
                   "珠海", "上海", "本澳", "橫琴", "氹仔", "葡萄牙",
                   # absent cities, as guards (none written)
                   "北京", "東莞", "佛山", "惠州", "肇慶", "里斯本", "杭州",
                   "成都", "南京", "西安", "福州", "廈門"],
        "excluded": [
            # 本澳 (x3, deictic, SPEC 本市), 橫琴 (x2, a zone of 珠海), 氹仔 (a
            # district of Macao), 葡萄牙 (a country): not CITY, SPEC
            "中[[本澳]]居民", "，去年[[本澳]]文化", "認為，[[本澳]]藝文",
            "在[[橫琴]]合辦", "到[[橫琴]]觀看", "在[[氹仔]]舊城區",
            "引進[[葡萄牙]]波爾圖",
        ],
        "numbers_excluded": [],
        # 三十八 of 第三十八屆 and 三十七 of 第三十七屆 (ordinals, SPEC), 三 of
        # 大三巴牌坊 (a landmark's name) and 一 of 一帶 (around: a word)
        "cn_excluded": ["第[[三十八]]屆", "第[[三十七]]屆", "大[[三]]巴牌坊",
                        "牌坊[[一]]帶"],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (year on year),
        # 音樂節, 藝術節, 光影節 (the festivals' names outside their CITY rows;
        # 節 a time character), 節目 (programmes), 節慶 (festivities), 至今
        # (so far), 單日 (a single day), 每日 and 每年 (recurring, SPEC),
        # 露天 (open-air)
        "words_excluded": {"按年": 10, "音樂節": 3, "藝術節": 3, "光影節": 1,
                           "節目": 3, "節慶": 1, "至今": 1, "單日": 1,
                           "每日": 1, "每年": 1, "露天": 2,
                           "同期": 0, "明顯": 0, "年度": 0, "今後": 0,
                           "日前": 0, "全年": 0, "近年": 0, "今次": 0,
                           "首季": 0},
        # generic heads outside ORG rows (counted), and the trade names
        # before each head (as in g291)
        "orgwords_excluded": {"博物館": 1, "博物院": 0, "學院": 0, "大學": 0,
                              "樂團": 1, "基金": 0, "基金會": 0, "銀行": 0,
                              "娛樂": 0, "文化局": 0, "旅遊局": 0,
                              "水務局": 0, "發展局": 0, "普查局": 0,
                              "文化司": 0, "戲劇社": 0, "研進社": 0,
                              "公社": 0, "電訊": 0, "銀河": 0, "金沙": 0,
                              "永利": 0, "美高梅": 0, "新濠": 0, "博亞": 0,
                              "大西洋": 0, "曉角": 0, "石頭": 0, "故宮": 0,
                              "海事": 0, "大賽車": 1, "演藝學院": 0,
                              "理工": 0, "城市大": 0, "戲劇學院": 0,
                              "廣電": 0, "文化發展": 0, "中樂": 0,
                              # the places that open the bodies' names and
                              # the junctions of bodies and their units
                              "澳門博": 0, "澳門藝": 2, "澳門海": 0,
                              "澳門大": 0, "澳門演": 0, "澳門樂": 0,
                              "澳門中": 0, "澳門戲": 0, "澳門理": 0,
                              "澳門電": 0, "澳門基": 0, "澳門城": 0,
                              "珠海市": 0, "上海戲": 0, "中國銀": 0,
                              "教育及": 0, "社會文": 0},
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
    column a headline is one sentence; rule_city no longer uses it, as
    annotate_qa.py's did not).  Here it counts the halves each title
    declares (TITLE_HALVES: g291's space after 约7.2%, g292's after
    逾九成)."""
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


def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; annotate_dc.py's
    check, after annotate_fa.py and annotate_ga.py)."""
    tx = r["text"]
    # (a day in Chinese numerals too, 二月二十日: new here, after a mutation
    # that wrote g292's 二月二十日 after 明年一月五日至 as 2026-02-20 passed)
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
    of 2024; new here, after a mutation that wrote g292's 二月二十日 as
    2026-02-20 passed: check_forward read Arabic days only)."""
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
# list of rules/ that I may not read): none.  Neither article writes a
# figure right after 每 + a measure word (annotate_qb.py's g283 wrote 每吨
# before seven prices; g292's 每日名額約八百個 holds a noun between 每日
# and the figure, whose unit is its own 個); the check stays
PER_UNITS = {}


def check_per_before(d, r):
    """A METRIC right after 每 + a measure word (每吨11.35万元, 每筆手續費15港
    元, annotate_mb.py's 每艘约1.29亿美元, annotate_ob.py's 每宗約1,020萬元;
    annotate_pc.py's 每名學生二萬四千六百元; annotate_qb.py's 每吨86420元;
    none here) keeps 每 and the
    measure word outside its span and its unit (GUIDELINES: 每平方米16712元
    -> unit 元); a unit with a slash denominator must be declared in
    PER_UNITS, and no undeclared slash rate stands in the text
    (annotate_lb.py's, with annotate_mb.py's 艘 and 美元, annotate_ob.py's
    平方呎, 呎 and 宗; 名學生, 人 and 班 added here for Macao's subsidies)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|名學生|人|班)"
                  "(手續費)?$", head)
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
    # event's name counts, the name being no organization; new here)
    for name, k in CITY_IN_NAME.get(d.doc_id, {}).items():
        places = [m.start() for m in re.finditer(re.escape(name), d.text)]
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
            # outlets (annotate_pc.py's g279: 农民日报 and 中国农网; g291's
            # 本报 names none, so every row after the title follows 𬱖 and 䶮)
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
            # check, which annotate_pc.py lacked, ported by annotate_qb.py,
            # whose g283 wrote 每吨
            # before seven figures)
            head = re.sub("每(吨|噸|筆|笔|艘|公斤|平方米|平方呎|呎|宗|份)$", "",
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
        # annotate_qb.py's g284; g292's 【本報消息】, like annotate_pc.py's and
        # annotate_ac.py's, holds none); no row straddles the opener's end
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
