"""Token feature tables for the Kazakh CRF."""

import pytest

from kzcn.ner.features import (
    has_kazakh_letter,
    is_latin,
    is_punct,
    sentence_features,
    shape,
    short_shape,
    stem_candidates,
    token_features,
)
from kzcn.ner.lexicon import kazakh_endings


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Астанада", "Xxxxxxxx"),
        ("2024", "dddd"),
        ("АҚ-мен", "XX-xxx"),
        ("Sinopec", "Xxxxxxx"),
        ("1,5", "d,d"),
    ],
)
def test_shape_classes(token, expected):
    assert shape(token) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("Астанада", "Xx"), ("2024", "d"), ("АҚ-мен", "X-x"), ("ҚХР", "X"), ("Москва", "Xx")],
)
def test_short_shape_collapses_runs(token, expected):
    assert short_shape(token) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("әкімі", True), ("Ақтөбе", True), ("Шымкент", False), ("Москва", False), ("China", False)],
)
def test_has_kazakh_letter(token, expected):
    assert has_kazakh_letter(token) is expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("China", True), ("CNPC", True), ("Қытай", False), ("2024", False), ("iPhone-ды", False)],
)
def test_is_latin(token, expected):
    assert is_latin(token) is expected


@pytest.mark.parametrize(("token", "expected"), [("«", True), (".", True), ("%", True), ("а", False)])
def test_is_punct(token, expected):
    assert is_punct(token) is expected


@pytest.mark.parametrize(
    ("token", "present"),
    [
        ("Астанада", {"w=астанада", "s2=да", "s3=ада", "s4=нада", "p3=аст", "title", "sh=Xx"}),
        ("әкімінің", {"w=әкімінің", "s3=нің", "kk"}),
        ("2024", {"digit", "alldigit", "sh=d"}),
        ("CNPC", {"latin", "upper", "title"}),
        ("АҚ-мен", {"hyphen=мен", "kk", "upper"}),
        ("Москвы", {"w=москвы", "s1=ы", "s2=вы"}),
    ],
)
def test_token_features_contain(token, present):
    assert present <= set(token_features(token))


@pytest.mark.parametrize(
    ("token", "absent"),
    [("Москва", {"kk", "latin", "digit"}), ("ол", {"title", "s4=ол"}), ("2024", {"title"})],
)
def test_token_features_omit(token, absent):
    assert not absent & set(token_features(token))


@pytest.mark.parametrize(
    ("tokens", "index", "present", "absent"),
    [
        (["Ақтөбе", "облысы", "әкімі"], 0, {"BOS", "+1:w=облысы", "+2:w=әкімі"}, {"EOS"}),
        (["Ақтөбе", "облысы", "әкімі"], 2, {"EOS", "-1:w=облысы", "-2:w=ақтөбе"}, {"BOS"}),
        (["Ақтөбе", "облысы", "әкімі"], 1, {"-1|0=ақтөбе|облысы", "-1:title"}, {"BOS", "EOS"}),
        (["губернатор", "Москвы"], 1, {"EOS", "-1:w=губернатор", "-1:s3=тор"}, {"+1:w=губернатор"}),
        (["Жұмабеков"], 0, {"BOS", "EOS", "bias"}, set()),
    ],
)
def test_sentence_features_window(tokens, index, present, absent):
    feats = set(sentence_features(tokens)[index])
    assert present <= feats
    assert not absent & feats


def test_sentence_features_one_row_per_token():
    assert [len(sentence_features(t)) for t in ([], ["а"], ["а", "б", "в"])] == [0, 1, 3]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("астанада", {"астанада", "астана"}),
        ("астананың", {"астананың", "астана"}),
        ("облысының", {"облысының", "облысы", "облыс"}),
        ("пекинге", {"пекинге", "пекин"}),
        ("жұмабековтың", {"жұмабековтың", "жұмабеков"}),
        ("шымкенттен", {"шымкенттен", "шымкент"}),
    ],
)
def test_stem_candidates_strip_kazakh_endings(word, expected):
    assert expected <= stem_candidates(word, kazakh_endings())


@pytest.mark.parametrize(("word", "expected"), [("ол", {"ол"}), ("пен", {"пен"}), ("москва", {"москва"})])
def test_stem_candidates_keep_short_and_foreign_words(word, expected):
    assert stem_candidates(word, kazakh_endings()) == expected


@pytest.mark.parametrize(
    ("token", "present"),
    [
        ("Алматыда", {"st=алматы", "st=алматыда"}),
        ("АҚ-мен", {"st=ақ", "hyphen=мен"}),
        ("Шымкенттен", {"st=шымкент"}),
    ],
)
def test_token_features_with_endings_add_stems(token, present):
    assert present <= set(token_features(token, kazakh_endings()))


def test_kazakh_endings_longest_first():
    endings = kazakh_endings()
    assert {"ның", "да", "дан", "мен"} <= set(endings)
    assert [len(e) for e in endings] == sorted((len(e) for e in endings), reverse=True)
