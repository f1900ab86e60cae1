import { withNames } from './working';

const working = (...labels: string[]) => ({ note: undefined, allLines: labels.map((label) => ({ label })) });
const TASK = '0525b13b-2561-4c3e-9d7e-1f0a7c7f3b11';

describe('withNames', () => {
  it('names a task by its label and a code by its name, only where the code is a whole word', () => {
    const named = withNames(
      working(`${TASK}: logged COMP`, `${TASK}: logged COMP_LEAD`, `${TASK}: logged COMPOSITOR`),
      new Map([[TASK, 'SH010 Compositing']]),
      new Map([
        ['COMP', 'Compositor'],
        ['COMP_LEAD', 'Lead compositor'],
      ]),
    );
    expect(named.allLines.map((l) => l.label)).toEqual([
      'SH010 Compositing: logged Compositor',
      'SH010 Compositing: logged Lead compositor',
      // No role has this code: it stays, rather than becoming "Compositor" + "OSITOR".
      'SH010 Compositing: logged COMPOSITOR',
    ]);
  });

  it('leaves an id it has no name for as it is', () => {
    expect(withNames(working(`${TASK}: bid`), new Map()).allLines[0].label).toBe(`${TASK}: bid`);
  });
});
