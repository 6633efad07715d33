import { Input, Select, Text } from "@medusajs/ui"
import { FormField } from "./form-field"
import { LabelItems } from "./label-items"
import { PRODUCT_GROUPS, PRODUCT_SETS, type ProductGroup } from "../../modules/ocop/rules/product-sets"
import { starsForScore } from "../../modules/ocop/rules/star-bands"
import { LEVEL_LABELS } from "../lib/ocop-labels"
import type { Certificate, CreateCertificateBody } from "../lib/ocop-types"

/** What the office types from a certificate, as the inputs hold it (all text). */
export type CertificateDraft = Record<
  | "certificate_number"
  | "decision_number"
  | "decision_date"
  | "issuing_body"
  | "level"
  | "score"
  | "product_set"
  | "programme_year",
  string
>

export const EMPTY_CERTIFICATE_DRAFT: CertificateDraft = {
  certificate_number: "",
  decision_number: "",
  decision_date: "",
  issuing_body: "",
  level: "province",
  score: "",
  product_set: "",
  programme_year: "",
}

/** The certificate fields of POST /admin/ocop/certificates (the product comes from elsewhere). */
export function certificateBody(draft: CertificateDraft): Omit<CreateCertificateBody, "product_id"> {
  return {
    certificate_number: draft.certificate_number,
    decision_number: draft.decision_number,
    decision_date: draft.decision_date,
    issuing_body: draft.issuing_body,
    level: draft.level as Certificate["level"],
    score: Number(draft.score),
    product_set: Number(draft.product_set),
    ...(draft.programme_year ? { programme_year: Number(draft.programme_year) } : {}),
  }
}

/** The inputs of a new certificate with the stars its score gives; the API derives group, regime and expiry. */
export const CertificateFields = ({
  draft,
  onChange,
}: {
  draft: CertificateDraft
  onChange: (draft: CertificateDraft) => void
}) => {
  const set = (field: keyof CertificateDraft) => (value: string) => onChange({ ...draft, [field]: value })
  const score = Number(draft.score)
  const previewStars =
    draft.score !== "" && Number.isInteger(score) && score >= 0 && score <= 100 ? starsForScore(score) : undefined

  return (
    <>
      <FormField id="certificate_number" label="Số chứng nhận (Certificate no.)">
        <Input
          id="certificate_number"
          required
          value={draft.certificate_number}
          onChange={(e) => set("certificate_number")(e.target.value)}
        />
      </FormField>
      <FormField id="decision_number" label="Số quyết định (Decision no.)">
        <Input
          id="decision_number"
          required
          value={draft.decision_number}
          onChange={(e) => set("decision_number")(e.target.value)}
        />
      </FormField>
      <FormField id="decision_date" label="Ngày quyết định (Decision date)">
        <Input
          id="decision_date"
          type="date"
          required
          value={draft.decision_date}
          onChange={(e) => set("decision_date")(e.target.value)}
        />
      </FormField>
      <FormField id="issuing_body" label="Cơ quan cấp (Issuing body)">
        <Input
          id="issuing_body"
          required
          value={draft.issuing_body}
          onChange={(e) => set("issuing_body")(e.target.value)}
        />
      </FormField>
      <FormField id="level" label="Cấp công nhận (Level)">
        <Select value={draft.level} onValueChange={set("level")}>
          <Select.Trigger id="level">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <LabelItems labels={LEVEL_LABELS} />
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="score" label="Điểm đánh giá (Score, 0–100)">
        <Input
          id="score"
          type="number"
          min={0}
          max={100}
          step={1}
          required
          value={draft.score}
          onChange={(e) => set("score")(e.target.value)}
        />
        {previewStars !== undefined && (
          <Text size="small" className="text-ui-fg-subtle">
            → {previewStars} sao ({previewStars}-star)
          </Text>
        )}
      </FormField>
      <FormField id="product_set" label="Bộ sản phẩm (Product set)">
        <Select value={draft.product_set} onValueChange={set("product_set")}>
          <Select.Trigger id="product_set">
            <Select.Value placeholder="Chọn bộ sản phẩm (Choose a set)" />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(PRODUCT_GROUPS) as ProductGroup[]).map((group) => (
              <Select.Group key={group}>
                <Select.Label>{`${group}. ${PRODUCT_GROUPS[group].vi}`}</Select.Label>
                {Object.entries(PRODUCT_SETS)
                  .filter(([, productSet]) => productSet.group === group)
                  .map(([number, productSet]) => (
                    <Select.Item key={number} value={number}>
                      {`${number}. ${productSet.vi}`}
                    </Select.Item>
                  ))}
              </Select.Group>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="programme_year" label="Năm chương trình (Programme year, optional)">
        <Input
          id="programme_year"
          type="number"
          min={2018}
          value={draft.programme_year}
          onChange={(e) => set("programme_year")(e.target.value)}
        />
      </FormField>
    </>
  )
}
