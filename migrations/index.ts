import { Foundation1764000000000 } from './1764000000000-foundation';

/**
 * Every migration in order. Listed by hand rather than globbed so the same list works from
 * TypeScript sources (tests) and from the compiled build (npm start).
 */
export const migrations = [Foundation1764000000000];
