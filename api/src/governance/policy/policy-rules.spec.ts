import { consentStanding, Occasion, POLICY_RULES, PolicyFacts, ruleById, RuleId } from './policy-rules';
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
