import { parseTimeEntriesCsv } from './time-entries-csv';

const TASK_ID = '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77';

describe('parseTimeEntriesCsv', () => {
  it('reads our own columns into normalised rows', () => {
    const text = [
      'Task,Person,Role,Date,Hours,Kind,Note',
      `${TASK_ID},jane@studio.example,compositor,2024-03-05,1.5,ai review,"checked matte, fixed edges"`,
      'SH010/comp,sam@studio.example,ROTO_ARTIST,2024-03-05,45 min,,',
    ].join('\n');
    const { rows, errors } = parseTimeEntriesCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        task: { kind: 'id', id: TASK_ID },
        person: 'jane@studio.example',
        roleCode: 'COMPOSITOR',
        workDate: '2024-03-05',
        minutes: 90,
        kind: 'AI_REVIEW',
        note: 'checked matte, fixed edges',
      },
      {
        line: 3,
        task: { kind: 'shot', shot: 'SH010', taskType: 'COMP' },
        person: 'sam@studio.example',
        roleCode: 'ROTO_ARTIST',
        workDate: '2024-03-05',
        minutes: 45,
        kind: 'ARTIST',
        note: '',
      },
    ]);
  });

  it('reads a ShotGrid time log export and a Kitsu time spents export to the same rows', () => {
    const shotgrid = [
      'Id,Project,Entity,Task,User,Date,Duration,Description',
      '1201,Heist,SH010,Comp,Jane Doe,2024-03-05,240,',
      '1202,Heist,SH020,Roto,Sam Lee,2024-03-05,90.5,',
    ].join('\r\n');
    // zou's TimeSpentsCsvExport columns; Kitsu names shots "sequence / shot" and stores minutes as a float.
    const kitsu = [
      'Project,Person,Entity Type Name,Entity,Task Type,Date,Time spent',
      'Heist,Jane Doe,Shot,SQ01 / SH010,Compositing,2024-03-05,240.0',
      'Heist,Sam Lee,Shot,SQ01 / SH020,Rotoscoping,2024-03-05,90.5',
    ].join('\n');
    const fromShotgrid = parseTimeEntriesCsv(shotgrid);
    const fromKitsu = parseTimeEntriesCsv(kitsu);
    expect(fromShotgrid.errors).toEqual([]);
    expect(fromKitsu).toEqual(fromShotgrid);
    expect(fromKitsu.rows).toEqual([
      {
        line: 2,
        task: { kind: 'shot', shot: 'SH010', taskType: 'COMP' },
        person: 'Jane Doe',
        roleCode: null,
        workDate: '2024-03-05',
        minutes: 240,
        kind: 'ARTIST',
        note: '',
      },
      {
        line: 3,
        task: { kind: 'shot', shot: 'SH020', taskType: 'ROTO' },
        person: 'Sam Lee',
        roleCode: null,
        workDate: '2024-03-05',
        minutes: 91,
        kind: 'ARTIST',
        note: '',
      },
    ]);
  });

  it('names a missing column on line 1 and lists the columns expected', () => {
    const { rows, errors } = parseTimeEntriesCsv('task,person,minutes\nSH010/COMP,jane,60\n');
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, field: 'date' });
    expect(errors[0].message).toMatch(
      /^Line 1: the header has no "date" column\. Expected columns: task \(a task id or SHOT\/TASKTYPE\), person, date \(YYYY-MM-DD\), and minutes or hours;/,
    );
    expect(parseTimeEntriesCsv('task,person,date\n').errors[0].message).toMatch(
      /no "minutes" or "hours" column/,
    );
    expect(parseTimeEntriesCsv('Entity,User,Date,Duration\n').errors[0].message).toMatch(
      /no "task" or "task_type" column/,
    );
  });

  it('refuses more than 24 hours for one person on one day, naming every line involved', () => {
    const text = [
      'task,person,date,minutes',
      'SH010/COMP,Jane Doe,2024-03-05,600',
      'SH010/COMP,Sam Lee,2024-03-05,600',
      'SH020/ROTO,jane doe,2024-03-05,600',
      'SH030/PAINT,Jane Doe,2024-03-05,300',
      'SH030/PAINT,Jane Doe,2024-03-06,1440',
    ].join('\n');
    const { rows, errors } = parseTimeEntriesCsv(text);
    expect(rows.map((r) => r.line)).toEqual([3, 6]);
    expect(errors).toEqual([
      {
        line: 2,
        field: 'minutes',
        message:
          'Lines 2, 4 and 5: Jane Doe has 25 h logged on 2024-03-05, more than the 24 h in a day; correct or remove some of these entries.',
      },
    ]);
  });

  it('validates each row, naming the line, the column and what is valid', () => {
    const text = [
      'task,person,role,date,minutes,kind',
      'SH010/COMP,jane,,2024-03-05,0,',
      'SH010/COMP,jane,,2024-02-30,60,',
      'SH010/COMP,jane,,2024-03-05,60,OVERTIME',
      'SH010,jane,,2024-03-05,60,',
      'SH010/COMP,,lead artist!,2024-03-05,-30,',
      'SH010/COMP,jane,,2024-03-05,1500,',
      'SH010/COMP,jane,,2024-03-05,0.2,',
      'SH010/COMP,jane,,05/03/2024,an hour,',
    ].join('\n');
    const { rows, errors } = parseTimeEntriesCsv(text);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, 'minutes', 'Line 2: minutes "0" must be more than 0.'],
      [3, 'date', 'Line 3: date "2024-02-30" is not a calendar date written YYYY-MM-DD, such as 2024-03-05.'],
      [
        4,
        'kind',
        'Line 4: kind "OVERTIME" is not one of ARTIST, AI_OPERATOR, AI_REVIEW, REWORK or SUPERVISION.',
      ],
      [
        5,
        'task',
        'Line 5: task "SH010" is neither a task id (a UUID) nor a SHOT/TASKTYPE reference such as SH010/COMP.',
      ],
      [6, 'person', 'Line 6: person is empty; name who did the work.'],
      [
        6,
        'role',
        'Line 6: role "lead artist!" is not a labour role code (2 to 32 letters, digits or underscores, such as COMPOSITOR).',
      ],
      [6, 'minutes', 'Line 6: minutes "-30" must be more than 0.'],
      [7, 'minutes', 'Line 7: minutes "1500" is more than 24 h; one entry covers at most one day.'],
      [
        8,
        'minutes',
        'Line 8: minutes "0.2" rounds to 0 minutes; a time entry needs at least 1 whole minute.',
      ],
      [9, 'date', 'Line 9: date "05/03/2024" is not a calendar date written YYYY-MM-DD, such as 2024-03-05.'],
      [
        9,
        'minutes',
        'Line 9: minutes "an hour" is not a duration; write a number such as 90 (or with a unit: 90 min, 1.5 h).',
      ],
    ]);
  });

  it('refuses a header with both minutes and hours', () => {
    expect(parseTimeEntriesCsv('task,person,date,minutes,hours\n').errors[0].message).toBe(
      'Line 1: the header has both "minutes" and "hours"; keep one duration column.',
    );
  });

  it('passes task type names it does not know through as codes for the service to look up', () => {
    const { rows } = parseTimeEntriesCsv(
      'Entity,Task,User,Date,Duration\nE01 / SQ01 / SH010,Face Replacement,Jane,2024-03-05,60\n',
    );
    expect(rows[0].task).toEqual({ kind: 'shot', shot: 'SH010', taskType: 'FACE_REPLACEMENT' });
  });

  it("reads a Kitsu task name against the studio's task types, by name or code", () => {
    const taskTypes = [
      { code: 'COMP', name: 'Compositing' },
      { code: 'FACE_REPL', name: 'Face Replacement' },
    ];
    const { rows, errors } = parseTimeEntriesCsv(
      [
        'Entity,Task Type,Person,Date,Time spent',
        'SQ01 / SH010,Face Replacement,Jane,2024-03-05,60',
        'SQ01 / SH010,compositing,Jane,2024-03-05,30',
        'SQ01 / SH020,Grading,Jane,2024-03-05,30',
      ].join('\n'),
      { taskTypes },
    );
    expect(rows.map((r) => r.task)).toEqual([
      { kind: 'shot', shot: 'SH010', taskType: 'FACE_REPL' },
      { kind: 'shot', shot: 'SH010', taskType: 'COMP' },
    ]);
    expect(errors).toEqual([
      {
        line: 4,
        field: 'entity',
        message: 'Line 4: task type "Grading" is not one of the task types: COMP or FACE_REPL.',
      },
    ]);
  });
});
