"""Synthetic news for the merge benchmark: happenings in every Kazakh region reported by one to
three articles in Kazakh and Russian, some republished with light edits. Each article carries
its hand-built facts and the truth (happening, duplicate group) they were generated from."""

from __future__ import annotations

import random
from dataclasses import dataclass

from kzcn.model import Document, Event, Evidence, Money, Project, Sentence

REGIONS = {  # canonical -> (ru, kk) as the lead sentence writes them
    "Abai Region": ("области Абай", "Абай облысының"), "Akmola Region": ("Акмолинской области", "Ақмола облысының"),
    "Aktobe Region": ("Актюбинской области", "Ақтөбе облысының"), "Almaty Region": ("Алматинской области", "Алматы облысының"),
    "Atyrau Region": ("Атырауской области", "Атырау облысының"), "East Kazakhstan Region": ("ВКО", "ШҚО"),
    "Jambyl Region": ("Жамбылской области", "Жамбыл облысының"), "Jetisu Region": ("области Жетісу", "Жетісу облысының"),
    "Karaganda Region": ("Карагандинской области", "Қарағанды облысының"), "Kostanay Region": ("Костанайской области", "Қостанай облысының"),
    "Kyzylorda Region": ("Кызылординской области", "Қызылорда облысының"), "Mangystau Region": ("Мангистауской области", "Маңғыстау облысының"),
    "North Kazakhstan Region": ("СКО", "СҚО"), "Pavlodar Region": ("Павлодарской области", "Павлодар облысының"),
    "Turkistan Region": ("Туркестанской области", "Түркістан облысының"), "Ulytau Region": ("области Улытау", "Ұлытау облысының"),
    "West Kazakhstan Region": ("ЗКО", "БҚО"), "Astana": ("Астаны", "Астананың"), "Almaty": ("Алматы", "Алматының"),
    "Shymkent": ("Шымкента", "Шымкенттің"),
}
SYLLABLES = "an bao chang da fang guo hai hua jin kang long ming nan ping qi rong sheng tai wei xin yang zhong".split()
KINDS = ("greenhouse", "cement plant", "wind farm", "solar power plant", "logistics centre", "textile factory",
         "meat processing plant", "glass factory", "copper smelter", "battery plant")
LEAD = {
    "meeting": ("Аким {ru} встретился с делегацией компании {p}.", "{kk} әкімі {p} компаниясының делегациясымен кездесті."),
    "agreement": ("Акимат {ru} и компания {p} подписали меморандум о проекте ({w}).",
                  "{kk} әкімдігі мен {p} компаниясы жоба ({w}) туралы меморандумға қол қойды."),
    "project_launch": ("В регионе {ru} компания {p} начала строительство ({w}).",
                       "{kk} аумағында {p} компаниясы құрылысты ({w}) бастады."),
}
FILLER = {
    "ru": ["Стороны обсудили {a} в сфере {b}.", "По словам участников, {a} позволит создать {n} рабочих мест.",
           "Объём инвестиций оценивается в {n} млн долларов.", "Встреча прошла в {b} формате.",
           "Особое внимание уделено вопросам {a} и {b}.", "Компания работает на рынке уже {n} лет.",
           "В регионе действуют {n} предприятий с иностранным капиталом.", "Проект включён в карту {a}.",
           "Следующая встреча запланирована на {b}.", "Аким поручил ускорить {a}."],
    "kk": ["Тараптар {b} саласындағы {a} талқылады.", "Жоба {n} жұмыс орнын ашуға мүмкіндік береді.",
           "Инвестиция көлемі {n} млн долларды құрайды.", "Кездесу {b} форматында өтті.",
           "{a} және {b} мәселелеріне ерекше көңіл бөлінді.", "Компания нарықта {n} жылдан бері жұмыс істейді.",
           "Өңірде шетел капиталы бар {n} кәсіпорын жұмыс істейді.", "Жоба {a} картасына енгізілді.",
           "Келесі кездесу {b} жоспарланған.", "Әкім {a} жеделдетуді тапсырды."],
}
WORDS = ["логистики", "энергетики", "агропрома", "туризма", "цифровизации", "металлургии", "экспорта",
         "инвестиций", "транспорта", "образования", "строительства", "медицины", "переработки", "торговли",
         "экологии", "водоснабжения", "связи", "науки", "культуры", "спорта", "финансов", "страхования",
         "химии", "машиностроения", "текстиля", "энергосбережения", "животноводства", "растениеводства",
         "рыбоводства", "пчеловодства", "горнодобычи", "нефтехимии", "фармацевтики", "дорог", "жилья"]
STAGE = {"agreement": "agreed", "project_launch": "under_construction"}


@dataclass
class Article:
    doc: Document
    happening: int
    dup_group: int  # the article (before republishing) a copy was made from


def _company(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() + " " + rng.choice(
        ["Energy", "Holding", "Industrial", "Agro", "Technology", "Materials", "Logistics"])


def _text(rng: random.Random, lang: str, kind: str, region: str, partner: str, what: str) -> str:
    ru, kk = REGIONS[region]
    lead = LEAD[kind][lang == "kk"].format(ru=ru, kk=kk, p=partner, w=what)
    fill = [rng.choice(FILLER[lang]).format(a=rng.choice(WORDS), b=rng.choice(WORDS), n=rng.randint(2, 900))
            for _ in range(10)]
    return " ".join([lead, *fill])


def _lightly_edit(rng: random.Random, text: str, lang: str) -> str:
    sentences = text.split(". ")
    if len(sentences) > 3:
        sentences.pop(rng.randrange(1, len(sentences)))
    head = "Источник: пресс-служба." if lang == "ru" else "Дереккөз: баспасөз қызметі."
    return head + " " + ". ".join(sentences) + (" Фото из открытых источников." if lang == "ru" else " Фото: ашық дереккөз.")


def _document(text: str, lang: str, published: str, kind: str, region: str, date: str | None,
              partner: str, what: str, name: str) -> Document:
    lead_end = text.index(".") + 1
    evidence = Evidence(0, lead_end, ((0, lead_end),), 0.9)
    events = (Event(kind, region, date, None, (partner,), "memorandum" if kind == "agreement" else None,
                    evidence=evidence),)
    projects = ()
    if kind in STAGE:
        projects = (Project(what, region, None, partner, Money(1e6 * len(partner), "USD"), STAGE[kind],
                            evidence=evidence),)
    return Document(text=text, source=name, title=text[:60], published=published).add(
        lang=lang, sentences=(Sentence(0, lead_end, lang), Sentence(lead_end, len(text), lang)),
        events=events, projects=projects)


def generate(n_articles: int, seed: int = 7, copy_share: float = 0.2) -> list[Article]:
    """About ``n_articles`` articles; ``copy_share`` of them are republished copies."""
    rng = random.Random(seed)
    articles: list[Article] = []
    happening = 0
    while len(articles) < n_articles:
        happening += 1
        kind, region = rng.choice(list(LEAD)), rng.choice(list(REGIONS))
        partner, what = _company(rng), rng.choice(KINDS)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for lang in rng.sample(["ru", "kk"], rng.randint(1, 2)):
            text = _text(rng, lang, kind, region, partner, what)
            published = day[:8] + f"{min(28, int(day[8:]) + rng.randint(0, 2)):02d}"
            date = day if rng.random() < 0.7 else day[:7]
            origin = len(articles)
            articles.append(Article(_document(text, lang, published, kind, region, date, partner, what,
                                              f"synthetic/{origin}"), happening, origin))
            if rng.random() < copy_share / (1 - copy_share):
                copy = _lightly_edit(rng, text, lang)
                articles.append(Article(_document(copy, lang, published, kind, region, date, partner, what,
                                                  f"synthetic/{origin}-copy"), happening, origin))
    return articles[:n_articles]
