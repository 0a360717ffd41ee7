#!/usr/bin/env python3
"""Generates the demo results and social passports of the analysis module, deterministically.

Writes src/main/resources/db/demo/V30__demo_analysis_results_passports.sql and the demo import files
docs/demo/baley-results-2025.csv and docs/demo/baley-passports-2025.csv (the same figures as the SQL, so
importing them changes nothing: the re-import is idempotent). Every figure is fictional. Each school gets
a planned group per year; the script checks with the default rule (the same formula as
ClassificationCalculator) that the figures produce it, and fails otherwise.

Run: python3 tools/demo_analysis.py"""
import math
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
YEARS = (2023, 2024, 2025)

# short name, municipality, type, rural, distance km, students, small school (from V1__demo_…sql)
SQL_V1 = (ROOT / "src/main/resources/db/demo/V1__demo_regions_schools_accounts.sql").read_text(encoding="utf-8")


def schools():
    out = []
    municipality = None
    for line in SQL_V1.splitlines():
        if "where m.name = 'Балейский район'" in line:
            municipality = None
        row = re.match(r"\s*\('((МКОУ|МБОУ)[^']*)', '([^']+)', '([A-Z_]+)', '[^']*', '(URBAN|RURAL)', (\d+), (\d+), \d+, (true|false)", line)
        if row:
            out.append(dict(name=row.group(1), short=row.group(3), type=row.group(4), rural=row.group(5) == "RURAL",
                            distance=int(row.group(6)), students=int(row.group(7)), small=row.group(8) == "true",
                            municipality="Балейский район" if row.group(2) == "МКОУ" else "Гатчинский муниципальный район"))
    return out


# planned results (L = low, N = not low, S = strong results) per year, and context (A adverse, F favourable);
# None: no social passport at all
PLAN = {
    # Baley: seed 004's participants are persistently low in adverse conditions
    "Жидкинская ООШ": ("LLL", "A"),
    "Ундино-Посельская СОШ": ("LLL", "A"),
    "СОШ № 14": ("SSS", "F"),
    "СОШ № 1": ("SNS", "F"),
    "СОШ № 3": ("NLL", "F"),          # risk zone, persistently low
    "СОШ № 5": ("NNN", "F"),
    "Ундинская СОШ": ("NNS", "A"),    # resilient
    "Подойницынская СОШ": ("NNN", "A"),
    "Нижнегирюнинская СОШ": ("NNL", "A"),  # low for the first time in 2025
    "Ильинская СОШ": ("NSN", "A"),
    "Сарбактуйская ООШ": ("LLL", "A"),
    "Алиинская ООШ": ("LLN", "A"),    # improved in 2025
    "Казаковская СОШ": ("NLN", "F"),
    "Матусовская НОШ": ("NLL", None),  # no social passport: no group, still persistently low
    # Gatchina: the 12 low-result and 6 high-result schools of seed 002
    "Сиверская ООШ": ("LLL", "A"),
    "Сусанинская СОШ": ("NLL", "F"),
    "Дружногорская СОШ": ("LLL", "A"),
    "Никольская ООШ": ("LLL", "A"),
    "Кобраловская ООШ": ("LLN", "A"),
    "Елизаветинская СОШ": ("LNL", "F"),
    "Коммунарская СОШ № 1": ("LLL", "F"),
    "Гатчинская СОШ № 11": ("NLL", "F"),
    "Лукашевская СОШ": ("NNL", "A"),
    "Высокоключевая СОШ": ("LLL", "A"),
    "Кобринская ООШ": ("LLL", "A"),
    "Пламенская СОШ": ("LLL", "A"),
    "Гатчинская СОШ № 2": ("SSS", "F"),
    "Гатчинский лицей № 3": ("SSS", "F"),
    "Гатчинская СОШ № 8 «ЦО»": ("SSS", "F"),
    "Гатчинская СОШ № 9": ("SSS", "F"),
    "Гимназия им. К.Д. Ушинского": ("SSS", "F"),
    "Сиверская гимназия": ("SSS", "A"),  # resilient
}


def assessments(school):
    out = [("VPR", "Русский язык", 4), ("VPR", "Математика", 4), ("VPR", "Окружающий мир", 4)]
    if school["type"] == "NOSH":
        return out
    out += [("VPR", "Русский язык", 5), ("VPR", "Математика", 5), ("VPR", "История", 5),
            ("VPR", "Математика", 6), ("VPR", "Русский язык", 6), ("VPR", "Математика", 7),
            ("VPR", "Физика", 8), ("OGE", "Русский язык", 9), ("OGE", "Математика", 9)]
    if school["type"] != "OOSH":
        out += [("EGE", "Русский язык", 11), ("EGE", "Математика", 11)]
    return out


def participants(school, assessment, grade, rnd):
    per_grade = school["students"] / 11
    if assessment == "EGE":
        per_grade *= 0.6
    return max(2, int(round(per_grade * rnd.uniform(0.85, 1.0))))


def results(school, year, level, rnd):
    rows = []
    tests = assessments(school)
    low_count = {"L": rnd.choice((2, 3, 3, 4)), "N": rnd.choice((0, 1, 1)), "S": 0}[level]
    low_index = set(rnd.sample(range(len(tests)), low_count))
    for i, (assessment, subject, grade) in enumerate(tests):
        n = participants(school, assessment, grade, rnd)
        if i in low_index:
            below = rnd.uniform(31, 48)
        elif level == "S":
            below = rnd.uniform(0, 9)
        elif level == "N":
            below = rnd.uniform(4, 24)
        else:
            below = rnd.uniform(10, 27)
        # shares are whole participants: k of n
        k = round(below * n / 100)
        threshold = math.ceil(0.3 * n - 1e-9)
        k = max(k, threshold) if i in low_index else min(k, threshold - 1)
        below = round(100 * k / n, 1)
        good_k = max(0, min(n - k, round((78 - below * 1.25 + rnd.uniform(-6, 6)) * n / 100)))
        good = round(100 * good_k / n, 1)
        if assessment == "EGE":
            mean = round(max(30, 72 - below * 0.9 + rnd.uniform(-4, 4)), 1)
        else:
            mean = round(max(2.0, min(5.0, 4.35 - below * 0.035 + rnd.uniform(-0.15, 0.15))), 2)
        rows.append((assessment, subject, grade, n, mean, below, good))
    return rows


WEIGHTS = dict(he=2, li=2, sp=1, ovz=1, nn=1, pr=1, rural=0.5, small=0.5, remote=0.5)


def passport(school, context, rnd):
    if context == "A":
        return dict(li=rnd.uniform(34, 52), sp=rnd.uniform(24, 38), ovz=rnd.uniform(6, 12), nn=rnd.uniform(3, 28),
                    pr=rnd.uniform(3, 8), he=rnd.uniform(4, 12))
    return dict(li=rnd.uniform(5, 14), sp=rnd.uniform(10, 19), ovz=rnd.uniform(2, 5), nn=rnd.uniform(0, 4),
                pr=rnd.uniform(0, 2), he=rnd.uniform(30, 46))


def wellbeing(school, p):
    parts = [(p["he"], WEIGHTS["he"]), (100 - p["li"], WEIGHTS["li"]), (100 - p["sp"], WEIGHTS["sp"]),
             (100 - p["ovz"], WEIGHTS["ovz"]), (100 - p["nn"], WEIGHTS["nn"]), (100 - p["pr"], WEIGHTS["pr"]),
             (0 if school["rural"] else 100, WEIGHTS["rural"]), (0 if school["small"] else 100, WEIGHTS["small"]),
             (0 if school["distance"] >= 50 else 100, WEIGHTS["remote"])]
    return sum(s * w for s, w in parts) / sum(w for _, w in parts)


def main():
    result_rows, passport_rows = [], []
    groups = {}
    for school in schools():
        levels, context = PLAN[school["short"]]
        previous_low = 0
        for year, level in zip(YEARS, levels):
            rnd = random.Random(f"{school['short']}|{year}")
            rows = results(school, year, level, rnd)
            result_rows += [(school, year) + r for r in rows]
            low = sum(1 for r in rows if r[5] >= 30) >= 2
            assert low == (level == "L"), (school["short"], year, level)
            run = previous_low + 1 if low else 0
            previous_low = run
            group = "NO_DATA"
            if context is not None:
                p = {k: round(v, 1) for k, v in passport(school, context, rnd).items()}
                index = wellbeing(school, p)
                adverse = round(index, 1) < 65
                assert adverse == (context == "A"), (school["short"], year, index)
                passport_rows.append((school, year, p))
                group = {(True, True): "LOW_ADVERSE", (True, False): "RISK_ZONE", (False, True): "RESILIENT",
                         (False, False): "STRONG"}[(low, adverse)]
            groups.setdefault(year, {}).setdefault(group, []).append(school["short"] + (" *" if run >= 2 else ""))
    for year in YEARS:
        print(year, {g: len(v) for g, v in groups[year].items()})
    write_sql(result_rows, passport_rows)
    write_csv(result_rows, passport_rows)


def q(text):
    return "'" + text.replace("'", "''") + "'"


def write_sql(result_rows, passport_rows):
    lines = ["-- Demo results and social passports of the analysis module, generated by tools/demo_analysis.py",
             "-- (deterministic; all figures are fictional). Years 2023–2025 for the demo schools of Baley and",
             "-- Gatchina, planned so that every group appears: see PLAN in the script. Матусовская НОШ has no",
             "-- social passport, so it shows «нет данных» while its results are still classified.", "",
             "insert into analysis_import (kind, file_name, rows_total, rows_inserted, rows_updated, municipality_id, created_by, created_at)",
             "select 'RESULTS', 'baley-results-2023-2025.csv', 0, 0, 0, id, 'coordinator', timestamptz '2026-01-20 10:00+03' from municipality where name = 'Балейский район'",
             "union all select 'PASSPORTS', 'baley-passports-2023-2025.csv', 0, 0, 0, id, 'coordinator', timestamptz '2026-01-20 10:05+03' from municipality where name = 'Балейский район'",
             "union all select 'RESULTS', 'gatchina-results-2023-2025.xlsx', 0, 0, 0, id, 'gatchina', timestamptz '2026-01-22 11:00+03' from municipality where name = 'Гатчинский муниципальный район'",
             "union all select 'PASSPORTS', 'gatchina-passports-2023-2025.xlsx', 0, 0, 0, id, 'gatchina', timestamptz '2026-01-22 11:05+03' from municipality where name = 'Гатчинский муниципальный район';",
             ""]
    values = []
    for school, year, assessment, subject, grade, n, mean, below, good in result_rows:
        values.append(f"({q(school['short'])}, {q(school['municipality'])}, {year}, '{assessment}', {q(subject)}, {grade}, {n}, {mean}, {below}, {good})")
    lines += ["insert into assessment_result (school_id, year, assessment, subject, grade, participants, mean_score,",
              "                               share_below, share_good, import_id)",
              "select s.id, v.year, v.assessment, v.subject, v.grade, v.participants, v.mean_score, v.share_below, v.share_good,",
              "       (select i.id from analysis_import i where i.municipality_id = m.id and i.kind = 'RESULTS' order by i.id limit 1)",
              "from (values", ",\n".join(values),
              ") as v(short_name, municipality, year, assessment, subject, grade, participants, mean_score, share_below, share_good)",
              "join municipality m on m.name = v.municipality",
              "join school s on s.municipality_id = m.id and s.short_name = v.short_name;", ""]
    values = []
    for school, year, p in passport_rows:
        values.append(f"({q(school['short'])}, {q(school['municipality'])}, {year}, {school['students']}, {p['li']}, {p['sp']}, {p['ovz']}, {p['nn']}, {p['pr']}, {p['he']})")
    lines += ["insert into social_passport (school_id, year, students, low_income_share, single_parent_share, disability_share,",
              "                             non_native_share, preventive_share, higher_education_share, import_id, updated_by)",
              "select s.id, v.year, v.students, v.li, v.sp, v.ovz, v.nn, v.pr, v.he,",
              "       (select i.id from analysis_import i where i.municipality_id = m.id and i.kind = 'PASSPORTS' order by i.id limit 1),",
              "       case when m.name = 'Балейский район' then 'coordinator' else 'gatchina' end",
              "from (values", ",\n".join(values),
              ") as v(short_name, municipality, year, students, li, sp, ovz, nn, pr, he)",
              "join municipality m on m.name = v.municipality",
              "join school s on s.municipality_id = m.id and s.short_name = v.short_name;", "",
              "update analysis_import i set rows_total = c.n, rows_inserted = c.n",
              "from (select import_id, count(*) as n from assessment_result group by import_id",
              "      union all select import_id, count(*) from social_passport group by import_id) c",
              "where c.import_id = i.id;", ""]
    (ROOT / "src/main/resources/db/demo/V30__demo_analysis_results_passports.sql").write_text("\n".join(lines), encoding="utf-8")


LABEL = {"VPR": "ВПР", "OGE": "ОГЭ", "EGE": "ЕГЭ"}


def number(value):
    return str(value).replace(".", ",")


def write_csv(result_rows, passport_rows):
    header = "Школа;Год;Процедура;Предмет;Класс;Участников;Средний балл;Доля «2», %;Доля «4» и «5», %"
    lines = [header]
    for school, year, assessment, subject, grade, n, mean, below, good in result_rows:
        if school["municipality"] == "Балейский район" and year == 2025:
            lines.append(";".join([school["name"], str(year), LABEL[assessment], subject, str(grade), str(n),
                                   number(mean), number(below), number(good)]))
    (ROOT / "docs/demo/baley-results-2025.csv").write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    header = ("Школа;Год;Обучающихся;Малообеспеченные семьи, %;Неполные семьи, %;Обучающиеся с ОВЗ, %;"
              "Русский язык не родной, %;На профилактическом учёте, %;Оба родителя с высшим образованием, %")
    lines = [header]
    for school, year, p in passport_rows:
        if school["municipality"] == "Балейский район" and year == 2025:
            lines.append(";".join([school["name"], str(year), str(school["students"])]
                                  + [number(p[k]) for k in ("li", "sp", "ovz", "nn", "pr", "he")]))
    (ROOT / "docs/demo/baley-passports-2025.csv").write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")


if __name__ == "__main__":
    main()
