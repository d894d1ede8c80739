"""Language per document and sentence; sentence splitting on newlines, then razdel."""

from __future__ import annotations

import pytest

from kzcn.language.detect import detect_language, detect_sentence_language
from kzcn.language.segment import split_sentences
from kzcn.language.stage import LanguageStage
from kzcn.model import Document
from tests.conftest import KK_TEXT, RU_TEXT


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (KK_TEXT, "kk"),
        (RU_TEXT, "ru"),
        ("Түркістан облысының делегациясы Қытайға іссапармен барды.", "kk"),
        ("Глава региона Дархан Әбдіқадыров провёл встречу с инвесторами из провинции Ганьсу.", "ru"),
        ("The akim of Pavlodar Region met a delegation from Henan Province.", "en"),
        ("哈萨克斯坦与中国地方合作论坛在西安举行。", "zh"),
        ("12 345", None),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_short_sentence_inherits_document_language():
    assert detect_sentence_language("Экономика", "kk") == "kk"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (KK_TEXT, ["Павлодар облысының әкімі қытайлық делегациямен кездесті.",
                   "Кездесу барысында энергетика саласындағы ынтымақтастық талқыланды.",
                   "Тараптар меморандумға қол қойды."]),
        ("Заголовок без точки\nАким встретился с т.н. делегацией. Подписан меморандум.",
         ["Заголовок без точки", "Аким встретился с т.н. делегацией.", "Подписан меморандум."]),
    ],
)
def test_split_sentences_newlines_first_offsets_exact(text, sentences):
    spans = split_sentences(text)
    assert [text[s.start:s.stop] for s in spans] == sentences


def test_language_stage_tags_sentences_in_mixed_document():
    text = RU_TEXT + "\n" + "Облыс әкімі қытайлық инвесторлармен кездесіп, жаңа зауыт салу жобасын талқылады."
    doc = LanguageStage()(Document(text=text))
    assert doc.lang == "ru" and doc.sentences[-1].lang == "kk" and doc.sentences[0].lang == "ru"
    assert {"lang", "sentences"} <= doc.provided
