// node:fs and node:path for the offline verifier: keys.ts imports them for key files it never reads here.
export {};
