// Test helper check: the run-golden normalisations of test/helpers/corpus.ts, in particular
// rule 3 (the standard-library directory is compared as <PYTHON_LIB>/ on both sides).
import { describe, expect, it } from 'vitest';
import { normaliseRunOutput, normaliseStdlibPaths } from '../../helpers/corpus.js';

describe('normaliseStdlibPaths', () => {
  it('maps any .../lib/python3.X/ prefix to <PYTHON_LIB>/', () => {
    const oracle = '  File "/root/.pyenv/versions/3.8.18/lib/python3.8/threading.py", line 932, in _bootstrap_inner\n';
    const gilsim = '  File "/usr/lib/python3.8/threading.py", line 932, in _bootstrap_inner\n';
    expect(normaliseStdlibPaths(oracle)).toBe('  File "<PYTHON_LIB>/threading.py", line 932, in _bootstrap_inner\n');
    expect(normaliseStdlibPaths(gilsim)).toBe(normaliseStdlibPaths(oracle));
    expect(normaliseStdlibPaths('/opt/py/lib/python3.13/threading.py')).toBe('<PYTHON_LIB>/threading.py');
  });

  it('keeps line numbers, file names and unrelated paths', () => {
    const a = '  File "/usr/lib/python3.8/threading.py", line 932\n';
    const b = '  File "/usr/lib/python3.8/threading.py", line 870\n';
    expect(normaliseStdlibPaths(a)).not.toBe(normaliseStdlibPaths(b));
    expect(normaliseStdlibPaths('/usr/lib/python3.8/queue.py')).not.toBe(normaliseStdlibPaths('/usr/lib/python3.8/threading.py'));
    expect(normaliseStdlibPaths('test/corpus/run/x.py lib/python3')).toBe('test/corpus/run/x.py lib/python3');
  });

  it('is part of the run-output normalisation', () => {
    expect(normaliseRunOutput('File "/usr/lib/python3.9/threading.py"')).toBe('File "<PYTHON_LIB>/threading.py"');
  });
});
