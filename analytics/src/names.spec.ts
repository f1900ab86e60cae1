import { codeName } from './names';

describe('the names people read for codes', () => {
  it('names a policy rule and a review status from the one map', () => {
    expect(codeName('GENERATIVE_WORKER_NOTICE')).toBe('Worker notice of generative AI');
    expect(codeName('UNREVIEWED')).toBe('Not yet reviewed');
  });

  it('reads any other code as its words, keeping AI, GPU and FTE upper-case', () => {
    expect(codeName('AI_ASSISTED')).toBe('AI assisted');
    expect(codeName('IN_PROGRESS')).toBe('In progress');
    expect(codeName('FTE_HOURS')).toBe('FTE hours');
  });
});
