import { POLICY_RULES } from './policy-rules';
import { RULE_PACKS } from './rule-packs';

/**
 * The rule packs and rules of docs/governance.md, made from the catalogue so the document cannot
 * drift from the code (rule-table.spec.ts compares them; UPDATE_DOCS=1 rewrites the document).
 */
export function ruleTablesMarkdown(): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
  const term = (from: string | null, to: string | null) => (from ? `${from} to ${to ?? 'open'}` : 'always');
  return [
    row(['pack', 'title', 'term (recorded, not enforced)', 'source']),
    row(['---', '---', '---', '---']),
    ...RULE_PACKS.map((p) => row([code([p.id]), p.title, term(p.effectiveFrom, p.effectiveTo), p.source])),
    '',
    row(['rule', 'packs', 'default', 'requires', 'facts', 'source']),
    row(['---', '---', '---', '---', '---', '---']),
    ...POLICY_RULES.map((r) =>
      row([code([r.id]), code(r.packs), r.defaultSeverity, r.text, code(r.facts), r.source]),
    ),
  ].join('\n');
}
