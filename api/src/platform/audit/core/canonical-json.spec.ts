import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text for the same value whatever the key insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('sorts by UTF-16 code units as RFC 8785 requires', () => {
    // The key order of the RFC 8785 section 3.2.3 example.
    const value = { '\u20ac': 1, '\r': 2, '\ufb33': 3, '1': 4, '\u{1f600}': 5, '\u0080': 6, '\u00f6': 7 };
    expect(canonicalJson(value)).toBe(
      '{"\\r":2,"1":4,"\u0080":6,"\u00f6":7,"\u20ac":1,"\u{1f600}":5,"\ufb33":3}',
    );
  });

  it('writes numbers as JSON does (ECMAScript shortest form)', () => {
    expect(canonicalJson([1e21, 0.1, -0, 1.5e-7, 100])).toBe('[1e+21,0.1,0,1.5e-7,100]');
  });

  it('leaves out undefined object properties', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([
    [NaN, '$'],
    [{ n: Infinity }, '$.n'],
    [[1, undefined], '$[1]'],
    [{ when: new Date(0) }, '$.when'],
    [{ big: BigInt(1) }, '$.big'],
    [{ f: () => 1 }, '$.f'],
  ])('refuses %p, naming the path', (value, path) => {
    expect(() => canonicalJson(value)).toThrow(expect.objectContaining({ code: 'NOT_CANONICAL_JSON' }));
    expect(() => canonicalJson(value)).toThrow(`at ${path}:`);
  });
});
