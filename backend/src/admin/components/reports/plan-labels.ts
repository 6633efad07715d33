import type { ScopeKind } from "@ocop/shared"

export const SCOPE_KIND_LABELS: Record<ScopeKind, { vi: string; en: string }> = {
  province: { vi: "Toàn tỉnh", en: "Province" },
  district: { vi: "Huyện cũ", en: "Former district" },
  commune: { vi: "Xã, phường", en: "Commune" },
}

/** A plan's period as "from – to". */
export const planPeriod = (plan: { period_start: string; period_end: string }) =>
  `${plan.period_start} – ${plan.period_end}`
