// The 3.13 rule inlineAttributeKeys under 3.8's other rules: whether attribute stores through an
// object reach the gc tracking of its materialised __dict__, and when its values leave the
// object (more names than the class's shared keys hold, a non-str key, __slots__).
import { describe, expect, it } from 'vitest';
import { profileWith, runVm } from './helpers.js';

const run = (src: string, keys: number | null): string => {
  const r = runVm(src, profileWith({ inlineAttributeKeys: keys }));
  expect(r.stderr).toBe('');
  return r.stdout;
};

const THROUGH_OBJECT = `import gc
class C:
    pass
c = C()
c.a = 1
d = c.__dict__
c.b = [1]
print(gc.is_tracked(d))
d["e"] = [2]
print(gc.is_tracked(d))
`;

describe('inline attribute values', () => {
  it('without the rule, a store through the object tracks the dict', () => {
    expect(run(THROUGH_OBJECT, null)).toBe('True\nTrue\n');
  });
  it('with it, only the store through the dict does', () => {
    expect(run(THROUGH_OBJECT, 29)).toBe('False\nTrue\n');
  });
  it('a container present when __dict__ is fetched tracks it', () => {
    const src = 'import gc\nclass C:\n    pass\nc = C()\nc.a = []\nprint(gc.is_tracked(c.__dict__))\n';
    expect(run(src, 29)).toBe('True\n');
  });
  it('a name beyond the shared keys moves the values into the dict', () => {
    const src = `import gc
class C:
    pass
c = C()
d = c.__dict__
c.a = 1
c.b = 2
c.x = [1]
print(gc.is_tracked(d))
c2 = C()
d2 = c2.__dict__
c2.a = [1]
print(gc.is_tracked(d2))
`;
    expect(run(src, 2)).toBe('True\nFalse\n');
    expect(run(src, 3)).toBe('False\nFalse\n');
  });
  it('a non-str key in the fetched dict ends the inline values', () => {
    const src = 'import gc\nclass C:\n    pass\nc = C()\nd = c.__dict__\nd[1] = 1\nc.x = []\nprint(gc.is_tracked(d))\n';
    expect(run(src, 29)).toBe('True\n');
  });
  it('classes with __slots__ keep no values inline', () => {
    const src = 'import gc\nclass C:\n    __slots__ = ("a", "__dict__")\nc = C()\nd = c.__dict__\nc.x = []\nprint(gc.is_tracked(d))\n';
    expect(run(src, 29)).toBe('True\n');
  });
});
