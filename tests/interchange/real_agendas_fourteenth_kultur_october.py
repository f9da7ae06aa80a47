"""The list of Kungsbacka's Nämnden för Kultur & Fritid, 2025-10-22, as its kallelse prints it
(moggleif/kommunhandlingar, data/kungsbacka/kultur/2025/2025-10-22/kallelse.md; Val av
justerare and its 16 ärenden): under each title the föredragande, the number of documents and
the minutes, each on a line of its own in the Ärende cell, and long förslag that carry the
list over three pages."""

from __future__ import annotations

from tests.interchange.real_agendas import RealAgenda

KULTUR_2025_10_ROWS = (
    (
        "",
        "Val av justerare",
        "",
        "Ulrika Jörgensen (M)",
    ),
    (
        "1.",
        (
            "Information till nämnd: destination, turism och besöksmål\n"
            "Föredragande: Peter Rudvall, enhetschef Kultur & Besöksmål, och "
            "Wendela Sanne-Öhrnell, enhetschef Evenemang & Destination\n"
            "30 min\n"
            "1 st dokument"
        ),
        "KFT-2025-00213",
        "Nämnden för Kultur & Fritid noterar informationen till protokollet.",
    ),
    (
        "2.",
        (
            "Information till nämnd: platsvarumärke\n"
            "Föredragande: Nina Magnusson, Platsvarumärkes- / Kommunikationschef\n"
            "20 min\n"
            "1 st dokument"
        ),
        "KFT-2025-00212",
        "Nämnden noterar informationen till protokollet.",
    ),
    (
        "3.",
        (
            "Delårsrapportering God och Nära vård\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "2 st dokument\n"
            "10 min"
        ),
        "KFT-2025-00215",
        "Nämnden godkänner delårsrapportering av God och Nära vård.",
    ),
    (
        "4.",
        (
            "Justering av taxa för korttidsuthyrning av lokaler och anläggningar\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "5 st dokument\n"
            "10 min"
        ),
        "KFT-2025-00189",
        (
            "Nämnden för Kultur & Fritid föreslår Kommunfullmäktige att anta taxa "
            "för korttidsuthyrning av lokaler och anläggningar, daterad 2025-08-29. "
            "Taxan ska träda i kraft 1:e juli 2026.\n"
            "Taxa för korttidsuthyrning av lokaler och anläggningar med tillhörande "
            "tjänster till organisationer och enskilda invånare, antagen av "
            "kommunfullmäktige 2021-12-07 §176 upphör samtidigt att gälla.\n"
            "Nämnden för Kultur & Fritid föreslår Kommunfullmäktige att delegera "
            "rätten till nämnden för Kultur & Fritid att justera beloppen i taxan i "
            "enlighet med taxans bestämmelse 6, ”Beräkningsprinciper för justering "
            "avgiftsbelopp” (Taxa för uthyrning av lokaler och anläggningar). "
            "Justeringarna ska redovisas till kommunfullmäktige.\n"
            "Nämnden för Kultur & Fritid beslutar att självfinansieringsgraden ska "
            "vara likvärdig för föreningar vid korttidsuthyrning av anläggningar "
            "(verksamhetsytor).\n"
            "Nämnden för Kultur & Fritid beslutar att självkostnadspriset vid "
            "korttidsuthyrning av anläggningar (verksamhetsytor) ska vara:\n"
            "*minst 30 % år 2032.\n"
            "*minst 15 % för ridanläggningar och isytor år 2032.\n"
            "Nämnden för Kultur & Fritid antar förvaltningens förslag till regler "
            "för uthyrning av lokaler och anläggningar förutsatt ovan beslut i "
            "Kommunfullmäktige. Reglerna ska därefter träda i kraft 2026-07-01."
        ),
    ),
    (
        "5.",
        (
            "Justering av Kulturskolans avgifter\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "3 st dokument\n"
            "10 min"
        ),
        "KFT-2025-00228",
        (
            "Nämnden för Kultur & Fritid beslutar att justera avgifter enligt "
            "index.\n"
            "Nämnden för Kultur & Fritid beslutar att de justerade avgifterna ska "
            "gälla från och med 2026-01-01."
        ),
    ),
    (
        "6.",
        ("Nämndbudget 2026\nFöredragande: Karl Persson, förvaltningschef\n2 st dokument\n10 min"),
        "KFT-2025-00209",
        (
            "Nämnden för Kultur & Fritid beslutar att:\n"
            "* godkänna nämndbudget 2026\n"
            "* uppdra åt förvaltningschefen att upprätta förvaltningsbudget för "
            "2026\n"
            "* uppdra åt förvaltningschefen att göra nödvändiga omfördelningar i "
            "Förvaltningsbudgeten under året samt att informera nämnden om dessa i "
            "samband med delårsrapport och bokslut"
        ),
    ),
    (
        "7.",
        (
            "Lokalbehovsplan 2027-2031 med utblicksår 2032-2036\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "5 st dokument\n"
            "5 min"
        ),
        "KFT-2025-00210",
        (
            "Nämnden beslutar att fastställa lokalbehovsplan för perioden 2027–2031 "
            "med utblicksår 2032–2036 som framgår av bilaga fastställs. Behovet "
            "överlämnas till lokalgruppen som kommer bearbeta behoven och sedan "
            "lägga fram ett förslag till lokalplan och budget för de behov som ska "
            "prioriteras i kommunen.\n"
            "Nämnden antar förvaltningens förslag på lokalstrategi."
        ),
    ),
    (
        "8.",
        (
            "Samrådsutskick - Detaljplan för idrottsändamål inom Skårby 3:4 i "
            "Kungsbacka kommun. Sista svarsdag 2025-10-21\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "3 st dokument"
        ),
        "KFT-2025-00208",
        (
            "Nämnden anser att planförslaget är väl genomarbetat och att det har "
            "tagit hänsyn till många av de faktorer som Kultur & Fritid lyft i "
            "framtagandet. Nämnden vill lyfta några aspekter kring kulturmiljö, "
            "social hållbarhet och konst."
        ),
    ),
    (
        "9.",
        (
            "Revidering av delegeringsförteckning\n"
            "Föredragande: Erik Norinder, utvecklingsledare\n"
            "2 st dokument\n"
            "5 min"
        ),
        "KFT-2025-00211",
        ("Nämnden godkänner förvaltningens förslag på reviderad delegeringsförteckning."),
    ),
    (
        "10.",
        (
            "Information till nämnd: lägesrapport BRÅ\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "1 st dokument\n"
            "15 min"
        ),
        "KFT-2025-00216",
        "Nämnden noterar informationen till protokollet.",
    ),
    (
        "11.",
        (
            "Information till nämnd: återrapportering dataskydd\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "2 st dokument\n"
            "5 min"
        ),
        "KFT-2025-00214",
        "Nämnden noterar informationen till protokollet.",
    ),
    (
        "12.",
        "Anmälan av delegeringsbeslut okt 2025",
        "KFT-2025-00217",
        "Redovisning av delegeringsbeslut förtecknade i protokoll 2025-10-22 godkänns.",
    ),
    (
        "13.",
        "Redovisning av inkomna skrivelser okt 2025",
        "KFT-2025-00218",
        "Nämnden noterar redovisningen till protokollet.",
    ),
    (
        "14.",
        (
            "Förvaltningschefen informerar okt 2025\n"
            "Föredragande: Karl Persson, förvaltningschef\n"
            "1 st dokument\n"
            "15 min"
        ),
        "KFT-2025-00219",
        "Nämnden noterar informationen till protokollet.",
    ),
    (
        "15.",
        ("Initiativ Sverigedemokraterna permanent utomhusscen i Badhusparken\n2 st dokument"),
        "KFT-2025-00220",
        "Nämnden noterar initiativet som inkommet och överlämnar till förvaltningen för beredning.",
    ),
    (
        "16.",
        (
            "Initiativ från Alliansen: dubblera antalet sommarjobb/feriejobb under sommaren 2026\n"
            "2 st dokument"
        ),
        "KFT-2025-00227",
        "Nämnden noterar initiativet som inkommet och överlämnar til förvaltningen för beredning.",
    ),
)

KULTUR_2025_10 = RealAgenda(
    "kungsbacka_kultur_2025_10",
    "data/kungsbacka/kultur/2025/2025-10-22/kallelse.md",
    ("", "Ärende", "Beteckning", "Förslag"),
    KULTUR_2025_10_ROWS,
    (),
)
