"""Time the watchlist index: 1,000 watch entries against one ~200-word KCNA-style article.

Prints the cold time (first scan: per-word caches empty), the median of warm
scans, and a Markdown table row.  Usage: python bench/bench_names.py [runs]
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from kcna_monitor.names import NameIndex, hangul_to_kcna
from kcna_monitor.names.korean import token_readings, token_repair, word_choices
from kcna_monitor.names.matcher import compile_words
from kcna_monitor.names.romanization import latin_key, segmentations

ENTRIES = 1000
SEED = 20141119  # fixed so that every run times the same watchlist

REAL = [
    ("Kim Jong Un", "김정은"), ("Choe Ryong Hae", "최룡해"), ("Choe Son Hui", "최선희"),
    ("Ri Pyong Chol", "리병철"), ("Kim Yo Jong", "김여정"), ("Pak Pong Ju", "박봉주"),
    ("Kim Tok Hun", "김덕훈"), ("Ri Son Gwon", "리선권"), ("So Hong Chan", "소홍찬"),
    ("O Su Yong", "오수용"), ("Kim Il Sung", "김일성"), ("Ri Yong Ho", "리용호"),
]  # fmt: skip
GENERIC = ["Sergei Lavrov", "Vladimir Putin", "Xi Jinping", "Alexander Lukashenko"]
SURNAMES = "김리박최정강조윤장림한오서신권황안송류전홍고문량손배백허남심로현태"
GIVEN = "정은일성영철용호수선희룡해남봉주덕훈송월길명광혁춘국진경학미옥순애향란혜복동"

ARTICLE = """Pyongyang, November 19 (KCNA) -- Respected Comrade Kim Jong Un, general secretary
of the Workers' Party of Korea and president of the State Affairs of the DPRK, received
the credentials from the new ambassador on Tuesday. Present there were Choe Ryong Hae,
member of the Presidium of the Political Bureau of the C.C., WPK, and Choe Son Hui,
minister of Foreign Affairs. Vice-Marshal Ri Pyong Chol and Col. Gen. Ri Yong Gil
accompanied him. Russian Foreign Minister Sergei Lavrov met First Vice-Minister
Kim Song Nam at the Kim Il Sung Square and conveyed greetings from President
Vladimir Putin. The Korean delegation led by Premier Pak Pong Ju visited the Kim Chaek
University of Technology and the Mangyongdae Schoolchildren's Palace. Kim Yo Jong,
vice department director of the C.C., WPK, said in a press statement that the
reactionary forces should not misjudge the situation. The Rodong Sinmun on Wednesday
carried an article stressing the need to increase production at the Hwanghae Iron and
Steel Complex and the Chollima Steel Complex. Ambassador So Hong Chan and other
officials of the embassy were present. The Supreme People's Assembly will open its
session in Pyongyang, and deputies from South Hamgyong Province and North Phyongan
Province arrived in the capital city. Jang Kum Song and Kim Jae Ryong also attended the
event together with working people of the city."""


def watch_entries() -> list[tuple[int, list[str], str | None]]:
    rng = random.Random(SEED)
    entries: list[tuple[int, list[str], str | None]] = [
        (i, [name], hangul) for i, (name, hangul) in enumerate(REAL)
    ]
    entries += [(len(entries) + i, [name], None) for i, name in enumerate(GENERIC)]
    while len(entries) < ENTRIES:
        hangul = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2, 2))))
        entries.append((len(entries), [hangul_to_kcna(hangul)], hangul))
    return entries


def _clear_caches() -> None:
    # Everything but the syllable tables themselves, which are built with the index.
    for fn in (token_readings, token_repair, word_choices, compile_words, latin_key, segmentations):
        fn.cache_clear()


def _time_scan(index: NameIndex[int]) -> tuple[float, int]:
    start = time.perf_counter()
    hits = index.scan(ARTICLE)
    return (time.perf_counter() - start) * 1000, len(hits)


def main(runs: int = 25) -> None:
    start = time.perf_counter()
    index = NameIndex(watch_entries())
    build_ms = (time.perf_counter() - start) * 1000
    _clear_caches()
    cold_ms, hits = _time_scan(index)  # includes the per-word caches' first fill
    warm = [_time_scan(index)[0] for _ in range(runs)]
    uncached = []
    for _ in range(max(3, runs // 5)):
        _clear_caches()
        uncached.append(_time_scan(index)[0])
    words = len(ARTICLE.split())
    print(f"entries={ENTRIES} words={words} hits={hits} build={build_ms:.0f} ms")
    print(
        f"first scan {cold_ms:.2f} ms, cold median {statistics.median(uncached):.2f} ms, "
        f"warm median {statistics.median(warm):.2f} ms per article"
    )
    print(
        "| entries | words | index build (ms) | cold scan (ms, median) | warm scan (ms, median) |"
    )
    print("|---|---|---|---|---|")
    print(
        f"| {ENTRIES} | {words} | {build_ms:.0f} | {statistics.median(uncached):.2f} "
        f"| {statistics.median(warm):.2f} |"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
