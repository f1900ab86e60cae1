import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTablesMarkdown } from './rule-table';

const DOC = join(__dirname, '../../../../docs/governance.md');
const START = '<!-- rule-tables: generated from api/src/governance/policy (UPDATE_DOCS=1 to rewrite) -->';
const END = '<!-- /rule-tables -->';

/** A markdown table's cells, trimmed, so prettier's column padding does not count as drift. */
const cells = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.trim())
    .map((line) =>
      /^\|[\s:-]+(\|[\s:-]+)*\|$/.test(line) ? '---' : line.split(/(?<!\\)\|/).map((c) => c.trim()),
    );

describe('the rule tables in docs/governance.md', () => {
  it('list exactly the packs and rules of the catalogue', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [before, rest] = doc.split(START);
    expect(rest).toBeDefined();
    const [documented, after] = rest.split(END);
    const generated = ruleTablesMarkdown();
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, `${before}${START}\n\n${generated}\n\n${END}${after}`);
    else expect(cells(documented)).toEqual(cells(generated));
  });
});
