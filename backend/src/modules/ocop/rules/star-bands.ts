/** OCOP stars by score band (Decision 148/QĐ-TTg): <30 ★1, 30–49 ★2, 50–69 ★3, 70–89 ★4, 90–100 ★5. */
export const STAR_BANDS = [
  { stars: 1, minScore: 0 },
  { stars: 2, minScore: 30 },
  { stars: 3, minScore: 50 },
  { stars: 4, minScore: 70 },
  { stars: 5, minScore: 90 },
] as const

/** Only ★3 and above are certified OCOP products. */
export const MIN_CERTIFIED_STARS = 3
export const MIN_CERTIFIED_SCORE = 50

export function starsForScore(score: number): number {
  if (!Number.isInteger(score) || score < 0 || score > 100) {
    throw new RangeError(`score must be a whole number from 0 to 100, got ${score}`)
  }
  let stars = 1
  for (const band of STAR_BANDS) {
    if (score >= band.minScore) stars = band.stars
  }
  return stars
}
