import { AiUseFacts, escalationState, requiredApprovals } from './ai-use-rules';

const ANSWERED = new Date('2026-09-28T09:00:00Z');
const yes = {
  noUnownedMaterial: 'YES',
  noDataReuse: 'YES',
  enterpriseSecured: 'YES',
  outputTemporary: 'YES',
  noTalentReplacement: 'YES',
  involvesPersonalData: false,
  involvesThirdPartyIp: false,
  answeredAt: ANSWERED,
} as const;
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
