"""Reading KazNERD IOB2 and splitting it by sentence number."""

import pytest

from kzcn.ner.corpus import CorpusFormatError, TaggedSentence, is_held_out, read_iob2, split

SAMPLE = """AID100 O
Ақтөбе B-GPE
облысы I-GPE
. O

BID100 O
11-інші B-DATE
мамыр I-DATE

AID101 O
Сәлем O
"""


def test_read_iob2_sentences(tmp_path):
    path = tmp_path / "IOB2_x.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    got = list(read_iob2(path))
    assert [(s.ident, s.number, s.tokens, s.tags) for s in got] == [
        ("AID100", 100, ("Ақтөбе", "облысы", "."), ("B-GPE", "I-GPE", "O")),
        ("BID100", 100, ("11-інші", "мамыр"), ("B-DATE", "I-DATE")),
        ("AID101", 101, ("Сәлем",), ("O",)),
    ]


def test_read_iob2_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "IOB2_bad.txt"
    path.write_text("AID1 O\nжалғыз\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match=r"IOB2_bad.txt:2"):
        list(read_iob2(path))


@pytest.mark.parametrize(
    ("ident", "number", "held_out"),
    [("AID283875", 283875, False), ("AID247112", 247112, True), ("BID247112", 247112, True)],
)
def test_is_held_out_by_number(ident, number, held_out):
    assert is_held_out(TaggedSentence(ident, number, ("x",), ("O",))) is held_out


def test_split_keeps_renderings_together():
    sentences = [TaggedSentence(f"{p}ID{n}", n, ("x",), ("O",)) for n in range(40) for p in "AB"]
    train, held_out = split(sentences)
    assert {s.number for s in train}.isdisjoint({s.number for s in held_out})
    assert len(held_out) == 20 and len(train) == 60
