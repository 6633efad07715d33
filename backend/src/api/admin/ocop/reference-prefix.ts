import { DEFAULT_REFERENCE_PREFIX } from "../../../modules/payment-vietqr/options"

/** What starts every VietQR transfer reference: medusa-config gives the provider the same setting. */
export const referencePrefix = () => process.env.VIETQR_REFERENCE_PREFIX || DEFAULT_REFERENCE_PREFIX
