import { parseBreakdownCsv } from './breakdown-csv';

const ROTO = { code: 'ROTO', name: 'Rotoscoping' };
const COMP = { code: 'COMP', name: 'Compositing' };

describe('parseBreakdownCsv', () => {
  it('reads every documented column, with inclusive frame ranges', () => {
    const text = [
      'Episode,Sequence,Shot,Frame In,Frame Out,FPS,Description,Performer Likeness,Task Type,Complexity,Path',
      '101,SQ01,SH010,1001,1096,23.976,"Rig removal, wire on left",yes,roto,3,ai-assisted',
      'E02,,SH020,1001,1001,,,,,,',
    ].join('\r\n');
    const { rows, errors } = parseBreakdownCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        episode: 101,
        sequence: 'SQ01',
        shot: 'SH010',
        frameIn: 1001,
        frameOut: 1096,
        frameCount: 96,
        fps: 23.976,
        description: 'Rig removal, wire on left',
        performerLikeness: true,
        task: { type: 'ROTO', complexity: 3, path: 'AI_ASSISTED' },
      },
      {
        line: 3,
        episode: 2,
        sequence: '',
        shot: 'SH020',
        frameIn: 1001,
        frameOut: 1001,
        frameCount: 1,
        fps: null,
        description: '',
        performerLikeness: false,
        task: null,
      },
    ]);
  });

  it('accepts frame_count alone, and a shot on several rows with one task each', () => {
    const { rows, errors } = parseBreakdownCsv(
      'episode,shot,frame_count,task_type\n1,SH010,48,COMP\n1,SH010,48,Compositing\n1,SH010,48,PAINT\n',
    );
    expect(errors.map((e) => e.message)).toEqual([
      'Line 3: task COMP of shot SH010 in episode 1 is already on line 2; list it once.',
    ]);
    expect(rows.map((r) => [r.frameIn, r.frameCount, r.task?.type])).toEqual([
      [null, 48, 'COMP'],
      [null, 48, 'PAINT'],
    ]);
  });

  it('names a missing required column on line 1 and lists the columns expected', () => {
    expect(parseBreakdownCsv('episode,frame_in,frame_out\n1,1001,1010\n')).toEqual({
      rows: [],
      errors: [
        {
          line: 1,
          field: 'shot',
          message:
            'Line 1: the header has no "shot" column. Expected columns: episode, shot, and frame_in with frame_out or frame_count; ' +
            'optional sequence, fps, description, performer_likeness, task_type, complexity and path.',
        },
      ],
    });
    const noFrames = parseBreakdownCsv('episode,shot\n1,SH010\n').errors;
    expect(noFrames[0].message).toMatch(/^Line 1: the header has no "frame_in" or "frame_count" column\./);
    expect(parseBreakdownCsv('episode,shot,frame_in\n').errors[0].field).toBe('frame_out');
  });

  it('validates each row, naming the line, the column and what is valid', () => {
    const text = [
      'episode,shot,frame_in,frame_out,frame_count,fps,performer_likeness,task_type,complexity,path',
      'pilot,SH010,1001,1010,,,,,,',
      '1,SH020,1010,1001,,,,,,',
      '1,SH030,1001,1010,12,,,,,',
      '1,SH040,,,,-24,maybe,,,',
      '1,SH050,,,10,,,SPLINE,6,ROBOT',
      '1,SH060,,,10,,,,2,',
      '1,SH070,10.5,20,,,,,,',
    ].join('\n');
    const { rows, errors } = parseBreakdownCsv(text, { taskTypes: [ROTO, COMP] });
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, 'episode', 'Line 2: episode "pilot" is not an episode number; write 1, 2, ... or E01.'],
      [
        3,
        'frame_out',
        'Line 3: frame_out 1001 is before frame_in 1010; the range is inclusive, so frame_out must be at least frame_in.',
      ],
      [
        4,
        'frame_count',
        'Line 4: frame_count 12 does not match frame_in 1001 to frame_out 1010, which is 10 frames counted inclusively.',
      ],
      [
        5,
        'frame_count',
        'Line 5: the row has no frames; give frame_in and frame_out (inclusive) or frame_count.',
      ],
      [5, 'fps', 'Line 5: fps "-24" is not a frame rate; write a positive number such as 24, 25 or 23.976.'],
      [
        5,
        'performer_likeness',
        'Line 5: performer_likeness "maybe" is not one of yes, no, true, false, 1 or 0.',
      ],
      [6, 'task_type', 'Line 6: task_type "SPLINE" is not one of the task types: ROTO or COMP.'],
      [6, 'complexity', 'Line 6: complexity "6" is not a whole number from 1 to 5.'],
      [6, 'path', 'Line 6: path "ROBOT" is not one of HUMAN, AI_ASSISTED or AI_FINAL.'],
      [7, 'task_type', 'Line 7: complexity and path describe a task; give its task_type too.'],
      [8, 'frame_in', 'Line 8: frame_in "10.5" is not a frame number; write a whole number such as 1001.'],
    ]);
  });

  it('refuses a shot whose rows disagree on its frames', () => {
    const { rows, errors } = parseBreakdownCsv(
      'episode,shot,frame_count,task_type\n1,SH010,48,ROTO\n1,SH010,50,PAINT\n',
    );
    expect(rows).toHaveLength(1);
    expect(errors[0].message).toBe(
      'Line 3: shot SH010 of episode 1 has 50 frames here but 48 on line 2; give every row of a shot the same frames.',
    );
  });

  it('reads ShotGrid cut columns', () => {
    const { rows } = parseBreakdownCsv(
      'Episode,Shot Code,Cut In,Cut Out,Cut Duration\n1,SH010,1001,1048,48\n',
    );
    expect(rows[0]).toMatchObject({ shot: 'SH010', frameIn: 1001, frameOut: 1048, frameCount: 48 });
  });

  // Task types are the database's, not a list in the code: a studio's own type is read by its
  // code or its name, the standard aliases only reach a type the studio has.
  it('reads task_type against the task types given, by code, by name or by common alias', () => {
    const taskTypes = [ROTO, COMP, { code: 'FACE_REPL', name: 'Face Replacement' }];
    const text = [
      'episode,shot,frame_count,task_type',
      '1,SH010,10,face_repl',
      '1,SH020,10,Face Replacement',
      '1,SH030,10,compositing',
      '1,SH040,10,Rotoscoping',
      '1,SH050,10,Grading',
    ].join('\n');
    const { rows, errors } = parseBreakdownCsv(text, { taskTypes });
    expect(rows.map((r) => [r.shot, r.task?.type])).toEqual([
      ['SH010', 'FACE_REPL'],
      ['SH020', 'FACE_REPL'],
      ['SH030', 'COMP'],
      ['SH040', 'ROTO'],
    ]);
    // GRADE is a standard alias target, but this studio has no GRADE type.
    expect(errors).toEqual([
      {
        line: 6,
        field: 'task_type',
        message: 'Line 6: task_type "Grading" is not one of the task types: ROTO, COMP or FACE_REPL.',
      },
    ]);
  });

  it('without task types, passes any name through in code form for the service to look up', () => {
    const { rows } = parseBreakdownCsv(
      'episode,shot,frame_count,task_type\n1,SH010,10,Face Replacement\n1,SH020,10,Compositing',
    );
    expect(rows.map((r) => r.task?.type)).toEqual(['FACE_REPLACEMENT', 'COMP']);
  });
});
