"""The sentence mask: a long digest read only around its China paragraph; short articles and
articles about China read whole."""

from __future__ import annotations

import pytest

from kzcn.model import Document
from kzcn.triage import SentenceFilterStage, TriageStage, relevant_sentences, relevant_spans
from kzcn.language.segment import split_sentences

FILLER = {
    "kk": "Облыста көктемгі егіс жұмыстары жалғасуда. Жаңа мектеп ашылды. Жолдар жөнделді.",
    "ru": "В области продолжается посевная. Открыта новая школа. Отремонтированы дороги.",
}
CHINA = {
    "kk": "Облыс әкімі Қытайдың Хэнань провинциясының делегациясымен кездесті. Тараптар меморандумға қол қойды.",
    "ru": "Аким области встретился с делегацией провинции Хэнань из Китая. Стороны подписали меморандум.",
}


def _doc(text: str, title: str = "") -> Document:
    doc = TriageStage()(Document(text=text, title=title))
    return SentenceFilterStage()(doc.add(sentences=tuple(split_sentences(text))))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_mask_long_digest_keeps_only_the_china_paragraph(lang):
    paragraphs = [FILLER[lang]] * 8 + [CHINA[lang]] + [FILLER[lang]] * 8
    doc = _doc("\n".join(paragraphs))
    kept = [doc.span_text(s) for s in relevant_sentences(doc)]
    assert len(doc.sentences) == 50
    assert CHINA[lang].split(". ")[1] in " ".join(kept)  # the sentence after the cue: no cue itself
    assert len(kept) == 1 + 2 * 2  # a window of 2 either side of the cue sentence
    assert all(doc.text[a:b] for a, b in relevant_spans(doc))


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("where", ["title", "lead", "short"])
def test_mask_reads_articles_about_china_whole(lang, where):
    if where == "title":
        doc = _doc("\n".join([FILLER[lang]] * 8 + [CHINA[lang]] + [FILLER[lang]] * 8), title=CHINA[lang])
    elif where == "lead":
        doc = _doc("\n".join([CHINA[lang]] + [FILLER[lang]] * 16))
    else:
        doc = _doc("\n".join([FILLER[lang]] * 3 + [CHINA[lang]]))
    assert relevant_sentences(doc) == doc.sentences


def test_mask_absent_without_triage_means_everything():
    doc = Document(text="Жаңа мектеп ашылды.").add(sentences=tuple(split_sentences("Жаңа мектеп ашылды.")))
    assert relevant_sentences(SentenceFilterStage()(doc)) == doc.sentences
