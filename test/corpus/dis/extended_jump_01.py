# Long function: the jump over the if-body needs EXTENDED_ARG on every version.
def long_body(flag, a, b):
    total = 0
    if flag:
        total = total + a * 0 - b; total = total + a * 1 - b; total = total + a * 2 - b; total = total + a * 3 - b; total = total + a * 4 - b; total = total + a * 5 - b
        total = total + a * 6 - b; total = total + a * 7 - b; total = total + a * 8 - b; total = total + a * 9 - b; total = total + a * 10 - b; total = total + a * 11 - b
        total = total + a * 12 - b; total = total + a * 13 - b; total = total + a * 14 - b; total = total + a * 15 - b; total = total + a * 16 - b; total = total + a * 17 - b
        total = total + a * 18 - b; total = total + a * 19 - b; total = total + a * 20 - b; total = total + a * 21 - b; total = total + a * 22 - b; total = total + a * 23 - b
        total = total + a * 24 - b; total = total + a * 25 - b; total = total + a * 26 - b; total = total + a * 27 - b; total = total + a * 28 - b; total = total + a * 29 - b
        total = total + a * 30 - b; total = total + a * 31 - b; total = total + a * 32 - b; total = total + a * 33 - b; total = total + a * 34 - b; total = total + a * 35 - b
        total = total + a * 36 - b; total = total + a * 37 - b; total = total + a * 38 - b; total = total + a * 39 - b; total = total + a * 40 - b; total = total + a * 41 - b
        total = total + a * 42 - b; total = total + a * 43 - b; total = total + a * 44 - b; total = total + a * 45 - b; total = total + a * 46 - b; total = total + a * 47 - b
        total = total + a * 48 - b; total = total + a * 49 - b; total = total + a * 50 - b; total = total + a * 51 - b; total = total + a * 52 - b; total = total + a * 53 - b
        total = total + a * 54 - b; total = total + a * 55 - b; total = total + a * 56 - b; total = total + a * 57 - b; total = total + a * 58 - b; total = total + a * 59 - b
        total = total + a * 60 - b; total = total + a * 61 - b; total = total + a * 62 - b; total = total + a * 63 - b; total = total + a * 64 - b; total = total + a * 65 - b
        total = total + a * 66 - b; total = total + a * 67 - b; total = total + a * 68 - b; total = total + a * 69 - b; total = total + a * 70 - b; total = total + a * 71 - b
        total = total + a * 72 - b; total = total + a * 73 - b; total = total + a * 74 - b; total = total + a * 75 - b; total = total + a * 76 - b; total = total + a * 77 - b
        total = total + a * 78 - b; total = total + a * 79 - b; total = total + a * 80 - b; total = total + a * 81 - b; total = total + a * 82 - b; total = total + a * 83 - b
        total = total + a * 84 - b; total = total + a * 85 - b; total = total + a * 86 - b; total = total + a * 87 - b; total = total + a * 88 - b; total = total + a * 89 - b
        total = total + a * 90 - b; total = total + a * 91 - b; total = total + a * 92 - b; total = total + a * 93 - b; total = total + a * 94 - b; total = total + a * 95 - b
        total = total + a * 96 - b; total = total + a * 97 - b; total = total + a * 98 - b; total = total + a * 99 - b; total = total + a * 100 - b; total = total + a * 101 - b
        total = total + a * 102 - b; total = total + a * 103 - b; total = total + a * 104 - b; total = total + a * 105 - b; total = total + a * 106 - b; total = total + a * 107 - b
        total = total + a * 108 - b; total = total + a * 109 - b; total = total + a * 110 - b; total = total + a * 111 - b; total = total + a * 112 - b; total = total + a * 113 - b
        total = total + a * 114 - b; total = total + a * 115 - b; total = total + a * 116 - b; total = total + a * 117 - b; total = total + a * 118 - b; total = total + a * 119 - b
        total = total + a * 120 - b; total = total + a * 121 - b; total = total + a * 122 - b; total = total + a * 123 - b; total = total + a * 124 - b; total = total + a * 125 - b
        total = total + a * 126 - b; total = total + a * 127 - b; total = total + a * 128 - b; total = total + a * 129 - b; total = total + a * 130 - b; total = total + a * 131 - b
        total = total + a * 132 - b; total = total + a * 133 - b; total = total + a * 134 - b; total = total + a * 135 - b; total = total + a * 136 - b; total = total + a * 137 - b
        total = total + a * 138 - b; total = total + a * 139 - b; total = total + a * 140 - b; total = total + a * 141 - b; total = total + a * 142 - b; total = total + a * 143 - b
    else:
        total = -1
    return total

print(long_body(1, 2, 3), long_body(0, 2, 3))
