"""Organisation classes missed on real articles, on invented sentences (kk, ru): quotes paired
by context, public bodies named with their place, Russian bodies named by their tail, Latin
names with a parenthesised part, and Latin runs that name no organisation."""

from __future__ import annotations

import pytest

from kzcn.evaluate.names import name_key
from kzcn.extract.entities.quotes import quoted_pieces
from kzcn.extract.entities.stage import EntityStage, entity_fields
from kzcn.model import Document, Sentence


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage()


def orgs(stage: EntityStage, text: str, lang: str) -> list[str]:
    doc = Document(text=text, lang=lang).add(sentences=(Sentence(0, len(text), lang),))
    return sorted(name_key(o["name"]) for o in entity_fields(stage(doc))["organizations"])


def keys(*names: str) -> list[str]:
    return sorted(name_key(n) for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    ('"Жаңа кезең басталды. "Самал" аймағы', ["Самал"]),
    ('АО "ГК "Borey Motors", компанией "Тулпар Сервис" и АО "ЖылуТех"',
     ["Borey Motors", "Тулпар Сервис", "ЖылуТех"]),
    ("АО «НК «ДСК «Орион» и «Береке»", ["НК «ДСК «Орион", "ДСК «Орион", "Орион", "Береке"]),
    ("«Алтын Дән» компаниясы", ["Алтын Дән"]),
])
def test_quotes_pair_by_context_and_nest(text, expected):
    assert sorted(q.group(1) for q in quoted_pieces(text, frozenset({"гк", "ао"}))) == \
        sorted(expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ('Келісім жасалды. "Көктөбе" индустриялық аймағының базасында зауыт салынады.', "kk",
     ["Көктөбе индустриялық аймағы"]),
    ('"Жайық" арнайы экономикалық аумағында қытайлық инвесторларға жеңілдіктер ұсынылды.', "kk",
     ["Жайық арнайы экономикалық аумағы"]),
    ('Делегация с АО "ГК "Borey Motors", холдинговой компанией "Тулпар Сервис" и АО "ЖылуТех" '
     "провела встречи.", "ru", ["Borey Motors", "Тулпар Сервис", "ЖылуТех"]),
    ("Документ подписали председатель АО «НК «ДСК «Орион» и аким области.", "ru",
     ["НК ДСК Орион"]),
])
def test_entities_quoted_names_paired_by_context(stage, text, lang, expected):
    assert orgs(stage, text, lang) == keys(*expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Қарағанды облыстық мәслихатының депутаттары Ухань қалалық партия комитетінің хатшысымен "
     "кездесті.", ["Қарағанды облыстық мәслихаты", "Ухань қалалық партия комитеті"]),
    ("Павлодар қаласы мәслихатының хатшысы Қытай делегациясын қарсы алды.",
     ["Павлодар қаласы мәслихаты"]),
    ("Делегаттар Ішкі Моңғолия автономиялық ауданы партия комитетінің өкілдерімен кездесті.",
     ["Ішкі Моңғолия автономиялық ауданы партия комитеті"]),
    ("Кездесу Қазақстанның Гуанчжоу қаласындағы Бас консулдығында Гуанчжоу қаласы Халық "
     "үкіметінің Сауда істер канцеляриясы өкілдерімен өтті.",
     ["Қазақстанның Гуанчжоу қаласындағы Бас консулдығы",
      "Гуанчжоу қаласы Халық үкіметінің Сауда істер канцеляриясы"]),
    ("Кездесуге Ухань қалалық халық үкіметі өкілдері қатысты.", []),
])
def test_entities_kk_public_body_keeps_its_place(stage, text, expected):
    assert orgs(stage, text, "kk") == keys(*expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Встреча прошла в здании посольства РК в КНР.", ["Посольство РК в КНР"]),
    ("Открыто представительство Центра по поддержке экспортеров ЗКО.",
     ["Центр по поддержке экспортеров ЗКО"]),
    ("Закуп стал возможен благодаря поддержке Фонда развития экспорта.", ["Фонд развития экспорта"]),
    ("Завод строят в индустриальной зоне Borey.", ["Индустриальная зона Borey"]),
    ("Аким встретился с секретарем КПК провинции Хунань Ли Мином.", ["КПК провинции Хунань"]),
    ("Проект поддержал государственный Банк развития Азии.", ["Банк развития Азии"]),
    ("Договор подписан с компанией Borey Motors.", ["Borey Motors"]),
])
def test_entities_ru_body_named_by_its_tail(stage, text, expected):
    assert orgs(stage, text, "ru") == keys(*expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Инвестор DALONG TRADE AND LOGISTICS (ANHUI) CO., LTD компаниясының өкілі келді.", "kk",
     ["DALONG TRADE AND LOGISTICS (ANHUI) CO., LTD"]),
    ("Делегация встретится с компаниями BOREY GROUP Co. Ltd., LANFENG Limited International и "
     "Qiyun Auto Co. Ltd. в Пекине.", "ru",
     ["BOREY GROUP Co. Ltd.", "LANFENG Limited International", "Qiyun Auto Co. Ltd."]),
    ("Видео: https://www.youtube.com/watch?v=aB3xY9kQ1zT Делегация келді.", "kk", []),
    ("Компания вошла в рейтинг Global Leaders 500 и строит линии BRT, LRT, Tram.", "ru", []),
    ("Завод выпускает грузовики марки Borey.", "ru", []),
    ("Ухань. 3 марта. EASTERN WIRE - Делегация области прибыла в Ухань.", "ru", []),
    ("None\nДелегация прибыла.", "ru", []),
])
def test_entities_latin_names_and_junk(stage, text, lang, expected):
    assert orgs(stage, text, lang) == keys(*expected)


def test_entities_kk_place_in_locative_opens_no_name(stage):
    text = "Өскеменде Шыңжаң ұйғыр автономиялық ауданының сауда үйі ашылды, Қытаймен ынтымақтастық."
    assert all(not o.startswith("Өскеменде") for o in orgs(stage, text, "kk"))
