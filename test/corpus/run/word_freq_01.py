# Word frequencies: cleaning text, counting with a dict, a sorted and formatted report.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("%-12s %5s %6s" % ("word", "count", "share"))
total = sum(counts.values())
for word, n in ranked[:8]:
    print("%-12s %5d %5.1f%%" % (word, n, 100.0 * n / total))
print("distinct:", len(counts), "total:", total)
longest = max(counts, key=lambda w: (len(w), w))
print("longest: {} ({} letters)".format(longest, len(longest)))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, ", ".join(sorted(by_len[k])))
lines = text.splitlines()
print([len(line.split()) for line in lines], [line[:10] for line in lines])
