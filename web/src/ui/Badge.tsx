import type { ReactNode } from 'react';

export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

const MARKS: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', neutral: '•', info: 'i' };

/** A status in words with a shape beside it, so it never rests on colour alone. */
export function Badge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      <span className="badge__mark" aria-hidden="true">
        {MARKS[tone]}
      </span>
      <span className="badge__label">{children}</span>
    </span>
  );
}
