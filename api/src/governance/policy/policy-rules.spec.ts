import {
  consentStanding,
  Occasion,
  POLICY_RULES,
  PolicyFacts,
  ruleById,
  RuleId,
  rulesInForce,
  Severity,
} from './policy-rules';
import { RULE_PACKS } from './rule-packs';

const FIRST_USE = new Date('2025-06-10T12:00:00.000Z');

function facts(
  overrides: {
    task?: Partial<PolicyFacts['task']>;
    production?: Partial<PolicyFacts['production']>;
  } & Partial<Omit<PolicyFacts, 'task' | 'production'>> = {},
): PolicyFacts {
  const { task, production, ...rest } = overrides;
  return {
    now: FIRST_USE,
    production: { id: 'p1', code: 'DERRUMBE', guildCovered: true, ...production },
    task: {
      id: 't1',
      shotCode: 'DER_101_0040',
      likenessKind: 'NONE',
      performerName: null,
      aiCategory: 'TRADITIONAL',
      path: 'AI_ASSISTED',
      status: 'IN_PROGRESS',
      inFinalDeliverable: false,
      signedOffAt: null,
      lastAiRunAt: null,
      ...task,
    },
    model: { id: 'm1', name: 'chroma-key 1.0.0', status: 'APPROVED', trainingData: 'SYNTHETIC' },
    toolTerms: null,
    modelScope: null,
    disclosurePlan: null,
    consents: [],
    firstLikenessUseAt: FIRST_USE,
    unionNotices: [],
    workerNotices: [],
    vendorOutputs: [],
    vendorRunsWithoutFiles: [],
    aiUse: { outputStatus: 'TEMPORARY', disclosures: [], checklist: null, approvals: [] },
    ...rest,
  };
}

const check = (id: RuleId, f: PolicyFacts, occasion: Occasion = 'INFERENCE_JOB') =>
  ruleById(id)!.check(f, occasion);

/** A consent recording none of the facts of the reported 2026 terms. */
const NO_2026_TERMS: Pick<
  PolicyFacts['consents'][number],
  'scanReason' | 'performerMinor' | 'guardianName' | 'trainingLicensedAt' | 'trainingNoticeAt'
> = {
  scanReason: null,
  performerMinor: false,
  guardianName: null,
  trainingLicensedAt: null,
  trainingNoticeAt: null,
};

describe('MODEL_APPROVED', () => {
  it('finds a PENDING model and passes an APPROVED one', () => {
    const pending = facts({
      model: { id: 'm1', name: 'inpaint 0.3', status: 'PENDING', trainingData: 'LICENSED' },
    });
    expect(check('MODEL_APPROVED', pending)?.message).toBe(
      'Model inpaint 0.3 is PENDING, not APPROVED; an admin must approve it before it runs on production work.',
    );
    expect(check('MODEL_APPROVED', facts())).toBeNull();
  });
});

describe('TRAINING_DATA_DECLARED', () => {
  const unknown = { id: 'm2', name: 'face-swap 2', status: 'APPROVED', trainingData: 'UNKNOWN' };
  it('refuses UNKNOWN training data on a guild-covered production only', () => {
    expect(check('TRAINING_DATA_DECLARED', facts({ model: unknown }))?.evidence).toEqual({
      modelId: 'm2',
      model: 'face-swap 2',
      trainingData: 'UNKNOWN',
      guildCovered: true,
    });
    expect(
      check('TRAINING_DATA_DECLARED', facts({ model: unknown, production: { guildCovered: false } })),
    ).toBeNull();
    expect(
      check('TRAINING_DATA_DECLARED', facts({ model: { ...unknown, trainingData: 'MIXED' } })),
    ).toBeNull();
  });
});

describe('LIKENESS_CONSENT', () => {
  const replica = { likenessKind: 'EMPLOYMENT_REPLICA', performerName: 'Ana Ruiz' };
  const consent = (
    noticeGivenAt: string,
    signedAt = '2025-06-01T09:00:00.000Z',
    replicaKind = 'EMPLOYMENT_REPLICA',
  ) => ({
    id: 'c1',
    replicaKind,
    signedAt: new Date(signedAt),
    noticeGivenAt: new Date(noticeGivenAt),
    ...NO_2026_TERMS,
  });

  it('passes with notice exactly 48 hours before the first use (Jun 8 12:00 -> Jun 10 12:00)', () => {
    expect(
      check('LIKENESS_CONSENT', facts({ task: replica, consents: [consent('2025-06-08T12:00:00.000Z')] })),
    ).toBeNull();
  });

  it('finds notice 40 hours before first use (Jun 8 20:00 -> Jun 10 12:00)', () => {
    const finding = check(
      'LIKENESS_CONSENT',
      facts({ task: replica, consents: [consent('2025-06-08T20:00:00.000Z')] }),
    );
    expect(finding?.message).toBe(
      'Ana Ruiz was given notice 40 hours before the first use of the likeness on DERRUMBE; SAG-AFTRA 2023 requires at least 48 hours.',
    );
    expect(finding?.evidence.consents).toEqual([
      {
        consentId: 'c1',
        signedAt: '2025-06-01T09:00:00.000Z',
        noticeGivenAt: '2025-06-08T20:00:00.000Z',
        noticeHoursBeforeFirstUse: 40,
      },
    ]);
  });

  it('rounds the hours down, so 47 h 59 min is short of 48', () => {
    const finding = check(
      'LIKENESS_CONSENT',
      facts({ task: replica, consents: [consent('2025-06-08T12:01:00.000Z')] }),
    );
    expect(finding?.message).toMatch(/given notice 47.98 hours/);
  });

  it('finds a consent signed after the first use, one for another replica kind, and none at all', () => {
    const late = consent('2025-06-01T09:00:00.000Z', '2025-06-11T09:00:00.000Z');
    expect(check('LIKENESS_CONSENT', facts({ task: replica, consents: [late] }))?.message).toMatch(
      /was signed after the first use/,
    );
    const otherKind = consent('2025-06-01T09:00:00.000Z', '2025-06-01T09:00:00.000Z', 'DIGITAL_ALTERATION');
    expect(check('LIKENESS_CONSENT', facts({ task: replica, consents: [otherKind] }))?.message).toBe(
      "No consent from Ana Ruiz for EMPLOYMENT_REPLICA on DERRUMBE; record the performer's signed consent before using the likeness.",
    );
  });

  it('asks for the performer when the task names none, and ignores tasks without a real likeness', () => {
    expect(
      check('LIKENESS_CONSENT', facts({ task: { likenessKind: 'DIGITAL_ALTERATION' } }))?.message,
    ).toMatch(/names no performer/);
    expect(check('LIKENESS_CONSENT', facts({ task: { likenessKind: 'SYNTHETIC_PERFORMER' } }))).toBeNull();
    expect(check('LIKENESS_CONSENT', facts())).toBeNull();
  });

  it('stands on the best consent signed in time: the one with the most notice', () => {
    const a = {
      id: 'a',
      signedAt: new Date('2025-06-09T00:00:00Z'),
      noticeGivenAt: new Date('2025-06-09T00:00:00Z'),
    };
    const b = {
      id: 'b',
      signedAt: new Date('2025-06-02T00:00:00Z'),
      noticeGivenAt: new Date('2025-06-05T12:00:00Z'),
    };
    expect(consentStanding([a, b], FIRST_USE)).toEqual({ standing: 'OK', best: b, noticeHours: 120 });
  });
});

describe('SYNTHETIC_PERFORMER_NOTICE', () => {
  it('needs a union notice for a synthetic performer', () => {
    const synthetic = { likenessKind: 'SYNTHETIC_PERFORMER' };
    expect(check('SYNTHETIC_PERFORMER_NOTICE', facts({ task: synthetic }))?.message).toMatch(
      /no union notice is recorded/,
    );
    const noticed = facts({
      task: synthetic,
      unionNotices: [{ id: 'n1', givenAt: new Date('2025-05-01T00:00:00Z') }],
    });
    expect(check('SYNTHETIC_PERFORMER_NOTICE', noticed)).toBeNull();
  });
});

describe('AI_FINAL_SIGN_OFF', () => {
  const final = {
    path: 'AI_FINAL' as const,
    inFinalDeliverable: true,
    lastAiRunAt: new Date('2025-06-10T10:00:00Z'),
  };

  it('refuses a new AI job on delivered AI-final output, and lets one run on work in progress', () => {
    expect(check('AI_FINAL_SIGN_OFF', facts({ task: { ...final, status: 'DONE' } }))?.message).toMatch(
      /reopen the task/,
    );
    expect(check('AI_FINAL_SIGN_OFF', facts({ task: final }))).toBeNull();
  });

  it('at delivery needs a sign-off given after the last AI render', () => {
    expect(check('AI_FINAL_SIGN_OFF', facts({ task: final }), 'TASK_DELIVERY')?.message).toMatch(
      /with no human sign-off/,
    );
    const stale = { ...final, signedOffAt: new Date('2025-06-10T09:00:00Z') };
    expect(check('AI_FINAL_SIGN_OFF', facts({ task: stale }), 'TASK_DELIVERY')?.message).toMatch(
      /signed off before its last AI render/,
    );
    const fresh = { ...final, signedOffAt: new Date('2025-06-10T11:00:00Z') };
    expect(check('AI_FINAL_SIGN_OFF', facts({ task: fresh }), 'TASK_DELIVERY')).toBeNull();
  });

  it('leaves AI-assisted work and AI-final work outside the final deliverable alone', () => {
    expect(
      check('AI_FINAL_SIGN_OFF', facts({ task: { ...final, path: 'AI_ASSISTED' } }), 'TASK_DELIVERY'),
    ).toBeNull();
    expect(
      check('AI_FINAL_SIGN_OFF', facts({ task: { ...final, inFinalDeliverable: false } }), 'TASK_DELIVERY'),
    ).toBeNull();
  });
});

describe('GENERATIVE_WORKER_NOTICE', () => {
  it('needs a worker notice for generative AI on a guild-covered production', () => {
    const generative = { aiCategory: 'GENERATIVE' as const };
    const message = check('GENERATIVE_WORKER_NOTICE', facts({ task: generative }))?.message;
    expect(message).toMatch(/no worker notice is recorded/);
    // A reviewer reads this on the Policy exceptions tab: it names the button there, not a mutation.
    expect(message).toMatch(/"Record the worker notice" on this exception/);
    expect(message).not.toMatch(/record[A-Z]\w+/);
    expect(
      check('GENERATIVE_WORKER_NOTICE', facts({ task: generative, production: { guildCovered: false } })),
    ).toBeNull();
    expect(check('GENERATIVE_WORKER_NOTICE', facts())).toBeNull();
    const noticed = facts({
      task: generative,
      workerNotices: [{ id: 'w1', givenAt: new Date('2025-05-01T00:00:00Z') }],
    });
    expect(check('GENERATIVE_WORKER_NOTICE', noticed)).toBeNull();
  });
});

describe('GENERATIVE_OUTPUT_MARKED', () => {
  const output = (c2paStatus: string) => ({ runId: 'r1', fileId: `f-${c2paStatus}`, c2paStatus });
  const delivered = (aiCategory: 'GENERATIVE' | 'TRADITIONAL', statuses: string[]) =>
    check(
      'GENERATIVE_OUTPUT_MARKED',
      facts({ task: { aiCategory }, vendorOutputs: statuses.map(output) }),
      'TASK_DELIVERY',
    );

  it('finds generative output from a vendor without valid credentials', () => {
    const finding = delivered('GENERATIVE', ['VERIFIED', 'NONE', 'INVALID']);
    expect(finding?.message).toBe(
      "Shot DER_101_0040 is generative AI output, but 2 of the files from vendors' runs on it carry no valid C2PA credentials (NONE, INVALID); upload the vendor's marked render before delivery.",
    );
    expect(finding?.evidence).toMatchObject({ aiCategory: 'GENERATIVE', unmarked: 2 });
  });

  it('finds a generative vendor run recorded with no file, whose marking nothing shows', () => {
    const finding = check(
      'GENERATIVE_OUTPUT_MARKED',
      facts({
        task: { aiCategory: 'GENERATIVE' },
        vendorOutputs: [output('NONE')],
        vendorRunsWithoutFiles: [{ runId: 'r2' }, { runId: 'r3' }],
      }),
      'TASK_DELIVERY',
    );
    expect(finding?.message).toBe(
      "Shot DER_101_0040 is generative AI output, but 1 of the files from vendors' runs on it carry no valid C2PA credentials (NONE); and 2 vendor runs were recorded with no output file, so nothing shows their output is marked; upload the vendor's marked render before delivery.",
    );
    expect(finding?.evidence).toMatchObject({ unmarked: 1, vendorRunsWithoutFiles: ['r2', 'r3'] });
  });

  it('passes marked output, and assistive use whatever its files say', () => {
    expect(delivered('GENERATIVE', ['VERIFIED', 'UNVERIFIED'])).toBeNull();
    expect(delivered('GENERATIVE', [])).toBeNull();
    expect(delivered('TRADITIONAL', ['NONE'])).toBeNull();
  });
});

describe('DEEPFAKE_DISCLOSURE_PLANNED', () => {
  const delivered = { aiCategory: 'GENERATIVE' as const, inFinalDeliverable: true };
  it('finds generated likeness in the deliverable with no plan, and passes a plan, assistive work or no likeness', () => {
    const synthetic = facts({ task: { ...delivered, likenessKind: 'SYNTHETIC_PERFORMER' } });
    expect(check('DEEPFAKE_DISCLOSURE_PLANNED', synthetic, 'TASK_DELIVERY')?.message).toBe(
      "Shot DER_101_0040 is generative AI output of a SYNTHETIC_PERFORMER likeness in DERRUMBE's final deliverable, and no disclosure plan is recorded for its deliverable; record where and how the audience is told (setDisclosurePlan) before delivery.",
    );
    const planned = {
      ...synthetic,
      disclosurePlan: { id: 'd1', episodeId: null, placements: ['END_CREDITS'] },
    };
    expect(check('DEEPFAKE_DISCLOSURE_PLANNED', planned, 'TASK_DELIVERY')).toBeNull();
    const assistive = facts({
      task: { ...delivered, aiCategory: 'TRADITIONAL', likenessKind: 'DIGITAL_ALTERATION' },
    });
    expect(check('DEEPFAKE_DISCLOSURE_PLANNED', assistive, 'TASK_DELIVERY')).toBeNull();
    expect(check('DEEPFAKE_DISCLOSURE_PLANNED', facts({ task: delivered }), 'TASK_DELIVERY')).toBeNull();
  });
});

describe('PERFORMER_MODEL_SCOPED', () => {
  const scope = { performerName: 'Ana Ruiz', productionId: 'p-alba', productionCode: 'ALBA' };
  it("refuses a model trained on a performer's likeness off its production, and lets it run on it", () => {
    const elsewhere = check('PERFORMER_MODEL_SCOPED', facts({ modelScope: scope }));
    expect(elsewhere?.message).toBe(
      "Model chroma-key 1.0.0 is trained on Ana Ruiz's likeness for ALBA only and cannot run on DERRUMBE; use a model registered for DERRUMBE.",
    );
    const home = facts({ modelScope: scope, production: { id: 'p-alba', code: 'ALBA' } });
    expect(check('PERFORMER_MODEL_SCOPED', home)).toBeNull();
    expect(check('PERFORMER_MODEL_SCOPED', facts())).toBeNull();
  });
});

describe('the reported SAG-AFTRA 2026 terms', () => {
  const ana = { likenessKind: 'EMPLOYMENT_REPLICA', performerName: 'Ana Ruiz' };
  const consent = (id: string, terms: Partial<typeof NO_2026_TERMS>, replicaKind = 'EMPLOYMENT_REPLICA') => ({
    id,
    replicaKind,
    signedAt: new Date('2025-06-01T09:00:00.000Z'),
    noticeGivenAt: new Date('2025-06-01T09:00:00.000Z'),
    ...NO_2026_TERMS,
    ...terms,
  });

  it('are OFF by default, in the 2026 pack only, and say they are not confirmed', () => {
    for (const id of [
      'PERFORMER_SCAN_REASON',
      'PERFORMER_TRAINING_LICENCE_NOTICE',
      'MINOR_GUARDIAN_CONSENT',
    ]) {
      const rule = ruleById(id)!;
      expect({ id, severity: rule.defaultSeverity, packs: rule.packs }).toEqual({
        id,
        severity: 'OFF',
        packs: ['sag-aftra-tv-2026'],
      });
      expect(rule.source).toMatch(/Reported, not confirmed/);
    }
  });

  it('PERFORMER_SCAN_REASON: a replica needs a consent of its kind that says why the performer was scanned', () => {
    const without = facts({ task: ana, consents: [consent('c1', {})] });
    expect(check('PERFORMER_SCAN_REASON', without)?.message).toBe(
      'No EMPLOYMENT_REPLICA consent of Ana Ruiz on DERRUMBE records why the performer was scanned; on Audit, Consents, record the consent again with the scan reason.',
    );
    // A reason on a consent of another kind does not cover this one.
    const otherKind = consent('c2', { scanReason: 'crowd tiling' }, 'BACKGROUND_REPLICA');
    expect(check('PERFORMER_SCAN_REASON', facts({ task: ana, consents: [otherKind] }))).not.toBeNull();
    const withReason = consent('c3', { scanReason: 'stunt double for the fall in DER_101_0040' });
    expect(
      check('PERFORMER_SCAN_REASON', facts({ task: ana, consents: [consent('c1', {}), withReason] })),
    ).toBeNull();
    // A digital alteration changes recorded footage: no scan.
    expect(
      check('PERFORMER_SCAN_REASON', facts({ task: { ...ana, likenessKind: 'DIGITAL_ALTERATION' } })),
    ).toBeNull();
  });

  it('PERFORMER_TRAINING_LICENCE_NOTICE: a licence needs notice by its date, on a consent recording it', () => {
    const licensed = new Date('2025-06-05T00:00:00.000Z');
    const late = consent('c1', {
      trainingLicensedAt: licensed,
      trainingNoticeAt: new Date('2025-06-06T00:00:00.000Z'),
    });
    const finding = check('PERFORMER_TRAINING_LICENCE_NOTICE', facts({ task: ana, consents: [late] }));
    expect(finding?.evidence).toEqual({
      taskId: 't1',
      performer: 'Ana Ruiz',
      licences: [
        {
          consentId: 'c1',
          trainingLicensedAt: '2025-06-05T00:00:00.000Z',
          trainingNoticeAt: '2025-06-06T00:00:00.000Z',
        },
      ],
    });
    // Recorded again with notice the day before the licence: told.
    const told = consent('c2', {
      trainingLicensedAt: licensed,
      trainingNoticeAt: new Date('2025-06-04T00:00:00.000Z'),
    });
    expect(
      check('PERFORMER_TRAINING_LICENCE_NOTICE', facts({ task: ana, consents: [late, told] })),
    ).toBeNull();
    expect(
      check('PERFORMER_TRAINING_LICENCE_NOTICE', facts({ task: ana, consents: [consent('c3', {})] })),
    ).toBeNull();
  });

  it('MINOR_GUARDIAN_CONSENT: a minor needs a consent of the kind used that names a guardian', () => {
    const minor = consent('c1', { performerMinor: true });
    expect(check('MINOR_GUARDIAN_CONSENT', facts({ task: ana, consents: [minor] }))?.message).toBe(
      "Ana Ruiz is a minor and no EMPLOYMENT_REPLICA consent of theirs on DERRUMBE names a parent or guardian who also consented; on Audit, Consents, record the consent again with the guardian's name.",
    );
    const guarded = consent('c2', { performerMinor: true, guardianName: 'Rosa Ruiz' });
    expect(check('MINOR_GUARDIAN_CONSENT', facts({ task: ana, consents: [minor, guarded] }))).toBeNull();
    expect(check('MINOR_GUARDIAN_CONSENT', facts({ task: ana, consents: [consent('c3', {})] }))).toBeNull();
  });
});

describe('rulesInForce', () => {
  const packs = ['frameledger-core', 'sag-aftra-tv-2026'] as const;
  const ids = (own: Map<RuleId, Severity>) => rulesInForce('INFERENCE_JOB', packs, own).map((r) => r.id);

  it('leaves out an OFF rule until the production turns it on, and again once it turns it OFF', () => {
    expect(ids(new Map())).not.toContain('PERFORMER_SCAN_REASON');
    expect(ids(new Map([['PERFORMER_SCAN_REASON', 'FLAG']]))).toContain('PERFORMER_SCAN_REASON');
    expect(ids(new Map([['PERFORMER_SCAN_REASON', 'OFF']]))).not.toContain('PERFORMER_SCAN_REASON');
    expect(ids(new Map())).toContain('MODEL_APPROVED');
  });
});

describe('the rule catalogue', () => {
  it('puts every rule in known packs, and every pack has rules', () => {
    const packIds = RULE_PACKS.map((p) => p.id);
    for (const rule of POLICY_RULES) {
      expect(rule.packs.length).toBeGreaterThan(0);
      expect(packIds).toEqual(expect.arrayContaining([...rule.packs]));
    }
    for (const id of packIds) expect(POLICY_RULES.some((r) => r.packs.includes(id))).toBe(true);
  });

  it('names as facts only paths that exist in what the rules are given', () => {
    const given = facts() as unknown as Record<string, unknown>;
    for (const rule of POLICY_RULES) {
      for (const path of rule.facts) {
        const [head, field] = path.split('.');
        expect({ path, present: field ? field in (given[head] as object) : head in given }).toEqual({
          path,
          present: true,
        });
      }
    }
  });
});
