/** The kinds of chủ thể OCOP a producer may be, in the order forms and filters list them. */
export const LEGAL_FORMS = ["enterprise", "cooperative", "cooperative_group", "household_business"] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]
