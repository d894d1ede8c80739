"""Article pages served by the tests' loopback site. Fictional: written for these tests (people
and companies invented), in the style of regional news; no real article's text."""

from __future__ import annotations

from html import escape

ARTICLES = {
    "/news/2025/03/aktobe-henan-memorandum-10231": (
        "2025-03-04",
        "Актюбинская область и провинция Хэнань подписали меморандум",
        [
            "Аким Актюбинской области встретился с делегацией провинции Хэнань во главе с "
            "вице-губернатором Ли Вэйцзюнем. Стороны обсудили сотрудничество в сельском хозяйстве "
            "и переработке зерна.",
            "По итогам встречи подписан меморандум о сотрудничестве между акиматом области и "
            "народным правительством провинции Хэнань.",
            "Как сообщили в пресс-службе акимата, китайская сторона намерена открыть в Актобе "
            "представительство компании «Хуаюань Агро» уже в этом году.",
        ],
    ),
    "/news/2025/03/kostanay-jiangsu-visit-10232": (
        "2025-03-05",
        "Делегация провинции Цзянсу посетила Костанайскую область",
        [
            "Делегация провинции Цзянсу прибыла в Костанайскую область. Гости встретились с "
            "заместителем акима области Арманом Теміровым и осмотрели индустриальную зону.",
            "Стороны обсудили строительство завода по производству сельхозтехники. Стоимость проекта "
            "оценивается в 45 миллионов долларов США.",
            "Переговоры продолжатся в апреле, сообщает пресс-служба акимата.",
        ],
    ),
    "/news/2025/03/pavlodar-xinjiang-agreement-10233": (
        "2025-03-06",
        "Павлодар облысы мен Шыңжаң арасында келісімге қол қойылды",
        [
            "Павлодар облысының әкімі Шыңжаң-Ұйғыр автономиялық ауданының делегациясымен кездесті. "
            "Кездесу барысында энергетика саласындағы ынтымақтастық талқыланды.",
            "Тараптар сауда-экономикалық ынтымақтастық туралы келісімге қол қойды.",
            "Облыс әкімдігінің баспасөз қызметі хабарлағандай, келесі кездесу Үрімжіде өтеді.",
        ],
    ),
    "/news/2025/03/weather-spring-10234": (
        "2025-03-07",
        "В Актобе ожидается потепление",
        [
            "Синоптики обещают в Актобе до плюс двенадцати градусов в выходные.",
            "Ночью возможны заморозки, на дорогах гололедица. Водителей просят быть осторожнее.",
            "В понедельник температура снова понизится.",
        ],
    ),
}


def page(path: str, with_date: bool = True, extra: str = "") -> bytes:
    """The HTML of an article page (with or without its own date; ``extra`` adds a paragraph)."""
    date, title, paragraphs = ARTICLES[path]
    paragraphs = [*paragraphs, extra] if extra else paragraphs
    meta = f'<meta property="article:published_time" content="{date}">' if with_date else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>{meta}</head>"
            f"<body><nav><a href='/'>Главная</a></nav><article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>© Редакция</footer></body></html>").encode("utf-8")


def rss(base: str, paths: list[str], extra: str = "") -> bytes:
    """An RSS 2.0 feed whose items link to ``paths`` and carry a one-line summary only."""
    items = "".join(
        f"<item><title>{escape(ARTICLES[p][1]) if p in ARTICLES else 'Без названия'}</title>"
        f"<link>{base}{p}</link><description>Коротко: {escape(ARTICLES[p][1]) if p in ARTICLES else ''}"
        f"</description><pubDate>Tue, 04 Mar 2025 10:00:00 +0500</pubDate></item>"
        for p in paths)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Тестовая газета</title>"
            f"<link>{base}/</link><description>test</description>{items}{extra}</channel></rss>").encode("utf-8")


def sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{ARTICLES[p][0]}</lastmod></url>" for p in paths)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"{urls}</urlset>").encode("utf-8")


def listing(paths: list[str]) -> bytes:
    links = "".join(f"<li class='news'><a href='{p}'>{escape(ARTICLES[p][1])}</a></li>" for p in paths)
    return (f"<!doctype html><html><body><nav><a href='/tag/economy'>Экономика</a><a href='/about'>О нас</a>"
            f"<a href='/static/logo.png'>logo</a></nav><ul>{links}</ul></body></html>").encode("utf-8")
