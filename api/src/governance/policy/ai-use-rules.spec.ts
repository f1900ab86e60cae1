import {
  AiUseFacts,
  answersWithTerms,
  DataTermsFacts,
  escalationState,
  requiredApprovals,
} from './ai-use-rules';
import { ALL_YES } from '../testing/fixtures';

const ANSWERED = new Date('2026-09-28T09:00:00Z');
const yes = { ...ALL_YES, answeredAt: ANSWERED };
const ethics = (approvedAt: string): AiUseFacts['approvals'][number] => ({
  id: 'a1',
  category: 'ETHICS',
  approver: 'M. Ortega',
  approvedAt: new Date(approvedAt),
});

describe('escalation of the five-principle check', () => {
  it('is not answered without a check, and not needed when all five are YES', () => {
    expect(escalationState({ checklist: null, approvals: [] })).toBe('NOT_ANSWERED');
    expect(escalationState({ checklist: yes, approvals: [] })).toBe('NOT_NEEDED');
  });

  it('needs an ETHICS approval dated at or after the answers for any NO or UNSURE', () => {
    const unsure = { ...yes, noDataReuse: 'UNSURE' as const };
    expect(escalationState({ checklist: unsure, approvals: [] })).toBe('NEEDED');
    // Approved the day before the answers were given: it covered other answers.
    expect(escalationState({ checklist: unsure, approvals: [ethics('2026-09-27T09:00:00Z')] })).toBe(
      'NEEDED',
    );
    expect(escalationState({ checklist: unsure, approvals: [ethics('2026-09-28T09:00:00Z')] })).toBe(
      'APPROVED',
    );
    const finalOnly = { ...ethics('2026-10-01T00:00:00Z'), category: 'FINAL_DELIVERABLE' as const };
    expect(escalationState({ checklist: { ...yes, enterpriseSecured: 'NO' }, approvals: [finalOnly] })).toBe(
      'NEEDED',
    );
  });
});

describe("the tool's data terms in principles 2 and 3", () => {
  const terms = (t: Partial<DataTermsFacts>): DataTermsFacts => ({
    trainsOnInputs: 'NO',
    retentionDays: 0,
    enterpriseAgreement: true,
    ...t,
  });
  const two = (t: Partial<DataTermsFacts>) => answersWithTerms(yes, terms(t)).noDataReuse;

  it('leave all-YES answers standing for a tool that neither trains on nor keeps inputs, under an enterprise agreement', () => {
    expect(answersWithTerms(yes, terms({}))).toEqual(yes);
    expect(escalationState({ checklist: yes, approvals: [] }, terms({}))).toBe('NOT_NEEDED');
  });

  it('turn principle 2 to NO for a tool that trains on inputs or keeps them, and UNSURE where unknown', () => {
    expect(two({ trainsOnInputs: 'YES' })).toBe('NO');
    expect(two({ retentionDays: 30 })).toBe('NO');
    expect(two({ trainsOnInputs: 'UNKNOWN' })).toBe('UNSURE');
    expect(two({ retentionDays: null })).toBe('UNSURE');
    // Known bad beats unknown: trains on inputs, retention unknown.
    expect(two({ trainsOnInputs: 'YES', retentionDays: null })).toBe('NO');
  });

  it('turn principle 3 to UNSURE without an enterprise agreement, and never raise a NO', () => {
    expect(answersWithTerms(yes, terms({ enterpriseAgreement: false })).enterpriseSecured).toBe('UNSURE');
    const no = { ...yes, enterpriseSecured: 'NO' as const };
    expect(answersWithTerms(no, terms({})).enterpriseSecured).toBe('NO');
  });

  it('so unknown terms need escalation, which an ETHICS approval after the answers settles', () => {
    const unknown = terms({ trainsOnInputs: 'UNKNOWN', retentionDays: null, enterpriseAgreement: false });
    expect(escalationState({ checklist: yes, approvals: [] }, unknown)).toBe('NEEDED');
    expect(escalationState({ checklist: yes, approvals: [ethics('2026-09-29T10:00:00Z')] }, unknown)).toBe(
      'APPROVED',
    );
  });
});

describe('approvals required before output is final', () => {
  it('always the final deliverable, then likeness, personal data and third-party IP where involved', () => {
    expect(requiredApprovals('NONE', null)).toEqual(['FINAL_DELIVERABLE']);
    expect(requiredApprovals('DIGITAL_ALTERATION', { ...yes, involvesThirdPartyIp: true })).toEqual([
      'FINAL_DELIVERABLE',
      'LIKENESS',
      'THIRD_PARTY_IP',
    ]);
    expect(requiredApprovals('NONE', { ...yes, involvesPersonalData: true })).toEqual([
      'FINAL_DELIVERABLE',
      'PERSONAL_DATA',
    ]);
  });
});
