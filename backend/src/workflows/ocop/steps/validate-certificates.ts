import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { expiryDate } from "@ocop/shared"
import { CertifyingLevel, levelRuleViolation, regimeInForce } from "../../../modules/ocop/rules/criteria-regimes"
import { groupOfProductSet } from "../../../modules/ocop/rules/product-sets"
import { MIN_CERTIFIED_SCORE, starsForScore } from "../../../modules/ocop/rules/star-bands"

export type CertificateInput = {
  certificate_number: string
  decision_number: string
  decision_date: Date | string
  issuing_body: string
  level: CertifyingLevel
  programme_year?: number
  score: number
  stars?: number
  product_set: number
}

export type ValidatedCertificate = Omit<CertificateInput, "decision_date" | "stars"> & {
  decision_date: Date
  stars: number
  product_group: string
  regime_code: string
  programme_year: number
  expires_at: Date
}

export const validateCertificatesStepId = "validate-certificates"

function invalid(field: string, message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
}

/**
 * Applies the OCOP rules: stars come from the score band (stars given must agree), a score below 50
 * is not an OCOP product, the level must be allowed by the regime in force on the decision date.
 * Returns each certificate with its derived fields (stars, group, regime, expiry). Pure: the step below
 * and the search benchmark's bulk loader share it.
 */
export function deriveCertificates(certificates: CertificateInput[]): ValidatedCertificate[] {
  return certificates.map((certificate, i): ValidatedCertificate => {
    const at = (field: string) => (certificates.length > 1 ? `certificates[${i}].${field}` : field)
    const decisionDate = new Date(certificate.decision_date)
    if (Number.isNaN(decisionDate.getTime())) invalid(at("decision_date"), "not a date")
    if (certificate.score < MIN_CERTIFIED_SCORE) {
      invalid(at("score"), `${certificate.score} is below ${MIN_CERTIFIED_SCORE}: not an OCOP product (★3 needs 50–69)`)
    }
    const stars = starsForScore(certificate.score)
    if (certificate.stars !== undefined && certificate.stars !== stars) {
      invalid(at("stars"), `★${certificate.stars} disagrees with score ${certificate.score}, which gives ★${stars}`)
    }
    const violation = levelRuleViolation(certificate.level, stars, decisionDate)
    if (violation) invalid(at("level"), violation)
    return {
      ...certificate,
      decision_date: decisionDate,
      stars,
      product_group: groupOfProductSet(certificate.product_set),
      regime_code: regimeInForce(decisionDate)!.code,
      programme_year: certificate.programme_year ?? decisionDate.getUTCFullYear(),
      expires_at: expiryDate(decisionDate),
    }
  })
}

/** The rules of deriveCertificates, as a workflow step. */
export const validateCertificatesStep = createStep(
  validateCertificatesStepId,
  async (input: { certificates: CertificateInput[] }) => new StepResponse(deriveCertificates(input.certificates))
)
