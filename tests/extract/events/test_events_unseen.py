"""Events on phrasings the first lexicons missed: modality, B2B sessions, references back, phases."""

from __future__ import annotations

import pytest
from test_events_triggers import document

from kzcn.extract.events.find import find_events
from kzcn.model import DateMention

CN = {"country": "CN"}
ORG = ("Tianbei Glass", "org", "Tianbei Glass", CN)


def types(text: str, lang: str, *mentions) -> list[str]:
    doc = document(text, lang, ORG, *mentions) if "Tianbei Glass" in text else document(text, lang, *mentions)
    return [e.type for e in find_events(doc)]


NOT_EVENTS = [
    # a next meeting, a possible signing, an exhibition under consideration, a B2B session, a hall
    ("kk", "Келесі кездесу Tianbei Glass компаниясымен көктемде Қытайда өтеді деп жоспарлануда.", "meeting"),
    ("ru", "Следующая встреча с Tianbei Glass в Китае намечена на весну.", "meeting"),
    ("ru", "Подписание соглашения с Tianbei Glass возможно до конца года.", "agreement"),
    ("ru", "Участие в одной из китайских выставок возможно во втором полугодии.", "forum"),
    ("kk", "Қытайда өнімдер көрмесін ұйымдастыру мәселесі қарастырылады.", "forum"),
    ("kk", "Сауда үйінде қытайлық тауарлардың көрме залы жұмыс істейді.", "forum"),
    ("ru", "Здесь будет работать постоянная выставка китайских товаров.", "forum"),
    ("ru", "В церемонии приняли участие представители Tianbei Glass.", "meeting"),
    ("en", "The signing with Tianbei Glass may take place in China next month.", "agreement"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_EVENTS)
def test_events_unseen_not_a_fact(lang: str, text: str, absent: str) -> None:
    assert absent not in types(text, lang)


B2B = [
    ("kk", "Форум аясында Қытай кәсіпкерлерімен B2B форматындағы 40-қа жуық кездесу өтті."),
    ("ru", "В рамках форума прошли B2B-встречи с китайскими компаниями."),
]


@pytest.mark.parametrize(("lang", "text"), B2B)
def test_events_unseen_b2b_meetings_are_the_forum(lang: str, text: str) -> None:
    assert types(text, lang) == ["forum"]


TOURS = [
    ("ru", "Аким посетил строительную площадку завода Tianbei Glass.", ["site_visit"]),
    ("kk", "Делегация Tianbei Glass кәсіпорнын аралап, өндіріспен танысты.", ["site_visit"]),
    ("kk", "Делегация Қытайдағы ғылыми-зерттеу институтында болып, әзірлемелермен танысты.", ["site_visit"]),
    ("en", "The governor inspected the construction of the Tianbei Glass terminal.", ["site_visit"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOURS)
def test_events_unseen_tour_is_not_a_trip(lang: str, text: str, expected: list[str]) -> None:
    assert types(text, lang) == expected


def test_events_unseen_document_signed_again_is_one_signing_ru() -> None:
    text = ("В Урумчи подписан контракт на строительство станции.\n"
            "Документ подписали местное ТОО и китайская компания Tianbei Glass.")
    doc = document(text, "ru", ORG, ("Урумчи", "cn_place", "Urumqi", CN))
    events = find_events(doc)
    assert [(e.type, e.instrument, e.cn_parties) for e in events] == [("agreement", "contract", ("Tianbei Glass",))]


def test_events_unseen_signing_after_talks_takes_their_place_kk() -> None:
    text = ("Шанхай қаласында облыс әкімі Tianbei Glass компаниясының басшысымен кездесті.\n"
            "Кездесу қорытындысы бойынша тараптар Көктал ауданында зауыт салу туралы келісімге қол қойды.")
    doc = document(text, "kk", ORG, ("Шанхай", "cn_place", "Shanghai", CN),
                   ("Көктал ауданында", "kz_place", "Koktal District", {"region": "Pavlodar Region"}))
    places = {e.type: e.place for e in find_events(doc)}
    assert places == {"meeting": "Shanghai", "agreement": "Shanghai"}


def test_events_unseen_ground_breaking_and_commissioning_stay_two_ru() -> None:
    text = ("Строительство завода Tianbei Glass началось в 2022 году.\n"
            "В области введён в эксплуатацию завод компании Tianbei Glass.")
    doc = document(text, "ru", ORG).add(dates=[DateMention(text.index("2022"), text.index("2022") + 4, "2022", "2022")])
    launches = [(e.type, e.date) for e in find_events(doc)]
    assert launches == [("project_launch", "2022"), ("project_launch", None)]


def test_events_unseen_statistics_period_is_not_the_date_kk() -> None:
    text = "Кездесуде 2024 жылдың 6 айында тауар айналымы өскені айтылды, әкім Tianbei Glass басшысымен кездесті."
    start = text.index("2024")
    period = DateMention(start, start + 20, text[start : start + 20], "2024-01/2024-06", kind="period")
    doc = document(text, "kk", ORG).add(dates=[period])
    assert [(e.type, e.date) for e in find_events(doc)] == [("meeting", None)]


def test_events_unseen_city_is_a_party_when_its_officials_are_met_ru() -> None:
    text = "В Ханьдане состоялась встреча с вице-мэром города."
    doc = document(text, "ru", ("Ханьдане", "cn_place", "Handan", {"country": "CN", "region": "Hebei"}))
    event = find_events(doc)[0]
    assert (event.place, event.cn_parties) == ("Handan", ("Handan", "Hebei"))


def test_events_unseen_agreement_without_a_named_company_is_with_the_articles_company_ru() -> None:
    text = ("Компания Tianbei Glass строит завод в области.\n"
            "Соглашение о строительстве было подписано в прошлом году в провинции Хэбэй.")
    doc = document(text, "ru", ORG, ("Хэбэй", "cn_place", "Hebei", CN))
    agreement = next(e for e in find_events(doc) if e.type == "agreement")
    assert "Tianbei Glass" in agreement.cn_parties


TRIPS = [
    ("kk", "Облыс делегациясы Хэбэй провинциясына жұмыс сапарымен барды.\nШицзячжуан қаласында делегация вице-губернатормен кездесті.",
     "Хэбэй", "Шицзячжуан"),
    ("ru", "Делегация области совершила рабочий визит в провинцию Хэбэй.\nВ городе Шицзячжуан состоялась встреча с вице-губернатором.",
     "Хэбэй", "Шицзячжуан"),
]


@pytest.mark.parametrize(("lang", "text", "province", "city"), TRIPS)
def test_events_unseen_trip_goes_to_the_first_city_of_the_province(lang: str, text: str, province: str, city: str) -> None:
    doc = document(text, lang, (province, "cn_place", "Hebei", CN),
                   (city, "cn_place", "Shijiazhuang", {"country": "CN", "region": "Hebei"}),
                   ("области" if lang == "ru" else "Облыс", "kz_region", "Pavlodar Region"))
    places = {e.type: e.place for e in find_events(doc)}
    assert places == {"visit": "Shijiazhuang", "meeting": "Shijiazhuang"}


def test_events_unseen_local_launch_takes_the_dateline_place_en() -> None:
    text = "EKIBASTUZ. A plant built by Tianbei Glass has produced its first batch of glass."
    doc = document(text, "en", ORG, ("EKIBASTUZ", "kz_place", "Ekibastuz", {"region": "Pavlodar Region"}))
    assert [(e.type, e.place) for e in find_events(doc)] == [("project_launch", "Ekibastuz")]
