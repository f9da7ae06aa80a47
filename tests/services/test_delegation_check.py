"""`delegation check` on the demo reports each seed trap under its code, and the checks on
small hand-made versions."""

from __future__ import annotations

from datetime import date

from ksdesk.core.delegation import Chapter, Point, Revision, Version
from ksdesk.core.delegation_checks import CheckContext, check_version
from ksdesk.core.delegation_citations import Fact, Source, conflicts
from ksdesk.core.delegation_roles import Role, RoleRegister
from ksdesk.core.findings import Severity
from ksdesk.services.delegation_check import check


def _by_code(findings) -> dict[str, list]:
    result: dict[str, list] = {}
    for f in findings:
        result.setdefault(f.code, []).append(f)
    return result


def test_demo_draft_reports_every_seed_trap(demo_store) -> None:
    _version, findings = check(demo_store, "reviderad-2020-11-26")
    codes = _by_code(findings)
    dup = codes["dubblett-nr"]
    assert [(f.chapter, f.nr) for f in dup] == [("Livsmedel/kost", str(n)) for n in range(83, 89)]
    assert all(f.severity is Severity.FEL for f in dup)
    assert [f.message[:40] for f in codes["ordning"]] == [
        "Numreringen går baklänges: 91 → 83 (punk"
    ]
    assert [f.nr for f in codes["saknar-delegat"]] == ["48", "56"]
    assert sorted(f.message.split()[1] for f in codes["okand-forkortning"]) == ["LOU", "UHC"]
    assert [f.nr for f in codes["blandad-skrift"]] == ["76", "77"]
    assert all(f.fixable for f in codes["blandad-skrift"])
    (placeholder,) = codes["platshallare"]
    assert "KS 2020-XX-XX § XX" in placeholder.message
    assert placeholder.severity is Severity.VARNING  # adopting the draft fills it in
    (conflict,) = codes["motstridigt-datum"]
    assert conflict.severity is Severity.FEL
    assert "§ 164" in conflict.message
    assert "2019-08-20" in conflict.message and "2020-08-20" in conflict.message
    assert "tjänsteskrivelsen i ärende 5" in conflict.message
    assert "protokollet 2020-11-24 § 216" in conflict.message
    assert "lucka" not in codes
    # Point 55 keeps a title the seed's förteckning says was replaced.
    assert [f.nr for f in codes["okand-roll"]] == ["55"]


def _version(points, status="utkast", revisions=()) -> Version:
    return Version(
        "v", "V", status=status, chapters=[Chapter("K", points)], revisions=list(revisions)
    )


def test_gap_and_placeholder_severity_in_an_adopted_version() -> None:
    version = _version(
        [Point("1", "a", delegat=["Chef"]), Point("3", "xx", delegat=["Chef"])],
        status="antagen",
        revisions=[Revision("KS 2020-XX-XX § XX")],
    )
    codes = _by_code(check_version(version))
    assert codes["lucka"][0].message.startswith("Numreringen hoppar från 1 till 3: 2 saknas")
    assert {f.severity for f in codes["platshallare"]} == {Severity.FEL}
    assert len(codes["platshallare"]) == 2  # the revision row and point 3


def test_a_point_without_a_number_is_said_as_such_not_as_a_duplicate() -> None:
    from ksdesk.core.delegation_checks import code_text

    version = _version([Point("1", "a", delegat=["Chef"]), Point("", "b", delegat=["Chef"])])
    (missing,) = _by_code(check_version(version))["saknar-nr"]
    assert (missing.message, code_text(missing)) == ("Punkten saknar nummer.", "saknar nummer")
    assert missing.severity is Severity.FEL


def test_an_ordning_written_without_numbers_gets_one_note_not_a_fel_per_point() -> None:
    version = _version([Point("", "a", delegat=["Chef"]), Point("", "b", delegat=["Chef"])])
    findings = check_version(version)
    (note,) = _by_code(findings)["saknar-nr"]
    assert note.severity is Severity.INFO and not note.uids
    assert note.message.startswith("Ingen punkt har nummer, som i dokumentet.")
    assert not any(f.is_error for f in findings)


def test_an_unknown_abbreviation_in_a_point_without_a_number_names_the_point_by_its_text() -> None:
    point = Point("", "Yttrande enligt LVU över ansökan om vård", delegat=["Chef"])
    (finding,) = _by_code(check_version(_version([point])))["okand-forkortning"]
    assert finding.message == (
        "Förkortningen LVU används (punkt ”Yttrande enligt LVU över ansökan…”) men finns inte "
        "i förkortningslistan."
    )


def test_unknown_and_retired_roles() -> None:
    roles = RoleRegister([Role("Chef"), Role("Kommunchef", "Kommundirektör")])
    version = _version([Point("1", "a", delegat=["chef", "Kommunchef"], ersattare=["Okänd"])])
    found = _by_code(check_version(version, CheckContext(roles=roles)))["okand-roll"]
    assert [f.message for f in found] == [
        'Delegat "Kommunchef" i punkt 1 är en titel som har bytts ut mot "Kommundirektör".',
        'Ersättare "Okänd" i punkt 1 finns inte i rollregistret.',
    ]


def test_paragraphs_of_different_years_are_different_decisions() -> None:
    sources = [
        Source("a", "Kommunstyrelsen beslutade om delegationsordningen den 5 maj 2019 § 80."),
        Source("b", "KS 2020-11-24 § 80 gällde något annat."),
    ]
    assert conflicts(sources) == []
    same_year = [*sources, Source("c", "delegationsordningen, KS 2019-06-01 § 80")]
    assert [c.paragraf for c in conflicts(same_year)] == [80]
    fact = [Fact("protokollet", "kommunstyrelsen", date(2019, 5, 6), 80)]
    assert len(conflicts(sources[:1], fact)) == 1


def test_only_the_dates_of_paragraphs_cited_about_the_delegationsordning_are_asked_for() -> None:
    """Ten years of protokoll know thousands of §: the check asks the file for the numbers
    that can clash, not for every one."""
    asked = []

    def facts(numbers: set[int]) -> list[Fact]:
        asked.append(numbers)
        return [Fact("protokollet", "kommunstyrelsen", date(2019, 5, 6), n) for n in numbers]

    sources = [
        Source("a", "Kommunstyrelsen beslutade om delegationsordningen den 5 maj 2019 § 80."),
        Source("b", "KS 2019-05-06 § 81 gällde något annat."),
    ]
    assert [c.paragraf for c in conflicts(sources, facts)] == [80]
    assert asked == [{80}]


def test_a_corrected_tjansteskrivelse_is_read_again_by_the_next_check(demo_store) -> None:
    """The texts that cite a § are kept between checks (an edit in the Delegation tab
    changes none of them), and read again once a meeting has changed: the secretary puts
    right the date that conflicted, and the next check no longer names that text."""
    from ksdesk.services import meetings

    def conflict_sources() -> list[str]:
        _version, findings = check(demo_store, "reviderad-2020-11-26")
        return [f.message for f in findings if f.code == "motstridigt-datum"]

    def second_date(message: str) -> str:  # the sources that give 2020-08-20
        return message.split("och 2020-08-20")[1]

    (before,) = conflict_sources()
    assert "tjänsteskrivelsen i ärende 5" in second_date(before)
    assert conflict_sources() == [before]  # kept: the same texts, nothing read again

    header = next(m for m in meetings.list_meetings(demo_store) if str(m.date) == "2020-12-07")
    meeting = meetings.get_meeting(demo_store, header.id)
    section = meeting.items[4].tjansteskrivelse.sections[0]
    section.text = section.text.replace("den 20 augusti 2020 § 164", "den 20 augusti 2019 § 164")
    meetings.save_meeting(demo_store, meeting)

    (after,) = conflict_sources()
    assert "tjänsteskrivelsen i ärende 5" not in second_date(after)
    assert "tjänsteskrivelsen i ärende 5" in after  # now among those that say 2019-08-20


def test_texts_read_inside_a_transaction_that_rolls_back_are_not_kept(demo_store) -> None:
    """A check run inside a transaction (an edit that then fails) reads texts that may never
    be committed: the next check, after another change, must read what the file holds."""
    import pytest

    from ksdesk.services import delegation_check, meetings

    header = next(m for m in meetings.list_meetings(demo_store) if str(m.date) == "2020-12-07")

    def set_year(year: str) -> None:
        meeting = meetings.get_meeting(demo_store, header.id)
        section = meeting.items[4].tjansteskrivelse.sections[0]
        section.text = section.text.replace("den 20 augusti 2020", f"den 20 augusti {year}")
        meetings.save_meeting(demo_store, meeting)

    def cites(texts, year: str) -> bool:
        return any(f"den 20 augusti {year} § 164" in source.text for source in texts)

    delegation_check.citing_texts(demo_store)
    with pytest.raises(RuntimeError), demo_store.atomic():
        set_year("2018")
        assert cites(delegation_check.citing_texts(demo_store), "2018")
        raise RuntimeError("the edit fails")
    set_year("2019")  # committed: its change_txn is the one the rolled-back edit had
    texts = delegation_check.citing_texts(demo_store)
    assert cites(texts, "2019") and not cites(texts, "2018")


def test_the_citations_kept_follow_an_edit_of_a_text_that_cites(demo_store) -> None:
    """The citations are kept with the texts between checks, and found again when a text
    changes."""
    from datetime import date

    from ksdesk.services import delegation_check, meetings

    header = next(m for m in meetings.list_meetings(demo_store) if str(m.date) == "2020-12-07")

    def cited_days() -> set[date]:
        return {c.day for c in delegation_check.citations(demo_store) if c.paragraf == 164}

    assert date(2020, 8, 20) in cited_days()
    meeting = meetings.get_meeting(demo_store, header.id)
    section = meeting.items[4].tjansteskrivelse.sections[0]
    section.text = section.text.replace("den 20 augusti 2020", "den 20 augusti 2018")
    meetings.save_meeting(demo_store, meeting)
    assert date(2018, 8, 20) in cited_days()
