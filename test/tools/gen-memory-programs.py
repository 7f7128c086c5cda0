#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): generates a fixed, seeded set of
# straight-line programs that build and drop containers (lists, dicts, tuples, instances,
# self-references) and records what every installed CPython prints for them: sys.getrefcount
# of live objects and gc.collect() results. Output: test/golden/memory-programs/programs.json,
# read by test/property/memory-programs.test.ts (exact equality on 3.8 and the grammar's model).
#
# Usage: python3 test/tools/gen-memory-programs.py [--count 60] [--seed 20240601]
#
# The grammar (mirrored by test/helpers/memory-model.ts, which also generates programs for the
# fast-check property):
#   header:  import gc / import sys / class C: pass / gc.disable() / gc.collect()
#   vN = []        vN = {}        vN = C()       vN = [vM]      vN = (vM, vK)
#   vN.append(vM)  (vN a list)    vN["kI"] = vM  (vN a dict)    vN.aI = vM  (vN an instance)
#   del vN         print(sys.getrefcount(vN))   print(gc.collect())
#   footer:  print(gc.collect()), getrefcount of every live variable, del of all, print(gc.collect())
import argparse
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'test', 'golden', 'memory-programs', 'programs.json')
VARS = 4
HEADER = 'import gc\nimport sys\n\nclass C:\n    pass\n\ngc.disable()\ngc.collect()\n'

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def gen_program(rng, length):
    kinds = {}  # var -> 'list' | 'dict' | 'inst' | 'tuple'
    lines = []
    for _ in range(length):
        bound = sorted(kinds)
        choices = ['new'] * 3
        if bound:
            choices += ['link'] * 4 + ['del', 'refcount', 'collect', 'wrap']
        c = rng.choice(choices)
        if c == 'new':
            v = 'v%d' % rng.randrange(VARS)
            kind = rng.choice(['list', 'dict', 'inst'])
            lines.append('%s = %s' % (v, {'list': '[]', 'dict': '{}', 'inst': 'C()'}[kind]))
            kinds[v] = kind
        elif c == 'wrap':
            v = 'v%d' % rng.randrange(VARS)
            a, b = rng.choice(bound), rng.choice(bound)
            if rng.random() < 0.5:
                lines.append('%s = [%s]' % (v, a))
                kinds[v] = 'list'
            else:
                lines.append('%s = (%s, %s)' % (v, a, b))
                kinds[v] = 'tuple'
        elif c == 'link':
            v = rng.choice(bound)
            w = v if rng.random() < 0.3 else rng.choice(bound)
            k = kinds[v]
            if k == 'list':
                lines.append('%s.append(%s)' % (v, w))
            elif k == 'dict':
                lines.append('%s["k%d"] = %s' % (v, rng.randrange(3), w))
            elif k == 'inst':
                lines.append('%s.a%d = %s' % (v, rng.randrange(3), w))
            else:
                lines.append('print(sys.getrefcount(%s))' % v)
        elif c == 'del':
            v = rng.choice(bound)
            lines.append('del %s' % v)
            del kinds[v]
        elif c == 'refcount':
            lines.append('print(sys.getrefcount(%s))' % rng.choice(bound))
        else:
            lines.append('print(gc.collect())')
    lines.append('print(gc.collect())')
    for v in sorted(kinds):
        lines.append('print(sys.getrefcount(%s))' % v)
    if kinds:
        lines.append('del %s' % ', '.join(sorted(kinds)))
    lines.append('print(gc.collect())')
    return HEADER + '\n'.join(lines) + '\n'


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=60)
    ap.add_argument('--seed', type=int, default=20240601)
    args = ap.parse_args(argv)
    gg = load_gen_golden()
    rng = random.Random(args.seed)
    programs = []
    for i in range(args.count):
        programs.append({'name': 'mem_%03d' % i, 'source': gen_program(rng, rng.randrange(5, 30)), 'stdout': {}})
    for ver in gg.VERSIONS:
        exe = gg.find_interpreter(ver)
        if exe is None:
            print('skip %s: no interpreter' % ver, file=sys.stderr)
            continue
        for p in programs:
            r = subprocess.run([exe, '-c', p['source']], env=gg.clean_env(), capture_output=True, text=True, timeout=60)
            if r.returncode != 0:
                print('%s: %s failed:\n%s' % (ver, p['name'], r.stderr), file=sys.stderr)
                return 1
            p['stdout'][ver] = r.stdout
        print('%s: done' % ver)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'seed': args.seed, 'programs': programs}, f, indent=1)
        f.write('\n')
    return 0


def load_gen_golden():
    import importlib.util
    spec = importlib.util.spec_from_file_location('gen_golden', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen-golden.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
