"""A ninth set of real members lists: the first pages of Kungsbacka kommun's protokoll, where
each label heads two columns side by side: "Beslutande" the "Ledamöter" on the left and the
"Tjänstgörande ersättare" on the right ("Berit Bergström (M) ersätter Maria Gathendahl (M)"),
"Övriga närvarande" the "Ersättare" on the left and the "Tjänstepersoner" (or "Tjänstemän")
on the right. The text is as pdfplumber gives the PDF's (the pool moggleif/kommunhandlingar,
a file's Markdown, its first page): a line is the left column's line, then the right's, apart
by wide spaces or, where the left line is long, by one; a name or a role broken over two lines
goes on at the start of the next. Seven organs' pages, 2024-2025 (kommunstyrelsens
arbetsutskott's with one column under each label, read right before): the nämnd's politicians as
published; the tjänstepersoner's names are made up here (their titles, §§ and order as
published), and the longest lists of them shortened.
"""

from __future__ import annotations

# Kungsbacka kommun, Byggnadsnämndens arbetsutskott 2025-06-03,
# protokoll page 1.
# Source: moggleif/kommunhandlingar, data/kungsbacka/bygg-au/2025/2025-06-03/
#   protokoll.md
BYGG_AU_2025_06_03 = """Plats och tid för Fjäråsrummet, Storgatan 37 Klockan 13.00–14.49
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Thure Sandén (M), Ordförande
Heinrich Kaufmann (C), 1:e vice
ordförande
Daniel Hognert (M)
Lars Eriksson (S)

Stefan Vilumsons (SD)
Övriga närvarande Ersättare                 Tjänstepersoner
Anna Berg, förvaltningschef
Lena Ek, verksamhetschef
Karl Ström, förvaltningsjurist
Eva Holm, senior
bygglovshandläggare
Maria Sten, verksamhetschef
Sara Lind, planarkitekt
§§ 133-135

Petra Dahl, planarkitekt §§ 133-139
Nina Falk, specialist mark-
och exploatering §§ 133-136
Ulla Rask, planarkitekt
§§ 133-135
Karin Ek, nämndsekreterare

Plats och tid för justering Digital justering

Sekreterare   Karin Ek                Paragrafer §§ 133-143

Ordförande    Thure Sandén (M)

Protokolljusterare Lars Eriksson (S)
"""

# Kungsbacka kommun, Kommunstyrelsen 2025-03-18,
# protokoll page 1.
# Source: moggleif/kommunhandlingar, data/kungsbacka/ks/2025/2025-03-18/
#   protokoll.md
KS_2025_03_18 = """Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 13.00–14.15
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Lisa Andersson (M), Ordförande Berit Bergström (M) ersätter Maria
Fredrik Hansson (C), 1:e vice ordförande Gathendahl (M)
Magdalena Sundqvist (S), 2:e vice Marie Wadström (KD) ersätter
ordförande                    Fredrik Kollberg (KD)
Emanuel Forsell (M)
Hravn Forsne (M)

Axel Storckenfeldt (M)
Thure Sandén (M)
Johan Tolinsson (S)
Stefan Jägnert (SD)
Stefan Vilumsons (SD)
Monica Neptun (L)
Patrik Jervne Henestam (V)
Maria Losman (MP)

Övriga närvarande Ersättare                 Tjänstemän
Henrik Schröder (M)           Olof Wall, kommunsekreterare
Max Ramström (M)              Nils Ek, tillförordnad
Ann-Louise Lundqvist (S)      kommundirektör
Ermin Škorić (S)              Rut Berg, ekonomichef,
Shabnam Zamani (S)            § 49
Lars Eriksson (S)
Elisabeth Svensson (SD)
Annika Hedman (C)
Tommy Rydfeldt (L)

Plats och tid för justering Digital justering

Sekreterare   Olof Wall              Paragrafer § 49-68

Ordförande    Lisa Andersson

Protokolljusterare Patrik Jervne Henestam
"""

# Kungsbacka kommun, Nämnden för Individ & Familjeomsorg 2025-03-20 (§§ 20–23, 25–36),
# protokoll page 1.
# Source: moggleif/kommunhandlingar, data/kungsbacka/ifo/2025/2025-03-20/
#   protokoll-namnden-for-individ-familjeomsorg-protokoll-2025-03-20-20-23-25-36.md
IFO_2025_03_20 = """Plats och tid för Gåsevadholm, Storgatan 37 Klockan 15:30 – 17:55
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Tommy Rydfeldt (L), ordförande Lars Sundbom (M) tjänstgör för
Maj-Britt Rane-Andersson (S), 2:e vice Marianne Pleijel (M)
ordförande                    Conny Loftander (S) tjänstgör för
Lars Blom (M)                 Åsa Andersson (S)
Fredrika Albertsson (M)
Elisabeth Svensson (SD)

Tina Hald (SD)
Lou-Lou Andersson (C)
Annika Ulfsdotter (KD)
Ingegärd Salmose (MP)
Övriga närvarande Ersättare                 Tjänstepersoner
Mats Dahl (SD)                Jonas Björk, förvaltningschef
Madelene Höök (L)             Linnea Vik, biträdande
förvaltningschef
Emma Stål, nämndsekreterare
Ingrid Ås,

verksamhetschef
Helena Norr, verksamhetschef
Sofia Krans, personalchef
Frida Mo , enhetschef
Ida Brink, tf enhetschef
Märta Strand, MAR, Vård & Omsorg,
§ 21
Gun Hall, MAS, Vård &
Omsorg, § 21
Vera Sund, SAS, 23
Tove Lund, säkerhetssamordnare,
§ 24

Personalföreträdare           Övriga
Britt Alm, Kommunal

Plats och tid för justering Digital justering

Sekreterare   Emma Stål              Paragrafer §§ 20-23, 25-36

Ordförande    Tommy Rydfeldt (L)

Protokolljusterare Ingegärd Salmose (MP)
"""

# Kungsbacka kommun, Nämnden för Vård & Omsorg 2025-12-11 (§§ 177–178, 180–198),
# protokoll page 1.
# Source: moggleif/kommunhandlingar, data/kungsbacka/vo/2025/2025-12-11/
#   protokoll-namnden-for-vard-omsorg-protokoll-2025-12-11-177-178-180-198.md
VO_2025_12_11 = """Plats och tid för Hotell Halland, Kungsbacka Klockan 13:00 – 16:20
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Hravn Forsne (M), ordförande  Marcus Andersson (M) tjänstgör för
Monica Neptun (L), 1:e vice ordförande Annika Carlsson (M).
Ermin Skoric (S), 2:e vice ordförande
Barbro Hjelström (M)
Astrid Börjesson (S)
Eva Tingström (S)

Per Hoel (SD)
Göran Ottosson (SD)
Bengt Alderin (C)
Ulrika Högstrand (KD)
Övriga närvarande Ersättare                 Tjänstepersoner
Ingela Hansson (S)            Alva Torn, förvaltningschef,
Hans Ädel (SD)                Elin Ros, biträdande
Kristina Gellingskog (V)      förvaltningschef
Lisa Strand, nämndsekreterare
Kerstin Ly,

verksamhetschef
Moa Grahn, verksamhetschef


Personalföreträdare           Övriga
Tyra Bo, vårdförbundet, Gustav
Larsson, kommunal, Axel Nord,
kommunal
"""

# Kungsbacka kommun, Nämnden för Miljö & Hälsoskydd 2025-10-09 (§§ 113–115, 117–127),
# protokoll page 1.
# Source: moggleif/kommunhandlingar, data/kungsbacka/miljo/2025/2025-10-09/
#   protokoll-namnden-for-miljo-halsoskydd-protokoll-2025-10-09-113-115-117-127.md
MILJO_2025_10_09 = """Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 16.00–19.42
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Niclas Nilsson (M), Ordförande Maria Vilhelmsson (M) ersätter
Peter Wesley (KD), 1:e vice ordförande §§ Susanne Persson (M) Kenth Åkerman
113-116, 118-127, deltar ej § 117 p.g.a jäv (M) ersätter Nicklas Lundahl (M) §§
Nils Skyman (M)               113-116 Mikael Delin (S) ersätter
Nicklas Lundahl (M)           Anders Petersson (S) Jesper Lindgren

Renée Sylvan (S)              (C) ersätter Henrik Arnesson (C)
Tobias Eriksson (SD)          Kenth Åkerman (M) ersätter Peter
Wesley (KD) § 117

Övriga närvarande Ersättare                 Tjänstepersoner
Ingolf Johnsson (SD)          Anna Berg, förvaltningschef
Marie-Louise Rolf (L)         Hanna Vass, verksamhetschef
Jan Björkdahl (V)             Lena Ek, verksamhetschef § 126
Stina Ek, enhetschef §§ 115-116
Greta Ljung, controller §§ 119-

120
Åsa Torp, nämndsekreterare

Plats och tid för justering Digital justering

Sekreterare   Åsa Torp               Paragrafer §§ 113-115, 117-127
§ 116 omedelbart justerad,
se separat protokoll

Ordförande    Niclas Nilsson (M)

Protokolljusterare Tobias Eriksson (SD)
"""

# Kungsbacka kommun, Kommunstyrelsen 2024-05-28,
# protokoll page 1.
# Source: moggleif/kommunhandlingar, data/kungsbacka/ks/2024/2024-05-28/
#   protokoll.md
KS_2024_05_28 = """Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 13.00–14.45
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Lisa Andersson (M), Ordförande Berit Bergström (M) ersätter Maria
Fredrik Hansson (C), 1:e vice ordförande Gathendahl (M) §§ 131-153, 155-160
Magdalena Sundqvist (S), 2:e vice Niclas Nilsson (M) ersätter Maria
ordförande, deltar ej vid § 153 p.g.a. jäv Gathendahl (M) § 154
Emanuel Forsell (M)           Ann-Louise Lundqvist (S) ersätter
Hravn Forsne (M)              Patrik Jervne Henestam (V) §§ 153,

Axel Storckenfeldt (M)        155-160
Thure Sandén (M)              Shabnam Zamani (S) ersätter Patrik
Johan Tolinsson (S)           Jervne Henestam (V) § 154
Stefan Jägnert (SD)           Shabnam Zamani (S) ersätter
Stefan Vilumsons (SD)         Magdalena Sundqvist (S) § 153 p.g.a.
Monica Neptun (L)             jäv
Fredrik Kollberg (KD) deltar ej vid § 154 Marie Wadström (KD) ersätter
p.g.a. jäv                    Fredrik Kollberg (KD) § 154 p.g.a.
Patrik Jervne Henestam (V), §§ 131-152 jäv
Maria Losman (MP)

Övriga närvarande Ersättare                 Tjänstemän
Berit Bergström (M) närvarar ej vid § 154 Olof Wall, kommunsekreterare
p.g.a. jäv                    Ebba Sjö, kommundirektör
Niclas Nilsson (M)            Rut Berg, ekonomichef,
Erik Lindqvist (M)            §§ 132, 134
Henrik Schröder (M)           Maj Ros, enhetschef, § 132
Ann Louise Lundqvist (S), §§ 131-152, Siv Hed, specialist ekonomi,
närvarar ej vid § 154 p.g.a. jäv § 134
Shabnam Zamani (S), §§ 131-152, 155-160
Lars Eriksson (S)
Susanne Andersson (SD)
Elisabeth Svensson (SD)
Annika Hedman (C)

Tommy Rydfeldt (L)
Marie Wadström (KD), §§ 131-153,
155-160

Plats och tid för justering Digital justering

Sekreterare   Olof Wall              Paragrafer § 131-160

Ordförande    Lisa Andersson

Protokolljusterare Stefan Jägnert
"""

# Kungsbacka kommun, Kommunstyrelsens arbetsutskott 2025-06-03, protokoll page 1: one
# column under each label; under "Övriga" the region's politicians, named without party.
# Source: moggleif/kommunhandlingar, data/kungsbacka/ks-au/2025/2025-06-03/
#   protokoll.md
KS_AU_2025_06_03 = """Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 08:30-12:15
sammanträde
Beslutande    Ledamöter
Lisa Andersson (M), ordförande
Fredrik Hansson (C), 1:e vice ordförande
Emanuel Forsell (M)
Magdalena Sundqvist (S)
Stefan Jägnert (SD)
Fredrik Kollberg (KD)

Övriga närvarande Tjänstepersoner
Anna Berg, kommunsekreterare
Karl Ström, kommundirektör
Nils Ek, biträdande kommundirektör
Lena Ek, samhällsbyggnadschef
Olof Wall, säkerhets- och beredskapschef, § 179
Sara Lind, administrativ chef, §§ 179,182
Petra Dahl, kommunikationschef, §180

Övriga
Mikaela Waltersson, regionstyrelsens ordförande, § 181
Helene Andersson, ledamot regionstyrelsen, § 181
Per Persson, ledamot regionstyrelsen, § 181
Bo-Josef Eriksson, utvecklingschef, Region Halland § 181

Plats och tid för justering Digital justering

Sekreterare   Anna Berg              Paragrafer §§ 170-183

Ordförande    Lisa Andersson

Protokolljusterare Stefan Jägnert
"""
