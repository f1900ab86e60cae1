/**
 * The rule packs: the agreements and policies a production can choose to be held to, each a set
 * of rules (policy-rules.ts names the packs each rule belongs to). A production that never chose
 * keeps DEFAULT_PACKS, the packs of the rules FrameLedger enforced before packs existed, so
 * nothing changes for it until an admin chooses (decision 0020).
 *
 * `source` is the citation, and says how far this catalogue could check it: only what is quoted
 * from a published text or an official summary is marked confirmed. Effective dates are the
 * agreement's term as published; they are recorded, not enforced: a production is held to the
 * packs it chose, and moves to a successor pack by choosing it.
 */

export const RULE_PACK_IDS = [
  'frameledger-core',
  'sag-aftra-tv-2023',
  'iatse-ba-2024',
  'tag-2024',
  'eu-ai-act-art50',
  'netflix-genai-2025-08',
  'sag-aftra-tv-2026',
] as const;
export type RulePackId = (typeof RULE_PACK_IDS)[number];

export interface RulePack {
  id: RulePackId;
  title: string;
  source: string;
  /** ISO dates of the agreement's term; null where it has none (our own policy) or it is open-ended. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export const RULE_PACKS: readonly RulePack[] = [
  {
    id: 'frameledger-core',
    title: 'FrameLedger core policy',
    source:
      "FrameLedger's own rules for any production (docs/governance.md); always applies, whatever else a production chooses.",
    effectiveFrom: null,
    effectiveTo: null,
  },
  {
    id: 'sag-aftra-tv-2023',
    title: 'SAG-AFTRA 2023 TV/Theatrical Contracts',
    source:
      "SAG-AFTRA 2023 TV/Theatrical Contracts (ratified 5 December 2023), digital replica and generative AI provisions. Confirmed from SAG-AFTRA's member summary 'Digital Replicas 101': informed consent to the creation and use of a digital replica, notice at least 48 hours before the services are required, and notice to the union with an opportunity to bargain before a synthetic performer is used; not checked against the Memorandum of Agreement itself.",
    effectiveFrom: '2023-07-01',
    effectiveTo: '2026-06-30',
  },
  {
    id: 'iatse-ba-2024',
    title: 'IATSE Basic Agreement 2024',
    source:
      'IATSE Basic Agreement 2024 (ratified July 2024), generative AI provisions as reported by IATSE: no employee is required to prompt AI in a way that displaces covered work, and the producer consults the union on request. Reported, not confirmed from the published agreement text.',
    effectiveFrom: '2024-08-01',
    effectiveTo: '2027-07-31',
  },
  {
    id: 'tag-2024',
    title: 'The Animation Guild 2024 agreement',
    source:
      'The Animation Guild (IATSE Local 839) 2024 agreement, generative AI terms as reported by the guild (notice and consultation, as in the IATSE Basic Agreement). Reported, not confirmed from the published agreement text; the term dates are as reported.',
    effectiveFrom: '2024-08-01',
    effectiveTo: '2027-07-31',
  },
  {
    id: 'eu-ai-act-art50',
    title: 'EU AI Act, Article 50 (transparency of AI-generated content)',
    source:
      "Regulation (EU) 2024/1689, Article 50(2): outputs of AI systems generating synthetic audio, image, video or text are marked in a machine-readable format and detectable as artificially generated, except where the system performs an assistive function for standard editing or does not substantially alter the input; applies from 2 August 2026 (Article 113). The duty is the provider's; holding a production to marked vendor output is our reading for a deployer that delivers it. Checked against summaries of the text, not the Official Journal itself, in this session; the Commission's code of practice on marking is not encoded.",
    effectiveFrom: '2026-08-02',
    effectiveTo: null,
  },
  {
    id: 'netflix-genai-2025-08',
    title: 'Netflix partner guidance on generative AI (August 2025)',
    source:
      "Netflix, 'Using Generative AI in Content Production', partner help centre guidance published August 2025: disclose intended use to the Netflix contact; five guiding principles (outputs do not replicate unowned material; tools do not store, reuse or train on production data; enterprise-secured environment where possible; generated material is temporary, not part of final deliverables; no replacing talent performances or union-covered work without consent), a 'no' or 'unsure' escalated to the contact; written approval before generated material is in final deliverables or involves talent likeness, personal data or third-party IP; vendors follow the same guidance. Read from the guidance as published; not re-checked against the live page in this session, and its effective date is the publication month. Treating the ETHICS approval as the answer to an escalation is our reading.",
    effectiveFrom: '2025-08-01',
    effectiveTo: null,
  },
  {
    id: 'sag-aftra-tv-2026',
    title: 'SAG-AFTRA 2026 TV/Theatrical Contracts',
    source:
      'SAG-AFTRA 2026 TV/Theatrical Contracts (successor to the 2023 agreement; ratification in June 2026 as reported). Reported, not confirmed from a published Memorandum of Agreement or official summary in this session: this pack carries forward the 2023 terms FrameLedger already enforces (informed consent with notice before a digital replica is used; notice to the union before a synthetic performer is used), and has the reported new terms (a reason recorded before a performer scan, notice when performer data is licensed for third-party training, protections for minors) as rules that are OFF until a production turns them on. The term dates are as reported.',
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
  },
];

/**
 * What a production that never chose is held to: every pack of the rules that predate packs, so
 * nothing changed for it when packs came. Newer packs apply only where chosen.
 */
export const DEFAULT_PACKS: readonly RulePackId[] = [
  'frameledger-core',
  'sag-aftra-tv-2023',
  'iatse-ba-2024',
  'tag-2024',
];

/** Always applies: a production chooses the other packs on top of it. */
export const CORE_PACK: RulePackId = 'frameledger-core';

export const isRulePackId = (id: string): id is RulePackId =>
  (RULE_PACK_IDS as readonly string[]).includes(id);
