/** Vietnamese strings of the producer page (keys mirrored in ../en/producer.ts). */
export const producer = {} as const;
