#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): dumps the running interpreter's
# opcode/dis/_opcode metadata into src/versions/pyXY/opcodes.generated.ts.
#
# Usage (from the repo root):
#   python3.X test/tools/gen-opcodes.py          # writes the table for this interpreter only
#   python3 test/tools/gen-opcodes.py --all      # re-runs itself with every pyenv 3.8..3.13
#
# Shape of the output (type OpcodeTable in src/versions/profile.ts):
#   opname      exactly 256 entries (real opcodes only; '<N>' for unused numbers)
#   opmap       real opcodes only (< 256); 3.12+ pseudo-instructions go to extra.pseudo_opmap
#   has*        sorted lists restricted to real opcodes; pseudo members go to extra.pseudo_has
#   extra       everything else a backend or dis needs, keyed by the CPython name it came from.
#               Representations are normalised so every version uses the same JSON shape:
#     hasnargs                    number[]                     (3.8-3.11)
#     hasarg, hasexc              number[]                     (3.12+)
#     hasjump                     number[]                     (3.13)
#     _inline_cache_entries       {OPNAME: cache slots}, non-zero entries only (3.11+;
#                                 CPython keeps a 256-list in 3.11/3.12 and a dict in 3.13)
#     _cache_format               {OPNAME: {field: size}}       (3.11+)
#     _nb_ops                     [[NB_NAME, symbol], ...] indexed by BINARY_OP arg (3.11+)
#     _specializations            {FAMILY: [specialised names]} (3.11+)
#     _specialized_instructions   string[]                      (3.11, 3.12)
#     _specialized_opmap          {name: number}                (3.11+: the numbers dis gives them)
#     _intrinsic_1_descs, _intrinsic_2_descs  string[] indexed by CALL_INTRINSIC_n arg (3.12+)
#     MIN_INSTRUMENTED_OPCODE, ENABLE_SPECIALIZATION, MIN/MAX_PSEUDO_OPCODE   (when present)
#     pseudo_opmap, pseudo_has, _pseudo_ops   pseudo-instructions (3.12+)
#     dis_OPNAME_WIDTH, dis_OPARG_WIDTH, dis_INT_BITS, dis_NO_LINENO   dis formatting constants
#     MAKE_FUNCTION_FLAGS / FUNCTION_ATTR_FLAGS, FORMAT_VALUE_CONVERTERS (names), COMPILER_FLAG_NAMES
#     stack_effect                {OPNAME: [noJump[0..15], jump[0..15]]} from opcode.stack_effect
#                                 for oparg 0..15 (null where CPython rejects the oparg); for
#                                 opcodes without an argument every slot holds the same value.
import json
import os
import subprocess
import sys

VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']
ARG_SAMPLES = 16


def real(ops):
    return sorted(op for op in ops if op < 256)


def pseudo(ops):
    return sorted(op for op in ops if op >= 256)


def build_table():
    import dis
    import opcode
    try:
        import _opcode
    except ImportError:
        _opcode = None

    opname = list(opcode.opname[:256])
    opname += ['<%d>' % i for i in range(len(opname), 256)]
    opmap = {k: v for k, v in sorted(opcode.opmap.items(), key=lambda kv: kv[1]) if v < 256}
    has_names = ['hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree']
    table = {
        'opname': opname,
        'opmap': opmap,
        'HAVE_ARGUMENT': opcode.HAVE_ARGUMENT,
        'EXTENDED_ARG': opcode.EXTENDED_ARG,
    }
    for name in has_names:
        table[name] = real(getattr(opcode, name))
    table['cmp_op'] = list(opcode.cmp_op)

    extra = {}
    pseudo_has = {}
    for name in has_names + ['hasnargs', 'hasarg', 'hasexc', 'hasjump']:
        if hasattr(opcode, name):
            ops = getattr(opcode, name)
            if name not in has_names:
                extra[name] = real(ops)
            if pseudo(ops):
                pseudo_has[name] = pseudo(ops)
    pseudo_opmap = {k: v for k, v in sorted(opcode.opmap.items(), key=lambda kv: kv[1]) if v >= 256}
    if pseudo_opmap:
        extra['pseudo_opmap'] = pseudo_opmap
        extra['pseudo_has'] = pseudo_has
    if hasattr(opcode, '_pseudo_ops'):
        extra['_pseudo_ops'] = {k: list(v) for k, v in opcode._pseudo_ops.items()}

    if hasattr(opcode, '_inline_cache_entries'):
        ice = opcode._inline_cache_entries
        if isinstance(ice, dict):
            items = ice.items()
        else:
            items = ((opcode.opname[i], n) for i, n in enumerate(ice))
        extra['_inline_cache_entries'] = {k: n for k, n in items if n}
    if hasattr(opcode, '_cache_format'):
        extra['_cache_format'] = {k: dict(v) for k, v in opcode._cache_format.items()}
    if hasattr(opcode, '_nb_ops'):
        extra['_nb_ops'] = [list(p) for p in opcode._nb_ops]
    if hasattr(opcode, '_specializations'):
        extra['_specializations'] = {k: list(v) for k, v in opcode._specializations.items()}
    if hasattr(opcode, '_specialized_instructions'):
        extra['_specialized_instructions'] = list(opcode._specialized_instructions)
    if hasattr(dis, '_all_opmap'):
        extra['_specialized_opmap'] = {k: v for k, v in sorted(dis._all_opmap.items(), key=lambda kv: kv[1])
                                       if k not in opcode.opmap}
    for name in ['_intrinsic_1_descs', '_intrinsic_2_descs']:
        if hasattr(opcode, name):
            extra[name] = list(getattr(opcode, name))
    for name in ['MIN_INSTRUMENTED_OPCODE', 'ENABLE_SPECIALIZATION', 'MIN_PSEUDO_OPCODE', 'MAX_PSEUDO_OPCODE']:
        value = getattr(opcode, name, getattr(_opcode, name, None) if _opcode else None)
        if value is not None:
            extra[name] = value if isinstance(value, int) and not isinstance(value, bool) else bool(value)

    for name in ['_OPNAME_WIDTH', '_OPARG_WIDTH', '_INT_BITS', '_NO_LINENO']:
        if hasattr(dis, name):
            extra['dis' + name] = getattr(dis, name)
    for name in ['MAKE_FUNCTION_FLAGS', 'FUNCTION_ATTR_FLAGS']:
        if hasattr(dis, name):
            extra[name] = list(getattr(dis, name))
    if hasattr(dis, 'FORMAT_VALUE_CONVERTERS'):
        extra['FORMAT_VALUE_CONVERTERS'] = [n for _, n in dis.FORMAT_VALUE_CONVERTERS]
    extra['COMPILER_FLAG_NAMES'] = {str(k): v for k, v in sorted(dis.COMPILER_FLAG_NAMES.items())}

    extra['stack_effect'] = stack_effects(opcode)
    table['extra'] = extra
    return table


def stack_effects(opcode):
    out = {}
    for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
        if op >= 256:
            continue
        rows = []
        for jump in (False, True):
            row = []
            for arg in range(ARG_SAMPLES):
                try:
                    if op >= opcode.HAVE_ARGUMENT:
                        row.append(opcode.stack_effect(op, arg, jump=jump))
                    else:
                        row.append(opcode.stack_effect(op, jump=jump))
                except ValueError:
                    row.append(None)
            rows.append(row)
        if any(v is not None for r in rows for v in r):
            out[name] = rows
    return out


def ts_value(value, indent):
    """JSON, but short scalar lists are packed several to a line so the file stays readable."""
    pad = '  ' * indent
    if isinstance(value, dict):
        if not value:
            return '{}'
        parts = ['%s  %s: %s' % (pad, json.dumps(k), ts_value(v, indent + 1)) for k, v in value.items()]
        return '{\n' + ',\n'.join(parts) + ',\n' + pad + '}'
    if isinstance(value, list):
        if all(not isinstance(v, (list, dict)) for v in value):
            items = [json.dumps(v) for v in value]
            one_line = '[' + ', '.join(items) + ']'
            if len(one_line) + len(pad) <= 100:
                return one_line
            lines, line = [], ''
            for item in items:
                if line and len(pad) + 2 + len(line) + len(item) + 2 > 100:
                    lines.append(line.rstrip())
                    line = ''
                line += item + ', '
            lines.append(line.rstrip())
            return '[\n' + '\n'.join(pad + '  ' + l for l in lines) + '\n' + pad + ']'
        parts = [pad + '  ' + ts_value(v, indent + 1) for v in value]
        return '[\n' + ',\n'.join(parts) + ',\n' + pad + ']'
    return json.dumps(value)


def write_table(root):
    ver = '%d.%d' % sys.version_info[:2]
    folder = os.path.join(root, 'src', 'versions', 'py' + ver.replace('.', ''))
    os.makedirs(folder, exist_ok=True)
    table = build_table()
    body = ts_value(table, 0)
    text = (
        '// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-opcodes.py from CPython %s\n'
        '// (opcode, dis and _opcode modules). Stage: version data; depends on nothing but the\n'
        '// OpcodeTable type. Regenerate: python%s test/tools/gen-opcodes.py\n'
        "import type { OpcodeTable } from '../profile.js';\n\n"
        'export const opcodes: OpcodeTable = %s;\n'
    ) % (sys.version.split()[0], ver, body)
    path = os.path.join(folder, 'opcodes.generated.ts')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print('wrote', os.path.relpath(path, root))


def find_interpreter(ver):
    try:
        root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        root = os.path.expanduser('~/.pyenv')
    versions = os.path.join(root, 'versions')
    if os.path.isdir(versions):
        for name in sorted(os.listdir(versions), reverse=True):
            if name == ver or name.startswith(ver + '.'):
                exe = os.path.join(versions, name, 'bin', 'python')
                if os.path.exists(exe):
                    return exe
    return None


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if '--all' in argv:
        for ver in VERSIONS:
            exe = find_interpreter(ver)
            if exe is None:
                print('skip %s: no interpreter found' % ver, file=sys.stderr)
                continue
            subprocess.run([exe, os.path.abspath(__file__)], check=True)
        return 0
    write_table(root)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
