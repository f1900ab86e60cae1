import fc from 'fast-check';
import { readCsv } from './csv';
import { readTable } from './csv-table';

const fields = (text: string) => readCsv(text).records.map((r) => r.fields);

describe('readCsv (RFC 4180)', () => {
  it('reads quoted fields holding delimiters, doubled quotes and line breaks', () => {
    const text =
      'shot,description\r\nSH010,"rig removal, left"\r\nSH020,"the ""hero"" plate"\r\nSH030,"two\r\nlines"\r\n';
    expect(fields(text)).toEqual([
      ['shot', 'description'],
      ['SH010', 'rig removal, left'],
      ['SH020', 'the "hero" plate'],
      ['SH030', 'two\r\nlines'],
    ]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const { records } = readCsv('a,b\n"x\ny",1\n\nz,2');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('strips a byte-order mark and accepts LF, CRLF and CR line ends', () => {
    expect(fields('\uFEFFa,b\nc,d\r\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps empty fields, an empty quoted field and a last line without a line end', () => {
    expect(fields('a,,c\n"",x,\n,')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
      ['', ''],
    ]);
  });

  it('reads semicolon- and tab-delimited files as spreadsheets write them in some locales', () => {
    expect(fields('shot;note\nSH010;"a,b"')).toEqual([
      ['shot', 'note'],
      ['SH010', 'a,b'],
    ]);
    expect(fields('shot\tnote\nSH010\tx')).toEqual([
      ['shot', 'note'],
      ['SH010', 'x'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(fields('a 12" monitor,b')).toEqual([['a 12" monitor', 'b']]);
  });

  it('reads back any table written the RFC 4180 way', () => {
    const write = (rows: string[][]) =>
      rows
        .map((row) =>
          // Spaces at either end only survive in quotes: unquoted cells are trimmed.
          row
            .map((f) => (/[",\r\n]|^\s|\s$/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f))
            .join(','),
        )
        .join('\r\n');
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
      );
    fc.assert(
      fc.property(table, (rows) => {
        const { records, errors } = readCsv(write(rows));
        expect(errors).toEqual([]);
        expect(records.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it('reports a quoted field that never closes, naming the line it opened on', () => {
    const { errors } = readCsv('a,b\nc,"open\nstill open');
    expect(errors).toEqual([
      {
        line: 2,
        message: 'Line 2: a quoted field opened on this line is never closed; add the closing quote (").',
      },
    ]);
  });

  it('reports text after a closing quote on the line its record starts, and reads no further', () => {
    const { records, errors } = readCsv('a,b\n\nc,"b"c,d\ne,f');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(errors).toEqual([
      {
        line: 3,
        message:
          'Line 3: a field has text after its closing quote; quote the whole field and write each quote inside it twice (""). The lines after it were not read.',
      },
    ]);
  });

  it('counts a CRLF inside quotes as one line break and a lone CR as another', () => {
    const { records } = readCsv('a,b\n"two\r\nlines",x\n"3\r4",5');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('trims spaces around fields, quoted or not', () => {
    expect(fields(' a , "b" ,c')).toEqual([['a', 'b', 'c']]);
  });
});

describe('readTable', () => {
  const specs = [
    { key: 'shot', names: ['shot'] },
    { key: 'frameIn', names: ['frame_in'] },
  ] as const;

  it('finds columns whatever their case, spacing or separators, and trims cells', () => {
    const table = readTable(' Shot , FRAME-IN ,Extra\n SH010 , 1001 ,x\n', specs);
    expect([...table.columns]).toEqual([
      ['shot', 'Shot'],
      ['frameIn', 'FRAME-IN'],
    ]);
    expect(table.rows.map((r) => [r.line, r.cell('shot'), r.cell('frameIn')])).toEqual([
      [2, 'SH010', '1001'],
    ]);
  });

  it('reads a short row as blanks and refuses a row with more fields than the header', () => {
    const table = readTable('shot,frame in\nSH010\nSH020,1001,oops\n', specs);
    expect(table.rows.map((r) => r.cell('frameIn'))).toEqual(['']);
    expect(table.errors[0].message).toBe(
      'Line 3: the row has 3 fields but the header has 2; put quotes around values that contain the delimiter.',
    );
  });

  it('refuses two columns that mean the same thing', () => {
    expect(readTable('shot,Shot\n', specs).errors[0].message).toBe(
      'Line 1: columns "shot" and "Shot" mean the same thing; keep one.',
    );
  });

  it('says an empty file needs a header', () => {
    expect(readTable('\n\n', specs).errors[0].message).toMatch(/^Line 1: the file is empty/);
  });
});
