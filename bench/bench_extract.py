"""Throughput of `extract_texts` beside plain `nlp.pipe` with the same model.

Generates 1,000 dispatches of about 200 words from templates (KCNA and wire
style), runs the stock model over them with nlp.pipe, then our extract, and
prints a Markdown table. The two alternate for a number of rounds (3 by default)
so that both meet the same machine load; the table gives the median times and
the median of the rounds' ratios. Usage: python bench/bench_extract.py [N [ROUNDS]]
"""

from __future__ import annotations

import random
import statistics
import sys
import time

import spacy

from kcna_monitor.nlp.pipeline import extract_texts, load_pipeline, resolve_model_name

PEOPLE = [
    "Choe Ryong Hae",
    "Ri Su Yong",
    "Kim Yong Chol",
    "Pak Pong Ju",
    "Kim Yo Jong",
    "Ri Son Gwon",
    "Jo Yong Won",
    "Kim Song Nam",
    "Choe Son Hui",
    "O Su Yong",
]
FOREIGN = ["Sergei Lavrov", "Wang Yi", "Vladimir Putin", "Xi Jinping", "Song Tao"]
PLACES = ["Moscow", "Beijing", "Hanoi", "Vientiane", "Havana", "Tehran", "Ulan Bator"]
LEADERS = ["Marshal Kim Jong Un", "Chairman Kim Jong Un", "the respected Comrade Kim Jong Un"]
SENTENCES = [
    "{p}, vice-chairman of the Central Committee of the Workers' Party of Korea, left "
    "Pyongyang for {c} on {d} as special envoy of {l}.",
    "He was seen off at the airport by {q}, minister of Foreign Affairs, and other officials.",
    "{f} received {p} at the government building in {c} and had a friendly talk with him.",
    "The special envoy handed a personal letter from {l} to {f}.",
    "Present there were {q} and officials of the embassy of the DPRK in {c}.",
    "The talks proceeded in a comradely and friendly atmosphere, the sides said.",
    "{q} noted that the visit would contribute to developing the traditional friendship "
    "between the two parties and the peoples of the two countries.",
    "Earlier, a grand ceremony was held at Kim Il Sung Square in Pyongyang.",
    "Analysts in Seoul said {p} was one of the most powerful figures in the North.",
    "{f} said the sides had exchanged views on the situation on the Korean peninsula.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WORDS_PER_TEXT = 200


def make_texts(n: int, seed: int = 7) -> list[str]:
    """n dispatches of about WORDS_PER_TEXT words each, reproducibly."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [f"Pyongyang, May {rng.randint(1, 28)} (KCNA) --"]
        while sum(len(p.split()) for p in parts) < WORDS_PER_TEXT:
            parts.append(
                rng.choice(SENTENCES).format(
                    p=rng.choice(PEOPLE),
                    q=rng.choice(PEOPLE),
                    f=rng.choice(FOREIGN),
                    c=rng.choice(PLACES),
                    l=rng.choice(LEADERS),
                    d=rng.choice(DAYS),
                )
            )
        texts.append(" ".join(parts))
    return texts


def _timed(run: object) -> float:
    start = time.perf_counter()
    for _ in run:  # type: ignore[attr-defined]
        pass
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    """Print the Markdown comparison table."""
    n = int(argv[0]) if argv else 1000
    rounds = int(argv[1]) if len(argv) > 1 else 3
    texts = make_texts(n)
    words = sum(len(t.split()) for t in texts)
    plain_nlp = spacy.load(resolve_model_name(None))
    ours = load_pipeline()
    plain_nlp("warm up")
    list(extract_texts(ours, ["warm up"]))
    plain: list[float] = []
    extract: list[float] = []
    for _ in range(rounds):
        plain.append(_timed(plain_nlp.pipe(texts, batch_size=32)))
        extract.append(_timed(extract_texts(ours, texts, batch_size=32)))
    _report(n, words, plain, extract)


def _report(n: int, words: int, plain: list[float], extract: list[float]) -> None:
    p, e = statistics.median(plain), statistics.median(extract)
    ratios = [a / b for a, b in zip(plain, extract, strict=True)]
    print(f"{len(plain)} rounds, median times")
    print("| pipeline | texts | words | seconds | words/s |")
    print("|---|---:|---:|---:|---:|")
    print(f"| plain nlp.pipe | {n} | {words} | {p:.2f} | {words / p:,.0f} |")
    print(f"| extract | {n} | {words} | {e:.2f} | {words / e:,.0f} |")
    print("\nseconds per round, plain / extract: " + ", ".join(
        f"{a:.1f} / {b:.1f}" for a, b in zip(plain, extract, strict=True)))
    print("ratio extract / plain per round: " + ", ".join(f"{r:.2f}" for r in ratios))
    print(f"median ratio: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
