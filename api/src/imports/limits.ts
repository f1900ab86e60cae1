// What the shot table holds (migrations/1764000000001-planning-domain.ts): a code of 1 to 64
// characters and frame numbers in PostgreSQL int columns. An import checks its rows against them
// in the dry run, so a file the dry run passes is one the commit can write.
export const SHOT_CODE_MAX = 64;
export const FRAME_MAX = 2_147_483_647;
/** shot.time_scalar is numeric(10,4) within -1000..1000: a thousand times speed is plenty. */
export const TIME_SCALAR_MAX = 1000;
