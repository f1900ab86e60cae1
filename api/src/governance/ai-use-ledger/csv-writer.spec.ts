import { toCsv } from './csv-writer';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 does, with CRLF rows', () => {
    expect(
      toCsv(
        ['shot', 'note'],
        [
          ['DER_010', 'roto, paint'],
          ['DER_020', 'said "fine"\nthen left'],
        ],
      ),
    ).toBe('shot,note\r\nDER_010,"roto, paint"\r\nDER_020,"said ""fine""\nthen left"\r\n');
  });

  it('writes numbers and booleans as text and null as an empty cell', () => {
    expect(toCsv(['frames', 'final', 'consent'], [[120, true, null]])).toBe(
      'frames,final,consent\r\n120,true,\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['performer'], [['=HYPERLINK("http://x")'], ['-2+3'], ['@SUM(A1)'], ['Ana -2']])).toBe(
      'performer\r\n"\'=HYPERLINK(""http://x"")"\r\n\'-2+3\r\n\'@SUM(A1)\r\nAna -2\r\n',
    );
  });

  it('leaves a plain negative number a number', () => {
    expect(toCsv(['variance'], [['-1234.50'], ['-7']])).toBe('variance\r\n-1234.50\r\n-7\r\n');
  });
});
