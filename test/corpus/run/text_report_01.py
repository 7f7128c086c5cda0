# A formatted text report: column widths from data, alignment, totals, % and format mixed.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget extra long name", 10, 12.25),
    ("Nut", 1000, 0.05),
    ("Bolt", 250, 0.1),
]
w = max([len(r[0]) for r in rows])
header = "%-*s %6s %9s %10s" % (w, "item", "qty", "price", "total")
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print("%-*s %6d %9.2f %10.2f" % (w, name, qty, price, total))
print("=" * len(header))
print("{:<{w}} {:>27.2f}".format("TOTAL", grand, w=w))
print("{:^{n}}".format(" end of report ", n=len(header)).replace(" ", "~"))
tax = round(grand * 0.0825, 2)
print(f"tax {tax:,.2f} | with tax {grand + tax:,.2f} | items {len(rows):d} | avg {grand / len(rows):.3e}")
print("%s%%" % round(100 * rows[0][2] / grand, 3), "{:.1%}".format(rows[1][1] / sum([r[1] for r in rows])))
table = [[1, 22, 333], [4444, 5, 66]]
for row in table:
    print("|".join([str(c).center(6) for c in row]), "|".join(["%-5s" % c for c in row]))
print("\t".join(["a", "b"]).expandtabs(6) + "|", repr("tab\there"), "multi\nline".split("\n"))
