"""Peer for bench/cluster.ts: scikit-learn TF-IDF + average-link agglomerative clustering on ECB+.

Usage (cwd /work/main): python3 bench/sklearn_peer.py [--sizes 500,1000,3000] [--runs 3] [--json]
Quality: B-cubed over a sweep of cosine-distance thresholds (the best one is the peer's figure: tuned on the data).
Timing: ECB+ replicated with changed ids, vectorise + cluster, median of runs, peak RSS of a fresh process per size.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

DATA = os.path.join(os.getcwd(), "..", "shared", "data", "ecbplus")
THRESHOLDS = [round(0.5 + 0.025 * i, 3) for i in range(19)]


def read_jsonl(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def cluster(texts, threshold):
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    return model.fit_predict(vectors)


def bcubed(labels, gold):
    by_label, by_gold = {}, {}
    for i, (label, event) in enumerate(zip(labels, gold)):
        by_label.setdefault(label, []).append(i)
        by_gold.setdefault(event, []).append(i)
    precision = recall = 0.0
    for i, (label, event) in enumerate(zip(labels, gold)):
        correct = sum(1 for j in by_label[label] if gold[j] == event)
        precision += correct / len(by_label[label])
        recall += correct / len(by_gold[event])
    precision /= len(gold)
    recall /= len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def quality(articles, gold_rows):
    event = {row["id"]: row["event"] for row in gold_rows}
    texts = [a["text"] for a in articles]
    gold = [event[a["id"]] for a in articles]
    curve = []
    for threshold in THRESHOLDS:
        p, r, f = bcubed(list(cluster(texts, threshold)), gold)
        curve.append({"threshold": threshold, "precision": p, "recall": r, "f1": f})
    return {"best": max(curve, key=lambda c: c["f1"]), "curve": curve}


def timing(articles, size, runs, threshold):
    texts = [articles[i % len(articles)]["text"] for i in range(size)]
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        cluster(texts, threshold)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": size, "seconds": median, "perSecond": size / median, "peakRssMb": peak_mb}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,1000,3000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--time-one", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--threshold", type=float, default=0.8, help=argparse.SUPPRESS)
    args = parser.parse_args()
    articles = read_jsonl("articles.jsonl")
    if args.time_one:
        print(json.dumps(timing(articles, args.time_one, args.runs, args.threshold)))
        return
    result = {"quality": quality(articles, read_jsonl("gold.jsonl")), "timing": []}
    best = result["quality"]["best"]["threshold"]
    for size in [int(s) for s in args.sizes.split(",")]:
        # A fresh process per size, so the peak RSS is that size's own.
        out = subprocess.run(
            [sys.executable, __file__, "--time-one", str(size), "--runs", str(args.runs), "--threshold", str(best)],
            capture_output=True, text=True, check=True,
        )
        result["timing"].append(json.loads(out.stdout))
    if args.json:
        print(json.dumps(result))
        return
    b = result["quality"]["best"]
    print(f"sklearn peer: best B-cubed F1 {b['f1']:.3f} (P {b['precision']:.3f}, R {b['recall']:.3f}) at distance {b['threshold']}")
    for c in result["quality"]["curve"]:
        print(f"  distance {c['threshold']:.3f}: F1 {c['f1']:.3f}")
    for t in result["timing"]:
        print(f"  {t['articles']} articles: {t['seconds']:.2f} s, {t['perSecond']:.0f} articles/s, peak RSS {t['peakRssMb']:.0f} MB")


if __name__ == "__main__":
    main()
