import { describe, expect, it } from "vitest"
import { starsForScore } from "../star-bands"

describe("stars by score band", () => {
  it.each([
    [0, 1],
    [29, 1],
    [30, 2],
    [49, 2],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])("score %i gives ★%i", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it.each([-1, 101, 50.5, Number.NaN])("rejects score %s", (score) => {
    expect(() => starsForScore(score)).toThrow(RangeError)
  })
})
