export type CertifyingLevel = "district" | "province" | "central"

/**
 * OCOP criteria regimes as data with effective dates. A certificate is judged by the regime in
 * force on its decision date; a newer decision is added here as one more entry.
 */
export const CRITERIA_REGIMES = [
  {
    code: "1048/QĐ-TTg",
    name: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (Quyết định 1048/QĐ-TTg)",
    effective_from: "2019-08-21",
    levels: { province: [3, 4], central: [5] },
  },
  {
    code: "148/QĐ-TTg",
    name: "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (Quyết định 148/QĐ-TTg)",
    effective_from: "2023-02-24",
    levels: { district: [3], province: [3, 4], central: [5] },
  },
  {
    code: "1489/QĐ-TTg",
    name: "Sửa đổi, bổ sung Quyết định 148/QĐ-TTg (Quyết định 1489/QĐ-TTg)",
    effective_from: "2025-07-06",
    levels: { province: [3, 4], central: [5] },
  },
] as const satisfies readonly {
  code: string
  name: string
  effective_from: string
  levels: Partial<Record<CertifyingLevel, readonly number[]>>
}[]

/** Districts were abolished on 1 July 2025: from then on no district can certify, whatever the regime. */
export const DISTRICTS_ABOLISHED_ON = "2025-07-01"

function dayOf(date: Date) {
  return date.toISOString().slice(0, 10)
}

export function regimeInForce(decisionDate: Date) {
  const day = dayOf(decisionDate)
  return [...CRITERIA_REGIMES].reverse().find((regime) => regime.effective_from <= day)
}

/** Why a level cannot certify these stars on this date, or undefined when it can. */
export function levelRuleViolation(level: CertifyingLevel, stars: number, decisionDate: Date): string | undefined {
  const regime = regimeInForce(decisionDate)
  if (!regime) return `no OCOP criteria regime was in force on ${dayOf(decisionDate)}`
  if (level === "district" && dayOf(decisionDate) >= DISTRICTS_ABOLISHED_ON) {
    return `district level cannot certify from ${DISTRICTS_ABOLISHED_ON} (districts abolished)`
  }
  const allowedStars: readonly number[] | undefined = (
    regime.levels as Partial<Record<CertifyingLevel, readonly number[]>>
  )[level]
  if (!allowedStars) return `${level} level does not certify under ${regime.code}`
  if (!allowedStars.includes(stars)) {
    return `${level} level certifies ★${allowedStars.join("/★")} under ${regime.code}, not ★${stars}`
  }
  return undefined
}
