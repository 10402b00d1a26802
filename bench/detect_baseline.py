#!/usr/bin/env python3
"""A plain recurring-charge detector, the baseline `subs detect` must beat.

Reads the US CSV dialect the statements generator writes (Chase-like:
Details,Posting Date,Description,Amount,...; MM/DD/YYYY; signed amounts),
groups debits by normalised payee, and proposes a group when it has at least
three charges, its gaps are within 3 days of 7, 14, 30, 91 or 365 days, and
its amounts are within 10 % of their median. Standard library only.

    bench/detect_baseline.py statement.csv > candidates.json

Prints the candidates in the shape `statements score --candidates` reads.
"""

import csv
import datetime
import json
import re
import statistics
import sys
from decimal import Decimal, InvalidOperation

PERIODS = [(7, "Weekly"), (14, "EveryDays(14)"), (30, "Monthly"), (91, "Quarterly"), (365, "Yearly")]


def normalise(text):
    """Upper case, no digits-bearing tokens, no punctuation: the payee key."""
    words = []
    for word in re.split(r"\s+", text.upper()):
        word = re.sub(r"[^A-Z0-9]", "", word)
        if word and not any(c.isdigit() for c in word):
            words.append(word)
    return " ".join(words[:3])


def read(path):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        date_col = header.index("Posting Date")
        text_col = header.index("Description")
        amount_col = header.index("Amount")
        id_col = header.index("Transaction ID") if "Transaction ID" in header else None
        for cells in reader:
            try:
                date = datetime.datetime.strptime(cells[date_col], "%m/%d/%Y").date()
                amount = Decimal(cells[amount_col])
            except (ValueError, IndexError, InvalidOperation):
                continue
            if amount < 0:
                rows.append({
                    "id": cells[id_col] if id_col is not None else None,
                    "date": date,
                    "amount": -amount,
                    "text": cells[text_col],
                })
    return rows


def fits(gaps, period):
    return all(abs(g - period) <= 3 for g in gaps)


def detect(rows):
    groups = {}
    for row in rows:
        groups.setdefault(normalise(row["text"]), []).append(row)
    found = []
    for key, charges in groups.items():
        if len(charges) < 3 or not key:
            continue
        charges.sort(key=lambda r: r["date"])
        gaps = [(b["date"] - a["date"]).days for a, b in zip(charges, charges[1:])]
        cadence = next((name for period, name in PERIODS if fits(gaps, period)), None)
        if cadence is None:
            continue
        median = statistics.median(c["amount"] for c in charges)
        if any(abs(c["amount"] - median) > median / 10 for c in charges):
            continue
        found.append({
            "name": key.title(),
            "cadence": cadence,
            "amount": str(charges[-1]["amount"]),
            "status": "active",
            "confidence": 1.0,
            "charges": [
                {"id": c["id"], "date": c["date"].isoformat(), "amount": str(c["amount"])} for c in charges
            ],
        })
    return found


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: detect_baseline.py STATEMENT.csv")
    print(json.dumps({"candidates": detect(read(sys.argv[1]))}))


if __name__ == "__main__":
    main()
