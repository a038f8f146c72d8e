/** Vietnamese strings of the verify page (keys mirrored in ../en/verify.ts). */
export const verify = {} as const;
