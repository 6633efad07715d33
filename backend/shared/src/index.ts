// Pure rules, codes and HTTP response types that the backend and the storefront both use. Nothing
// here imports Medusa, React or Node: a file of this package imports only another of its files.
export * from "./buyer-company"
export * from "./certificate-validity"
export * from "./fulfilment-statuses"
export * from "./legal-forms"
export * from "./payment-providers"
export * from "./quantity-limits"
export * from "./quote"
export * from "./storefront-revalidation"
export * from "./tax-code"
export * from "./wholesale"
export type * from "./http/producer-portal"
