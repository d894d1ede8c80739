"""TriageStage: articles without a China cue are rejected before any heavy stage; cues are
found in every inflection in Kazakh, Russian, English and Chinese."""

from __future__ import annotations

import pytest

from kzcn.model import Document
from kzcn.triage import NOT_ABOUT_CHINA, TriageStage
from kzcn.triage.stage import _matcher


@pytest.mark.parametrize("text, kept", [
    # kk
    ("Ақтөбе облысының делегациясы Қытайға сапармен барды.", True),
    ("Облыс әкімі ҚХР-мен ынтымақтастықты талқылады.", True),
    ("Қытайлық инвесторлар зауыт салмақ.", True),
    ("Шаңхайдағы көрмеге қатысты.", True),
    ("Үрімжіде сауда үйі ашылды.", True),
    ("Облыс әкімі көктемгі егіс науқанын тексерді.", False),
    ("Жолды жөндеуге қарамастан кептеліс азаймады.", False),
    ("Тарбағатай ауданында мектеп ашылды.", False),
    ("Егістікті суару жүйесі жаңартылды.", False),
    # ru
    ("Товарооборот области с Китаем вырос на 12%.", True),
    ("Делегация КНР посетила Павлодар.", True),
    ("В Шанхае прошла выставка.", True),
    ("Делегация Гуанчжоуской торговой палаты прибыла в Алматы.", True),
    ("Аким провёл встречу с фермерами района.", False),
    ("Синоптики обещают снег, а в столовой подают каши.", False),
    ("Голосование прошло в школе имени Хамитова.", False),
    # a known Chinese company named without China (gazetteer orgs.tsv, country CN)
    ("На заводе в Караганде собрали сотый автобус Yutong.", True),
    ("Автобусы Ютонга вышли на линию в Шымкенте.", True),
    ("Черешня подорожала на рынках Алматы.", False),
    # en
    ("The governor met a delegation from China's Henan province.", True),
    ("A PRC delegation arrived.", True),
    ("The akim inspected a new school in Pavlodar.", False),
    # zh
    ("中国与哈萨克斯坦签署合作协议。", True),
    ("阿克套港口扩建。", False),
])
def test_triage_keeps_china_and_rejects_the_rest(text, kept):
    doc = TriageStage()(Document(text=text))
    assert (doc.rejection is None) is kept
    if not kept:
        assert doc.rejection == NOT_ABOUT_CHINA


@pytest.mark.parametrize("title, text, kept", [
    ("Павлодар облысы қытайлық компаниямен келісім жасады", "Құжатқа облыс әкімдігінде қол қойылды.", True),
    ("Аким встретился с делегацией из Сианя", "Стороны обсудили строительство завода.", True),
    ("Аким встретился с фермерами", "Стороны обсудили посевную.", False),
])
def test_triage_reads_the_title(title, text, kept):
    assert (TriageStage()(Document(text=text, title=title)).rejection is None) is kept


@pytest.mark.parametrize("text, word", [
    ("Делегация из Синьцзяна прибыла.", "Синьцзяна"),
    ("Шыңжаң-Ұйғыр автономиялы ауданы", "Шыңжаң"),
    ("ҚХР-дың елшісі", "ҚХР"),
    ("китайско-казахстанский форум", "китайско"),
    ("форум «Один пояс, один путь»", "Один пояс"),
])
def test_matcher_cue_offsets_cover_the_word(text, word):
    [(start, stop, _kind), *_] = _matcher().find(text)
    assert text[start:stop] == word
