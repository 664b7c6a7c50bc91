"""Generated news articles and article-length sentences for the benchmarks (deterministic for a seed).

Sentences are 20-40 words of wire-copy English with the project glossary's
names in them (so name placement and its placeholder retries run as they do
on real copy), numbers, and the punctuation of news sentences. Every
sentence is new: the translation memory and the translation cache cannot
answer them, so every one reaches the engine.
"""

from __future__ import annotations

import random
from pathlib import Path

NAMES = (
    "Vladimir Putin",
    "Putin",
    "Recep Tayyip Erdogan",
    "Erdogan",
    "Hakan Fidan",
    "Fidan",
    "Ali Khamenei",
    "Khamenei",
    "Ali Shamkhani",
    "Hassan Rouhani",
    "Iran",
    "Russia",
    "Syria",
    "Iraq",
    "Qatar",
    "Turkey",
    "the Middle East",
    "Moscow",
    "Washington",
    "Ankara",
    "Baghdad",
    "Sochi",
    "Tehran",
    "Idlib",
    "Erbil",
)
SUBJECTS = (
    "the foreign minister",
    "officials",
    "a senior diplomat",
    "the delegation",
    "security forces",
    "the government",
    "the spokesman",
    "military commanders",
    "the two leaders",
    "analysts",
    "lawmakers",
    "the defence ministry",
    "negotiators",
    "the president's office",
    "witnesses",
)
VERBS = (
    "said",
    "confirmed",
    "warned",
    "announced",
    "denied",
    "reported",
    "insisted",
    "suggested",
    "acknowledged",
    "stressed",
)
CLAUSES = (
    "talks on the future of the ceasefire would continue next week",
    "the agreement reached in the spring was still in force",
    "a new round of negotiations was planned before the end of the month",
    "the border crossings would remain closed until further notice",
    "the attack had killed at least {n} people and wounded dozens more",
    "economic pressure on the region had grown since the sanctions were imposed",
    "the convoy carrying humanitarian aid had reached the city late on {day}",
    "the meeting had been postponed because of security concerns",
    "more than {n} families had left their homes during the fighting",
    "the parliament would vote on the proposal within {n} days",
    "the air strikes near the airport had damaged a power station and two schools",
    "both sides wanted to avoid a wider war that could draw in their neighbours",
    "the price of oil had risen by {n} percent after the announcement",
)
TAILS = (
    "according to a statement released on {day}",
    "in an interview with state television",
    "after a telephone call with {name}",
    "during a visit to {name} on {day}",
    "amid rising tension with {name}",
    "a day after meeting officials from {name}",
    "as protests spread across several provinces",
    "despite repeated warnings from {name}",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def sentence(rng: random.Random, low: int = 20, high: int = 40) -> str:
    """One wire-copy sentence of ``low`` to ``high`` words, with glossary names and a number or a day."""
    target = rng.randint(low, high)

    def fill(text: str) -> str:
        return text.format(n=rng.randint(2, 900), day=rng.choice(DAYS), name=rng.choice(NAMES))

    words = f"{rng.choice(NAMES)} and {rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {fill(rng.choice(CLAUSES))}"
    while len(words.split()) < target:
        words += (", " if rng.random() < 0.6 else " and ") + fill(rng.choice(TAILS + CLAUSES))
    cut = words.split()[:target]
    text = " ".join(cut).rstrip(",")
    return text[0].upper() + text[1:] + "."


def sentences(count: int, seed: int = 752, low: int = 20, high: int = 40) -> list[str]:
    """``count`` distinct sentences of ``low`` to ``high`` words."""
    rng = random.Random(seed)
    found: dict[str, None] = {}
    while len(found) < count:
        found.setdefault(sentence(rng, low, high))
    return list(found)


def article(rng: random.Random, number: int, sentences_per_article: int = 15) -> str:
    """A .txt article: a title line, a subheading, and paragraphs of 2-4 sentences (``sentences_per_article``)."""
    title = f"{rng.choice(NAMES)} and {rng.choice(NAMES)} hold talks on {rng.choice(NAMES)}, report {number}"
    paragraphs, left = [], sentences_per_article
    while left > 0:
        size = min(left, rng.randint(2, 4))
        paragraphs.append(" ".join(sentence(rng) for _ in range(size)))
        left -= size
    middle = max(1, len(paragraphs) // 2)
    heading = f"Reaction in {rng.choice(NAMES)}"
    return "\n\n".join([title, *paragraphs[:middle], heading, *paragraphs[middle:]]) + "\n"


def write_articles(folder: Path, count: int, sentences_per_article: int = 15, seed: int = 752) -> list[Path]:
    """``count`` articles as ``folder/story-NNNN.txt``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"story-{number:04d}.txt"
        path.write_text(article(rng, number, sentences_per_article), encoding="utf-8")
        paths.append(path)
    return paths
