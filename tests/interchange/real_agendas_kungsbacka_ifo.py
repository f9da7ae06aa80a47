"""Kungsbacka's Nämnden för Individ & Familjeomsorg, kallelse of 2025-09-18: the
föredragande each on a line of their own under the title, without "Föredragande:" ("Karin
Nielsen, enhetschef"), a name and its title broken over two lines at the column's width
("Torun Ljungman," over "utvecklingsledare", "Märta Lycken, tf." over "förvaltningschef");
each Förslag cell opening with the heading "Förslag till beslut", "Övrigt"'s cell holding only
that heading. An excerpt of the kallelse's rows as its PDF's cells have them, read from
github.com/moggleif/kommunhandlingar (data/kungsbacka/ifo/2025/2025-09-18/kallelse.md,
converted from Kungsbacka's PDF; e-mail and telephone left out here)."""

from __future__ import annotations

from tests.interchange.real_agendas_fourteenth import JUSTERARE, _e, _list

_IFO = "Förslag till beslut\nNämnden för Individ & Familjeomsorg "

IFO_2025_09 = _list(
    "ifo/2025/2025-09-18",
    (
        ("", JUSTERARE, "", "Therese Edvardsson (S)"),
        ("1.", "Godkännande av dagordningen", "IF-2023-\n00055", _IFO + "godkänner\ndagordningen."),
        (
            "2.",
            "Information om stabs-övning\noch säkerhetssamordning\nEmilia Andersson,\n"
            "säkerhetssamordnare\nKarin Nielsen, enhetschef",
            "IF-2020-\n00101",
            _IFO + "noterar\ninformationen till protokollet.",
        ),
        (
            "3.",
            "Insatser utan individuell\nbehovsprövning\nAnna Nordin, enhetschef\n"
            "Björn Lundström, enhetschef\nIra Svedhage Tufekcic,\nenhetschef",
            "IF-2025-\n00180",
            _IFO + "antar\nförvaltningens förslag till insatser som ska\ntillhandahållas utan "
            "individuell behovsprövning,",
        ),
        (
            "4.",
            "Information om lex Sarah samt\nredovisning av rapporter,\nutredningar och beslut\n"
            "Helena Nilsson, SAS",
            "IF-2025-\n00006",
            _IFO
            + "godkänner\nredovisningen av rapporter, utredningar och beslut\nenligt lex Sarah.",
        ),
        (
            "6.",
            "Delårsrapport per augusti 2025\nKarin Nielsen, enhetschef",
            "IF-2025-\n00165",
            _IFO + "godkänner\ndelårsrapport per augusti 2025.\nNämnden för Individ & "
            "Familjeomsorg förklarar\nparagrafen omedelbart justerad.",
        ),
        (
            "9.",
            "Information om regional\növerenskommelse om\nsamverkan mellan Region\n"
            "Halland och Hallands\nkommuner\nTorun Ljungman,\nutvecklingsledare",
            "IF-2025-\n00216",
            _IFO + "noterar\ninformationen till protokollet.",
        ),
        (
            "14.",
            "Systematiskt arbetsmiljöarbete,\nSAM\nJulia Wilholm, personalchef",
            "IF-2024-\n00046",
            _IFO + "noterar\ninformationen till protokollet.",
        ),
        (
            "15.",
            "Information från förvaltningen\nMärta Lycken, tf.\nförvaltningschef",
            "IF-2023-\n00001",
            _IFO + "noterar\ninformationen till protokollet.",
        ),
        ("16.", "Anmälan av delegeringsbeslut", "IF-2023-\n00003", _IFO + "godkänner"),
        ("20.", "Övrigt", "IF-2023-\n00008", "Förslag till beslut"),
        (
            "21.",
            "Nedläggning av\nfaderskapsutredning, FB\nRenate Rondolph,\nverksamhetschef",
            "IF-2023-\n00118",
            "Förslag till beslut\nSekretessärende.\nNämnden för Individ & Familjeomsorg "
            "förklarar\nparagrafen omedelbart justerad.",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(1, "Godkännande av dagordningen", "IF-2023-00055"),
        _e(
            2,
            "Information om stabs-övning och säkerhetssamordning",
            "IF-2020-00101",
            "Emilia Andersson, säkerhetssamordnare; Karin Nielsen, enhetschef",
        ),
        _e(
            3,
            "Insatser utan individuell behovsprövning",
            "IF-2025-00180",
            "Anna Nordin, enhetschef; Björn Lundström, enhetschef; "
            "Ira Svedhage Tufekcic, enhetschef",
        ),
        _e(
            4,
            "Information om lex Sarah samt redovisning av rapporter, utredningar och beslut",
            "IF-2025-00006",
            "Helena Nilsson, SAS",
        ),
        _e(6, "Delårsrapport per augusti 2025", "IF-2025-00165", "Karin Nielsen, enhetschef"),
        _e(
            9,
            "Information om regional överenskommelse om samverkan mellan Region Halland och "
            "Hallands kommuner",
            "IF-2025-00216",
            "Torun Ljungman, utvecklingsledare",
        ),
        _e(
            14,
            "Systematiskt arbetsmiljöarbete, SAM",
            "IF-2024-00046",
            "Julia Wilholm, personalchef",
        ),
        _e(
            15,
            "Information från förvaltningen",
            "IF-2023-00001",
            "Märta Lycken, tf. förvaltningschef",
        ),
        _e(16, "Anmälan av delegeringsbeslut", "IF-2023-00003"),
        _e(20, "Övrigt", "IF-2023-00008"),
        _e(
            21,
            "Nedläggning av faderskapsutredning, FB",
            "IF-2023-00118",
            "Renate Rondolph, verksamhetschef",
            secret=True,  # its förslag says "Sekretessärende."
        ),
    ),
)
IFO_MEETING = ("Nämnden för Individ & Familjeomsorg", "torsdagen den 18 september 2025 kl. 13:30")

# The same nämnd's kallelse of 2025-11-13 (data/kungsbacka/ifo/2025/2025-11-13/kallelse.md):
# a title with its unit's letters after it ("enhetschef FG"), "1:e socialsekreterare", "tf"
# without its full stop, and two initiativärenden whose Förslag cell is only the heading.
IFO_2025_11 = _list(
    "ifo/2025/2025-11-13",
    (
        (
            "2.",
            "Information om arbetet med\nFrämjande fyran\nSofia Holtz, enhetschef\n"
            "Mie Flood, 1:e socialsekreterare\nMaria Ivansson, enhetschef FG\n"
            "Emma Björneloo,\nutvecklingsledare KFT",
            "IF-2020-\n00101",
            _IFO + "noterar\ninformationen till protokollet.",
        ),
        (
            "6.",
            "Initiativärende (MP) - Svar på\nförfrågan från nationella\nsamordnare för "
            "arbetet med\nfrivillig återvandring",
            "IF-2025-\n00336",
            "Förslag till beslut",
        ),
        (
            "10.",
            "Information från förvaltningen\nMärta Lycken, tf\nförvaltningschef",
            "IF-2023-\n00001",
            _IFO + "noterar\ninformationen till protokollet.",
        ),
    ),
    (
        _e(
            2,
            "Information om arbetet med Främjande fyran",
            "IF-2020-00101",
            "Sofia Holtz, enhetschef; Mie Flood, 1:e socialsekreterare; Maria Ivansson, "
            "enhetschef FG; Emma Björneloo, utvecklingsledare KFT",
        ),
        _e(
            6,
            "Initiativärende (MP) - Svar på förfrågan från nationella samordnare för arbetet "
            "med frivillig återvandring",
            "IF-2025-00336",
        ),
        _e(
            10,
            "Information från förvaltningen",
            "IF-2023-00001",
            "Märta Lycken, tf förvaltningschef",
        ),
    ),
)
