"""Document metadata: title, issuer, 文号 (GB/T 9704 §7.2.5 and its real-world variants), date, the
years the document reports on; and the reading context the fact extractor starts from (is this a
review, a plan, which year is being reviewed)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.numbers import parse_number
from yuanqu.docintel.engine.periods import find_months, find_year, find_years

# DOMAIN.md §9.1, widened: any bracket pair, spaces, 字 and 第 tolerated, full-width digits folded
DOC_NUMBER_RE = re.compile(
    r"(?P<org>[\u4e00-\u9fffA-Za-z]{1,20}?)\s*[〔\[［(（【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］)）】]"
    r"\s*(?:字)?\s*第?\s*(?P<seq>\d{1,5})\s*号"
)
DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
CN_DATE_RE = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
FIELD_RE = re.compile(r"(发布机构|发文机关|发文单位|发文日期|成文日期|印发日期|文\s*号)\s*[:：]\s*(\S+)")
ORG_SUFFIX_RE = re.compile(r"(办公室|管委会|管理委员会|委员会|政府|局|街道|开发区|经开区|高新区|办|委|厅|部)$")
TITLE_WORDS = ("关于", "报告", "总结", "计划", "方案", "通知", "意见", "回眸", "安排", "要点", "规划", "通报", "纪要")
FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_doc_number(text: str) -> dict[str, Any] | None:
    """'武政规[2018]32号' → {'text': '武政规〔2018〕32号', 'org': '武政规', 'year': 2018, 'seq': 32}."""
    m = DOC_NUMBER_RE.search(text.translate(FULLWIDTH))
    if not m:
        return None
    org, year, seq = m.group("org"), int(m.group("year")), int(m.group("seq"))
    return {"text": f"{org}〔{year}〕{seq}号", "org": org, "year": year, "seq": seq}


@dataclass
class DocContext:
    """Where reading starts: the mode of the document (a review, or a plan whose 完成 are targets),
    the year being reviewed, the default year, and lines that belong to task tables."""

    mode: str = "review"
    review_year: int | None = None
    default_year: int | None = None
    task_table_lines: set[int] = field(default_factory=set)
    plan_year: int | None = None  # the year the document plans for (2025年重点目标任务, …和2025年工作计划)
    plan_title: bool = False  # the title names a plan (…目标任务, …工作要点, …和2025年工作计划)
    # the year the document starts from: the first of a span its title names (工作方案（2024—2027年）),
    # else the default year; a figure of an earlier year is of a closed year
    start_year: int | None = None


def _lines(text: str) -> list[str]:
    return [re.sub(r"^#+\s*", "", line).strip() for line in text.split("\n")]


def _cjk_join(s: str) -> str:
    return re.sub(r"(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(])", "", s).strip()


def extract_title(text: str) -> str:
    candidates: list[str] = []
    for line in _lines(text)[:40]:
        if not line or len(line) > 90 or re.search(r"[。，；：:>]|[,;]$", line) or "\t" in line:
            continue
        if line.endswith("文件") or parse_doc_number(line) or DATE_RE.fullmatch(line) or line.startswith("【"):
            continue
        candidates.append(line)
        if len(candidates) >= 6:
            break
    for i, line in enumerate(candidates):
        if any(w in line for w in TITLE_WORDS):
            title = line.lstrip("—-－ ")
            if line.startswith(("—", "－")) and i > 0:
                title = f"{candidates[i - 1]}——{title}"
            return _cjk_join(title)
    return _cjk_join(candidates[0]) if candidates else ""


def extract_issuer(text: str, title: str) -> str:
    head = "\n".join(_lines(text)[:30])
    for m in FIELD_RE.finditer(head):
        if m.group(1) in ("发布机构", "发文机关", "发文单位"):
            return m.group(2).strip()
    for line in _lines(text)[:10]:
        if line.endswith("文件") and len(line) < 40:
            return _cjk_join(line[:-2])
    for line in _lines(text)[:5]:
        if line and len(line) < 40 and ORG_SUFFIX_RE.search(line) and not any(w in line for w in TITLE_WORDS):
            return _cjk_join(line)
    lead = re.match(r"^(?:.*——)?(.{2,30}?)(?:关于|(?:19|20)\d{2}\s*年)", title)
    if lead:
        return lead.group(1).strip("，、 ")
    return ""


def extract_date(text: str) -> str | None:
    head = "\n".join(_lines(text)[:30])
    for m in FIELD_RE.finditer(head):
        if "日期" in m.group(1):
            d = DATE_RE.search(m.group(2))
            if d:
                return _iso(d.group(1), d.group(2), d.group(3))
    for line in _lines(text):
        d = DATE_RE.fullmatch(line) or DATE_RE.fullmatch(line.replace("印发", ""))
        if d:
            return _iso(d.group(1), d.group(2), d.group(3))
        c = CN_DATE_RE.fullmatch(line)
        if c:
            year = "".join(
                str("〇一二三四五六七八九".index(ch)) if ch in "〇一二三四五六七八九" else "0" for ch in c.group(1)
            )
            month, day = parse_number(c.group(2)), parse_number(c.group(3))
            if month and day:
                return _iso(year, str(int(month)), str(int(day)))
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    y, m, d = int(year), int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def review_year_of(text: str) -> int | None:
    """The year a document looks back on: "2017年工作总结", "2018年工作回顾"."""
    m = re.search(
        r"((?:19|20)\d{2})\s*年(?:度)?(?:1\s*[-—–~至到]\s*\d{1,2}\s*月份?)?[^，。\d\n]{0,6}?(?:"
        + "|".join(lx.REVIEW_WORDS)
        + ")",
        text,
    )  # 2023年工作总结; 2023年1—10月经济运行情况: a period of the year reviewed
    if m is None:  # 关于2020年度各园区（街道）目标管理考核结果的通报: the year whose results are judged
        m = ASSESSED_RE.search(text)
    return int(m.group(1)) if m else None


ASSESSED_RE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?[^，。\d\n]{0,16}?(?:考核|考评|评价)(?:结果|情况)")


def extract_years(text: str, title: str, review_year: int | None) -> list[int]:
    years = set(find_years(title))
    if review_year:
        years.add(review_year)
        if re.search(r"今年|明年", title):
            years.add(review_year + 1)
    for line in _lines(text):
        if line and len(line) <= 40 and not re.search(r"[。；，]$", line):
            if any(w in line for w in (*lx.PLAN_WORDS, *lx.REVIEW_WORDS)):
                years.update(find_years(line))
        elif review_year and re.match(r"^(?:19|20)\d{2}\s*年", line):
            y = find_year(line[:8])
            if y and y > review_year and any(w in line[:80] for w in ("目标", "计划", "安排", "工作", "要求", "思路")):
                years.add(y)
    return sorted(years)


PLAN_TITLE_RE = re.compile(
    r"((?:19|20)\d{2})\s*年(?:度)?(?P<gap>[^，。\d\n]{0,14}?)(?:计划|目标|任务|要点|安排|打算|思路|谋划|展望|方案|规划)"
)


def plan_year_of(title: str, review_year: int | None) -> int | None:
    """The year a document plans for: the year its title names before a plan word (…2026年经济工作要点,
    2024年工作总结和2025年工作计划), else the year after the one it reviews (2017年工作回眸和今年新谋划),
    or that same year when only part of it is reviewed (2024年上半年工作总结和下半年打算)."""
    for m in PLAN_TITLE_RE.finditer(title):
        if not any(w in m.group("gap") for w in lx.REVIEW_WORDS):
            return int(m.group(1))
    if review_year is None:
        return None
    months = find_months(title)
    return review_year if months and months != [1, 12] else review_year + 1


# a five-year plan by its number: “十四五”规划, 第十四个五年规划
FIVE_YEAR_PLAN_RE = re.compile(r"十(?P<n>[一二三四五六七八九])五|第十(?P<m>[一二三四五六七八九])个五年")
CN_DIGIT = "一二三四五六七八九"


def five_year_plan(title: str) -> tuple[int, int] | None:
    """(first year, last year) of the five-year plan a plan's title names: 十四五 is 2021–2025 (the
    plans run five years each from the 三五, 1966–1970)."""
    m = FIVE_YEAR_PLAN_RE.search(title)
    if not m or not any(w in title for w in ("规划", "纲要")):
        return None
    number = 10 + CN_DIGIT.index(m.group("n") or m.group("m")) + 1
    first = 1966 + 5 * (number - 3)
    return first, first + 4


TITLE_SPAN_RE = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年")


def build_context(text: str, title: str, task_lines: set[int]) -> DocContext:
    plan = five_year_plan(title)
    if plan and not review_year_of(title):
        # a five-year plan reviews the year before it starts (发展基础: 2020) and plans for its last
        # year (2025); a 远景目标 year in its title (二〇三五年) is no year of its figures
        return DocContext(
            mode="plan",
            review_year=plan[0] - 1,
            default_year=plan[1],
            task_table_lines=task_lines,
            plan_year=plan[1],
            plan_title=True,
        )
    review_year = review_year_of(title) or review_year_of(text[:20000])
    years = find_years(title)
    plan_doc = review_year is None and any(w in title for w in lx.PLAN_DOC_WORDS)
    default_year = review_year or (years[0] if years else None)
    if default_year is None:
        found = find_years(text[:5000])
        default_year = found[0] if found else None
    span = TITLE_SPAN_RE.search(title)
    return DocContext(
        mode="plan" if plan_doc else "review",
        review_year=review_year,
        default_year=default_year,
        start_year=int(span.group(1)) if span else default_year,
        task_table_lines=task_lines,
        plan_year=plan_year_of(title, review_year),
        plan_title=plan_doc
        or any(not any(w in m.group("gap") for w in lx.REVIEW_WORDS) for m in PLAN_TITLE_RE.finditer(title)),
    )


def extract_document(text: str) -> dict[str, Any]:
    title = extract_title(text)
    number = None
    for line in _lines(text)[:40]:
        number = parse_doc_number(line)
        if number:
            break
    review_year = review_year_of(title) or review_year_of(text[:20000])
    return {
        "title": title,
        "issuer": extract_issuer(text, title),
        "doc_number": number["text"] if number else None,
        "doc_number_parts": number,
        "date": extract_date(text),
        "years": extract_years(text, title, review_year),
    }
