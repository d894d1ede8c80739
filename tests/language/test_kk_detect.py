"""Kazakh in Latin and Arabic script is Kazakh; Turkish, Uzbek, English, Uyghur, Arabic and
Persian are not (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kzcn.language.detect import detect_language, kazakh_script

TABLE = [
    # Kazakh, Latin 2017 / 2018 / 2021
    ("Pavlodar oblysynyn' a'kimi qytai'lyq delegatsii'amen kezdesti. Taraptar memorandy'mg'a qol qoi'dy.",
     "latn", "kk"),
    ("Pavlodar oblysynyń ákimi qytaılyq delegasııamen kezdesti. Taraptar memorandýmǵa qol qoıdy.",
     "latn", "kk"),
    ("Pavlodar oblysynyñ äkımı qytailyq delegatsiiamen kezdestı. Taraptar memorandumğa qol qoidy.",
     "latn", "kk"),
    # Kazakh, Arabic script (töte), with the hamza and without
    ("پاۆلودار وبلىسىنىڭ اكىمى قىتايلىق دەلەگاتسيامەن كەزدەستى. تاراپتار مەموراندۋمعا قول قويدى.",
     "arab", "kk"),
    ("ساپار بارىسىندا ەكى تاراپ ءىرى جوبالاردى تالقىلادى. كەزدەسۋ ءوتتى.", "arab", "kk"),
    # Turkish and Uzbek share letters with Kazakh Latin, not q/ǵ/ń/á/ä/ñ/ū or the 2017 apostrophes
    ("Pavlodar bölgesinin valisi Çinli heyetle görüştü. Taraflar bir mutabakat zaptı imzaladı.",
     False, "en"),
    ("Pavlodar viloyati hokimi Xitoy delegatsiyasi bilan uchrashdi. Tomonlar memorandum imzoladi va "
     "hamkorlikni kengaytirishga kelishib oldi.", False, "en"),
    # English naming Chinese places in q
    ("The akim of Pavlodar Region met a delegation from Qingdao and Qinghai in Astana.", False, "en"),
    # Uyghur (ئ ې ۈ), Arabic and Persian: none of the four languages
    ("پاۋلودار ۋىلايىتىنىڭ باشلىقى جۇڭگو ۋەكىللەر ئۆمىكى بىلەن كۆرۈشتى. ئىككى تەرەپ ئەسلىمىگە ئىمزا قويدى.",
     False, None),
    ("التقى حاكم منطقة بافلودار بوفد صيني. ووقع الطرفان مذكرة تفاهم للتعاون.", False, None),
    ("استاندار پاولودار با هیئت چینی دیدار کرد. دو طرف یادداشت تفاهم امضا کردند.", False, None),
    # the others keep their behaviour
    ("Павлодар облысының әкімі қытайлық делегациямен кездесті.", None, "kk"),
    ("Аким Павлодарской области встретился с делегацией провинции Хэнань.", None, "ru"),
    ("哈萨克斯坦与中国地方合作论坛在西安举行。", None, "zh"),
]


@pytest.mark.parametrize(("text", "script", "lang"), TABLE)
def test_kazakh_script_and_language(text, script, lang):
    assert kazakh_script(text) == script
    assert detect_language(text) == lang
