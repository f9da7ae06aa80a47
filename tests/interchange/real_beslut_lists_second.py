"""Real published lists of delegationsbeslut, second round: two socialnämnder whose lists are
numbered (1., 2., 3.), not lettered, as the stored public pages give them.

The search (corpora "pages" and "code": "delegationsbeslut redovisning datum diarienummer
delegat", "anmälan av delegationsbeslut lista", "delegationsbeslut socialnämnden period
beslut delegat lagrum", "förteckning över delegationsbeslut", and a dozen wordings more)
found, besides delegationsordningar, these two lists only; no diarium export (a table with
Beslutsdatum, Dnr, Ärendemening, Delegat) and no list with a row marked sekretess. A
socialnämnd's protokoll (5dok.org, 2019-09-26) marks its own paragraphs so ("Ärendet
redovisas inte med hänvisning till sekretess"), not a delegationsbeslut.

- A socialnämnd's protokoll 2012-02-22, § 1 "Anmälan delegeringsbeslut": numbered points,
  each its Dnr first with the diarieplan's code after the number ("Dnr. 12.S0068 754"), a
  period and the beslutsfattare in the text. The transcript stops in point 4; the file ends
  with point 3.
- Östhammars socialnämnd, kallelse 2017-12-13, "p. 2 Redovisning av delegationsbeslut":
  the ärenden's Dnr lines over the heading, a sentence, the lists reported numbered, and the
  next item "p. 3 Personärende".

The lines are rebuilt as the printed page has them (docplayer.se runs them together); the
words are the transcripts'. The files a secretary imports are built by the first round's
helpers (tests/interchange/real_beslut_lists.py): .txt, the lines in a sheet, a kallelse's
pages as PDF (also drawn in pieces), and here also the lines as a Word document.
"""

from __future__ import annotations

import io

from tests.interchange.real_beslut_lists import Expected, RealBeslutList

SOCIALNAMND_2012 = RealBeslutList(
    "Socialnämnden 2012-02-22 (numrerade, Dnr med diarieplan först)",
    "https://docplayer.se/amp/6645517-Socialnamnden-2012-02-22-1-29-februari-2012-kl-08-30-"
    "12-00-13-00-16-15.html",
    "§ 1 Anmälan delegeringsbeslut\n"
    "Följande delegeringsbeslut har fattats av tjänstemän inom socialnämndens "
    "verksamhetsområde enligt socialnämndens beslut om delegering 2011-01-24, 10:\n"
    "1. Dnr. 12.S0068 754 IFO-beslut enl. Socialtjänstlagen beslutsdatum 2011-11-01 "
    "2012-01-31, beslutsfattare Jenny Dafors, Ewa-Lena Engström, Johanna Mattsson, "
    "Kristin Nöjd, Aino Johansson, Mats Morin, socialnämnden och socialnämndens ordförande "
    "enl. förteckning nr 1 framställd 2012-02-10.\n"
    "2. Dnr. 12.S0069 757 Beslut om godkända faderskap, beslutsfattare Liselotte Eklund och "
    "Carin Johansson perioden 2011-11-01 2012-01-31 enl. förteckning nr. 1.\n"
    "3. Dnr 11.S0306 702 Tillfälligt serveringstillstånd till slutet sällskap, Hotell Forsen "
    "enl. 8 kap 2, Alkohollagen (202010:1622), serveringsdatum: 16 december 2011.\n",
    (
        Expected(
            "12.S0068 754",
            None,
            "IFO-beslut enl. Socialtjänstlagen beslutsdatum 2011-11-01 2012-01-31, "
            "beslutsfattare Jenny Dafors, Ewa-Lena Engström, Johanna Mattsson, Kristin Nöjd, "
            "Aino Johansson, Mats Morin, socialnämnden och socialnämndens ordförande enl. "
            "förteckning nr 1 framställd 2012-02-10.",
        ),
        Expected(
            "12.S0069 757",
            None,
            "Beslut om godkända faderskap, beslutsfattare Liselotte Eklund och Carin "
            "Johansson perioden 2011-11-01 2012-01-31 enl. förteckning nr. 1.",
        ),
        # The day in words is the day of serving, not of the decision: no date.
        Expected(
            "11.S0306 702",
            None,
            "Tillfälligt serveringstillstånd till slutet sällskap, Hotell Forsen enl. 8 kap 2, "
            "Alkohollagen (202010:1622), serveringsdatum: 16 december 2011.",
        ),
    ),
)

OSTHAMMAR_2017 = RealBeslutList(
    "Östhammar socialnämnden 2017-12-20 (p.-punkter, listor numrerade)",
    "https://docplayer.se/amp/157379239-16-grona-rummet-socialforvaltningen-osthammar.html",
    "Socialnämnden KALLELSE/FÖREDRAGNINGSLISTA Datum 2017-12-13 2 (16) Sid\n"
    "p. 1 Tillkommande ärenden\n"
    "p. 2\n"
    "Dnr SN-2017-50 Dpl 904\n"
    "Dnr SN-2017-51 Dpl 904\n"
    "Dnr SN-2017-52 Dpl 904\n"
    "Redovisning av delegationsbeslut\n"
    "Föreligger delegationslistor.\n"
    "1. Arbetsutskottets protokoll 2017-12-06\n"
    "2. Beslut i vård- och omsorgsärenden 2017-11-01 t.o.m. 2017-11-30\n"
    "3. Beslut i individ- och familjeomsorgsärenden 2017-11-01 t.o.m. 2017-11-30\n"
    "4. Beslut i övriga ärenden registrerade 2017-11-01 t.o.m. 2017-11-30\n"
    "p. 3 Personärende\n"
    "p. 4\n"
    "Dnr SN-2017-2 Dpl 904\n"
    "Information december\n"
    "Skriftlig information exempelvis från andra myndigheter.\n",
    (
        Expected("", None, "Arbetsutskottets protokoll 2017-12-06"),
        Expected("", None, "Beslut i vård- och omsorgsärenden 2017-11-01 t.o.m. 2017-11-30"),
        Expected(
            "", None, "Beslut i individ- och familjeomsorgsärenden 2017-11-01 t.o.m. 2017-11-30"
        ),
        Expected("", None, "Beslut i övriga ärenden registrerade 2017-11-01 t.o.m. 2017-11-30"),
    ),
)

SECOND_BESLUT_LISTS = (SOCIALNAMND_2012, OSTHAMMAR_2017)


def docx_variant(listed: RealBeslutList) -> bytes:
    """A variant: the published lines as a Word document, a paragraph a line, as a secretary
    copies the list out of the protokoll into Word."""
    import docx

    document = docx.Document()
    for line in listed.text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
