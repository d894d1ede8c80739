"""English lines generated from event and project records."""

from __future__ import annotations

import pytest

from kzcn.extract.common.summary import describe_event, describe_project, format_money, join_names
from kzcn.model import Event, Money, Project

EVENTS = [
    (Event("agreement", "Aktobe Region", cn_parties=("Acme Metals",), instrument="framework_agreement",
           place="Shanghai"),
     "Aktobe Region signed a framework agreement with Acme Metals in Shanghai"),
    (Event("meeting", "Turkistan Region", cn_parties=("Mianyang",), date="2025-10-01"),
     "Turkistan Region met Mianyang (2025-10-01)"),
    (Event("meeting", "Abai Region"), "Abai Region held talks with a Chinese side"),
    (Event("visit", "Turkistan Region", date="2023-10-10/2023-10-17"),
     "Turkistan Region's delegation visited China (2023-10-10 to 2023-10-17)"),
    (Event("visit", "Almaty", cn_parties=("Xi'an",), place="Xi'an"), "Almaty delegation visited Xi'an"),
    (Event("office_opening", "West Kazakhstan Region", place="Nanjing"),
     "West Kazakhstan Region opened a representative office in Nanjing"),
    (Event("forum", "Turkistan Region", place="Guangzhou"), "Turkistan Region took part in a forum in Guangzhou"),
    (Event("site_visit", "Jetisu Region", cn_parties=("A", "B", "C", "D", "E")),
     "Jetisu Region's delegation toured A, B, C and 2 others"),
    (Event("project_launch", None, cn_parties=("A",)), "A Kazakh delegation launched a project with A"),
]


@pytest.mark.parametrize(("event", "line"), EVENTS)
def test_summary_event_line(event: Event, line: str) -> None:
    assert describe_event(event) == line


PROJECTS = [
    (Project("ferroalloy plant", "Aktobe Region", partner="Acme Metals", stage="agreed",
             value=Money(150e6, "USD", "more_than")), "framework_agreement",
     "Aktobe Region signed a framework agreement with Acme Metals on a ferroalloy plant in Aktobe Region"
     " (more than $150M)"),
    (Project("household waste processing plant", "West Kazakhstan Region"), None,
     "A Chinese side proposed a household waste processing plant in West Kazakhstan Region"),
    (Project("heating main", "West Kazakhstan Region", partner="Acme Gas", place="Oral"), None,
     "Acme Gas proposed a heating main in Oral"),
    (Project("wind farm", "Abai Region", partner="Acme Wind", stage="under_construction",
             value=Money(134e9, "KZT", "about")), None,
     "A wind farm in Abai Region (about KZT 134B) is under construction with Acme Wind"),
    (Project("industrial park", "Jambyl Region", stage="operating"), None,
     "An industrial park in Jambyl Region is operating"),
]


@pytest.mark.parametrize(("project", "instrument", "line"), PROJECTS)
def test_summary_project_line(project: Project, instrument: str | None, line: str) -> None:
    assert describe_project(project, instrument) == line


MONEY = [
    (Money(150e6, "USD", "more_than"), "more than $150M"),
    (Money(1.25e9, "USD"), "$1.2B"),
    (Money(5e5, "CNY", "up_to"), "up to CNY 500K"),
]


@pytest.mark.parametrize(("money", "text"), MONEY)
def test_summary_money_format(money: Money, text: str) -> None:
    assert format_money(money) == text


def test_summary_join_names() -> None:
    assert join_names(["A", "B"]) == "A and B"
