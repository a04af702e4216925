"""Time the watchlist index: 1,000 watch entries against ~200-word KCNA-style articles.

Reports, as a Markdown table:
* first article: the first scan after the index is built (the daemon's start);
* cold: the same article with every per-word cache emptied first, i.e. an
  article none of whose words were seen before (the worst case);
* stream: 200 different generated articles in a row, each with its own names
  but sharing ordinary English vocabulary; the daemon's real case (median, p95);
* warm: the same article again and again (every cache hit; the best case).

Usage: python bench/bench_names.py [runs]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable

from kcna_monitor.names import NameIndex, hangul_to_kcna
from kcna_monitor.names.korean import token_readings, token_repair, word_choices
from kcna_monitor.names.matcher import compile_words
from kcna_monitor.names.romanization import latin_key, segmentations
from kcna_monitor.names.text import word_shape

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
        entries.append((len(entries), [hangul_to_kcna(hangul := _hangul(rng))], hangul))
    return entries


def _hangul(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2, 2))))


# Sentence frames for the stream: fixed English vocabulary, fresh names and
# numbers in every article, as in a day of KCNA dispatches.
FRAMES = [
    "{p}, {m} {d} (KCNA) -- {n}, {t} of the Workers' Party of Korea, inspected the {f}.",
    "He was accompanied by {n}, {t} of the Cabinet, and {n}, {t} of the C.C., WPK.",
    "{n} and {n} were present at the meeting held at the {f} on {w}.",
    "Premier {n} visited the {f} and learned about the production of fertilizer.",
    "The delegation led by {n}, {t} of the Ministry of Foreign Affairs, left {p} by air.",
    "Russian Foreign Minister {g} met {n} and conveyed warm greetings from President {g}.",
    "Speeches were made there by {n}, {t}, and by officials of the {f}.",
    "{n} said in a press statement that the hostile forces should not misjudge the situation.",
    "The Rodong Sinmun on {w} carried an article calling for greater production at the {f}.",
    "Deputies from {r} Province and {n}, {t}, attended the session of the Supreme People's"
    " Assembly.",
    "Working people of the city greeted {n} and the members of the delegation warmly.",
    "Present there were {n}, {t}, and {n}, {t} of the State Affairs Commission.",
]  # fmt: skip
TITLES = ["member of the Presidium", "vice-premier", "department director", "minister", "envoy",
          "vice-chairman", "first vice-minister", "secretary", "chairman"]  # fmt: skip
PLACES = ["Pyongyang", "Wonsan", "Hamhung", "Chongjin", "Nampho", "Kaesong", "Sinuiju"]
FACTORIES = ["Hwanghae Iron and Steel Complex", "Chollima Steel Complex", "Kim Chaek University"
             " of Technology", "Ryongsong Machine Complex", "Pyongyang Textile Mill",
             "Namhung Youth Chemical Complex", "Mangyongdae Schoolchildren's Palace"]  # fmt: skip
MONTHS = ["January", "March", "April", "June", "September", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
REGIONS = ["South Hamgyong", "North Phyongan", "South Hwanghae", "Jagang", "Ryanggang"]


def _fill(frame: str, rng: random.Random) -> str:
    slots: dict[str, Callable[[], str]] = {
        "n": lambda: hangul_to_kcna(_hangul(rng)), "t": lambda: rng.choice(TITLES),
        "p": lambda: rng.choice(PLACES), "f": lambda: rng.choice(FACTORIES),
        "m": lambda: rng.choice(MONTHS), "d": lambda: str(rng.randint(1, 28)),
        "w": lambda: rng.choice(DAYS), "r": lambda: rng.choice(REGIONS),
        "g": lambda: rng.choice(GENERIC),
    }  # fmt: skip
    parts = frame.split("{")
    return parts[0] + "".join(slots[p[0]]() + p[2:] for p in parts[1:])


def stream_articles(count: int, words: int) -> list[str]:
    """``count`` different articles of about ``words`` words (fixed seed)."""
    rng = random.Random(SEED + 1)
    articles = []
    for _ in range(count):
        sentences: list[str] = []
        while sum(len(s.split()) for s in sentences) < words:
            sentences.append(_fill(rng.choice(FRAMES), rng))
        articles.append(" ".join(sentences))
    return articles


def _clear_caches() -> None:
    # Every per-word cache; the syllable tables themselves are built with the index.
    for fn in (
        token_readings, token_repair, word_choices, compile_words, latin_key, segmentations,
        word_shape,
    ):  # fmt: skip
        fn.cache_clear()


def _time_scan(index: NameIndex[int], text: str = ARTICLE) -> float:
    start = time.perf_counter()
    index.scan(text)
    return (time.perf_counter() - start) * 1000


def _cold(index: NameIndex[int], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        _clear_caches()
        times.append(_time_scan(index))
    return times


def _stream(index: NameIndex[int], articles: list[str]) -> list[float]:
    _clear_caches()  # the stream learns its English vocabulary as it goes
    return [_time_scan(index, text) for text in articles]


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def main(runs: int = 25) -> None:
    articles = stream_articles(200, len(ARTICLE.split()))
    start = time.perf_counter()
    index = NameIndex(watch_entries())
    build_ms = (time.perf_counter() - start) * 1000
    first_ms = _time_scan(index)
    cold = statistics.median(_cold(index, runs))
    stream = _stream(index, articles)
    _time_scan(index)
    warm = statistics.median([_time_scan(index) for _ in range(runs)])
    words, hits = len(ARTICLE.split()), len(index.scan(ARTICLE))
    print(f"entries={ENTRIES} words={words} hits={hits} stream={len(articles)} articles")
    print(
        "| entries | words | index build (ms) | first article (ms) | cold median (ms) "
        "| stream median (ms) | stream p95 (ms) | warm median (ms) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {ENTRIES} | {words} | {build_ms:.0f} | {first_ms:.2f} | {cold:.2f} "
        f"| {statistics.median(stream):.2f} | {_p95(stream):.2f} | {warm:.2f} |"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
