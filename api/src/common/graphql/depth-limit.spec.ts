import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from './depth-limit';

const schema = buildSchema(`
  type Shot { code: String, episode: Episode }
  type Episode { number: Int, production: Production }
  type Production { code: String, episodes: [Episode] }
  type Query { shot: Shot }
`);

const errorsFor = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]);

describe('depthLimit', () => {
  it('counts nested selections, following fragments', () => {
    const query = `{ shot { episode { production { code } } } }`; // depth 4
    expect(errorsFor(query, 4)).toHaveLength(0);
    expect(errorsFor(query, 3)[0].message).toBe(
      'This query nests 4 levels deep; the limit is 3. Split it into smaller queries.',
    );
    const viaFragment = `{ shot { ...S } } fragment S on Shot { episode { production { episodes { number } } } }`;
    expect(errorsFor(viaFragment, 4)[0].message).toMatch(/nests 5 levels deep/);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const cyclic = `{ shot { ...S } } fragment S on Shot { code ...S }`;
    expect(() => errorsFor(cyclic, 3)).not.toThrow();
  });
});
