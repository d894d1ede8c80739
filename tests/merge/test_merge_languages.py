"""One happening reported in Chinese and in Russian is one event cluster (two articles written for
the test, run through the whole pipeline, stored and merged)."""

from __future__ import annotations

from sqlalchemy import select

from kzcn.clean import make_document
from kzcn.ingest.raw import RawArticle
from kzcn.merge import merge_store
from kzcn.pipeline.runner import Pipeline
from kzcn.store import Store
from kzcn.store import merge_tables as m
from kzcn.triage import triaged_stages

ZH = ("阿克托别州与河南省签署合作备忘录\n"
      "2025年5月20日，阿克托别州州长在阿克托别会见了河南省副省长率领的代表团。"
      "双方签署了经贸合作备忘录，并讨论了在农业领域建设合资企业的计划。")
RU = ("Актюбинская область и провинция Хэнань подписали меморандум\n"
      "20 мая 2025 года аким Актюбинской области встретился в Актобе с делегацией провинции Хэнань. "
      "Стороны подписали меморандум о торгово-экономическом сотрудничестве.")


def test_one_happening_in_chinese_and_russian_is_one_cluster(tmp_path):
    pipeline = Pipeline(triaged_stages())
    store = Store(f"sqlite:///{tmp_path / 'languages.sqlite'}").migrate()
    for name, text in (("zh.txt", ZH), ("ru.txt", RU)):
        doc = pipeline(make_document(RawArticle(source=name, where=name, text=text, published="2025-05-21")))
        assert doc.rejection is None and {"meeting", "agreement"} <= {e.type for e in doc.events}
        store.save_document(doc)
    merge_store(store)
    with store.engine.connect() as conn:
        clusters = conn.execute(select(m.event_clusters.c.type, m.event_clusters.c.n_sources)).all()
    by_type = {row.type: row.n_sources for row in clusters if row.type in ("meeting", "agreement")}
    assert by_type == {"meeting": 2, "agreement": 2}
