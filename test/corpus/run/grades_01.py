# Student grades: averages, rounding, letter grades, ranking and an aligned report.
scores = {
    "ann": [92, 88, 95, 79],
    "bob": [75, 64, 80, 91],
    "cid": [58, 72, 66, 61],
    "dee": [100, 97, 99, 94],
    "eve": [85, 85, 85, 86],
}

def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"

report = []
for name, marks in scores.items():
    avg = sum(marks) / len(marks)
    report.append((name, avg, letter(avg), max(marks) - min(marks)))
report.sort(key=lambda r: r[1], reverse=True)
print(f"{'rank':<5}{'name':<6}{'avg':>7}{'grade':>6}{'spread':>7}")
for rank, (name, avg, grade, spread) in enumerate(report, 1):
    print(f"{rank:<5}{name.title():<6}{avg:>7.2f}{grade:>6}{spread:>7}")
class_avg = sum([r[1] for r in report]) / len(report)
print("class average: %.3f (rounded %s)" % (class_avg, round(class_avg, 1)))
dist = {}
for r in report:
    dist[r[2]] = dist.get(r[2], 0) + 1
print(sorted(dist.items()), [n for n, a, g, s in report if a > class_avg])
best_test = [max([marks[i] for marks in scores.values()]) for i in range(4)]
print(best_test, [round(sum(t) / len(t), 1) for t in zip(*scores.values())])
