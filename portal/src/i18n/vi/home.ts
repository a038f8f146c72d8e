/** Vietnamese strings of the home page (keys mirrored in ../en/home.ts). */
export const home = {} as const;
