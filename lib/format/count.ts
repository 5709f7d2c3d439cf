/** "1 proposal", "2 proposals", "0 answers": a number with its noun, singular or plural as it should be. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
