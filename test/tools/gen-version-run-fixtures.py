"""Oracle facts for gilsim's version-visible runtime behaviour (3.8/3.9/3.10): stdout, stderr and
exit status of small programs whose output changed between versions (suggestions in uncaught
NameError/AttributeError tracebacks, wording of errors, default thread names).

Usage: python3 test/tools/gen-version-run-fixtures.py > test/unit/versions/fixtures/run-snippets.json
(runs each installed CPython 3.8-3.10 as a subprocess on prog.py in a temporary directory; the
directory is replaced by <DIR> in the output). Tests read the committed JSON and never run Python.
"""
import json, os, subprocess, sys, tempfile

VERSIONS = {"3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13"}
PYENV = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()

TAIL = "try:\n    main()\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
PROGRAMS = {
    "attr_typo_instance": "class P:\n    def __init__(self):\n        self.value = 1\n    def total(self):\n        return self.vaule\nP().total()\n",
    "attr_typo_method": "class Q:\n    def compute(self):\n        return 1\nQ().compte()\n",
    "attr_typo_class": "class R:\n    LIMIT = 3\nprint(R.LIMT)\n",
    "attr_typo_list": "xs = []\nxs.apend(1)\n",
    "attr_no_match": "class S:\n    pass\nS().zzzzzz\n",
    "attr_caught_then_str": "class T:\n    size = 1\ntry:\n    T().sise\nexcept AttributeError as e:\n    print(e)\n",
    "name_typo_local": "def f():\n    counter = 0\n    return countr\nf()\n",
    "name_typo_global": "total_sum = 5\ndef g():\n    return total_summ\ng()\n",
    "name_typo_builtin": "lenn([1])\n",
    "name_case": "Value = 1\nprint(value)\n",
    "name_no_match": "qqqqqq\n",
    "thread_names": "import threading\ndef job():\n    pass\nclass W:\n    def go(self):\n        pass\nprint(threading.Thread(target=job).name)\nprint(threading.Thread(target=W().go).name)\nprint(threading.Thread(target=print).name)\nprint(threading.Thread().name)\n",
    "call_errors": "class K:\n    def m(self, a, *, b):\n        pass\n    @staticmethod\n    def s(x):\n        pass\ndef main():\n    for call in (lambda: K().m(), lambda: K().m(1, 2), lambda: K().m(1, c=2), lambda: K.s(), lambda: K().m(1, 2, b=3)):\n        try:\n            call()\n        except TypeError as e:\n            print(e)\nmain()\n",
    "property_setter": "class C:\n    @property\n    def p(self):\n        return 1\n" + "def main():\n    C().p = 2\n" + TAIL,
    "isinstance_bad": "def main():\n    isinstance(1, 2)\n" + TAIL + "def main():\n    issubclass(int, 2)\n" + TAIL,
    "percent_d": "def main():\n    '%d' % 'x'\n" + TAIL,
}


def run(exe, src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w") as fh:
            fh.write(src)
        r = subprocess.run([exe, "prog.py"], cwd=d, capture_output=True, text=True)
        fix = lambda t: t.replace(os.path.realpath(d) + "/", "<DIR>/").replace(d + "/", "<DIR>/")
        return {"stdout": fix(r.stdout), "stderr": fix(r.stderr), "exit": r.returncode}


out = {"programs": PROGRAMS, "results": {}}
for v, full in VERSIONS.items():
    exe = os.path.join(PYENV, "versions", full, "bin", "python")
    out["results"][v] = {name: run(exe, src) for name, src in PROGRAMS.items()}
json.dump(out, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
