"""Boilerplate rules: chrome lines go, news lines stay, in Kazakh, Russian and English."""

from __future__ import annotations

import pytest

from kzcn.clean import make_document
from kzcn.clean.boilerplate import is_chrome, remove_boilerplate
from kzcn.clean.normalise import normalise_text
from kzcn.ingest import RawArticle
from kzcn.model import Rejection


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Back to top button", True),
        ("Популярное в нашем Telegram-канале", True),
        ("Новости партнеровЭкономика", True),
        ("Сурет: облыс әкімдігінің баспасөз қызметі", True),
        ("Фото: пресс-служба акимата", True),
        ("Photo: Akimat press service", True),
        ("Главная | Новости | Регионы | Контакты", True),
        ("Басты бет | Жаңалықтар | Өңірлер", True),
        ("Читайте также", True),
        ("1 234 просмотра", True),
        ("Copyright © 2024 Example News 示例信息技术有限公司", True),
        ("资深编辑|李明 审核|王华 总编|陈静", True),
        ("责任编辑：赵丽", True),
        ("（本台视频未经允许不得截图转载使用）", True),
        ("返回上一页", True),
        ("编辑部设在阿斯塔纳，负责编辑：新闻稿件。", False),
        ("该公司负责人对这一提议给予了积极回应。", False),
        ("哈方表示，未经授权不得在保护区内开采矿产资源。", False),  # a sentence, not a notice
        ("项目审核：已通过国家环评，预计明年开工。", False),
        ("分享到的经验表明，合作很重要。", False),
        ("Copyright disputes between firms rose in 2024.", False),
        ("分享到： 微信 微博 QQ", True),
        ("Облыс әкімі қытайлық делегациямен кездесті.", False),
        ("Аким области встретился с делегацией из Китая.", False),
        ("Фотоэлектрическая станция мощностью 50 МВт будет построена в 2026 году.", False),
        ("Суретші көрмесі ашылды.", False),
        ("首页 · 新闻 · 国际 · 正文", True),
        # invented names: transliterated names are written with middle dots; a sentence naming
        # two of them is news, not a menu row
        ("州长别克·阿斯卡罗夫·努尔兰诺维奇、副州长谢里克·马拉托夫·卡纳特诺维奇等出席仪式。", False),
    ],
)
def test_boilerplate_line_rules(line, chrome):
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["Экономика", "", "Аким встретился с делегацией.", "TuraNews", "Back to top button"],
         ["Аким встретился с делегацией."]),
        (["Ынтымақтастық", "Әкім делегациямен кездесті.", "Сурет: баспасөз қызметі", "Келісімге қол қойылды."],
         ["Әкім делегациямен кездесті.", "Келісімге қол қойылды."]),
    ],
)
def test_boilerplate_edges_are_trimmed(lines, kept):
    assert remove_boilerplate(lines) == kept


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("a\u00a0\u00a0b\r\nc", "a b\nc"), ("x\u200by", "xy"), ("a\n\n\n\nb", "a\n\nb"), ("  е\u0301  ", "е\u0301")],
)
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


def test_make_document_title_from_first_line_when_no_date_line():
    raw = RawArticle("a.txt", "a.txt", text="Прямой эфир Новости спорта\n\nАким встретился с делегацией\n\nТекст новости.")
    doc = make_document(raw)
    assert doc.title == "Аким встретился с делегацией" and doc.published is None


def test_make_document_html_with_chrome():
    html = ("<html><head><title>Портал</title><meta property='article:published_time' content='2025-04-02'></head>"
            "<body><nav>Главная | Новости | Контакты</nav><article><h1>Әкім қытайлық инвесторлармен кездесті</h1>"
            "<p>Облыс әкімі Шыңжаң-Ұйғыр автономиялық ауданының делегациясын қабылдады.</p>"
            "<p>Сурет: әкімдіктің баспасөз қызметі</p><p>Тараптар логистика саласындағы жобаларды талқылады.</p>"
            "</article><footer>© 2025 Портал</footer></body></html>")
    doc = make_document(RawArticle("p.html", "p.html", html=html))
    assert doc.published == "2025-04-02" and "Сурет" not in doc.text and "делегациясын қабылдады" in doc.text


@pytest.mark.parametrize("published", ["0000-01-01", "2025-13-01", "3025-01-01", "yesterday"])
def test_make_document_drops_impossible_publication_dates(published):
    doc = make_document(RawArticle("a.txt", "a.txt", text="Аким встретился с делегацией.", published=published))
    assert doc.published is None


def test_make_document_rejects_empty_after_cleaning():
    assert isinstance(make_document(RawArticle("a.txt", "a.txt", text="Back to top button")), Rejection)


@pytest.mark.parametrize("lang_text", ["Облыс әкімі қытайлық инвесторлармен кездесіп, жаңа зауыт жобасын талқылады.",
                                       "Аким области встретился с китайскими инвесторами и обсудил проект нового завода."])
def test_html_same_page_read_many_times_keeps_its_text(lang_text):
    """trafilatura's deduplicate option kept a process-wide cache and emptied a page after its
    third reading (the sample corpus lost its HTML articles late in a test session)."""
    from kzcn.clean.html_to_text import html_to_text

    html = f"<html><body><article><h1>Жаңалық</h1><p>{lang_text}</p><p>{lang_text}</p></article></body></html>"
    assert all(lang_text in html_to_text(html).text for _ in range(6))
