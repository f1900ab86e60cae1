import fc from 'fast-check';
import { exactText } from './decimal';
import { toRatio } from './parse';
import { makeRatio } from './ratio';

describe('exactText', () => {
  it('writes decimals that end as decimals and the rest as fractions', () => {
    expect(exactText(makeRatio(10652551n, 2000n))).toBe('5326.2755');
    expect(exactText(makeRatio(-1n, 8n))).toBe('-0.125');
    expect(exactText(makeRatio(42n))).toBe('42');
    expect(exactText(makeRatio(200n, 7n))).toBe('200/7');
  });

  it('reads back exactly for any ratio', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (n, d) => {
          const r = makeRatio(n, d);
          expect(toRatio(exactText(r), 'x')).toEqual(r);
        },
      ),
    );
  });
});
