"""Writes corpus.jsonl: the merge test corpus (hand-written Kazakh and Russian reports, their
republished copies and hand-built facts, each labelled with the record it must merge into).
Run: .venv/bin/python tests/cases/merge/make_corpus.py"""
import json
from pathlib import Path
docs = []
def doc(name, lang, published, source, title, text, dup=None, events=(), projects=(), figures=(), mentions=()):
    docs.append({"name": name, "lang": lang, "published": published, "source": source, "title": title,
                 "text": text, "dup": dup, "events": list(events), "projects": list(projects),
                 "figures": list(figures), "mentions": list(mentions)})

RU_PAV = ("Аким Павлодарской области Серик Омаров встретился с делегацией провинции Хэнань. "
 "Встреча прошла 4 марта в областном акимате. Стороны обсудили сотрудничество в энергетике, "
 "переработке сельскохозяйственной продукции и логистике. По словам акима, в регионе работают "
 "предприятия с участием китайского капитала, а товарооборот с Китаем в прошлом году заметно вырос. "
 "Глава делегации отметил интерес компаний провинции к строительству тепличных комплексов и "
 "заводов по глубокой переработке зерна. По итогам встречи стороны договорились создать рабочую "
 "группу и подготовить дорожную карту совместных проектов до конца года.")
doc("ru_pavlodar_henan_meeting", "ru", "2025-03-06", "outlet-b.kz", "Аким Павлодарской области встретился с делегацией Хэнани",
    RU_PAV, dup="D-pavlodar",
    events=[{"type": "meeting", "kz_region": "Pavlodar Region", "date": "2025-03", "place": "Pavlodar",
             "cn_parties": ["провинция Хэнань"], "evidence": "Аким Павлодарской области Серик Омаров встретился", "expect": "EV-pavlodar-march"}],
    mentions=[{"text": "Серик Омаров", "kind": "person", "canonical": "Омаров Серик", "entity_id": "person:kz:omarov-serik", "country": "KZ"},
              {"text": "Хэнань", "kind": "cn_place", "canonical": "Хэнань", "entity_id": "cn:khenan", "country": "CN"}])
doc("ru_pavlodar_henan_meeting_repost", "ru", "2025-03-07", "outlet-c.kz", "Павлодарский аким провёл встречу с гостями из Хэнани",
    "Источник: пресс-служба акима региона. " + RU_PAV.replace("Стороны обсудили", "На встрече стороны обсудили")
    .replace("По итогам встречи стороны договорились", "Стороны условились") + " Фото: акимат области.",
    dup="D-pavlodar",
    events=[{"type": "meeting", "kz_region": "Pavlodar Region", "date": "2025-03", "place": "Pavlodar",
             "cn_parties": ["Henan"], "evidence": "Серик Омаров встретился", "expect": "EV-pavlodar-march"}],
    mentions=[{"text": "Серик Омаров", "kind": "person", "canonical": "Омаров Серик", "entity_id": "person:kz:omarov-serik", "country": "KZ"}])
doc("kk_pavlodar_henan_meeting", "kk", "2025-03-05", "outlet-a.kz", "Павлодар облысының әкімі Хэнань делегациясын қабылдады",
    "Павлодар облысының әкімі Серік Омаров Хэнань провинциясының делегациясымен кездесті. Кездесу 4 наурызда "
    "облыс әкімдігінде өтті. Тараптар энергетика, ауыл шаруашылығы өнімдерін өңдеу және логистика салаларындағы "
    "ынтымақтастықты талқылады. Әкімнің айтуынша, өңірде қытай капиталы қатысатын кәсіпорындар жұмыс істейді. "
    "Делегация басшысы провинция компанияларының жылыжай кешендерін және астықты терең өңдейтін зауыттар салуға "
    "қызығушылық танытып отырғанын айтты. Кездесу қорытындысы бойынша тараптар жұмыс тобын құруға келісті.",
    events=[{"type": "meeting", "kz_region": "Pavlodar Region", "date": "2025-03-04", "place": "Pavlodar",
             "cn_parties": ["Хэнань провинциясы"], "evidence": "Серік Омаров Хэнань провинциясының делегациясымен кездесті", "expect": "EV-pavlodar-march"}],
    mentions=[{"text": "Серік Омаров", "kind": "person", "canonical": "Серік Омаров", "entity_id": "person:kz:serik-omarov", "country": "KZ"},
              {"text": "Хэнань", "kind": "cn_place", "canonical": "Henan", "entity_id": "cn:henan", "country": "CN"}])
doc("ru_pavlodar_henan_june", "ru", "2025-06-12", "outlet-b.kz", "В Павлодаре вновь побывала делегация из Хэнани",
    "Аким Павлодарской области Серик Омаров встретился с делегацией провинции Хэнань во главе с вице-губернатором. "
    "Встреча прошла 11 июня. Гости посетили индустриальную зону и ознакомились с площадками для будущих производств. "
    "Стороны обсудили ход выполнения дорожной карты, подписанной весной, и открытие в Чжэнчжоу "
    "торгового представительства региона. Вице-губернатор сообщил, что три компании провинции готовы "
    "направить своих специалистов для изучения сырьевой базы области уже осенью.",
    events=[{"type": "meeting", "kz_region": "Pavlodar Region", "date": "2025-06-11", "place": "Pavlodar",
             "cn_parties": ["Henan"], "evidence": "встретился с делегацией провинции Хэнань во главе", "expect": "EV-pavlodar-june"}])
doc("kk_pavlodar_shandong", "kk", "2025-03-05", "outlet-a.kz", "Павлодарда Шаньдун компаниясының өкілдері болды",
    "Павлодар облысы әкімінің орынбасары Шаньдун провинциясының Weigao Medical компаниясының өкілдерімен кездесті. "
    "Кездесу 4 наурызда өтті. Компания облыста медициналық бұйымдар шығаратын кәсіпорын ашуды жоспарлап отыр. "
    "Тараптар жер телімін таңдау, инженерлік желілерге қосылу және жергілікті мамандарды оқыту мәселелерін "
    "талқылады. Әкімдік жобаны сүйемелдеу үшін жауапты маман бекітетінін мәлімдеді.",
    events=[{"type": "meeting", "kz_region": "Pavlodar Region", "date": "2025-03-04", "place": "Pavlodar",
             "cn_parties": ["Weigao Medical", "Shandong"], "evidence": "Weigao Medical компаниясының өкілдерімен кездесті", "expect": "EV-pavlodar-shandong"}],
    mentions=[{"text": "Weigao Medical", "kind": "org", "canonical": "Weigao Medical", "entity_id": "org:cn:weigao-medical", "country": "CN"},
              {"text": "Шаньдун", "kind": "cn_place", "canonical": "Shandong", "entity_id": "cn:shandong", "country": "CN"}])
doc("kk_aktobe_memorandum", "kk", "2025-05-20", "outlet-a.kz", "Ақтөбе облысы мен Jiangsu Huaxin Energy меморандумға қол қойды",
    "Ақтөбе облысының әкімдігі мен қытайлық Jiangsu Huaxin Energy компаниясы 20 мамырда өзара түсіністік туралы "
    "меморандумға қол қойды. Құжат облыста газ-химия өнімдерін шығаратын кешен салу мүмкіндігін зерттеуді көздейді. "
    "Әкімнің орынбасары компанияның өңірге келуі жаңа жұмыс орындарын ашатынын атап өтті. Сонымен қатар 2024 жылы "
    "облыстың Қытайға экспорты 1,2 млрд долларды құрағаны айтылды.",
    events=[{"type": "agreement", "kz_region": "Aktobe Region", "date": "2025-05-20", "place": "Aktobe",
             "instrument": "memorandum", "cn_parties": ["Jiangsu Huaxin Energy"], "evidence": "меморандумға қол қойды", "expect": "EV-aktobe"}],
    figures=[{"metric": "export", "subject": "Aktobe Region", "counterpart": "China", "period": "2024", "value": 1.2e9, "unit": "USD",
              "evidence": "экспорты 1,2 млрд", "expect": "FG-aktobe-export"}],
    mentions=[{"text": "Jiangsu Huaxin Energy", "kind": "org", "canonical": "Jiangsu Huaxin Energy", "entity_id": "org:cn:jiangsu-huaxin-energy", "country": "CN"}])
doc("ru_aktobe_agreement", "ru", "2025-05-22", "outlet-d.kz", "В Актобе подписано соглашение с китайской компанией",
    "Акимат Актюбинской области и компания «Цзянсу Хуасинь Энерджи» из провинции Цзянсу 21 мая подписали соглашение "
    "о сотрудничестве. Стороны намерены изучить возможность строительства газохимического комплекса. "
    "Как отметили в акимате, в 2024 году экспорт области в Китай составил 1,2 млрд долларов, "
    "а число совместных предприятий растёт. Инвестор рассчитывает завершить технико-экономическое обоснование к концу года.",
    events=[{"type": "agreement", "kz_region": "Aktobe Region", "date": "2025-05-21", "place": "Aktobe",
             "instrument": "agreement", "cn_parties": ["Цзянсу Хуасинь Энерджи", "Jiangsu"], "evidence": "подписали соглашение", "expect": "EV-aktobe"}],
    figures=[{"metric": "export", "subject": "Aktobe Region", "counterpart": "China", "period": "2024", "value": 1.2e9, "unit": "USD",
              "evidence": "экспорт области в Китай", "expect": "FG-aktobe-export"}],
    mentions=[{"text": "Цзянсу Хуасинь Энерджи", "kind": "org", "canonical": "Цзянсу Хуасинь Энерджи", "entity_id": "org:cn:tszyansu-khuasin-energi", "country": "CN"}])
KK_WIND = ("Жамбыл облысының әкімдігі мен China Power Engineering компаниясы 14 наурызда жел электр станциясын салу туралы "
 "меморандумға қол қойды. Жобаның құны 200 млн долларды құрайды. Станция Қордай ауданында орналасады, оның "
 "қуаты 100 мегаватт болмақ. Құрылыс жұмыстары күзде басталады деп жоспарлануда. Облыс әкімі жоба өңірдің "
 "энергия тапшылығын азайтып, жүзге жуық тұрақты жұмыс орнын ашатынын айтты. Компания өкілі жабдықтың бір "
 "бөлігін жергілікті кәсіпорындардан сатып алуға дайын екенін жеткізді.")
WIND_MEMO_PROJECT = {"what": "wind farm", "sector": "renewable_energy", "kz_region": "Jambyl Region", "partner": "China Power Engineering",
                     "amount": 2e8, "currency": "USD", "qualifier": "exact", "stage": "agreed", "evidence": "жел электр станциясын салу туралы", "expect": "PR-jambyl-wind"}
WIND_MEMO_EVENT = {"type": "agreement", "kz_region": "Jambyl Region", "date": "2025-03-14", "instrument": "memorandum",
                   "cn_parties": ["China Power Engineering"], "evidence": "меморандумға қол қойды", "expect": "EV-jambyl-memo"}
doc("kk_jambyl_wind_memorandum", "kk", "2025-03-15", "outlet-a.kz", "Жамбыл облысында жел электр станциясы салынады",
    KK_WIND, dup="D-wind", events=[WIND_MEMO_EVENT], projects=[WIND_MEMO_PROJECT],
    mentions=[{"text": "China Power Engineering", "kind": "org", "canonical": "China Power Engineering", "entity_id": "org:cn:china-power-engineering", "country": "CN"}])
doc("kk_jambyl_wind_memorandum_repost", "kk", "2025-03-16", "outlet-e.kz", "Қордай ауданында жел станциясы пайда болады",
    KK_WIND.replace("Облыс әкімі жоба", "Өңір басшысы жоба").replace("деп жоспарлануда", "деп күтілуде") + " Дереккөз: облыс әкімдігінің баспасөз қызметі.",
    dup="D-wind", events=[WIND_MEMO_EVENT], projects=[WIND_MEMO_PROJECT],
    mentions=[{"text": "China Power Engineering", "kind": "org", "canonical": "China Power Engineering Co., Ltd", "entity_id": "org:cn:china-power-engineering-co-ltd", "country": "CN"}])
doc("ru_jambyl_wind_construction", "ru", "2025-09-10", "outlet-b.kz", "В Кордайском районе началось строительство ветровой электростанции",
    "В Кордайском районе Жамбылской области 9 сентября началось строительство ветровой электростанции мощностью "
    "100 мегаватт. Проект реализует China Power Engineering Co., Ltd. Стоимость проекта оценивается примерно в 210 млн "
    "долларов. На площадке уже работают более 150 человек, завезены первые секции башен. Завершить монтаж "
    "ветроустановок планируется к лету следующего года.", dup="D-construction",
    events=[{"type": "project_launch", "kz_region": "Jambyl Region", "date": "2025-09-09", "cn_parties": ["China Power Engineering Co., Ltd"],
             "evidence": "началось строительство ветровой электростанции", "expect": "EV-jambyl-groundbreaking"}],
    projects=[{"what": "wind power plant", "sector": "renewable_energy", "kz_region": "Jambyl Region", "partner": "China Power Engineering Co., Ltd",
               "amount": 2.1e8, "currency": "USD", "qualifier": "about", "stage": "under_construction",
               "evidence": "началось строительство ветровой электростанции", "expect": "PR-jambyl-wind"}])
doc("ru_jambyl_wind_construction_rewrite", "ru", "2025-09-11", "outlet-g.kz", "Под Кордаем строят ветровую электростанцию",
    "В Кордайском районе Жамбылской области 9 сентября стартовало строительство ветровой электростанции мощностью "
    "100 мегаватт, сообщает пресс-служба акима области. Проект реализует China Power Engineering Co., Ltd, его стоимость "
    "оценивается примерно в 210 млн долларов. Сейчас на площадке уже работают более 150 человек, завезены первые секции башен. "
    "Монтаж ветроустановок планируется завершить к лету следующего года.",
    dup="D-construction",
    events=[{"type": "project_launch", "kz_region": "Jambyl Region", "date": "2025-09-09", "cn_parties": ["China Power Engineering"],
             "evidence": "стартовало строительство", "expect": "EV-jambyl-groundbreaking"}],
    projects=[{"what": "wind power plant", "sector": "renewable_energy", "kz_region": "Jambyl Region", "partner": "China Power Engineering",
               "amount": 2.1e8, "currency": "USD", "qualifier": "about", "stage": "under_construction",
               "evidence": "стартовало строительство", "expect": "PR-jambyl-wind"}])
doc("ru_jambyl_wind_operating", "ru", "2026-06-20", "outlet-d.kz", "Первая ветроустановка в Кордайском районе дала ток",
    "В Кордайском районе Жамбылской области запущена первая ветроустановка новой ветровой электростанции. "
    "Турбина выдала первые киловатт-часы в сеть. Всего на станции будет смонтировано 25 установок, выход на "
    "полную мощность ожидается до конца года. Аким области поблагодарил строителей и отметил, что станция "
    "снизит зависимость региона от перетоков электроэнергии.",
    projects=[{"what": "wind farm", "sector": "renewable_energy", "kz_region": "Jambyl Region", "partner": None,
               "stage": "operating", "evidence": "запущена первая ветроустановка", "expect": "PR-jambyl-wind"}])
doc("ru_jambyl_solar", "ru", "2025-10-01", "outlet-b.kz", "В Жамбылской области построят солнечную электростанцию",
    "Акимат Жамбылской области и компания Sunrise Solar Technology договорились о строительстве солнечной "
    "электростанции мощностью 50 мегаватт в Шуском районе. Инвестиции составят 60 млн долларов. Проект "
    "находится на стадии предварительного обсуждения, площадка для станции уже подобрана.",
    projects=[{"what": "solar power plant", "sector": "renewable_energy", "kz_region": "Jambyl Region", "partner": "Sunrise Solar Technology",
               "amount": 6e7, "currency": "USD", "stage": "proposed", "evidence": "солнечной", "expect": "PR-jambyl-solar"}])
doc("kk_akmola_wind", "kk", "2025-09-15", "outlet-a.kz", "Ақмола облысында жел электр станциясы салынады",
    "Ақмола облысының әкімдігі мен China Power Engineering компаниясы 12 қыркүйекте Ерейментау ауданында жел электр "
    "станциясын салу туралы меморандумға қол қойды. Жобаның құны 150 млн доллар. Станцияның қуаты 80 мегаватт "
    "болмақ. Құрылыс келесі жылы басталады деп жоспарлануда.",
    events=[{"type": "agreement", "kz_region": "Akmola Region", "date": "2025-09-12", "instrument": "memorandum",
             "cn_parties": ["China Power Engineering"], "evidence": "меморандумға қол қойды", "expect": "EV-akmola-memo"}],
    projects=[{"what": "wind farm", "sector": "renewable_energy", "kz_region": "Akmola Region", "partner": "China Power Engineering",
               "amount": 1.5e8, "currency": "USD", "stage": "agreed", "evidence": "жел электр", "expect": "PR-akmola-wind"}])
KK_TRADE = ("Биылғы жылдың алғашқы жарты жылында Павлодар облысы мен Қытай арасындағы тауар айналымы 512,3 млн долларды "
 "құрады. Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 8 пайызға артық. Экспорттың негізгі бөлігін "
 "металлургия өнімдері мен ферроқорытпалар құрайды, ал импортта машиналар мен жабдықтар басым. Облыс "
 "әкімдігінің мәліметінше, өңірде қытай капиталы бар 40-тан астам кәсіпорын жұмыс істейді.")
TRADE_FIG = {"metric": "trade_turnover", "subject": "Pavlodar Region", "counterpart": "China", "period": "2025-01/2025-06",
             "value": 512.3e6, "unit": "USD", "evidence": "512,3 млн", "expect": "FG-pavlodar-trade"}
doc("kk_pavlodar_trade", "kk", "2025-07-20", "outlet-a.kz", "Павлодар облысы мен Қытай арасындағы сауда өсті",
    KK_TRADE, dup="D-trade", figures=[TRADE_FIG])
doc("kk_pavlodar_trade_repost", "kk", "2025-07-20", "outlet-f.kz", "Павлодар мен Қытай саудасы 8 пайызға өсті",
    KK_TRADE + " Толығырақ ақпарат облыс әкімдігінің ресми сайтында жарияланған.", dup="D-trade",
    figures=[dict(TRADE_FIG, value=512.0e6)])
doc("ru_pavlodar_trade", "ru", "2025-07-22", "outlet-d.kz", "Товарооборот Павлодарской области с Китаем",
    "По данным управления предпринимательства, за январь-июнь товарооборот Павлодарской области с Китаем "
    "составил 498 млн долларов. Основу экспорта составляют металлы и ферросплавы, в импорте преобладают "
    "машины и оборудование. В регионе работают более 40 предприятий с китайским капиталом.",
    figures=[dict(TRADE_FIG, value=498e6, evidence="498 млн")])

with open(Path(__file__).with_name("corpus.jsonl"), "w", encoding="utf-8") as out:
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs))
